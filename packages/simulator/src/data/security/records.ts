import type { CallVerificationState, VerificationGateway } from '@portico/sdk/account';
import type { SecretHash } from './secrets.ts';

/** A sign-in the platform saw: when, and from which address. */
export interface SignInRecord {
  at: string;
  address: string;
}

export type TwoFactorRecord =
  | { state: 'off' }
  /** Enrolled: the secret waits for the first code. */
  | { state: 'pending'; secret: string }
  | { state: 'on'; secret: string; since: string; recoveryCodes: SecretHash[]; lastStep: number };

/** A call the platform placed (or failed to place) to verify a user's number: what tests read. */
export interface VerificationCall {
  userId: string;
  /** The user's number. */
  to: string;
  /** The gateway's number that called: its last four digits are the code. Null when the gateway failed. */
  from: string | null;
  gateway: VerificationGateway;
  at: string;
  placed: boolean;
}

export interface CallRecord {
  state: CallVerificationState;
  gateway: VerificationGateway | null;
  /** The number of the call placed, until it is verified or over. */
  from: string | null;
  expiresAt: number | null;
  attemptsLeft: number;
  verifiedAt: string | null;
}

/** What the simulator keeps of a portal user's security: hashes, never a password or a code. */
export interface UserSecurityRecord {
  /** The login, fixed when the user was made: the e-mail of that moment. */
  login: string;
  password: SecretHash;
  securityCode: { hash: SecretHash; setAt: string } | null;
  allowList: { lines: string[]; version: number; updatedAt: string | null };
  /** Oldest first, the last few. */
  signIns: SignInRecord[];
  twoFactor: TwoFactorRecord;
  /** The number call verification calls; null when none is on record. */
  phone: string | null;
  call: CallRecord;
  /** Every verification call, oldest first. */
  calls: VerificationCall[];
}

/**
 * The demo password of every seeded portal user, so that the password change can be tried:
 * documented in docs/guides, kept here only as its PBKDF2-SHA-256 hash.
 */
const DEMO_PASSWORD_HASH: SecretHash = { iterations: 100_000, salt: 'vraEgqIro3p5k2K6DwKKog==', hash: 'VPJ4xIsJ7wr0lgYO35meaKrDafiLW/UhFiWMCOL+XK8=' };

const DAY = 86_400_000;

const noCall = (): CallRecord => ({ state: 'none', gateway: null, from: null, expiresAt: null, attemptsLeft: 0, verifiedAt: null });

/** A demo mobile number of a seeded user, the same for the same id. */
function demoPhone(userId: string): string {
  let hash = 7;
  for (const char of userId) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `+48 60${hash % 10} ${String(hash % 1000).padStart(3, '0')} ${String((hash >>> 10) % 1000).padStart(3, '0')}`.replace(/\s/g, '');
}

/** A seeded user's security: the demo password, one sign-in two days ago, nothing else set. */
export function seedSecurity(user: { id: string; email: string; mainAdministrator: boolean }, now: number): UserSecurityRecord {
  return {
    login: user.email,
    password: DEMO_PASSWORD_HASH,
    securityCode: null,
    allowList: { lines: [], version: 1, updatedAt: null },
    // Documentation addresses (RFC 5737): the office's, and a phone's on the move.
    signIns: [{ at: new Date(now - 2 * DAY - 3 * 3_600_000).toISOString(), address: user.mainAdministrator ? '203.0.113.24' : '198.51.100.7' }],
    twoFactor: { state: 'off' },
    phone: demoPhone(user.id),
    call: noCall(),
    calls: [],
  };
}

/** A user added in the panel: the password they were given, no sign-in yet, no number on record. */
export function newUserSecurity(email: string, password: SecretHash): UserSecurityRecord {
  return {
    login: email,
    password,
    securityCode: null,
    allowList: { lines: [], version: 1, updatedAt: null },
    signIns: [],
    twoFactor: { state: 'off' },
    phone: null,
    call: noCall(),
    calls: [],
  };
}

/** The call placed is over (verified, expired, or out of tries). */
export function endCall(security: UserSecurityRecord, state: CallVerificationState = 'none'): void {
  security.call = { ...noCall(), state, verifiedAt: security.call.verifiedAt };
}
