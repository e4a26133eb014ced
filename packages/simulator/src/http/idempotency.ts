/** What the simulator remembers of a request with an `Idempotency-Key`. */
type Entry = { fingerprint: string; state: 'in-flight' } | { fingerprint: string; state: 'done'; status: number; body: string; headers: [string, string][] };

export type IdempotencyCheck = { kind: 'new' } | { kind: 'replay'; response: Response } | { kind: 'reused' } | { kind: 'in-flight' };

/**
 * Stripe's rules: the same key and body replays the first answer; the same key with another
 * body is refused; a duplicate that arrives while the first is still running is a conflict.
 */
export class IdempotencyStore {
  #entries = new Map<string, Entry>();

  begin(scope: string, key: string, fingerprint: string): IdempotencyCheck {
    const entry = this.#entries.get(`${scope}:${key}`);
    if (!entry) {
      this.#entries.set(`${scope}:${key}`, { fingerprint, state: 'in-flight' });
      return { kind: 'new' };
    }
    if (entry.fingerprint !== fingerprint) return { kind: 'reused' };
    if (entry.state === 'in-flight') return { kind: 'in-flight' };
    const headers = new Headers(entry.headers);
    headers.set('idempotent-replayed', 'true');
    return { kind: 'replay', response: new Response(entry.body, { status: entry.status, headers }) };
  }

  /** Remembers the answer, or forgets the key when the request did not run to an answer worth keeping. */
  async finish(scope: string, key: string, fingerprint: string, response: Response | undefined): Promise<void> {
    if (!response) {
      this.#entries.delete(`${scope}:${key}`);
      return;
    }
    const body = await response.clone().text();
    this.#entries.set(`${scope}:${key}`, { fingerprint, state: 'done', status: response.status, body, headers: [...response.headers] });
  }

  clear(): void {
    this.#entries.clear();
  }
}
