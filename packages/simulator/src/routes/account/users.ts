import { portalUserOperations, type PortalUser } from '@portico/sdk/contract';
import { permissionsOf, type PortalUserRecord } from '../../data/users.ts';
import { newUserSecurity } from '../../data/security/records.ts';
import { hashSecret } from '../../data/security/secrets.ts';
import type { CustomerRecord } from '../../data/world.ts';
import type { SimulatorContext } from '../../http/context.ts';
import { paginate } from '../../http/paginate.ts';
import { Problem } from '../../http/problem.ts';
import { Reply, route } from '../../http/route.ts';
import { requireVersion } from '../../http/versions.ts';

/** The user without what the simulator keeps beside it. */
function wire({ passwordSetAt: _set, security: _security, ...user }: PortalUserRecord): PortalUser {
  return user;
}

function findUser(customer: CustomerRecord, id: string): PortalUserRecord {
  const found = customer.users.find((u) => u.id === id);
  if (!found) throw new Problem(404, 'user_not_found', `No portal user ${id} on this account.`);
  return found;
}

/** One e-mail signs in one user of an account. */
function checkEmail(customer: CustomerRecord, email: string, id: string | null): void {
  if (customer.users.some((u) => u.id !== id && u.email.toLowerCase() === email.toLowerCase())) {
    throw Problem.field('/email', 'email_taken', 'Another portal user of this account signs in with this e-mail.');
  }
}

/** A2, A3: portal users and what each may do; the main administrator stays. */
export function portalUserRoutes(sim: SimulatorContext) {
  return [
    route(sim, portalUserOperations.me, ({ user }) => ({ user: wire(user), permissions: permissionsOf(user), access: user.access })),
    route(sim, portalUserOperations.list, ({ customer, query }) => paginate(customer.users.map(wire), { cursor: query.cursor, limit: query.limit ?? 50 })),
    route(sim, portalUserOperations.retrieve, ({ customer, params }) => {
      const user = findUser(customer, params.id);
      return new Reply(wire(user), { headers: { etag: `"${user.version}"` } });
    }),
    route(sim, portalUserOperations.create, async ({ customer, body }) => {
      checkEmail(customer, body.email, null);
      const { password, ...fields } = body;
      const now = sim.clock.iso();
      // The password is kept only as its salted hash: it signs the new user in, and they change it.
      const security = newUserSecurity(fields.email, await hashSecret(password));
      const user: PortalUserRecord = { id: sim.random.id('usr'), ...fields, permissions: [...new Set(fields.permissions)], mainAdministrator: false, createdAt: now, version: 1, passwordSetAt: now, security };
      customer.users.push(user);
      return wire(user);
    }),
    route(sim, portalUserOperations.update, ({ customer, params, body, request, user: acting }) => {
      const user = findUser(customer, params.id);
      requireVersion(request, user.version, 'portal user');
      checkEmail(customer, body.email, user.id);
      if (user.mainAdministrator && (body.role !== 'administrator' || body.access !== 'full' || !body.canLogIn)) {
        throw Problem.field('/role', 'main_administrator', 'The main administrator stays an administrator with full access who can log in.');
      }
      if (user.id === acting.id && body.role !== 'administrator' && acting.role === 'administrator') {
        throw Problem.field('/role', 'own_role', 'An administrator cannot take away their own administration: ask another administrator.');
      }
      Object.assign(user, body, { permissions: [...new Set(body.permissions)], version: user.version + 1 });
      return new Reply(wire(user), { headers: { etag: `"${user.version}"` } });
    }),
    route(sim, portalUserOperations.delete, ({ customer, params, user: acting }) => {
      const user = findUser(customer, params.id);
      if (user.mainAdministrator) {
        throw new Problem(
          409,
          'main_administrator',
          "The main administrator cannot be deleted from the panel. Send a request from the administrator's e-mail address, or a statement signed by the owner or by a person entered in KRS or CEiDG.",
        );
      }
      if (user.id === acting.id) throw new Problem(409, 'own_user', 'A portal user cannot delete themselves: ask another administrator.');
      customer.users = customer.users.filter((u) => u !== user);
      // Sessions of the deleted user end with it (authenticate() no longer finds the user).
      return { id: user.id, deleted: true as const };
    }),
  ];
}
