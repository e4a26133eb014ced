import { customerServiceOperations } from '@portico/sdk/contract';
import { wireService } from '../../data/customer-services.ts';
import type { SimulatorContext } from '../../http/context.ts';
import { route } from '../../http/route.ts';

/** Everything the customer has (numbers, PBX, hosting, domains…), e.g. for what a ticket is about. */
export function customerServiceRoutes(sim: SimulatorContext) {
  return [
    route(sim, customerServiceOperations.list, ({ customer }) => ({ data: customer.services.map((s) => wireService(s, customer.contracts)) })),
  ];
}
