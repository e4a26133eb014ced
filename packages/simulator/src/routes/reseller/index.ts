import { resellerOperations } from '@portico/sdk/contract';
import type { SimulatorContext } from '../../http/context.ts';
import { Problem } from '../../http/problem.ts';
import { paginate } from '../../http/paginate.ts';
import { route } from '../../http/route.ts';

/** What the reseller's backend calls with its secret key: sessions and the customer list. */
export function resellerRoutes(sim: SimulatorContext) {
  return [
    route(sim, resellerOperations.createSession, ({ body }) => {
      if (!sim.world.customers.has(body.customerId)) {
        throw Problem.field('/customerId', 'unknown_customer', `No customer ${body.customerId} belongs to this reseller.`);
      }
      const token = `cs_test_${crypto.randomUUID().replace(/-/g, '')}`;
      const expiresAt = sim.clock.now() + (body.ttl !== undefined ? body.ttl * 1000 : sim.timings.sessionTtl);
      sim.sessions.set(token, { customerId: body.customerId, expiresAt });
      return { token, customerId: body.customerId, expiresAt: new Date(expiresAt).toISOString() };
    }),
    route(sim, resellerOperations.listCustomers, ({ query }) =>
      paginate(
        [...sim.world.customers.values()].map(({ id, name, kind, mode, email }) => ({ id, name, kind, mode, email })),
        query,
      ),
    ),
  ];
}
