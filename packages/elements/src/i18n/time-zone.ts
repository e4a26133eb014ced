import { isTimeZone } from '@portico/sdk/core';

const known = new Map<string, boolean>();

/**
 * The first candidate that names a time zone the browser knows; undefined (the browser's own
 * zone) when none does. A misspelt zone is ignored rather than breaking every date shown.
 */
export function resolveTimeZone(...candidates: (string | null | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const name = candidate?.trim();
    if (!name) continue;
    let valid = known.get(name);
    if (valid === undefined) known.set(name, (valid = isTimeZone(name)));
    if (valid) return name;
  }
  return undefined;
}
