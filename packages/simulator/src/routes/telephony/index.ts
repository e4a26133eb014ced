import type { SimulatorContext } from '../../http/context.ts';
import { pbxCallRoutes } from './pbx-calls.ts';

/** T1, T4–T12: the hosted PBX, as the SDK's `telephony` module has it. */
export function telephonyRoutes(sim: SimulatorContext) {
  return [...pbxCallRoutes(sim)];
}
