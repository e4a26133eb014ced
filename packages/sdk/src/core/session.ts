import { AuthenticationError } from './errors.ts';

/**
 * What a reseller's `fetchSessionToken` may answer: the token, or the token and its expiry
 * (an ISO string, a Date, or an epoch in ms — or in seconds, as JWTs count).
 */
export type SessionTokenResult = string | { token: string; expiresAt?: string | number | Date };

/** How the client gets a customer's session. */
export type SessionSource = { token: string } | { fetchSessionToken: () => Promise<SessionTokenResult> };

/** Refresh this long before a known expiry, so a request does not leave with a dying token. */
const EXPIRY_MARGIN_MS = 30_000;

/**
 * Holds the current session token. Fetches it lazily; when a request is refused with 401 it
 * fetches once more, and every request that was refused together shares that one fetch.
 */
export class Session {
  #source: SessionSource;
  #token: string | undefined;
  #expiresAt = Infinity;
  #pending: Promise<string> | undefined;

  constructor(source: SessionSource) {
    this.#source = source;
    if ('token' in source) this.#token = source.token;
  }

  /** Whether a refused token can be replaced by a new one. */
  get refreshable(): boolean {
    return 'fetchSessionToken' in this.#source;
  }

  /** The token to send now. */
  current(): Promise<string> {
    if (this.#token !== undefined && Date.now() < this.#expiresAt - EXPIRY_MARGIN_MS) return Promise.resolve(this.#token);
    return this.refresh(this.#token);
  }

  /** A new token, unless another request already replaced `stale` meanwhile. */
  refresh(stale: string | undefined): Promise<string> {
    const source = this.#source;
    if (!('fetchSessionToken' in source)) {
      return Promise.reject(new AuthenticationError('The session token was refused and cannot be refreshed.', { status: 401, code: 'session_invalid' }));
    }
    if (this.#token !== undefined && this.#token !== stale) return Promise.resolve(this.#token);
    this.#pending ??= source
      .fetchSessionToken()
      .then((result) => {
        const { token, expiresAt } = typeof result === 'string' ? { token: result, expiresAt: undefined } : result;
        if (typeof token !== 'string' || token === '') throw new TypeError('fetchSessionToken() gave no token');
        this.#token = token;
        this.#expiresAt = expiryOf(expiresAt);
        return token;
      })
      .catch((cause: unknown) => {
        throw new AuthenticationError('Could not obtain a session: fetchSessionToken() failed.', { status: 401, code: 'session_unavailable', cause });
      })
      .finally(() => {
        this.#pending = undefined;
      });
    return this.#pending;
  }
}

/**
 * When a token expires, in ms. A number below 10^12 is read as seconds (as JWTs count);
 * anything unreadable means "unknown", so the token is used until the API refuses it.
 */
function expiryOf(expiresAt: string | number | Date | undefined): number {
  if (expiresAt === undefined) return Infinity;
  const ms = typeof expiresAt === 'number' ? (expiresAt < 1e12 ? expiresAt * 1000 : expiresAt) : new Date(expiresAt).getTime();
  return Number.isFinite(ms) ? ms : Infinity;
}
