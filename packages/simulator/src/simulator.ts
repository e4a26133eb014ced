import { getResponse, type HttpHandler } from 'msw';
import { SimulatorClock } from './core/clock.ts';
import type { SimulatorTimings } from './core/timings.ts';
import type { SimulatorContext } from './http/context.ts';
import { DEMO_CUSTOMERS, seedWorld } from './data/seed.ts';
import { FaultPlan } from './http/faults.ts';
import { IdempotencyStore } from './http/idempotency.ts';
import { Problem } from './http/problem.ts';
import { Random } from './core/random.ts';
import { accountRoutes } from './routes/account/index.ts';
import { contractRoutes } from './routes/contracts/index.ts';
import { helpdeskRoutes } from './routes/helpdesk/index.ts';
import { controlRoutes, fallbackRoute, openApiRoute } from './routes/meta.ts';
import { resellerRoutes } from './routes/reseller/index.ts';
import { telephonyRoutes } from './routes/telephony/index.ts';
import type { VerificationGateway } from '@portico/sdk/account';
import type { VerificationCall } from './data/security/records.ts';

export interface SimulatorOptions {
  /** Seeds every generated record: the same seed gives the same world. Default 1. */
  seed?: number;
  /** Simulated time at start; the wall clock by default. */
  now?: Date | number;
  /** Processing time added to every request, in ms: fixed or a `[min, max]` range. Default 0. */
  latency?: number | [number, number];
  /** Share of requests (0–1) that fail with 503. Default 0. */
  faultRate?: number;
  /** Session lifetime in seconds. Default 900 (15 minutes). */
  sessionTtl?: number;
  /** Timings of asynchronous work, in ms of simulated time. */
  timings?: Partial<Omit<SimulatorTimings, 'sessionTtl'>>;
}

const MINUTE = 60_000;

/** A stateful, deterministic Portico platform, served through msw handlers. */
export class Simulator {
  /** The msw handlers: give them to `setupServer`, `setupWorker`, or the HTTP server. */
  readonly handlers: HttpHandler[];
  readonly clock: SimulatorClock;
  /** Faults to inject: `enqueue`, `persist`, `rate`, `clear`. */
  readonly faults: FaultPlan;
  /** The demo customers' ids. */
  readonly customers = DEMO_CUSTOMERS;
  readonly #context: SimulatorContext;
  readonly #seed: number;

