import { defineOperation } from '../core/operation.ts';
import { Email, Id, IdParams, PageQuery, Timestamp } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';
import { PASSWORD_POLICY } from './password-policy.ts';
import { PERMISSIONS } from '../core/permissions.ts';

/**
 * What a portal user may do ("Uprawnienia"), each a set of operations (the operation's
 * `permission` in the contract):
 * - `finances`: top-ups, payment methods, the ledger, invoices and payments;
 * - `services`: mobile contracts, their services, orders, SIM cards and PUK, and their calls;
 * - `telephony`: the hosted PBX — its settings, lines, extensions, hunt groups, music, calls;
 * - `recordings`: listen to and download recordings of calls;
 * - `support`: tickets and their attachments;
 * - `users`: portal users — add, change, delete.
 * Everyone may read the account, its balance and services, and the knowledge base,
 * announcements, downloads and server status.
 */
export const Permission = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof Permission>;

/** `full`, or `read_only`: sees what the permissions allow and changes nothing. */
export const Access = z.enum(['full', 'read_only']);
export type Access = z.infer<typeof Access>;

/** A person who may use the customer's panel (A2, A3). */
export const PortalUser = z.object({
  id: Id,
  name: z.string(),
  email: Email,
  role: z.enum(['administrator', 'user']),
  permissions: z.array(Permission),
  access: Access,
  /** May sign in to the panel at all. */
  canLogIn: z.boolean(),
  /** Must confirm each sign-in with a second factor. */
  twoFactorRequired: z.boolean(),
  /** The account's owner: cannot be deleted from the panel (see `main_administrator`). */
  mainAdministrator: z.boolean(),
  createdAt: Timestamp,
  version: z.int(),
});
export type PortalUser = z.infer<typeof PortalUser>;

/** The login policy of a new password. */
export const Password = z.string().check(
  z.minLength(PASSWORD_POLICY.minLength),
  z.maxLength(PASSWORD_POLICY.maxLength),
  // A letter and a digit, somewhere.
  z.regex(/^(?=.*\p{L})(?=.*\d)/su),
);

const UserFields = {
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  email: Email,
  role: z.enum(['administrator', 'user']),
  permissions: z.array(Permission).check(z.maxLength(6)),
  access: Access,
  canLogIn: z.boolean(),
  twoFactorRequired: z.boolean(),
};

/** Every field is required when a user is added (the seed's rule), a password with the policy among them. */
export const PortalUserCreateParams = z.object({ ...UserFields, password: Password });
export type PortalUserCreateParams = z.input<typeof PortalUserCreateParams>;

export const PortalUserUpdateParams = z.object(UserFields);
export type PortalUserUpdateParams = z.input<typeof PortalUserUpdateParams>;

/** Who the session is: its portal user, and what that user may do. */
export const CurrentUser = z.object({
  user: PortalUser,
  /** What the session may do: an administrator's are all of them. */
  permissions: z.array(Permission),
  access: Access,
});
export type CurrentUser = z.infer<typeof CurrentUser>;

export const portalUserOperations = {
  me: defineOperation({
    id: 'portalUsers.me',
    method: 'GET',
    path: '/v1/account/me',
    summary: "The session's portal user and what it may do, so that a widget shows what is not allowed before a click",
    response: CurrentUser,
  }),
  list: defineOperation({
    id: 'portalUsers.list',
    method: 'GET',
    path: '/v1/account/users',
    summary: "The account's portal users",
    query: z.object(PageQuery),
    response: z.object({ data: z.array(PortalUser), nextCursor: z.nullable(z.string()) }),
    permission: 'users',
    errors: [403],
  }),
  retrieve: defineOperation({
    id: 'portalUsers.retrieve',
    method: 'GET',
    path: '/v1/account/users/{id}',
    summary: 'One portal user',
    params: IdParams,
    response: PortalUser,
    permission: 'users',
    errors: [403],
  }),
  create: defineOperation({
    id: 'portalUsers.create',
    method: 'POST',
    path: '/v1/account/users',
    summary: 'Adds a portal user; every field is required, the password follows the login policy',
    body: PortalUserCreateParams,
    response: PortalUser,
    status: 201,
    creates: true,
    permission: 'users',
    errors: [403, 422],
  }),
  update: defineOperation({
    id: 'portalUsers.update',
    method: 'PUT',
    path: '/v1/account/users/{id}',
    summary: "Changes a portal user's name, e-mail, role, permissions and sign-in",
    params: IdParams,
    body: PortalUserUpdateParams,
    response: PortalUser,
    ifMatch: true,
    permission: 'users',
    errors: [403, 409, 412, 422, 428],
  }),
  delete: defineOperation({
    id: 'portalUsers.delete',
    method: 'DELETE',
    path: '/v1/account/users/{id}',
    summary: 'Deletes a portal user; the main administrator cannot be deleted from the panel (409 `main_administrator`)',
    params: IdParams,
    response: z.object({ id: Id, deleted: z.literal(true) }),
    permission: 'users',
    errors: [403, 409],
  }),
};
