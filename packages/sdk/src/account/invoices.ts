import type { ClientCore, RequestOptions } from '../core/client-core.ts';
import { list, type PagePromise } from '../core/page.ts';
import { invoiceOperations } from './invoices.compiled.ts';
import type { Invoice, InvoiceDocumentLink, InvoiceListQuery, InvoicePayParams, InvoiceSummary } from './invoices.schemas.ts';

/** `client.account.invoices`: the customer's VAT invoices (needs the `finances` permission). */
export class InvoicesResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  /** Invoices, newest first, by status and the days they were issued (`from` inclusive, `to` exclusive). */
  list(query?: InvoiceListQuery, options?: RequestOptions): PagePromise<InvoiceSummary> {
    return list(this.#client, invoiceOperations.list, { query }, options);
  }

  /** One invoice with its lines. */
  retrieve(id: string, options?: RequestOptions): Promise<Invoice> {
    return this.#client.request(invoiceOperations.retrieve, { params: { id } }, options);
  }

  /** A short-lived link to the invoice's PDF: open it in a new tab or download it. */
  pdf(id: string, options?: RequestOptions): Promise<InvoiceDocumentLink> {
    return this.#client.request(invoiceOperations.pdf, { params: { id } }, options);
  }

  /**
   * Pays an invoice from the prepaid balance (`{ method: 'balance' }`, refused with
   * `insufficient_funds` when it does not cover the invoice) or by card (`{ method: 'card',
   * paymentMethodId }`). Pass the same `idempotencyKey` when the user retries the same payment,
   * so that it is never paid twice; a paid invoice is refused with `already_paid`.
   */
  pay(id: string, params: InvoicePayParams, options?: RequestOptions): Promise<Invoice> {
    return this.#client.request(invoiceOperations.pay, { params: { id }, body: params }, options);
  }
}
