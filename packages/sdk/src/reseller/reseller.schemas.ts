import { defineOperation } from '../core/operation.ts';
import { Id, IdParams, pageOf, PageQuery, Timestamp } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';
import { BillingMode } from '../account/account.schemas.ts';
import { PortalUser } from '../account/users.schemas.ts';

/** A customer session, minted by the reseller's backend and handed to the browser. */
export const Session = z.object({
  token: z.string(),
  customerId: Id,
  /** The portal user the session acts as; null: the account's main administrator. */
  userId: z.nullable(Id),
  expiresAt: Timestamp,
});
export type Session = z.infer<typeof Session>;

export const SessionCreateParams = z.object({
  customerId: Id,
  /**
   * One of the customer's portal users: the session may then do only what that user may
   * (403 `permission_denied` otherwise). Without it the session is the main administrator's.
   */
  userId: z.optional(Id),
  /** Seconds the session lives: 60 to 3600; the platform's default is 900. */
  ttl: z.optional(z.int().check(z.gte(60), z.lte(3600))),
});
export type SessionCreateParams = z.input<typeof SessionCreateParams>;

/** A customer of the reseller, as his backend lists them. */
export const Customer = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(['voip', 'mobile', 'hosting']),
  mode: BillingMode,
  email: z.string(),
});
export type Customer = z.infer<typeof Customer>;

export const resellerOperations = {
  createSession: defineOperation({
    id: 'sessions.create',
    method: 'POST',
    path: '/v1/sessions',
    summary: "Mint a short-lived session for one of the reseller's customers",
    auth: 'reseller',
    body: SessionCreateParams,
    response: Session,
    status: 201,
    errors: [422],
  }),
  listCustomerUsers: defineOperation({
    id: 'customers.listUsers',
    method: 'GET',
    path: '/v1/customers/{id}/users',
    summary: "A customer's portal users: whom a session may be minted for (`userId`)",
    auth: 'reseller',
    params: IdParams,
    query: z.object(PageQuery),
    response: pageOf(PortalUser),
    errors: [404],
  }),
  listCustomers: defineOperation({
    id: 'customers.list',
    method: 'GET',
    path: '/v1/customers',
    summary: "The reseller's customers",
    auth: 'reseller',
    query: z.object(PageQuery),
    response: pageOf(Customer),
  }),
};
