import { resellerOperations } from '@portico/sdk/contract';
import type { SimulatorContext } from '../../http/context.ts';
import { Problem } from '../../http/problem.ts';
import { paginate } from '../../http/paginate.ts';
import { route } from '../../http/route.ts';

/** What the reseller's backend calls with its secret key: sessions and the customer list. */
export function resellerRoutes(sim: SimulatorContext) {
  return [
    route(sim, resellerOperations.createSession, ({ body }) => {
      const customer = sim.world.customers.get(body.customerId);
      if (!customer) throw Problem.field('/customerId', 'unknown_customer', `No customer ${body.customerId} belongs to this reseller.`);
      const user = body.userId === undefined ? undefined : customer.users.find((u) => u.id === body.userId);
      if (body.userId !== undefined && !user) throw Problem.field('/userId', 'unknown_user', `No portal user ${body.userId} belongs to this customer.`);
      if (user && !user.canLogIn) throw Problem.field('/userId', 'user_cannot_log_in', `${user.name} may not log in to the panel.`);
      const token = `cs_test_${crypto.randomUUID().replace(/-/g, '')}`;
      const expiresAt = sim.clock.now() + (body.ttl !== undefined ? body.ttl * 1000 : sim.timings.sessionTtl);
      sim.sessions.set(token, { customerId: body.customerId, userId: user?.id ?? null, expiresAt });
      return { token, customerId: body.customerId, userId: user?.id ?? null, expiresAt: new Date(expiresAt).toISOString() };
    }),
    route(sim, resellerOperations.listCustomerUsers, ({ params, query }) => {
      const customer = sim.world.customers.get(params.id);
      if (!customer) throw new Problem(404, 'customer_not_found', `No customer ${params.id} belongs to this reseller.`);
      return paginate(
        customer.users.map(({ passwordSetAt: _set, security: _security, ...user }) => user),
        { cursor: query.cursor, limit: query.limit ?? 50 },
      );
    }),
    route(sim, resellerOperations.listCustomers, ({ query }) =>
      paginate(
        [...sim.world.customers.values()].map(({ id, name, kind, mode, email }) => ({ id, name, kind, mode, email })),
        query,
      ),
    ),
  ];
}
