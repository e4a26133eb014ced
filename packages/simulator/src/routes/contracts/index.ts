import type { SimulatorContext } from '../../http/context.ts';
import { callRoutes } from './calls.ts';
import { contractRecordRoutes } from './contracts.ts';
import { serviceRoutes } from './services.ts';
import { simSwapRoutes } from './sim-swaps.ts';

/** C1–C7: contracts, plans, PUK, SIM user, SIM swaps, services, orders and calls, as the SDK's `contracts` module has them. */
export function contractRoutes(sim: SimulatorContext) {
  return [...contractRecordRoutes(sim), ...simSwapRoutes(sim), ...serviceRoutes(sim), ...callRoutes(sim)];
}
