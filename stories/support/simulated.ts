import { ClientCore, type ClientConfig } from '@portico/sdk/core';
import { createSimulator, type Simulator, type SimulatorOptions } from '@portico/simulator';
import { http, type HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { StoryContext } from '@storybook/web-components';

export interface Simulated {
  sim: Simulator;
  client: ClientCore;
  /** Serves the story's own host from its own simulator. */
  handler: HttpHandler;
  /** What `prepare` made (ids of records the story shows). */
  prepared: Record<string, string>;
}

export interface SimulatedOptions {
  /** The demo customer the story is signed in as. */
  customer?: string;
  simulator?: SimulatorOptions;
  /** Shapes the simulated world for the state the story shows (faults, data). */
  setup?: (sim: Simulator) => void;
  /** Makes records through the API itself (a pending top-up, a ticket), before the story renders. */
  prepare?: (client: ClientCore) => Promise<Record<string, string>>;
  client?: Partial<ClientConfig>;
}

/** What a CORS request answered by the service worker needs, as the real server sends it. */
const CORS = { 'access-control-allow-origin': location.origin, 'access-control-expose-headers': 'etag, retry-after, x-request-id, idempotent-replayed' };

let stories = 0;

/**
 * A story backed by its own simulator: its msw handler answers the widget, so every state
 * is what the platform would really say — no hand-written fixtures.
 *
 * Each rendered story talks to a host of its own (`story-N.simulator.test`), answered by its
 * own simulator. A docs page renders many stories at once, and a person clicks from story to
 * story: on one shared host the last story's handlers would answer them all, with sessions and
 * records the others never made (401s, 404s).
 */
export function simulated(options: SimulatedOptions = {}) {
  return {
    loaders: [
      async (): Promise<Simulated> => {
        const sim = createSimulator(options.simulator);
        const customer = options.customer ?? sim.customers.prepaid;
        const session = async () => sim.createSession(customer);
        // Straight into the simulator, not through msw: the story's handlers are not in place yet.
        const direct = new ClientCore({ baseUrl: 'http://simulator.local', fetchSessionToken: session, fetch: (input, init) => sim.handle(new Request(input, init)) });
        const prepared = (await options.prepare?.(direct)) ?? {};
        options.setup?.(sim);
        const host = `http://story-${++stories}.simulator.test`;
        const handler = http.all(`${host}/*`, async ({ request }) => {
          const response = await sim.handle(request);
          if (response.type === 'error') return response;
          const headers = new Headers(response.headers);
          for (const [name, value] of Object.entries(CORS)) headers.set(name, value);
          return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
        });
        const client = new ClientCore({ baseUrl: host, retry: false, fetchSessionToken: session, ...options.client } as ClientConfig);
        return { sim, client, prepared, handler };
      },
    ],
    beforeEach(context: StoryContext) {
      // msw-storybook-addon puts its worker on the context.
      const { msw, loaded } = context as StoryContext & { msw: SetupWorker };
      msw.use((loaded as Simulated).handler);
    },
  };
}
