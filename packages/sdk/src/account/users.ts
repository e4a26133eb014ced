import type { ClientCore, RequestOptions } from '../core/client-core.ts';
import { list, type PagePromise } from '../core/page.ts';
import { portalUserOperations } from './users.compiled.ts';
import type { PortalUser, PortalUserCreateParams, PortalUserUpdateParams } from './users.schemas.ts';

/** `client.account.users`: who may use the customer's panel, and what each may do (A2, A3). */
export class PortalUsersResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  list(options?: RequestOptions): PagePromise<PortalUser> {
    return list(this.#client, portalUserOperations.list, {}, options);
  }

  retrieve(id: string, options?: RequestOptions): Promise<PortalUser> {
    return this.#client.request(portalUserOperations.retrieve, { params: { id } }, options);
  }

  /** Adds a user: every field is required, the password follows `PASSWORD_POLICY`. One per user action (`idempotencyKey`). */
  create(params: PortalUserCreateParams, options?: RequestOptions): Promise<PortalUser> {
    return this.#client.request(portalUserOperations.create, { body: params }, options);
  }

  update(id: string, params: PortalUserUpdateParams, options: RequestOptions & { ifMatch: string | number }): Promise<PortalUser> {
    return this.#client.request(portalUserOperations.update, { params: { id }, body: params }, options);
  }

  /** Deletes a user. The main administrator is refused (`ConflictError`, `main_administrator`): that takes a written request. */
  delete(id: string, options?: RequestOptions): Promise<{ id: string; deleted: true }> {
    return this.#client.request(portalUserOperations.delete, { params: { id } }, options);
  }
}
