import type { SimulatorContext } from '../../http/context.ts';
import { audioMediaRoute } from './audio-links.ts';
import { extensionRoutes } from './extensions.ts';
import { huntGroupRoutes } from './hunt-groups.ts';
import { musicRoutes } from './music.ts';
import { pbxCallRoutes } from './pbx-calls.ts';
import { pbxRoutes } from './pbx.ts';
import { phoneLineRoutes } from './phone-lines.ts';

/** T1, T4–T12: the hosted PBX, as the SDK's `telephony` module has it. */
export function telephonyRoutes(sim: SimulatorContext) {
  return [...pbxRoutes(sim), ...extensionRoutes(sim), ...phoneLineRoutes(sim), ...huntGroupRoutes(sim), ...musicRoutes(sim), ...pbxCallRoutes(sim), audioMediaRoute(sim)];
}
