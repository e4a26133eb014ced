import { paymentMethodOperations } from '@portico/sdk/contract';
import type { SimulatorContext } from '../../http/context.ts';
import { paginate } from '../../http/paginate.ts';
import { route } from '../../http/route.ts';

/** A1: how this account may pay for a top-up. */
export function paymentMethodRoutes(sim: SimulatorContext) {
  return [
    route(sim, paymentMethodOperations.list, ({ customer, query }) => paginate(customer.paymentMethods, query)),
  ];
}
