// Secrets as the simulator keeps them: salted PBKDF2-SHA-256 hashes (Web Crypto, so the same
// code runs in Node and in a page), never the secret itself.

/** A secret's salted hash. */
export interface SecretHash {
  iterations: number;
  /** Base64. */
  salt: string;
  /** Base64, 32 bytes. */
  hash: string;
}

/**
 * Passwords and security codes: guessable, so slow to hash. Below OWASP's 600,000 for a
 * production system, to keep the simulator quick in a page; the scheme is the same.
 */
export const PASSWORD_ITERATIONS = 100_000;
/** Recovery codes carry 50 random bits: a guess is hopeless however fast the hash. */
export const RECOVERY_CODE_ITERATIONS = 1_000;

const encoder = new TextEncoder();

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

async function derive(secret: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations }, key, 256));
}

export async function hashSecret(secret: string, iterations = PASSWORD_ITERATIONS): Promise<SecretHash> {
  const salt = randomBytes(16);
  return { iterations, salt: toBase64(salt), hash: toBase64(await derive(secret, salt, iterations)) };
}

/** Whether `secret` is the one hashed; compared in constant time. */
export async function matchesSecret(secret: string, stored: SecretHash): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const actual = await derive(secret, fromBase64(stored.salt), stored.iterations);
  let difference = expected.length ^ actual.length;
  for (let i = 0; i < expected.length; i++) difference |= expected[i]! ^ (actual[i] ?? 0);
  return difference === 0;
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A recovery code: `xxxxx-xxxxx`, letters and digits that cannot be mistaken for one another. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** A recovery code as a person may type it: any case, with or without the dash and spaces. */
export function normalizeRecoveryCode(text: string): string {
  const plain = text.toLowerCase().replace(/[\s-]/g, '');
  return plain.length === 10 ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
}
