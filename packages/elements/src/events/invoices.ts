import type { Invoice, InvoicePayParams } from '@portico/sdk/account';

/** An invoice is about to be paid. Cancelable: `preventDefault()` stops it, and nothing is sent. */
export class PorticoInvoicePayEvent extends CustomEvent<{ invoiceId: string; params: InvoicePayParams }> {
  static readonly type = 'portico-invoice-pay';
  constructor(invoiceId: string, params: InvoicePayParams) {
    super(PorticoInvoicePayEvent.type, { bubbles: true, composed: true, cancelable: true, detail: { invoiceId, params } });
  }
}

/** An invoice was paid (from the balance or by card): the balance and the payment history changed. */
export class PorticoInvoicePaidEvent extends CustomEvent<{ invoice: Invoice }> {
  static readonly type = 'portico-invoice-paid';
  constructor(invoice: Invoice) {
    super(PorticoInvoicePaidEvent.type, { bubbles: true, composed: true, detail: { invoice } });
  }
}

/**
 * The payment history was exported: the CSV file and how many entries it holds. Cancelable:
 * `preventDefault()` keeps the browser from saving the file (the page handles it itself).
 */
export class PorticoPaymentHistoryExportEvent extends CustomEvent<{ file: File; count: number }> {
  static readonly type = 'portico-payment-history-export';
  constructor(file: File, count: number) {
    super(PorticoPaymentHistoryExportEvent.type, { bubbles: true, composed: true, cancelable: true, detail: { file, count } });
  }
}

/** These events by name; on elements, and on the document they bubble up to. */
export interface InvoiceEventMap {
  'portico-invoice-pay': PorticoInvoicePayEvent;
  'portico-invoice-paid': PorticoInvoicePaidEvent;
  'portico-payment-history-export': PorticoPaymentHistoryExportEvent;
}

declare global {
  interface HTMLElementEventMap extends InvoiceEventMap {}
  interface DocumentEventMap extends InvoiceEventMap {}
}
