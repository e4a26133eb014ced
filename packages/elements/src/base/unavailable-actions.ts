import type { nothing, TemplateResult } from 'lit';
import type { Permissions } from '../controllers/permissions.ts';
import type { CommonMessages } from '../i18n/common.messages.ts';
import { unavailableNote } from './unavailable.ts';

/** An operation as `Permissions` judges it: its permission, and whether it changes anything. */
type Operation = Parameters<Permissions['reason']>[0];

export interface UnavailableActions<K extends string> {
  /** Why, said once for every action the user may not take (`unavailableNote`); nothing when they may take them all. */
  note: TemplateResult | typeof nothing;
  /** For each action the user may not take, the note's id, for its control's `aria-describedby`. */
  ids: Partial<Record<K, string>>;
}

/**
 * A widget's actions the portal user may not take (`base/unavailable.ts`): each action named
 * with the operation it sends, judged by the widget's `Permissions`, and explained in one note
 * with the id `note`, so that a list of rows says it once rather than at every button.
 */
export function unavailableActions<K extends string>(permissions: Permissions, common: CommonMessages, note: string, operations: Record<K, Operation>): UnavailableActions<K> {
  const reasons = (Object.keys(operations) as K[]).map((action) => [action, permissions.reason(operations[action], common)] as const);
  return {
    note: unavailableNote(note, ...reasons.map(([, reason]) => reason)),
    ids: Object.fromEntries(reasons.filter(([, reason]) => reason !== undefined).map(([action]) => [action, note])) as Partial<Record<K, string>>,
  };
}
