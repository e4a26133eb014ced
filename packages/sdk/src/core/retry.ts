/** How a failed request is tried again. */
export interface RetryOptions {
  /** Attempts after the first; 0 turns retries off. Default 2. */
  limit?: number;
  /** First backoff in ms, doubled each attempt (with jitter). Default 300. */
  baseDelay?: number;
  /** Longest backoff in ms. Default 8000. */
  maxDelay?: number;
  /** A `Retry-After` longer than this (ms) is not waited for: the error is thrown. Default 60000. */
  maxRetryAfter?: number;
  /** Called before each retry, e.g. to log it. */
  onRetry?: (info: { attempt: number; delay: number; error: unknown }) => void;
}

export type ResolvedRetry = Required<Omit<RetryOptions, 'onRetry'>> & Pick<RetryOptions, 'onRetry'>;

export function resolveRetry(option: number | false | RetryOptions | undefined): ResolvedRetry {
  const given: RetryOptions = option === false ? { limit: 0 } : typeof option === 'number' ? { limit: option } : (option ?? {});
  return { limit: 2, baseDelay: 300, maxDelay: 8000, maxRetryAfter: 60_000, ...given };
}

/**
 * Statuses that say "try again later" rather than "this request is wrong". Not 501 (Not
 * Implemented) and 505 (HTTP Version Not Supported): the server will answer a retry the same.
 */
export function isRetryableStatus(status: number): boolean {
  if (status === 501 || status === 505) return false;
  return status === 408 || status === 429 || status >= 500;
}

/** Exponential backoff with equal jitter: between half and all of base·2^attempt. */
export function backoff(attempt: number, retry: ResolvedRetry): number {
  const ceiling = Math.min(retry.maxDelay, retry.baseDelay * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Waits, unless the signal aborts first. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
