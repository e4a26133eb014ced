import { ClientCore, type ClientConfig } from '@portico/sdk/core';
import { createSimulator, type Simulator, type SimulatorOptions } from '@portico/simulator';
import type { SetupWorker } from 'msw/browser';
import type { StoryContext } from '@storybook/web-components';

export interface Simulated {
  sim: Simulator;
  client: ClientCore;
}

export interface SimulatedOptions {
  /** The demo customer the story is signed in as. */
  customer?: string;
  simulator?: SimulatorOptions;
  /** Shapes the simulated world for the state the story shows (faults, data). */
  setup?: (sim: Simulator) => void;
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
        options.setup?.(sim);
        const customer = options.customer ?? sim.customers.prepaid;
        const client = new ClientCore({ baseUrl: location.origin, retry: false, fetchSessionToken: async () => sim.createSession(customer), ...options.client } as ClientConfig);
        return { sim, client };
      },
    ],
    beforeEach(context: StoryContext) {
      // msw-storybook-addon puts its worker on the context.
      const { msw, loaded } = context as StoryContext & { msw: SetupWorker };
      msw.use(...(loaded as Simulated).sim.handlers);
    },
  };
}
