import { extensionOperations, TELEPHONY_LIMITS, type Extension } from '@portico/sdk/contract';
import { audioRecord, sniffAudio } from '../../data/telephony/audio.ts';
import { checkExtensionNumber } from '../../data/telephony/dial-plan.ts';
import type { ExtensionRecord, PbxRecord } from '../../data/telephony/records.ts';
import type { SimulatorContext } from '../../http/context.ts';
import { paginate } from '../../http/paginate.ts';
import { Problem } from '../../http/problem.ts';
import { Reply, route } from '../../http/route.ts';
import { audioLink, bytesOf } from './audio-links.ts';
import { dialPlanProblem } from './dial-plan-problem.ts';
import { findPbx } from './find-pbx.ts';
import { requireVersion } from '../../http/versions.ts';

export function wireExtension(pbx: PbxRecord, e: ExtensionRecord): Extension {
  const line = e.lineId === null ? undefined : pbx.lines.find((l) => l.id === e.lineId);
  const recordedName = e.recordedName && (({ bytes: _bytes, ...file }) => file)(e.recordedName);
  return {
    id: e.id,
    number: e.number,
    description: e.description,
    line: line ? { id: line.id, number: line.number } : null,
    pickupGroup: e.pickupGroup,
    published: e.published,
    recordedName,
    huntGroups: pbx.huntGroups.filter((g) => g.memberIds.includes(e.id)).map((g) => ({ id: g.id, number: g.number, name: g.name })),
    version: e.version,
  };
}

function findExtension(pbx: PbxRecord, id: string): ExtensionRecord {
  const found = pbx.extensions.find((e) => e.id === id);
  if (!found) throw new Problem(404, 'extension_not_found', `No extension ${id} on this PBX.`);
  return found;
}

/** Polish letters folded, lower case: "ksiegowosc" finds "Księgowość". */
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁ]/g, 'l').toLowerCase();

interface ExtensionFields {
  number: string;
  description: string;
  lineId: string | null;
  pickupGroup: string | null;
  published: boolean;
}

/** The rules a new or changed extension must keep, beyond its shape. */
function checkFields(pbx: PbxRecord, fields: ExtensionFields, id: string | null): void {
  const { extensionLength } = pbx.settings.intercom;
  if (fields.number.length !== extensionLength) {
    throw Problem.field('/number', 'invalid_length', `Extension numbers on this PBX have ${extensionLength} digits.`, { length: extensionLength });
  }
  const conflicts = checkExtensionNumber(pbx, fields.number, id, fields.description);
  if (conflicts.length) throw dialPlanProblem(conflicts);
  if (fields.lineId !== null && !pbx.lines.some((l) => l.id === fields.lineId)) throw Problem.field('/lineId', 'unknown_line', `There is no phone line ${fields.lineId} on this PBX.`);
  if (fields.pickupGroup !== null && !pbx.pickupGroups.includes(fields.pickupGroup)) {
    throw Problem.field('/pickupGroup', 'unknown_pickup_group', `There is no pickup group "${fields.pickupGroup}".`, { values: pbx.pickupGroups });
  }
}

const byNumber = (a: { number: string }, b: { number: string }) => a.number.localeCompare(b.number, 'en', { numeric: true });

/** T5: extensions, their recorded names, and the rule that hunt groups do not lose members unseen. */
export function extensionRoutes(sim: SimulatorContext) {
  return [
    route(sim, extensionOperations.list, ({ customer, query }) => {
      const pbx = findPbx(customer);
      const words = query.query ? fold(query.query.trim()) : '';
      const found = pbx.extensions.filter((e) => !words || e.number.includes(words) || fold(e.description).includes(words));
      return { ...paginate(found.map((e) => wireExtension(pbx, e)), { cursor: query.cursor, limit: query.limit ?? 50 }), total: found.length };
    }),
    route(sim, extensionOperations.retrieve, ({ customer, params }) => {
      const pbx = findPbx(customer);
      const extension = findExtension(pbx, params.id);
      return new Reply(wireExtension(pbx, extension), { headers: { etag: `"${extension.version}"` } });
    }),
    route(sim, extensionOperations.create, ({ customer, body }) => {
      const pbx = findPbx(customer);
      checkFields(pbx, body, null);
      const extension: ExtensionRecord = { id: sim.random.id('ext'), ...body, recordedName: null, version: 1 };
      pbx.extensions.push(extension);
      pbx.extensions.sort(byNumber);
      return wireExtension(pbx, extension);
    }),
    route(sim, extensionOperations.update, ({ customer, params, body, request }) => {
      const pbx = findPbx(customer);
      const extension = findExtension(pbx, params.id);
      requireVersion(request, extension.version, 'extension');
      checkFields(pbx, body, extension.id);
      Object.assign(extension, body, { version: extension.version + 1 });
      pbx.extensions.sort(byNumber);
      return new Reply(wireExtension(pbx, extension), { headers: { etag: `"${extension.version}"` } });
    }),
    route(sim, extensionOperations.delete, ({ customer, params, query }) => {
      const pbx = findPbx(customer);
      const extension = findExtension(pbx, params.id);
      const groups = pbx.huntGroups.filter((g) => g.memberIds.includes(extension.id));
      if (groups.length && !query.leaveHuntGroups) {
        throw new Problem(409, 'extension_in_hunt_groups', `Extension ${extension.number} is a member of ${groups.map((g) => `${g.number} ${g.name}`).join(', ')}. Delete it with leaveHuntGroups=true to remove it from them too.`, {
          errors: groups.map((g) => ({ pointer: '', code: 'in_hunt_group', detail: `Member of hunt group ${g.number} (${g.name}).`, params: { id: g.id, number: g.number, name: g.name } })),
        });
      }
      for (const group of groups) {
        group.memberIds = group.memberIds.filter((id) => id !== extension.id);
        group.version++;
      }
      pbx.extensions = pbx.extensions.filter((e) => e !== extension);
      return { id: extension.id, deleted: true as const, leftHuntGroups: groups.map((g) => g.id) };
    }),
    route(
      sim,
      extensionOperations.uploadRecordedName,
      async ({ customer, params, body }) => {
        const pbx = findPbx(customer);
        const extension = findExtension(pbx, params.id);
        const bytes = await bytesOf(body.file);
        if (!sniffAudio(bytes)) throw Problem.field('/file', 'not_audio', 'The file is not audio a browser plays: send WAV, MP3 or Ogg.');
        extension.recordedName = audioRecord(sim.random.id('aud'), body.file.name, bytes, sim.clock.now());
        extension.version++;
        return wireExtension(pbx, extension);
      },
      { maxBodyBytes: TELEPHONY_LIMITS.audio.maxNameSize + 64 * 1024 },
    ),
    route(sim, extensionOperations.playRecordedName, ({ customer, params, request }) => {
      const extension = findExtension(findPbx(customer), params.id);
      if (!extension.recordedName) throw new Problem(404, 'recorded_name_not_found', `Extension ${extension.number} has no recorded name.`);
      return audioLink(sim, request, extension.recordedName);
    }),
  ];
}
