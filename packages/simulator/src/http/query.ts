import type { z } from 'zod/mini';

/**
 * A query string carries only text; the contract speaks of numbers, booleans and lists.
 * This reads the query object's shape and converts each parameter to what it declares.
 */
export function readQuery(schema: z.ZodMiniType | undefined, search: URLSearchParams): Record<string, unknown> {
  const shape = (schema?._zod.def as { shape?: Record<string, z.ZodMiniType> } | undefined)?.shape ?? {};
  const query: Record<string, unknown> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    const type = innerType(shape[key]);
    if (type === 'array') query[key] = values;
    else if (type === 'number') query[key] = values[0] !== '' && !Number.isNaN(Number(values[0])) ? Number(values[0]) : values[0];
    else if (type === 'boolean') query[key] = values[0] === 'true' ? true : values[0] === 'false' ? false : values[0];
    else query[key] = values[0];
  }
  return query;
}

function innerType(schema: z.ZodMiniType | undefined): string | undefined {
  let def = schema?._zod.def as { type: string; innerType?: z.ZodMiniType } | undefined;
  while (def && (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) {
    def = def.innerType._zod.def as typeof def;
  }
  return def?.type;
}
