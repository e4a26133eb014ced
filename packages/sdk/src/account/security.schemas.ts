import { defineOperation } from '../core/operation.ts';
import { Msisdn, Timestamp } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';
import { Password } from './users.schemas.ts';
import { PASSWORD_POLICY } from './password-policy.ts';
import { SECURITY_LIMITS } from './security-limits.ts';

/**
 * The security of the session's own portal user (A7, T3): sign-in, password, the security
 * code for phone support, the IP allow-list, two-factor authentication and call verification.
 * Every user manages their own; no permission is needed. Secrets travel only in request and
 * response bodies, never in a path or a query, and no answer or problem repeats one.
 */

/** A sign-in: when, and from which address. */
export const SignIn = z.object({ at: Timestamp, address: z.string() });
export type SignIn = z.infer<typeof SignIn>;

/** `off`; `pending`: enrolled, waiting for the first code; `on`. */
export const TwoFactorState = z.enum(['off', 'pending', 'on']);
export type TwoFactorState = z.infer<typeof TwoFactorState>;

export const TwoFactorStatus = z.object({
  state: TwoFactorState,
  /** Since when it is on; null while off or pending. */
  since: z.nullable(Timestamp),
  /** Recovery codes not yet used (0 while off). */
  recoveryCodesLeft: z.int(),
});
export type TwoFactorStatus = z.infer<typeof TwoFactorStatus>;

/** The two gateways that place verification calls: the second is tried when the first fails. */
export const VerificationGateway = z.enum(['primary', 'secondary']);
export type VerificationGateway = z.infer<typeof VerificationGateway>;

/**
 * Call verification: `none` (never, or the last call ended unanswered), `calling` (a call was
 * placed: type the last four digits of the calling number), `gateway_failed` (the call could
 * not be placed; the second gateway is left: `retry`), `unavailable` (neither gateway could
 * call: contact support), `verified`.
 */
export const CallVerificationState = z.enum(['none', 'calling', 'gateway_failed', 'unavailable', 'verified']);
export type CallVerificationState = z.infer<typeof CallVerificationState>;

export const CallVerification = z.object({
  state: CallVerificationState,
  /** The number that is called: the user's own; null when none is on record (support can add one). */
  phone: z.nullable(Msisdn),
  /** The gateway of the last call, or of the last failure. */
  gateway: z.nullable(VerificationGateway),
  /** Until when the digits of the call placed may be typed. */
  expiresAt: z.nullable(Timestamp),
  /** Tries left at the digits of the call placed. */
  attemptsLeft: z.int(),
  /** When the number was last verified. */
  verifiedAt: z.nullable(Timestamp),
});
export type CallVerification = z.infer<typeof CallVerification>;

/** One line of the allow-list as the API keeps it: an address, or a range `first-last`. */
export const IpAllowList = z.object({
  lines: z.array(z.string()),
  /** The list's version, for `If-Match`. */
  version: z.int(),
  updatedAt: z.nullable(Timestamp),
});
export type IpAllowList = z.infer<typeof IpAllowList>;

/** The security settings of the session's portal user. No secret is ever in it. */
export const AccountSecurity = z.object({
  /** The login the user signs in with: it cannot be changed. */
  login: z.string(),
  /** The sign-in before this session's; null when there was none. */
  lastSignIn: z.nullable(SignIn),
  /** The address this request came from, as the platform sees it (what an allow-list must cover). */
  currentAddress: z.string(),
  passwordChangedAt: Timestamp,
  /** Whether the security code for phone support is set (it is never shown), and since when. */
  securityCode: z.object({ set: z.boolean(), setAt: z.nullable(Timestamp) }),
  ipAllowList: IpAllowList,
  twoFactor: TwoFactorStatus,
  callVerification: CallVerification,
});
export type AccountSecurity = z.infer<typeof AccountSecurity>;

/**
 * A password change (T3): the old password, the new one under the login policy, and the new
 * one again. The API refuses a wrong old password (`wrong_password` at `/oldPassword`), a new
 * one equal to the old (`same_password` at `/newPassword`) and a confirmation that differs
 * (`password_mismatch` at `/confirmation`).
 */
export const PasswordChangeParams = z.object({
  oldPassword: z.string().check(z.minLength(1), z.maxLength(PASSWORD_POLICY.maxLength)),
  newPassword: Password,
  confirmation: z.string().check(z.maxLength(PASSWORD_POLICY.maxLength)),
});
export type PasswordChangeParams = z.input<typeof PasswordChangeParams>;

export const PasswordChanged = z.object({
  passwordChangedAt: Timestamp,
  /** The user's other sessions, ended by the change (this one stays). */
  sessionsEnded: z.int(),
});
export type PasswordChanged = z.infer<typeof PasswordChanged>;

export const SecurityCodeParams = z.object({
  code: z.string().check(z.regex(new RegExp(`^\\d{${SECURITY_LIMITS.securityCode.minLength},${SECURITY_LIMITS.securityCode.maxLength}}$`))),
});
export type SecurityCodeParams = z.input<typeof SecurityCodeParams>;

/**
 * The allow-list as typed: one address or range a line (`192.168.0.1-192.168.0.10`, IPv4 or
 * IPv6). Blank lines are left out; each other line is checked at its index (`/lines/3`). A list
 * that does not cover the current address is refused (`current_address_not_covered`) unless
 * `confirmUncovered` says the person knows they will lose access from here.
 */
