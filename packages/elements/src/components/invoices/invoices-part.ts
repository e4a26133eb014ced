import type { InvoiceStatus, InvoiceSummary } from '@portico/sdk/account';
import type { Tone } from '../../base/badge.ts';
import { WidgetPart } from '../../base/widget-part.ts';
import { messages, type InvoicesMessages } from './invoices.messages.ts';

/** A part of `<portico-invoices>`: the payment dialog. */
export class InvoicesPart extends WidgetPart<InvoicesMessages> {
  static readonly widget = 'portico-invoices';
  static readonly messages = messages;
}

/** How an invoice's status looks in its badge: the words say it, the colour repeats it. */
export const invoiceTone: Record<InvoiceStatus, Tone> = { unpaid: 'warning', overdue: 'danger', paid: 'success' };

/** An invoice changed here (it was paid, or found paid already): the list shows it as it is now. */
export class InvoiceChangeEvent extends Event {
  static readonly type = 'invoices-change';
  constructor(readonly invoice: InvoiceSummary) {
    super(InvoiceChangeEvent.type, { bubbles: true });
  }
}
