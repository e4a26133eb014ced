import { setupServer, type SetupServer } from 'msw/node';
import { createSimulator, type Simulator, type SimulatorOptions } from './simulator.ts';

/**
 * The simulator inside this Node process: every `fetch` to its paths is answered by it.
 *
 * ```ts
 * const { sim, server } = startSimulatorServer();  // in a test's `before`
 * server.close();                                  // in `after`
 * ```
 */
export function startSimulatorServer(options?: SimulatorOptions): { sim: Simulator; server: SetupServer } {
  const sim = createSimulator(options);
  const server = setupServer(...sim.handlers);
  server.listen({ onUnhandledRequest: 'bypass' });
  return { sim, server };
}

export * from './index.ts';
