import type { Random } from '../core/random.ts';

/**
 * Something going wrong on purpose, for tests of what clients do then. Faults strike before
 * a request is handled (nothing changes), except `loseResponse`, which handles the request
 * and then drops the answer — the case idempotency keys exist for.
 */
export interface Fault {
  /** Answer this error status (problem+json), e.g. 503 or 429. */
  status?: number;
  /** With 429/503: the `Retry-After` seconds to send. */
  retryAfter?: number;
  /** Extra delay before the answer, in ms. */
  latency?: number;
  /** Drop the connection without an answer. */
  drop?: boolean;
  /** Answer 200 with a body that is not JSON. */
  malformed?: boolean;
  /** Never answer (until the client gives up). */
  timeout?: boolean;
  /** Handle the request, then drop the connection instead of answering. */
  loseResponse?: boolean;
  /** The real HTTP server reads the request body at this many bytes a second (a slow upload). */
  throttle?: number;
  /** Only requests whose path contains this (for queued and persistent faults). */
  path?: string;
  /** Only requests of this method. */
  method?: string;
}

/** The header a test may set on one request to make it fail: `x-portico-fault: status=503; retry-after=1`. */
export const FAULT_HEADER = 'x-portico-fault';

/** Parses `status=503; retry-after=2`, `drop`, `timeout`, `malformed`, `lose-response`, `latency=800`, `throttle=500000`. */
export function parseFaultHeader(value: string | null): Fault | undefined {
  if (!value) return undefined;
  const fault: Fault = {};
  for (const part of value.split(/[;,]/)) {
    const [rawKey, rawValue] = part.split('=').map((s) => s.trim());
    const key = rawKey?.toLowerCase();
    const number = Number(rawValue);
    if (key === 'status' && Number.isInteger(number)) fault.status = number;
    else if (key === 'retry-after' && number >= 0) fault.retryAfter = number;
    else if (key === 'latency' && number >= 0) fault.latency = number;
    else if (key === 'throttle' && number > 0) fault.throttle = number;
    else if (key === 'drop') fault.drop = true;
    else if (key === 'malformed') fault.malformed = true;
    else if (key === 'timeout') fault.timeout = true;
    else if (key === 'lose-response') fault.loseResponse = true;
  }
  return Object.keys(fault).length ? fault : undefined;
}

/** The faults the simulator will inject: queued one-offs, a persistent one, and a random rate. */
export class FaultPlan {
  #queue: Fault[] = [];
  #persistent: Fault | null = null;
  /** Share of requests (0–1) that fail with 503, chosen by the seeded generator. */
  rate: number;
  #random: Random;

  constructor(random: Random, rate = 0) {
    this.#random = random;
    this.rate = rate;
  }

  /** The next matching requests fail, one fault each, in order. */
  enqueue(...faults: Fault[]): void {
    this.#queue.push(...faults);
  }

  /** Every matching request fails this way until `clear()`; e.g. `{ drop: true }` to be offline. */
  persist(fault: Fault | null): void {
    this.#persistent = fault;
  }

  clear(): void {
    this.#queue = [];
    this.#persistent = null;
    this.rate = 0;
  }

  /** The fault for this request, if any; a queued fault is used up. */
  take(method: string, path: string, header: Fault | undefined): Fault | undefined {
    if (header) return header;
    const matches = (f: Fault) => (!f.path || path.includes(f.path)) && (!f.method || f.method.toUpperCase() === method);
    const queued = this.#queue.findIndex(matches);
    if (queued >= 0) return this.#queue.splice(queued, 1)[0];
    if (this.#persistent && matches(this.#persistent)) return this.#persistent;
    if (this.rate > 0 && this.#random.chance(this.rate)) return { status: 503 };
    return undefined;
  }
}
