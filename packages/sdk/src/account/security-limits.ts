/** The limits of what a person types in the security settings: checked as they type and again by the API. */
export const SECURITY_LIMITS = {
  /** The security code for phone support: digits only. */
  securityCode: { minLength: 4, maxLength: 8 },
  /** Lines of the IP allow-list, and the characters of one line. */
  allowList: { maxLines: 100, maxLineLength: 100 },
  /** A code of the authenticator app. */
  totpDigits: 6,
  /** How many recovery codes two-factor authentication gives, each shown once. */
  recoveryCodes: 10,
  /** The digits of the calling number a person types back. */
  callDigits: 4,
  /** Tries at the digits of one call before it must be placed again. */
  callAttempts: 3,
} as const;
