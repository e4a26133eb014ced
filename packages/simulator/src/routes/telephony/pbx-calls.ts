import type { SimulatorContext } from '../../http/context.ts';

/** T1, T10: the PBX's calls. */
export function pbxCallRoutes(_sim: SimulatorContext) {
  return [];
}
