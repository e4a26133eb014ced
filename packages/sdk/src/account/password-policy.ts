/**
 * The login policy of a portal user's password: checked as the person types and again by the
 * API. Letters and digits, and long enough that a guess takes long: length beats rules.
 */
export const PASSWORD_POLICY = {
  minLength: 12,
  maxLength: 128,
} as const;
