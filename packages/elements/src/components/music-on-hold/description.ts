import type { MusicOnHoldMessages } from './music-on-hold.messages.ts';

/** Characters of a track's description, as the contract takes it. */
export const DESCRIPTION_MAX = 120;

/** The problem with a description as typed, or undefined when it may be sent. */
export function checkDescription(typed: string, t: MusicOnHoldMessages): string | undefined {
  const description = typed.trim();
  if (!description) return t.descriptionMissing;
  if (description.length > DESCRIPTION_MAX) return t.descriptionTooLong({ max: DESCRIPTION_MAX });
  return undefined;
}
