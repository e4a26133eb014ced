import { Secret, TOTP } from 'otpauth';
import { RESELLER } from '../reseller.ts';

/** RFC 6238 as authenticator apps expect it: HMAC-SHA-1, six digits, 30-second steps. */
export const TOTP_SETTINGS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** Codes of the step before and after the simulator's clock are accepted too (clock drift). */
export const TOTP_WINDOW = 1;

/** A new secret for an authenticator app: 160 random bits, in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The user's TOTP, labelled as the app will show it: the reseller's brand and the login. */
export function totpOf(secret: string, login: string): TOTP {
  return new TOTP({ issuer: RESELLER.name, label: login, ...TOTP_SETTINGS, secret: Secret.fromBase32(secret) });
}

/**
 * The step of `code` if it is a code of `secret` within the window around `now` and later than
 * the last step used: a code once used is not taken again (RFC 6238 §5.2). Undefined otherwise.
 */
export function acceptedStep(secret: string, code: string, now: number, lastStep: number): number | undefined {
  const delta = totpOf(secret, '').validate({ token: code, timestamp: now, window: TOTP_WINDOW });
  if (delta === null) return undefined;
  const step = Math.floor(now / 1000 / TOTP_SETTINGS.period) + delta;
  return step > lastStep ? step : undefined;
}
