import { z } from './zod.ts';

/** An id in a path: short, printable, no slashes. */
export const Id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[\w-]+$/));

/** A moment on the wire: ISO-8601 with a time zone. */
export const Timestamp = z.iso.datetime({ offset: true });

/** A calendar day: `2026-11-22`. */
export const IsoDate = z.iso.date();

/** A phone number in E.164: `+48601200300`. */
export const Msisdn = z.string().check(z.regex(/^\+[1-9]\d{7,14}$/));

/** An e-mail address. */
export const Email = z.email();

/** `{ id }` path parameters, the most common kind. */
export const IdParams = z.object({ id: Id });

/** The query every list takes: where to continue, and how many per page. */
export const PageQuery = {
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
};

/** The wire shape of every list: one page of items and the cursor of the next page. */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.nullable(z.string()) });
}
