import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClientCore, ClientOperation, PermissionName } from '@portico/sdk/core';
import { portalUserMe, type CurrentUser } from '@portico/sdk/account';
import type { CommonMessages } from '../i18n/common.messages.ts';

/** One question per client: every widget of a page shares what the session may do. */
const asked = new WeakMap<ClientCore, Promise<CurrentUser | undefined>>();

function currentUser(client: ClientCore): Promise<CurrentUser | undefined> {
  let answer = asked.get(client);
  if (!answer) {
    // Unknown (offline, an older API) is not a refusal: the API still says no if it must.
    answer = client.request(portalUserMe, {}).catch(() => undefined);
    asked.set(client, answer);
  }
  return answer;
}

/** Forget what a client's session may do (after its user's permissions changed). */
export function forgetPermissions(client: ClientCore): void {
  asked.delete(client);
}

/**
 * What the session's portal user may do, so that a widget shows an action it may not take as
 * unavailable, with the reason, instead of failing after a click. Until the answer is in,
 * everything is allowed: the API refuses anyway.
 */
export class Permissions implements ReactiveController {
  #host: ReactiveControllerHost;
  #client: () => ClientCore | undefined;
  #for: ClientCore | undefined;
  #user: CurrentUser | undefined;

  constructor(host: ReactiveControllerHost, client: () => ClientCore | undefined) {
    this.#host = host;
    this.#client = client;
    host.addController(this);
  }

  // Asked lazily, by the first render that needs to know: a widget still waiting for its id
  // asks the API nothing.
  hostConnected(): void {}

  /** Whether the session may send `operation`: its permission, and a change only with full access. */
  can(operation: Pick<ClientOperation, 'method' | 'permission' | 'reads' | 'personal'>): boolean {
    return this.missing(operation) === undefined;
  }

  /** What is missing for `operation`: a permission's name, `read_only`, or nothing. */
  missing(operation: Pick<ClientOperation, 'method' | 'permission' | 'reads' | 'personal'>): PermissionName | 'read_only' | undefined {
    this.#ask();
    const user = this.#user;
    if (!user) return undefined;
    if (operation.permission && !user.permissions.includes(operation.permission)) return operation.permission;
    if (user.access === 'read_only' && operation.method !== 'GET' && !operation.reads && !operation.personal) return 'read_only';
    return undefined;
  }

  /** Why `operation` is not available, in the widget's words; undefined when it is. */
  reason(operation: Pick<ClientOperation, 'method' | 'permission' | 'reads' | 'personal'>, t: CommonMessages): string | undefined {
    const missing = this.missing(operation);
    if (missing === undefined) return undefined;
    return missing === 'read_only' ? t.readOnly : t.notAllowed({ permission: t.permissions[missing] });
  }

  #ask(): void {
    const client = this.#client();
    if (client === this.#for) return;
    this.#for = client;
    this.#user = undefined;
    if (!client) return;
    void currentUser(client).then((user) => {
      if (this.#for !== client) return;
      this.#user = user;
      this.#host.requestUpdate();
    });
  }
}
