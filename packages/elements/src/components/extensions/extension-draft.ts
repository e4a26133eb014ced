import { isA, ValidationError } from '@portico/sdk/core';
import type { DialPlanConflict, Extension, ExtensionCreateParams } from '@portico/sdk/telephony';
import { conflictsOf } from '../../i18n/telephony.messages.ts';
import type { ExtensionsMessages } from './extensions.messages.ts';

/** What the editor offers to choose from, and the length every extension number has. */
export interface ExtensionOptions {
  /** Digits of every extension number of this PBX (its intercom settings). */
  extensionLength: number;
  lines: { id: string; number: string }[];
  pickupGroups: string[];
}

/** What is typed and chosen in the editor, as the fields hold it. */
export interface ExtensionDraft {
  number: string;
  description: string;
  /** A line's id, or '' for none. */
  lineId: string;
  /** A pickup group, or '' for none. */
  pickupGroup: string;
  published: boolean;
}

/** The fields that can be refused, by their ids. */
export type ExtensionField = 'extension-number' | 'extension-description';

/** Problems with the fields, by field id, in the person's words. */
export type ExtensionProblems = Partial<Record<ExtensionField, string>>;

const DESCRIPTION_MAX = 60;

export function draftOf(extension?: Extension): ExtensionDraft {
  return {
    number: extension?.number ?? '',
    description: extension?.description ?? '',
    lineId: extension?.line?.id ?? '',
    pickupGroup: extension?.pickupGroup ?? '',
    published: extension?.published ?? true,
  };
}

/** The extension as the API takes it. */
export function bodyOf(draft: ExtensionDraft): ExtensionCreateParams {
  return {
    number: draft.number.trim(),
    description: draft.description.trim(),
    lineId: draft.lineId || null,
    pickupGroup: draft.pickupGroup || null,
    published: draft.published,
  };
}

/** Whether `body` changes anything of `extension` (an upload alone saves nothing else). */
export function changes(extension: Extension, body: ExtensionCreateParams): boolean {
  const now = bodyOf(draftOf(extension));
  return (Object.keys(body) as (keyof ExtensionCreateParams)[]).some((key) => body[key] !== now[key]);
}

/** The first number of a length, as an example: `100`. */
export const exampleNumber = (length: number): string => `1${'0'.repeat(Math.max(0, length - 1))}`;

/**
 * What the PBX would refuse before anything is sent: a number that is not digits of its
 * extension length, a description too long. Collisions need the whole dial plan: the API says them.
 */
export function checkExtension(body: ExtensionCreateParams, length: number, t: ExtensionsMessages): ExtensionProblems {
  const problems: ExtensionProblems = {};
  if (!body.number) problems['extension-number'] = t.required;
  else if (!/^\d+$/.test(body.number) || body.number.length !== length) problems['extension-number'] = t.digitsOnly({ length, example: exampleNumber(length) });
  if (body.description.length > DESCRIPTION_MAX) problems['extension-description'] = t.tooLong({ max: DESCRIPTION_MAX });
  return problems;
}

/** The API's refusal of a save: dial-plan conflicts of the number, and any other field it refused. */
export interface Refusal {
  conflicts: DialPlanConflict[];
  problems: ExtensionProblems;
}

export function refusalOf(error: unknown, length: number, t: ExtensionsMessages): Refusal | undefined {
  if (!isA(error, ValidationError) || !error.fieldErrors.length) return undefined;
  const conflicts = conflictsOf(error.fieldErrors).filter((c) => c.pointer === '/number');
  const problems: ExtensionProblems = {};
  for (const field of error.fieldErrors) {
    if (field.path === 'number' && !conflicts.length) problems['extension-number'] ??= t.digitsOnly({ length, example: exampleNumber(length) });
    if (field.path === 'description') problems['extension-description'] ??= field.code === 'too_small' ? t.required : t.tooLong({ max: DESCRIPTION_MAX });
  }
  return { conflicts, problems };
}
