import { pbxOperations, type Pbx, type PbxSettings } from '@portico/sdk/contract';
import { checkSettings } from '../../data/telephony/dial-plan.ts';
import { PRODUCT_NAMES, WITH_CALL_LOGS, type PbxRecord } from '../../data/telephony/records.ts';
import { registrationAt } from '../../data/telephony/sip.ts';
import type { SimulatorContext } from '../../http/context.ts';
import { Problem } from '../../http/problem.ts';
import { Reply, route } from '../../http/route.ts';
import { dialPlanProblem } from './dial-plan-problem.ts';
import { findPbx } from './find-pbx.ts';
import { requireVersion } from '../../http/versions.ts';

function wirePbx(pbx: PbxRecord, now: number): Pbx {
  return {
    product: pbx.product,
    productName: PRODUCT_NAMES[pbx.product],
    callLogs: WITH_CALL_LOGS.has(pbx.product),
    pickupGroups: [...pbx.pickupGroups],
    contact: { ...pbx.contact },
    counts: {
      lines: pbx.lines.length,
      extensions: pbx.extensions.length,
      huntGroups: pbx.huntGroups.length,
      unregisteredLines: pbx.lines.filter((l) => registrationAt(l, now).status === 'unregistered').length,
    },
  };
}

type Sections = Omit<PbxSettings, 'version'>;

/** The settings after a change of some sections, and the field errors the contract cannot say. */
function applyChange(pbx: PbxRecord, change: Partial<Sections>): Sections {
  const next: Sections = { ...pbx.settings, ...change };
  if (next.intercom.enabled && !next.intercom.prefix) throw Problem.field('/intercom/prefix', 'required', 'An intercom needs a prefix to dial it with.');
  const group = next.incomingCalls.pickupGroup;
  if (group !== null && !pbx.pickupGroups.includes(group)) {
    throw Problem.field('/incomingCalls/pickupGroup', 'unknown_pickup_group', `There is no pickup group "${group}".`, { values: pbx.pickupGroups });
  }
  return next;
}

/** T4, T7, T8, T9 and the PBX overview of T1. */
export function pbxRoutes(sim: SimulatorContext) {
  return [
    route(sim, pbxOperations.retrieve, ({ customer }) => wirePbx(findPbx(customer), sim.clock.now())),
    route(sim, pbxOperations.settings, ({ customer }) => {
      const settings = findPbx(customer).settings;
      return new Reply(structuredClone(settings), { headers: { etag: `"${settings.version}"` } });
    }),
    route(sim, pbxOperations.checkSettings, ({ customer, body }) => {
      const pbx = findPbx(customer);
      return { conflicts: checkSettings(pbx, applyChange(pbx, body)) };
    }),
    route(sim, pbxOperations.updateSettings, ({ customer, body, request }) => {
      const pbx = findPbx(customer);
      requireVersion(request, pbx.settings.version, 'PBX settings');
      const next = applyChange(pbx, body);
      const conflicts = checkSettings(pbx, next);
      if (conflicts.length) throw dialPlanProblem(conflicts);
      pbx.settings = { ...structuredClone(next), version: pbx.settings.version + 1 };
      return new Reply(structuredClone(pbx.settings), { headers: { etag: `"${pbx.settings.version}"` } });
    }),
  ];
}
