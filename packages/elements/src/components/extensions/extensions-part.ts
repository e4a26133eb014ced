import type { Extension } from '@portico/sdk/telephony';
import { RecordChangeEvent, RecordRemoveEvent } from '../../base/record-events.ts';
import { WidgetPart } from '../../base/widget-part.ts';
import { messages, type ExtensionsMessages } from './extensions.messages.ts';

/** A part of `<portico-extensions>`: the editor, the delete confirmation, the player. */
export class ExtensionsPart extends WidgetPart<ExtensionsMessages> {
  static readonly widget = 'portico-extensions';
  static readonly messages = messages;
}

/** An extension was added or changed here: the list shows it as the API returned it. */
export class ExtensionChangeEvent extends RecordChangeEvent<Extension> {
  static readonly type = 'extensions-change';
}

/** An extension was deleted here: the list drops it. */
export class ExtensionRemoveEvent extends RecordRemoveEvent {
  static readonly type = 'extensions-remove';
}
