import { ApiError, createIdempotencyKey, IdempotencyError, isA } from '@portico/sdk/core';

/**
 * One user action — a top-up, a ticket, an order — sent under one idempotency key until the
 * API has answered it. A retry reuses the key even when the customer edited the details in
 * between: if an earlier try went through after all (its answer lost), the API refuses the
 * edited copy under that key (`idempotency_key_reused`), and the action brings back what was
 * made by sending that earlier version again. A flaky network never charges, files or orders
 * twice.
 */
export class IdempotentAction<P> {
  readonly key = createIdempotencyKey();
  /** Every version sent under the key, oldest first. */
  readonly #sent: P[] = [];

  /**
   * Sends `params` through `request`; `earlier` says the result is what an earlier version
   * made. Throws the failure of `params` when no earlier version brings anything back.
   */
  async send<R>(params: P, request: (params: P, key: string) => Promise<R>, signal?: AbortSignal): Promise<{ result: R; earlier: boolean }> {
    const version = JSON.stringify(params);
    const others = this.#sent.filter((sent) => JSON.stringify(sent) !== version);
    this.#sent.splice(0, Infinity, ...others, params);
    try {
      return { result: await request(params, this.key), earlier: false };
    } catch (error) {
      if (!(isA(error, IdempotencyError) && error.code === 'idempotency_key_reused')) throw error;
      for (const earlier of others.reverse()) {
        if (signal?.aborted) break;
        try {
          return { result: await request(earlier, this.key), earlier: true };
        } catch {
          // Not this one: the key was used with another version still.
        }
      }
      throw error;
    }
  }
}

/**
 * Whether a failure is the API's answer on the action's merits (refused details, no
 * permission, a conflict), which ends the action: what is sent next is a new one with a new
 * key. No answer — lost, timed out, a server error, rate limited — or an `IdempotencyError`
 * (still in flight, the key used before) keeps the action: it may have been carried out.
 */
export function answered(error: unknown): boolean {
  return isA(error, ApiError) && error.status < 500 && error.status !== 429 && !isA(error, IdempotencyError);
}
