import type { FieldError } from '@portico/sdk/core';
import { TELEPHONY_LIMITS } from '@portico/sdk/telephony';
import type { PbxSettingsMessages } from './pbx-settings.messages.ts';

/** What is wrong with a section's fields, by field id, in the person's words. */
export type Problems = Record<string, string>;

const { prefixLength } = TELEPHONY_LIMITS;

/** A feature prefix as typed: `''` is none. */
export function prefixProblem(typed: string, required: boolean, t: PbxSettingsMessages): string | undefined {
  const value = typed.trim();
  if (!value) return required ? t.prefixRequired : undefined;
  if (!/^[0-9*#]+$/.test(value)) return t.prefixCharacters;
  if (value.length < prefixLength.min || value.length > prefixLength.max) return t.prefixLength(prefixLength);
  return undefined;
}

/** A whole number in a range, as typed into a number field. */
export function rangeProblem(typed: string, range: { min: number; max: number }, t: PbxSettingsMessages): string | undefined {
  const value = typed.trim();
  if (!/^\d+$/.test(value)) return t.wholeNumber;
  const number = Number(value);
  return number < range.min || number > range.max ? t.outOfRange(range) : undefined;
}

/** A prefix as the API takes it: trimmed, or null for none. */
export const prefixValue = (typed: string): string | null => typed.trim() || null;

/** A number to call as a person types it (`+48 22 569 02 00`), as the API takes it. */
export const dialledNumber = (typed: string): string => typed.replace(/[\s\-()./]/g, '');

/** A JSON pointer of the body (`/intercom/prefix`) from a field error's dotted path. */
export const pointerOf = (path: string): string => (path ? `/${path.split('.').join('/')}` : '');

/**
 * What the API said of a field it refused, other than a dial-plan conflict (those are listed
 * with what they collide with): the reasons it can give, in the person's words.
 */
export function refusalWords(error: FieldError, t: PbxSettingsMessages): string {
  if (error.code === 'required') return t.prefixRequired;
  if (error.code === 'unknown_pickup_group') return t.unknownPickupGroup;
  return t.refused;
}

/** Two values of a section are the same (the answers of the API and what a draft would send). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
