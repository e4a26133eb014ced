import { createClient, type ClientConfig, type PorticoClient } from '@portico/sdk';
import { startSimulatorWorker, type Simulator, type SimulatorOptions } from '@portico/simulator/browser';
import type { SetupWorker } from 'msw/browser';

let running: Promise<{ sim: Simulator; worker: SetupWorker }> | undefined;

/** One simulator per test page, behind msw's service worker. */
export function simulator(options?: SimulatorOptions): Promise<Simulator> {
  running ??= startSimulatorWorker(options);
  return running.then(({ sim }) => sim);
}

/** A client of this page's simulator for one demo customer. */
export function clientFor(sim: Simulator, customerId: string, config: Partial<ClientConfig> = {}): PorticoClient {
  return createClient({
    baseUrl: location.origin,
    retry: { baseDelay: 1 },
    fetchSessionToken: async () => sim.createSession(customerId),
    ...config,
  } as ClientConfig);
}
