// Clients of the simulator and what it logged, for every kind of test: Node (msw in the
// process), the SDK in Chromium and the widgets (msw's worker in the page). Nothing here
// depends on Node or on the DOM.
import { createClient, type ClientConfig, type ClientCore, type PorticoClient, type RetryOptions } from '@portico/sdk';
import type { Simulator } from '@portico/simulator';

/** Where the Node tests pretend the API lives; msw answers every request to it. */
export const BASE_URL = 'http://portico.test';

/** The SDK's retries with waits of milliseconds, for tests that want retries. */
export const FAST_RETRY: RetryOptions = { baseDelay: 1, maxDelay: 5 };

const sessionCounts = new WeakMap<ClientCore, () => number>();

/**
 * A client of the simulator for one demo customer, in a page (the page's origin) or in Node
 * (`BASE_URL`). Its sessions come from `sim.createSession()`, as a reseller's backend hands
 * them out. It does not retry unless `config.retry` says so (`FAST_RETRY`): a test sees each
 * failure it causes.
 */
export function clientFor(sim: Simulator, customerId: string, config: Partial<ClientConfig> = {}): PorticoClient {
  let fetches = 0;
  const client = createClient({
    baseUrl: globalThis.location?.origin ?? BASE_URL,
    retry: false,
    fetchSessionToken: async () => {
      fetches++;
      return sim.createSession(customerId);
    },
    ...config,
  } as ClientConfig);
  sessionCounts.set(client, () => fetches);
  return client;
}

/** How many sessions a client of `clientFor()` asked for. */
export function sessionFetches(client: ClientCore): number {
  const count = sessionCounts.get(client);
  if (!count) throw new Error('sessionFetches() counts only clients made by clientFor()');
  return count();
}

/** Requests that reached the simulator for a path, as "METHOD status". */
export function requestsTo(sim: Simulator, path: string): string[] {
  return sim.log.filter((entry) => entry.path.startsWith(path)).map((entry) => `${entry.method} ${entry.status}`);
}
