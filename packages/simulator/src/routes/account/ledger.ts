import { ledgerOperations, type LedgerEntry } from '@portico/sdk/contract';
import type { CustomerRecord } from '../../data/world.ts';
import type { SimulatorContext } from '../../http/context.ts';
import { localeOf } from '../../http/locale.ts';
import { paginate } from '../../http/paginate.ts';
import { route } from '../../http/route.ts';

/** A10, B3: every movement of money, newest first, each with the balance it left. */
export function ledgerRoutes(sim: SimulatorContext) {
  return [
    route(sim, ledgerOperations.list, ({ customer, query, request }) => {
      const locale = localeOf(request, customer);
      const from = query.from ? Date.parse(query.from) : -Infinity;
      const to = query.to ? Date.parse(query.to) : Infinity;
      const entries = wireLedger(customer, locale).filter((e) => {
        const at = Date.parse(e.bookedAt);
        return at >= from && at < to && (!query.kind || e.kind === query.kind);
      });
      return { ...paginate(entries.reverse(), { cursor: query.cursor, limit: query.limit ?? 20 }), total: entries.length };
    }),
  ];
}

/** The ledger as the API shows it, oldest first, with the running balance. */
function wireLedger(customer: CustomerRecord, locale: 'pl' | 'en'): LedgerEntry[] {
  let balance = 0;
  const money = (amount: number) => ({ amount, currency: customer.currency });
  return customer.ledger.map((e) => {
    balance += e.amount;
    return { id: e.id, kind: e.kind, amount: money(e.amount), balanceAfter: money(balance), description: e.description[locale], reference: e.reference, bookedAt: new Date(e.at).toISOString() };
  });
}
