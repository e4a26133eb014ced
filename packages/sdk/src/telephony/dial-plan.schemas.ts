import { z } from '../core/zod.ts';

/** What owns a number or a prefix of a PBX's dial plan. */
export const DialPlanKind = z.enum(['extension', 'hunt_group', 'abbreviated', 'intercom_prefix', 'pickup_prefix', 'park_prefix', 'retrieve_prefix']);
export type DialPlanKind = z.infer<typeof DialPlanKind>;

/**
 * Why a number cannot be dialled as planned: it is another's (`duplicate`), it begins another
 * (`prefix_of`: dialling it, the PBX could not tell when the other begins), another begins it
 * (`starts_with`), or it has not the configured extension length (`wrong_length`).
 */
export const DialPlanConflictCode = z.enum(['duplicate', 'prefix_of', 'starts_with', 'wrong_length']);
export type DialPlanConflictCode = z.infer<typeof DialPlanConflictCode>;

/** One number of the dial plan, and what it belongs to. */
export const DialPlanEntry = z.object({
  kind: DialPlanKind,
  /** The extension's, hunt group's or abbreviated number's id; null for a prefix. */
  id: z.nullable(z.string()),
  number: z.string(),
  /** A description or name to show beside the number, if it has one. */
  name: z.nullable(z.string()),
});
export type DialPlanEntry = z.infer<typeof DialPlanEntry>;

/**
 * One thing a change would break. `pointer` names the field of the change that breaks it;
 * `entry` is what already uses the number (for `wrong_length`, the extension that would no
 * longer fit).
 */
export const DialPlanConflict = z.object({
  pointer: z.string(),
  code: DialPlanConflictCode,
  number: z.string(),
  entry: DialPlanEntry,
});
export type DialPlanConflict = z.infer<typeof DialPlanConflict>;

/** What a change would break, before it is saved; empty when it breaks nothing. */
export const DialPlanCheck = z.object({ conflicts: z.array(DialPlanConflict) });
export type DialPlanCheck = z.infer<typeof DialPlanCheck>;
