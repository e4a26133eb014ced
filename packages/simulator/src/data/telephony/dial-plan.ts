import type { DialPlanConflict, DialPlanEntry, PbxSettings } from '@portico/sdk/telephony';
import type { ExtensionRecord, HuntGroupRecord, PbxRecord } from './records.ts';

/**
 * One dial plan per PBX: what a caller dials is an extension, a hunt group, an abbreviated
 * code or a feature prefix, and the PBX must know which as soon as the digits are in. So no
 * two may be equal, and none may begin another (with `10` and `101`, the PBX cannot tell
 * whether the caller has finished). Extensions have the configured length, and abbreviated
 * codes theirs.
 */

/** A number of the plan with the field of a request that sets it. */
export interface PlannedNumber {
  pointer: string;
  entry: DialPlanEntry;
}

const extensionEntry = (e: Pick<ExtensionRecord, 'id' | 'number' | 'description'>): DialPlanEntry => ({ kind: 'extension', id: e.id, number: e.number, name: e.description || null });
const huntGroupEntry = (g: Pick<HuntGroupRecord, 'id' | 'number' | 'name'>): DialPlanEntry => ({ kind: 'hunt_group', id: g.id, number: g.number, name: g.name });

/** The numbers the settings put in the plan, each with its field. A disabled intercom dials nothing. */
export function settingsNumbers(settings: Omit<PbxSettings, 'version'>): PlannedNumber[] {
  const numbers: PlannedNumber[] = [];
  const prefix = (pointer: string, kind: DialPlanEntry['kind'], value: string | null) => {
    if (value) numbers.push({ pointer, entry: { kind, id: null, number: value, name: null } });
  };
  if (settings.intercom.enabled) prefix('/intercom/prefix', 'intercom_prefix', settings.intercom.prefix);
  settings.abbreviatedDialing.numbers.forEach((n, i) => numbers.push({ pointer: `/abbreviatedDialing/numbers/${i}/code`, entry: { kind: 'abbreviated', id: null, number: n.code, name: n.name } }));
  prefix('/incomingCalls/pickupPrefix', 'pickup_prefix', settings.incomingCalls.pickupPrefix);
  prefix('/parking/parkPrefix', 'park_prefix', settings.parking.parkPrefix);
  prefix('/parking/retrievePrefix', 'retrieve_prefix', settings.parking.retrievePrefix);
  return numbers;
}

/** Every number of the PBX's plan as it stands. */
export function planOf(pbx: PbxRecord, fromSettings: PlannedNumber[] = settingsNumbers(pbx.settings)): PlannedNumber[] {
  return [...pbx.extensions.map((e) => ({ pointer: '', entry: extensionEntry(e) })), ...pbx.huntGroups.map((g) => ({ pointer: '', entry: huntGroupEntry(g) })), ...fromSettings];
}

const same = (a: PlannedNumber, b: PlannedNumber) => a === b || (a.entry.id !== null && a.entry.kind === b.entry.kind && a.entry.id === b.entry.id);

/** What `candidate` collides with among `plan` (itself excluded). */
export function collisions(candidate: PlannedNumber, plan: readonly PlannedNumber[]): DialPlanConflict[] {
  const number = candidate.entry.number;
  const conflicts: DialPlanConflict[] = [];
  for (const other of plan) {
    if (same(candidate, other)) continue;
    const code = other.entry.number === number ? 'duplicate' : other.entry.number.startsWith(number) ? 'prefix_of' : number.startsWith(other.entry.number) ? 'starts_with' : null;
    if (code) conflicts.push({ pointer: candidate.pointer, code, number, entry: other.entry });
  }
  return conflicts;
}

/** What new settings would break: each changed number against the whole plan, and lengths. */
export function checkSettings(pbx: PbxRecord, next: Omit<PbxSettings, 'version'>): DialPlanConflict[] {
  const numbers = settingsNumbers(next);
  const plan = planOf(pbx, numbers);
  const before = new Set(settingsNumbers(pbx.settings).map((n) => `${n.pointer}=${n.entry.number}`));
  // Only numbers that change are checked: a plan saved before stays as valid as it was.
  const changed = numbers.filter((n) => !before.has(`${n.pointer}=${n.entry.number}`));
  const conflicts = changed.flatMap((n) => collisions(n, plan));
  const { extensionLength } = next.intercom;
  for (const extension of pbx.extensions) {
    if (extension.number.length !== extensionLength) conflicts.push({ pointer: '/intercom/extensionLength', code: 'wrong_length', number: String(extensionLength), entry: extensionEntry(extension) });
  }
  const { length } = next.abbreviatedDialing;
  next.abbreviatedDialing.numbers.forEach((n, i) => {
    if (n.code.length !== length) conflicts.push({ pointer: `/abbreviatedDialing/numbers/${i}/code`, code: 'wrong_length', number: String(length), entry: { kind: 'abbreviated', id: null, number: n.code, name: n.name } });
  });
  return conflicts;
}

/** What an extension's number would collide with (`id` is the extension being changed, if any). */
export function checkExtensionNumber(pbx: PbxRecord, number: string, id: string | null, description: string): DialPlanConflict[] {
  return collisions({ pointer: '/number', entry: extensionEntry({ id: id ?? '\u0000new', number, description }) }, planOf(pbx));
}

/** What a hunt group's number would collide with. */
export function checkHuntGroupNumber(pbx: PbxRecord, number: string, id: string | null, name: string): DialPlanConflict[] {
  return collisions({ pointer: '/number', entry: huntGroupEntry({ id: id ?? '\u0000new', number, name }) }, planOf(pbx));
}

const KIND_WORDS: Record<DialPlanEntry['kind'], string> = {
  extension: 'extension',
  hunt_group: 'hunt group',
  abbreviated: 'abbreviated number',
  intercom_prefix: 'the intercom prefix',
  pickup_prefix: 'the pickup prefix',
  park_prefix: 'the park prefix',
  retrieve_prefix: 'the retrieve prefix',
};

/** A conflict in plain English, for the API's `detail` (widgets say it in the person's language). */
export function describeConflict(c: DialPlanConflict): string {
  const other = `${KIND_WORDS[c.entry.kind]} ${c.entry.number}${c.entry.name ? ` (${c.entry.name})` : ''}`;
  switch (c.code) {
    case 'duplicate':
      return `${c.number} is already ${other}.`;
    case 'prefix_of':
      return `${c.number} begins ${other}.`;
    case 'starts_with':
      return `${c.number} begins with ${other}.`;
    case 'wrong_length':
      return `${other} would not have ${c.number} digits.`;
  }
}
