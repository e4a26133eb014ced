import { ClientCore, type ClientConfig, type RequestOptions } from '../core/client-core.ts';
import { list, type PagePromise } from '../core/page.ts';
import { resellerOperations } from './reseller.compiled.ts';
import type { Customer, Session, SessionCreateParams } from './reseller.schemas.ts';
import type { PortalUser } from '../account/users.schemas.ts';

export type ResellerClientConfig = Omit<ClientConfig, 'token' | 'fetchSessionToken' | 'locale'> & {
  /** The reseller's secret key. Server-side only: it must never reach a browser. */
  secretKey: string;
};

/**
 * The reseller's server-side client: mints customer sessions for the browser.
 *
 * ```ts
 * const reseller = createResellerClient({ baseUrl, secretKey: process.env.PORTICO_SECRET_KEY });
 * const { token, expiresAt } = await reseller.sessions.create({ customerId });
 * ```
 */
export class ResellerClient {
  readonly sessions: { create(params: SessionCreateParams, options?: RequestOptions): Promise<Session> };
  readonly customers: {
    list(options?: RequestOptions): PagePromise<Customer>;
    /** A customer's portal users, to map the people who sign in to your site to the `userId` of their sessions. */
    listUsers(customerId: string, options?: RequestOptions): PagePromise<PortalUser>;
  };

  constructor(config: ResellerClientConfig) {
    const { secretKey, ...rest } = config;
    const core = new ClientCore({ ...rest, token: secretKey });
    this.sessions = { create: (params, options) => core.request(resellerOperations.createSession, { body: params }, options) };
    this.customers = {
      list: (options) => list(core, resellerOperations.listCustomers, {}, options),
      listUsers: (customerId, options) => list(core, resellerOperations.listCustomerUsers, { params: { id: customerId } }, options),
    };
  }
}

export function createResellerClient(config: ResellerClientConfig): ResellerClient {
  return new ResellerClient(config);
}

export type { Customer, Session, SessionCreateParams } from './reseller.schemas.ts';
