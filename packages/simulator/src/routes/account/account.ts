import { accountOperations } from '@portico/sdk/contract';
import type { SimulatorContext } from '../../http/context.ts';
import { route } from '../../http/route.ts';

/** The account itself: who the customer is. */
export function accountRecordRoutes(sim: SimulatorContext) {
  return [
    route(sim, accountOperations.retrieve, ({ customer }) => {
      const { id, name, login, email, kind, mode, currency, locale } = customer;
      return { id, name, login, email, kind, mode, currency, locale };
    }),
  ];
}
