import type { PortalUser } from '@portico/sdk/account';
import { WidgetPart } from '../../base/widget-part.ts';
import { messages, type PortalUsersMessages } from './portal-users.messages.ts';

/** A part of `<portico-portal-users>`: the editor, the delete confirmation. */
export class PortalUsersPart extends WidgetPart<PortalUsersMessages> {
  static readonly widget = 'portico-portal-users';
  static readonly messages = messages;
}

// Inside the widget, parts speak to it with events that stop at its shadow root.

/** A user was added or changed here: the list shows them as the API returned them. */
export class PortalUserChangeEvent extends Event {
  static readonly type = 'portal-users-change';
  constructor(
    readonly user: PortalUser,
    readonly created: boolean,
  ) {
    super(PortalUserChangeEvent.type, { bubbles: true });
  }
}

/** A user was deleted here: the list drops them. */
export class PortalUserRemoveEvent extends Event {
  static readonly type = 'portal-users-remove';
  constructor(readonly id: string) {
    super(PortalUserRemoveEvent.type, { bubbles: true });
  }
}

/** An add whose answer was lost was given up (the dialog closed): the list looks again, in case it was made. */
export class PortalUsersStaleEvent extends Event {
  static readonly type = 'portal-users-stale';
  constructor() {
    super(PortalUsersStaleEvent.type, { bubbles: true });
  }
}
