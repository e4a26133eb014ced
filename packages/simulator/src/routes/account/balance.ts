import { balanceOperations } from '@portico/sdk/contract';
import type { SimulatorContext } from '../../http/context.ts';
import { route } from '../../http/route.ts';

/** A1: the balance and, on a postpaid account, the credit limit. */
export function balanceRoutes(sim: SimulatorContext) {
  return [
    route(sim, balanceOperations.retrieve, ({ customer }) => ({
      available: { amount: customer.balance, currency: customer.currency },
      creditLimit: customer.creditLimit === null ? null : { amount: customer.creditLimit, currency: customer.currency },
      mode: customer.mode,
    })),
  ];
}