  constructor(options: SimulatorOptions = {}) {
    this.#seed = options.seed ?? 1;
    // One moment for the clock and the seeded data: reading the clock twice could cross a
    // millisecond and seed the same world differently.
    const start = options.now === undefined ? Date.now() : new Date(options.now).getTime();
    this.clock = new SimulatorClock(start);
    const random = new Random(this.#seed);
    this.faults = new FaultPlan(new Random(this.#seed ^ 0x5eed), options.faultRate ?? 0);
    this.#context = {
      world: seedWorld(random, start),
      clock: this.clock,
      random,
      sessions: new Map(),
      faults: this.faults,
      idempotency: new IdempotencyStore(),
      timings: {
        sessionTtl: (options.sessionTtl ?? 900) * 1000,
        transferBooking: options.timings?.transferBooking ?? 2 * 24 * 60 * MINUTE,
        confirmedTransferBooking: options.timings?.confirmedTransferBooking ?? 15 * MINUTE,
        orderStart: options.timings?.orderStart ?? 3_000,
        orderDuration: options.timings?.orderDuration ?? 8_000,
        ticketAnswer: options.timings?.ticketAnswer ?? 5 * MINUTE,
        attachmentLinkTtl: options.timings?.attachmentLinkTtl ?? 5 * MINUTE,
      },
      latency: options.latency ?? 0,
      log: [],
      seed: this.#seed,
      callsUntil: start,
      recordings: new Map(),
      audioLinks: new Map(),
      invoiceLinks: new Map(),
      gatewaysDown: new Set(),
    };
    const sim = this.#context;
    this.handlers = [
      ...resellerRoutes(sim),
      ...accountRoutes(sim),
      ...contractRoutes(sim),
      ...helpdeskRoutes(sim),
      ...telephonyRoutes(sim),
      openApiRoute(),
      ...controlRoutes(sim, () => this.reset()),
      fallbackRoute(),
    ];
  }

  /** The state of the simulated platform, for assertions. */
  get world() {
    return this.#context.world;
  }

  /** Timings of asynchronous work, in ms of simulated time: `sim.clock.advance(sim.timings.ticketAnswer)`. */
  get timings(): Readonly<SimulatorTimings> {
    return this.#context.timings;
  }

  /** Requests that reached the simulator, oldest first (the last 2000). */
  get log() {
    return this.#context.log;
  }

  /** Processing time added to every request. */
  set latency(value: number | [number, number]) {
    this.#context.latency = value;
  }

  /** Back to the seeded world: data, sessions, idempotency keys, faults and log. */
  reset(): void {
    const random = new Random(this.#seed);
    this.#context.random = random;
    this.#context.world = seedWorld(random, this.clock.now());
    this.#context.sessions.clear();
    this.#context.recordings.clear();
    this.#context.audioLinks.clear();
    this.#context.invoiceLinks.clear();
    this.#context.gatewaysDown.clear();
    this.#context.idempotency.clear();
    this.#context.log.length = 0;
    this.faults.clear();
  }

  /**
   * A session for a customer without an HTTP round trip (tests, stories); with `userId`, one
   * of the customer's portal users (who must be allowed to log in), else the main administrator.
   */
  createSession(customerId: string, ttlSeconds?: number, userId?: string): { token: string; expiresAt: string } {
    const customer = this.#context.world.customers.get(customerId);
    if (!customer) throw new Error(`No customer ${customerId}`);
    if (userId !== undefined && !customer.users.some((u) => u.id === userId && u.canLogIn)) throw new Error(`No portal user ${userId} of ${customerId} may log in`);
    const token = `cs_test_${crypto.randomUUID().replace(/-/g, '')}`;
    const expiresAt = this.clock.now() + (ttlSeconds !== undefined ? ttlSeconds * 1000 : this.#context.timings.sessionTtl);
    this.#context.sessions.set(token, { customerId, userId: userId ?? null, expiresAt });
    return { token, expiresAt: new Date(expiresAt).toISOString() };
  }

  /**
   * Makes a gateway of verification calls fail (`down`, the default) or work again: with the
   * primary down, a call verification answers `gateway_failed` and its retry goes through the
   * secondary; with both down, `unavailable` (contact support). `reset()` brings both back.
   */
  failVerificationGateway(gateway: VerificationGateway, down = true): void {
    if (down) this.#context.gatewaysDown.add(gateway);
    else this.#context.gatewaysDown.delete(gateway);
  }

  /** The last verification call to a portal user (whose calling number's last four digits are the code), as a phone would show it. */
  lastVerificationCall(userId: string): VerificationCall | undefined {
    for (const customer of this.#context.world.customers.values()) {
      const user = customer.users.find((u) => u.id === userId);
      if (user) return user.security.calls.at(-1);
    }
    return undefined;
  }

  /** Ends every session at once, as if they all expired (tests of session refresh). */
  revokeSessions(): void {
    this.#context.sessions.clear();
  }

  /** Answers one request: the same handlers, without msw's interception (the HTTP server uses this). */
  async handle(request: Request): Promise<Response> {
    return (
      (await getResponse(this.handlers, request)) ??
      new Problem(404, 'route_not_found', `There is no operation at ${request.method} ${new URL(request.url).pathname}.`).toResponse('req_none')
    );
  }
}

export function createSimulator(options?: SimulatorOptions): Simulator {
  return new Simulator(options);
}
