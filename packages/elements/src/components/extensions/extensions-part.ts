import type { Extension } from '@portico/sdk/telephony';
import { WidgetPart } from '../../base/widget-part.ts';
import { messages, type ExtensionsMessages } from './extensions.messages.ts';

/** A part of `<portico-extensions>`: the editor, the delete confirmation, the player. */
export class ExtensionsPart extends WidgetPart<ExtensionsMessages> {
  static readonly widget = 'portico-extensions';
  static readonly messages = messages;
}

// Inside the widget, parts speak to it with events that stop at its shadow root.

/** An extension was added or changed here: the list shows it as the API returned it. */
export class ExtensionChangeEvent extends Event {
  static readonly type = 'extensions-change';
  constructor(
    readonly extension: Extension,
    readonly created: boolean,
  ) {
    super(ExtensionChangeEvent.type, { bubbles: true });
  }
}

/** An extension was deleted here: the list drops it. */
export class ExtensionRemoveEvent extends Event {
  static readonly type = 'extensions-remove';
  constructor(readonly id: string) {
    super(ExtensionRemoveEvent.type, { bubbles: true });
  }
}
