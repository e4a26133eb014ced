import { isA, ValidationError } from '@portico/sdk/core';
import { TELEPHONY_LIMITS, type CallerIdPresentation, type DialPlanConflict, type HuntGroup, type HuntGroupCreateParams, type RingStrategy } from '@portico/sdk/telephony';
import { conflictsOf } from '../../i18n/telephony.messages.ts';
import type { HuntGroupsMessages } from './hunt-groups.messages.ts';

/** An extension the group may ring. */
export interface MemberOption {
  id: string;
  number: string;
  description: string;
}

/** What is typed and chosen in the editor. */
export interface HuntGroupDraft {
  number: string;
  name: string;
  strategy: RingStrategy;
  /** Extension ids, in ringing order. */
  memberIds: string[];
  callerId: CallerIdPresentation;
  pickupAllowed: boolean;
}

export type HuntGroupField = 'group-number' | 'group-name';
export type HuntGroupProblems = Partial<Record<HuntGroupField, string>>;

export const NUMBER_LENGTH = TELEPHONY_LIMITS.huntGroupNumberLength;
export const MEMBERS_MAX = TELEPHONY_LIMITS.huntGroupMembers.max;
const NAME_MAX = 60;

export function draftOf(group?: HuntGroup): HuntGroupDraft {
  return {
    number: group?.number ?? '',
    name: group?.name ?? '',
    strategy: group?.strategy ?? 'in_order',
    memberIds: group?.members.map((m) => m.id) ?? [],
    callerId: group?.callerId ?? 'original',
    pickupAllowed: group?.pickupAllowed ?? false,
  };
}

export function bodyOf(draft: HuntGroupDraft): HuntGroupCreateParams {
  return { ...draft, number: draft.number.trim(), name: draft.name.trim(), memberIds: [...draft.memberIds] };
}

/** What the PBX would refuse before anything is sent; collisions with the dial plan are the API's to say. */
export function checkHuntGroup(body: HuntGroupCreateParams, t: HuntGroupsMessages): HuntGroupProblems {
  const problems: HuntGroupProblems = {};
  const { min, max } = NUMBER_LENGTH;
  if (!body.number) problems['group-number'] = t.required;
  else if (!/^\d+$/.test(body.number) || body.number.length < min || body.number.length > max) problems['group-number'] = t.digitsOnly({ min, max });
  if (!body.name) problems['group-name'] = t.required;
  else if (body.name.length > NAME_MAX) problems['group-name'] = t.tooLong({ max: NAME_MAX });
  return problems;
}

/** The API's refusal of a save: dial-plan conflicts of the number, fields refused, members no longer there. */
export interface Refusal {
  conflicts: DialPlanConflict[];
  problems: HuntGroupProblems;
  members: boolean;
}

export function refusalOf(error: unknown, t: HuntGroupsMessages): Refusal | undefined {
  if (!isA(error, ValidationError) || !error.fieldErrors.length) return undefined;
  const conflicts = conflictsOf(error.fieldErrors).filter((c) => c.pointer === '/number');
  const problems: HuntGroupProblems = {};
  let members = false;
  for (const field of error.fieldErrors) {
    if (field.path === 'number' && !conflicts.length) problems['group-number'] ??= t.digitsOnly(NUMBER_LENGTH);
    if (field.path === 'name') problems['group-name'] ??= field.code === 'too_big' ? t.tooLong({ max: NAME_MAX }) : t.required;
    if (field.path.startsWith('memberIds')) members = true;
  }
  return { conflicts, problems, members };
}