export const IpAllowListParams = z.object({
  lines: z.array(z.string().check(z.maxLength(SECURITY_LIMITS.allowList.maxLineLength))).check(z.maxLength(SECURITY_LIMITS.allowList.maxLines)),
  confirmUncovered: z.optional(z.boolean()),
});
export type IpAllowListParams = z.input<typeof IpAllowListParams>;

/** What an authenticator app needs: the secret (base32) to type, and the `otpauth://` URI for a QR code. */
export const TwoFactorEnrolment = z.object({
  secret: z.string(),
  uri: z.string(),
  /** The issuer and account name the app shows. */
  issuer: z.string(),
  account: z.string(),
  /** The code's digits and period in seconds. */
  digits: z.int(),
  period: z.int(),
});
export type TwoFactorEnrolment = z.infer<typeof TwoFactorEnrolment>;

export const TotpCode = z.string().check(z.regex(/^\d{6}$/));

export const TwoFactorConfirmParams = z.object({ code: TotpCode });
export type TwoFactorConfirmParams = z.input<typeof TwoFactorConfirmParams>;

/** Two-factor authentication is on: the recovery codes, shown this once. */
export const TwoFactorConfirmed = z.object({
  twoFactor: TwoFactorStatus,
  recoveryCodes: z.array(z.string()),
});
export type TwoFactorConfirmed = z.infer<typeof TwoFactorConfirmed>;

/** A code of the app, or one of the recovery codes (`xxxxx-xxxxx`). */
export const TwoFactorDisableParams = z.object({ code: z.string().check(z.minLength(6), z.maxLength(20)) });
export type TwoFactorDisableParams = z.input<typeof TwoFactorDisableParams>;

export const CallVerifyParams = z.object({ digits: z.string().check(z.regex(/^\d{4}$/)) });
export type CallVerifyParams = z.input<typeof CallVerifyParams>;

const BASE = '/v1/account/security';

export const securityOperations = {
  retrieve: defineOperation({
    id: 'security.retrieve',
    method: 'GET',
    path: BASE,
    summary: "The session's portal user's security: login, last sign-in, and what is set (never a secret)",
    response: AccountSecurity,
  }),
  changePassword: defineOperation({
    id: 'security.changePassword',
    personal: true,
    method: 'POST',
    path: `${BASE}/password`,
    summary: "Changes the user's password; the user's other sessions end",
    body: PasswordChangeParams,
    response: PasswordChanged,
    errors: [403, 422],
  }),
  setSecurityCode: defineOperation({
    id: 'security.setSecurityCode',
    personal: true,
    method: 'POST',
    path: `${BASE}/security-code`,
    summary: 'Sets the security code for phone support, once: it is never shown or changed again (409 `security_code_set`)',
    body: SecurityCodeParams,
    response: z.object({ set: z.literal(true), setAt: Timestamp }),
    errors: [403, 409, 422],
  }),
  updateIpAllowList: defineOperation({
    id: 'security.updateIpAllowList',
    personal: true,
    method: 'PUT',
    path: `${BASE}/ip-allow-list`,
    summary: 'Replaces the IP allow-list; requests from other addresses are then refused (403 `ip_not_allowed`)',
    body: IpAllowListParams,
    response: IpAllowList,
    ifMatch: true,
    errors: [403, 412, 422, 428],
  }),
  enrollTwoFactor: defineOperation({
    id: 'security.enrollTwoFactor',
    personal: true,
    method: 'POST',
    path: `${BASE}/two-factor/enrolment`,
    summary: 'Starts two-factor authentication with an authenticator app: a new secret and its otpauth:// URI',
    response: TwoFactorEnrolment,
    errors: [403, 409],
  }),
  confirmTwoFactor: defineOperation({
    id: 'security.confirmTwoFactor',
    personal: true,
    method: 'POST',
    path: `${BASE}/two-factor/confirmation`,
    summary: "Turns two-factor authentication on with a code of the app; answers the recovery codes, this once",
    body: TwoFactorConfirmParams,
    response: TwoFactorConfirmed,
    errors: [403, 409, 422],
  }),
  disableTwoFactor: defineOperation({
    id: 'security.disableTwoFactor',
    personal: true,
    method: 'POST',
    path: `${BASE}/two-factor/disable`,
    summary: 'Turns two-factor authentication off with a current code of the app or an unused recovery code',
    body: TwoFactorDisableParams,
    response: TwoFactorStatus,
    errors: [403, 409, 422],
  }),
  startCallVerification: defineOperation({
    id: 'security.startCallVerification',
    personal: true,
    method: 'POST',
    path: `${BASE}/call-verification`,
    summary: "Calls the user's number through the first gateway: the last four digits of the calling number are the code",
    response: CallVerification,
    errors: [403, 409],
  }),
  retryCallVerification: defineOperation({
    id: 'security.retryCallVerification',
    personal: true,
    method: 'POST',
    path: `${BASE}/call-verification/retry`,
    summary: 'After the first gateway failed, calls through the second',
    response: CallVerification,
    errors: [403, 409],
  }),
  verifyCall: defineOperation({
    id: 'security.verifyCall',
    personal: true,
    method: 'POST',
    path: `${BASE}/call-verification/verify`,
    summary: 'The last four digits of the calling number: the number is verified',
    body: CallVerifyParams,
    response: CallVerification,
    errors: [403, 409, 422],
  }),
};
