import { after } from 'node:test';
import { createClient, createResellerClient, type ClientConfig, type PorticoClient } from '@portico/sdk';
import { startSimulatorServer, RESELLER_KEY, type Simulator, type SimulatorOptions } from '@portico/simulator/node';

/** Where the Node tests pretend the API lives; msw answers every request to it. */
export const BASE_URL = 'http://portico.test';

/** A fresh simulator for this test file, intercepting `fetch` until the file ends. */
export function useSimulator(options?: SimulatorOptions): Simulator {
  const { sim, server } = startSimulatorServer(options);
  after(() => server.close());
  return sim;
}

export interface TestClient {
  client: PorticoClient;
  /** How many sessions the client asked for. */
  sessionFetches(): number;
}

/** A client for one demo customer, minting sessions the way a reseller's backend does. */
export function clientFor(customerId: string, config: Partial<ClientConfig> = {}): TestClient {
  const reseller = createResellerClient({ baseUrl: BASE_URL, secretKey: RESELLER_KEY });
  let fetches = 0;
  const client = createClient({
    baseUrl: BASE_URL,
    retry: { baseDelay: 1, maxDelay: 5 },
    fetchSessionToken: async () => {
      fetches++;
      return (await reseller.sessions.create({ customerId })).token;
    },
    ...config,
  } as ClientConfig);
  return { client, sessionFetches: () => fetches };
}

/** Requests that reached the simulator for a path, as "METHOD status". */
export function requestsTo(sim: Simulator, path: string): string[] {
  return sim.log.filter((entry) => entry.path.startsWith(path)).map((entry) => `${entry.method} ${entry.status}`);
}
