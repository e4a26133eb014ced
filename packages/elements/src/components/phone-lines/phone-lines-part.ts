import type { PhoneLine } from '@portico/sdk/telephony';
import { WidgetPart } from '../../base/widget-part.ts';
import { messages, type PhoneLinesMessages } from './phone-lines.messages.ts';

/** A part of `<portico-phone-lines>`: the configure dialog. */
export class PhoneLinesPart extends WidgetPart<PhoneLinesMessages> {
  static readonly widget = 'portico-phone-lines';
  static readonly messages = messages;
}

// Inside the widget, parts speak to it with events that stop at its shadow root.

/**
 * A line changed here: the widget shows `line` at once; without one (a save refused because
 * the line changed elsewhere) it loads the lines again.
 */
export class LineChangedEvent extends Event {
  static readonly type = 'phone-lines-changed';
  constructor(readonly line?: PhoneLine) {
    super(LineChangedEvent.type, { bubbles: true });
  }
}
