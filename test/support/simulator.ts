import { after } from 'node:test';
import { startSimulatorServer, type Simulator, type SimulatorOptions } from '@portico/simulator/node';

export { BASE_URL, FAST_RETRY, clientFor, requestsTo, sessionFetches } from './clients.ts';

/** A fresh simulator for this test file, intercepting `fetch` until the file ends. */
export function useSimulator(options?: SimulatorOptions): Simulator {
  const { sim, server } = startSimulatorServer(options);
  after(() => server.close());
  return sim;
}
