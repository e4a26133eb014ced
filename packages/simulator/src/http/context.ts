// The context of routes: the world and everything around a request (sessions, faults,
// idempotency, latency, the log). The rules under data/ see only what they need of it.
import type { SimulatorClock } from '../core/clock.ts';
import type { Random } from '../core/random.ts';
import type { SimulatorTimings } from '../core/timings.ts';
import type { World } from '../data/world.ts';
import type { SignInRecord } from '../data/security/records.ts';
import type { VerificationGateway } from '@portico/sdk/account';
import type { FaultPlan } from './faults.ts';
import type { IdempotencyStore } from './idempotency.ts';

export interface SessionRecord {
  customerId: string;
  /** The portal user it acts as; null: the main administrator. */
  userId: string | null;
  expiresAt: number;
  /** The session's sign-in: its first request that passed the user's IP allow-list. */
  signIn?: SignInRecord;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number | 'dropped';
  idempotencyKey?: string;
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
  /** Signed links to uploaded audio (recorded names, music on hold): token → the file, until when. */
  audioLinks: Map<string, { bytes: Uint8Array; contentType: string; expiresAt: number }>;
  /** Signed links to invoice PDFs: token → the customer's invoice, until when. */
  invoiceLinks: Map<string, { customerId: string; invoiceId: string; expiresAt: number }>;
  /** Gateways of verification calls that fail, on a test's request (`sim.failVerificationGateway()`). */
  gatewaysDown: Set<VerificationGateway>;
}
