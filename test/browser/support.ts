import { startSimulatorWorker, type Simulator, type SimulatorOptions } from '@portico/simulator/browser';
import type { SetupWorker } from 'msw/browser';

export { clientFor, requestsTo } from '../support/clients.ts';

let running: Promise<{ sim: Simulator; worker: SetupWorker }> | undefined;

/** One simulator per test page, behind msw's service worker. */
export function simulator(options?: SimulatorOptions): Promise<Simulator> {
  running ??= startSimulatorWorker(options);
  return running.then(({ sim }) => sim);
}
