import { ClientCore, type ClientConfig } from '@portico/sdk/core';
import { createSimulator, type Simulator, type SimulatorOptions } from '@portico/simulator';
import type { SetupWorker } from 'msw/browser';
import type { StoryContext } from '@storybook/web-components';

export interface Simulated {
  sim: Simulator;
  client: ClientCore;
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

/**
 * A story backed by its own simulator: its msw handlers answer the widget, so every state
 * is what the platform would really say — no hand-written fixtures.
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
        const client = new ClientCore({ baseUrl: location.origin, retry: false, fetchSessionToken: session, ...options.client } as ClientConfig);
        return { sim, client, prepared };
      },
    ],
    beforeEach(context: StoryContext) {
      // msw-storybook-addon puts its worker on the context.
      const { msw, loaded } = context as StoryContext & { msw: SetupWorker };
      msw.use(...(loaded as Simulated).sim.handlers);
    },
  };
}
