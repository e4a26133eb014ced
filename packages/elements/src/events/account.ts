import type { PortalUser } from '@portico/sdk/account';

/** A portal user was added (`created`) or changed. The detail never holds a password. */
export class PorticoPortalUserSavedEvent extends CustomEvent<{ user: PortalUser; created: boolean }> {
  static readonly type = 'portico-portal-user-saved';
  constructor(user: PortalUser, created: boolean) {
    super(PorticoPortalUserSavedEvent.type, { bubbles: true, composed: true, detail: { user, created } });
  }
}

/** A portal user was deleted: they can no longer sign in. */
export class PorticoPortalUserDeletedEvent extends CustomEvent<{ id: string; name: string }> {
  static readonly type = 'portico-portal-user-deleted';
  constructor(id: string, name: string) {
    super(PorticoPortalUserDeletedEvent.type, { bubbles: true, composed: true, detail: { id, name } });
  }
}

/** These events by name; on elements, and on the document they bubble up to. */
export interface AccountEventMap {
  'portico-portal-user-saved': PorticoPortalUserSavedEvent;
  'portico-portal-user-deleted': PorticoPortalUserDeletedEvent;
}

declare global {
  interface HTMLElementEventMap extends AccountEventMap {}
  interface DocumentEventMap extends AccountEventMap {}
}
