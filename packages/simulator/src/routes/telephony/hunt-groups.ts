import { huntGroupOperations, type HuntGroup, type HuntGroupCreateParams } from '@portico/sdk/contract';
import { checkHuntGroupNumber } from '../../data/telephony/dial-plan.ts';
import type { HuntGroupRecord, PbxRecord } from '../../data/telephony/records.ts';
import type { SimulatorContext } from '../../http/context.ts';
import { paginate } from '../../http/paginate.ts';
import { Problem } from '../../http/problem.ts';
import { Reply, route } from '../../http/route.ts';
import { dialPlanProblem } from './dial-plan-problem.ts';
import { findPbx } from './find-pbx.ts';
import { requireVersion } from '../../http/versions.ts';

function wireGroup(pbx: PbxRecord, g: HuntGroupRecord): HuntGroup {
  const members = g.memberIds.flatMap((id) => {
    const e = pbx.extensions.find((x) => x.id === id);
    return e ? [{ id: e.id, number: e.number, description: e.description }] : [];
  });
  return { id: g.id, number: g.number, name: g.name, strategy: g.strategy, members, callerId: g.callerId, pickupAllowed: g.pickupAllowed, version: g.version };
}

function findGroup(pbx: PbxRecord, id: string): HuntGroupRecord {
  const found = pbx.huntGroups.find((g) => g.id === id);
  if (!found) throw new Problem(404, 'hunt_group_not_found', `No hunt group ${id} on this PBX.`);
  return found;
}

/** Members are existing extensions, each once; the number fits the dial plan. */
function checkFields(pbx: PbxRecord, fields: HuntGroupCreateParams, id: string | null): void {
  const conflicts = checkHuntGroupNumber(pbx, fields.number, id, fields.name);
  if (conflicts.length) throw dialPlanProblem(conflicts);
  fields.memberIds.forEach((memberId, i) => {
    if (!pbx.extensions.some((e) => e.id === memberId)) throw Problem.field(`/memberIds/${i}`, 'unknown_extension', `There is no extension ${memberId} on this PBX.`);
    if (fields.memberIds.indexOf(memberId) !== i) throw Problem.field(`/memberIds/${i}`, 'duplicate_member', 'This extension is already in the group.');
  });
}

const byNumber = (a: { number: string }, b: { number: string }) => a.number.localeCompare(b.number, 'en', { numeric: true });

/** T11: hunt groups. */
export function huntGroupRoutes(sim: SimulatorContext) {
  return [
    route(sim, huntGroupOperations.list, ({ customer, query }) => {
      const pbx = findPbx(customer);
      return paginate(
        pbx.huntGroups.map((g) => wireGroup(pbx, g)),
        { cursor: query.cursor, limit: query.limit ?? 50 },
      );
    }),
    route(sim, huntGroupOperations.retrieve, ({ customer, params }) => {
      const pbx = findPbx(customer);
      const group = findGroup(pbx, params.id);
      return new Reply(wireGroup(pbx, group), { headers: { etag: `"${group.version}"` } });
    }),
    route(sim, huntGroupOperations.create, ({ customer, body }) => {
      const pbx = findPbx(customer);
      checkFields(pbx, body, null);
      const group: HuntGroupRecord = { id: sim.random.id('hg'), ...body, memberIds: [...body.memberIds], version: 1 };
      pbx.huntGroups.push(group);
      pbx.huntGroups.sort(byNumber);
      return wireGroup(pbx, group);
    }),
    route(sim, huntGroupOperations.update, ({ customer, params, body, request }) => {
      const pbx = findPbx(customer);
      const group = findGroup(pbx, params.id);
      requireVersion(request, group.version, 'hunt group');
      checkFields(pbx, body, group.id);
      Object.assign(group, body, { memberIds: [...body.memberIds], version: group.version + 1 });
      pbx.huntGroups.sort(byNumber);
      return new Reply(wireGroup(pbx, group), { headers: { etag: `"${group.version}"` } });
    }),
    route(sim, huntGroupOperations.delete, ({ customer, params }) => {
      const pbx = findPbx(customer);
      const group = findGroup(pbx, params.id);
      pbx.huntGroups = pbx.huntGroups.filter((g) => g !== group);
      return { id: group.id, deleted: true as const };
    }),
  ];
}
