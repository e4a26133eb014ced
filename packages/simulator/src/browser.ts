import { setupWorker, type SetupWorker } from 'msw/browser';
import { createSimulator, type Simulator, type SimulatorOptions } from './simulator.ts';

/**
 * The simulator inside this page, through msw's service worker. The page must serve msw's
 * `mockServiceWorker.js` at `workerUrl` (`npx msw init <public dir>`).
 */
export async function startSimulatorWorker(options: SimulatorOptions & { workerUrl?: string; quiet?: boolean } = {}): Promise<{ sim: Simulator; worker: SetupWorker }> {
  const { workerUrl = '/mockServiceWorker.js', quiet = true, ...simulatorOptions } = options;
  const sim = createSimulator(simulatorOptions);
  const worker = setupWorker(...sim.handlers);
  await worker.start({ serviceWorker: { url: workerUrl }, onUnhandledRequest: 'bypass', quiet });
  return { sim, worker };
}

export * from './index.ts';
