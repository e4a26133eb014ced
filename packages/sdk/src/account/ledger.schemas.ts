import { defineOperation } from '../core/operation.ts';
import { Id, PageQuery, Timestamp } from '../core/common.schemas.ts';
import { Money } from '../core/money.schemas.ts';
import { z } from '../core/zod.ts';

/**
 * What moved money on the account: the balance carried into the history (`opening`), a
 * top-up, a charge (a renewal, an order, a plan change), an invoice paid from the balance, a
 * refund, or a correction by staff (`adjustment`).
 */
export const LedgerEntryKind = z.enum(['opening', 'top_up', 'charge', 'invoice_payment', 'refund', 'adjustment']);
export type LedgerEntryKind = z.infer<typeof LedgerEntryKind>;

/**
 * One movement of money (A10). The balance is always the sum of the account's entries: each
 * entry says the balance it left.
 */
export const LedgerEntry = z.object({
  id: Id,
  kind: LedgerEntryKind,
  /** Signed: money in is positive, money out negative. */
  amount: Money,
  balanceAfter: Money,
  /** What it was, in the language asked for: "Zasilenie konta kartą". */
  description: z.string(),
  /** The top-up, invoice or order it belongs to. */
  reference: z.nullable(z.object({ type: z.enum(['top_up', 'invoice', 'order']), id: Id })),
  bookedAt: Timestamp,
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const LedgerListQuery = z.object({
  ...PageQuery,
  /** From this moment (inclusive)… */
  from: z.optional(Timestamp),
  /** …to this one (exclusive). */
  to: z.optional(Timestamp),
  kind: z.optional(LedgerEntryKind),
});
export type LedgerListQuery = z.input<typeof LedgerListQuery>;

export const ledgerOperations = {
  list: defineOperation({
    id: 'ledger.list',
    permission: 'finances',
    method: 'GET',
    path: '/v1/account/ledger',
    summary: 'Every movement of money on the account, newest first; their sum is the balance',
    query: LedgerListQuery,
    response: z.object({ data: z.array(LedgerEntry), nextCursor: z.nullable(z.string()), total: z.int() }),
  }),
};
