import type { SimulatorClock } from './clock.ts';
import type { World } from './data/world.ts';
import type { FaultPlan } from './http/faults.ts';
import type { IdempotencyStore } from './http/idempotency.ts';
import type { Random } from './random.ts';

export interface SessionRecord {
  customerId: string;
  expiresAt: number;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number | 'dropped';
  idempotencyKey?: string;
}

/** Timings of the simulated platform, in milliseconds of simulated time. */
export interface SimulatorTimings {
  /** How long a session lives unless the reseller asks otherwise. */
  sessionTtl: number;
  /** When a bank transfer is booked without a confirmation. */
  transferBooking: number;
  /** When a bank transfer is booked after its confirmation was attached. */
  confirmedTransferBooking: number;
  /** When an accepted service order starts being processed. */
  orderStart: number;
  /** How long processing takes, after it starts. */
  orderDuration: number;
  /**
   * How long after a customer writes (a new ticket, a reply) support answers by itself, in
   * departments the simulator answers for (technical and billing; sales never).
   */
  ticketAnswer: number;
  /** How long a signed attachment download link works. */
  attachmentLinkTtl: number;
}

/** Everything a route may read or change. */
export interface SimulatorContext {
  world: World;
  clock: SimulatorClock;
  random: Random;
  sessions: Map<string, SessionRecord>;
  faults: FaultPlan;
  idempotency: IdempotencyStore;
  timings: SimulatorTimings;
  /** Added processing time for every request: fixed, or a [min, max] range. */
  latency: number | [number, number];
  /** The most recent requests that reached the simulator, oldest first. */
  log: RequestLogEntry[];
  /** The seed of generated data, for what is generated on first use (call logs). */
  seed: number;
  /** The moment call histories end: the simulator's start. */
  callsUntil: number;
  /** Signed recording links: token → what to play, until when. */
  recordings: Map<string, { seconds: number; expiresAt: number }>;
}
