import type { FieldError } from './errors.ts';
import { toFieldError, type Issue } from './issues.ts';
import { isA } from './is-a.ts';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: FieldError[] };

/**
 * A compiled check of one contract schema: plain code generated at build time from the zod
 * contract (see `*.compiled.ts`), so that browsers validate without zod and without `eval`.
 */
export interface Validator<T> {
  (input: unknown): ValidationResult<T>;
  /** The type it checks; for type inference only. */
  readonly __type?: T;
}

/** Wraps generated code: it reports problems into `issues` and returns the output it built. */
export function validator<T>(check: (input: any, issues: Issue[]) => T): Validator<T> {
  return (input) => {
    const issues: Issue[] = [];
    const value = check(input, issues);
    return issues.length ? { ok: false, issues: issues.map(toFieldError) } : { ok: true, value };
  };
}

/** What zod calls an object: anything non-null of type object that is not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type { Issue };

// Helpers the compiled contract calls. `path` is where the checked object sits, `at` the
// field (or fields) below it; the full path is built only when there is something to report.

/** Where a value is, below the object being checked: one key, or several. */
export type At = PropertyKey | readonly PropertyKey[];

/** A file to upload, where the platform has `File` (browsers, Node 20+). */
export function isFile(value: unknown): value is File {
  return typeof File !== 'undefined' && isA(value, File);
}

/**
 * A string's length as zod counts it: in code points, so that an emoji is one character, not
 * two UTF-16 units (zod 4.6 does so for `minLength`, `maxLength` and `length`).
 */
export function codePoints(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

/**
 * Whether zod takes the value for a plain object (what a record must be): judged by its
 * constructor, as zod does, which `Object.getPrototypeOf` alone would not match.
 */
export function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const constructor: unknown = value.constructor;
  if (typeof constructor !== 'function') return true;
  const prototype: unknown = constructor.prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/** Reports one issue. */
export function fail(issues: Issue[], path: PropertyKey[], at: At, code: string, facts?: Record<string, unknown>): void {
  issues.push({ path: path.concat(at as PropertyKey[]), code, ...facts });
}

/** A string, or `undefined` and an issue. */
export function str(value: unknown, issues: Issue[], path: PropertyKey[], at: At): string | undefined {
  if (typeof value === 'string') return value;
  fail(issues, path, at, 'invalid_type', { expected: 'string' });
  return undefined;
}

/** A finite number, or `undefined` and an issue. */
export function num(value: unknown, issues: Issue[], path: PropertyKey[], at: At): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  fail(issues, path, at, 'invalid_type', { expected: 'number' });
  return undefined;
}

/** A safe integer, or `undefined` and the issue zod would report. */
export function int(value: unknown, issues: Issue[], path: PropertyKey[], at: At): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(issues, path, at, 'invalid_type', { expected: 'number' });
  else if (!Number.isInteger(value)) fail(issues, path, at, 'invalid_type', { expected: 'int', format: 'safeint' });
  else if (value > 0) fail(issues, path, at, 'too_big', { origin: 'int', maximum: Number.MAX_SAFE_INTEGER, inclusive: true });
  else fail(issues, path, at, 'too_small', { origin: 'int', minimum: Number.MIN_SAFE_INTEGER, inclusive: true });
  return undefined;
}

/** A boolean, or `undefined` and an issue. */
export function bool(value: unknown, issues: Issue[], path: PropertyKey[], at: At): boolean | undefined {
  if (typeof value === 'boolean') return value;
  fail(issues, path, at, 'invalid_type', { expected: 'boolean' });
  return undefined;
}

/** Whether the value is an object; if not, reports it. */
export function obj(value: unknown, issues: Issue[], path: PropertyKey[], at: At): value is Record<string, unknown> {
  if (isObject(value)) return true;
  fail(issues, path, at, 'invalid_type', { expected: 'object' });
  return false;
}
