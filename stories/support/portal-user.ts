import type { Access, Permission } from '@portico/sdk/account';
import type { Simulator } from '@portico/simulator';
import type { SimulatedOptions } from './simulated.ts';

/** A portal user a story puts into the simulated account: who, what they may, and how. */
export interface StoryUser {
  id: string;
  name: string;
  email: string;
  permissions: Permission[];
  access: Access;
}

/**
 * Signed in as one portal user of the customer, as a reseller's backend mints such sessions —
 * a seeded one (`usr_1002_audit`), or `user`, first put into the account as its
 * administrator would add them — so that a story shows what that user may not do.
 */
export function asPortalUser(customer: string, user: string | StoryUser, options: SimulatedOptions = {}): SimulatedOptions {
  let current: Simulator | undefined;
  const userId = typeof user === 'string' ? user : user.id;
  return {
    ...options,
    customer,
    setup: (sim) => {
      current = sim;
      if (typeof user !== 'string') {
        const users = sim.world.customers.get(customer)!.users;
        const like = users.find((u) => !u.mainAdministrator)!;
        users.push({ ...structuredClone(like), ...user, role: 'user', mainAdministrator: false, canLogIn: true, twoFactorRequired: false });
      }
      options.setup?.(sim);
    },
    client: { fetchSessionToken: async () => current!.createSession(customer, undefined, userId) },
  };
}
