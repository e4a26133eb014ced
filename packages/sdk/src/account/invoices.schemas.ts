import { defineOperation } from '../core/operation.ts';
import { Id, IdParams, IsoDate, PageQuery, Timestamp } from '../core/common.schemas.ts';
import { Money } from '../core/money.schemas.ts';
import { z } from '../core/zod.ts';

/**
 * Where an invoice stands: `unpaid` until its due date, `overdue` when unpaid past it (by the
 * platform's calendar, in Polish time), `paid` once settled.
 */
export const InvoiceStatus = z.enum(['unpaid', 'paid', 'overdue']);
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;

/** How an invoice was paid: from the prepaid balance, by card, or by bank transfer. */
export const InvoicePaymentMethod = z.enum(['balance', 'card', 'bank_transfer']);
export type InvoicePaymentMethod = z.infer<typeof InvoicePaymentMethod>;

/**
 * One line of an invoice. `net` is `quantity × unitNet`; `vat` is `net × vatRate / 100`
 * rounded to the grosz on this line (half up, as Polish invoices round per line); `gross` is
 * `net + vat`, exactly.
 */
export const InvoiceLine = z.object({
  /** What was sold, in the language asked for: "Abonament Biznes 30 GB — +48 501 234 567". */
  description: z.string(),
  quantity: z.int().check(z.gte(1)),
  unitNet: Money,
  /** The VAT rate in percent: 23. */
  vatRate: z.int().check(z.gte(0), z.lte(100)),
  net: Money,
  vat: Money,
  gross: Money,
});
export type InvoiceLine = z.infer<typeof InvoiceLine>;

/** The days an invoice bills, both included. */
export const InvoicePeriod = z.object({ from: IsoDate, to: IsoDate });
export type InvoicePeriod = z.infer<typeof InvoicePeriod>;

const invoiceFields = {
  id: Id,
  /** The invoice's number as printed on it, Polish style: `FV/2026/11/00123`. */
  number: z.string(),
  issueDate: IsoDate,
  dueDate: IsoDate,
  period: InvoicePeriod,
  /** The sums of the lines' net, VAT and gross: `net + vat = gross` to the grosz. */
  net: Money,
  vat: Money,
  gross: Money,
  status: InvoiceStatus,
  paidAt: z.nullable(Timestamp),
  paidWith: z.nullable(InvoicePaymentMethod),
  /** A paper copy is posted to the customer as well (a paid extra, billed on the invoice). */
  paperCopy: z.boolean(),
  /** Changes when the invoice does (it is paid). */
  version: z.int(),
};

/** An invoice as lists show it: everything but its lines. */
export const InvoiceSummary = z.object(invoiceFields);
export type InvoiceSummary = z.infer<typeof InvoiceSummary>;

/** A VAT invoice („Faktura VAT") of the reseller to the customer (A10). */
export const Invoice = z.object({ ...invoiceFields, lines: z.array(InvoiceLine) });
export type Invoice = z.infer<typeof Invoice>;

export const InvoiceListQuery = z.object({
  ...PageQuery,
  status: z.optional(InvoiceStatus),
  /** Issued on this day or later… */
  from: z.optional(IsoDate),
  /** …and before this day (exclusive): `from=2026-01-01&to=2027-01-01` is the year 2026. */
  to: z.optional(IsoDate),
});
export type InvoiceListQuery = z.input<typeof InvoiceListQuery>;

/** A short-lived link to the invoice's PDF, to open or download without a session. */
export const InvoiceDocumentLink = z.object({
  url: z.string(),
  contentType: z.string(),
  /** The name to save it under: `FV_2026_11_00123.pdf`. */
  fileName: z.string(),
  expiresAt: Timestamp,
});
export type InvoiceDocumentLink = z.infer<typeof InvoiceDocumentLink>;

/**
 * How to pay an invoice: from the prepaid balance (refused when it does not cover the
 * invoice), or by one of the account's cards.
 */
export const InvoicePayParams = z.discriminatedUnion('method', [
  z.object({ method: z.literal('balance') }),
  z.object({ method: z.literal('card'), paymentMethodId: Id }),
]);
export type InvoicePayParams = z.input<typeof InvoicePayParams>;

export const invoiceOperations = {
  list: defineOperation({
    id: 'invoices.list',
    permission: 'finances',
    method: 'GET',
    path: '/v1/account/invoices',
    summary: 'Invoices, newest first, by status and the period they were issued in',
    query: InvoiceListQuery,
    response: z.object({ data: z.array(InvoiceSummary), nextCursor: z.nullable(z.string()), total: z.int() }),
    errors: [400],
  }),
  retrieve: defineOperation({
    id: 'invoices.retrieve',
    permission: 'finances',
    method: 'GET',
    path: '/v1/account/invoices/{id}',
    summary: 'One invoice with its lines',
    params: IdParams,
    response: Invoice,
  }),
  pdf: defineOperation({
    id: 'invoices.pdf',
    permission: 'finances',
    method: 'GET',
    path: '/v1/account/invoices/{id}/pdf',
    summary: "A short-lived link to the invoice's PDF",
    params: IdParams,
    response: InvoiceDocumentLink,
  }),
  pay: defineOperation({
    id: 'invoices.pay',
    permission: 'finances',
    method: 'POST',
    path: '/v1/account/invoices/{id}/pay',
    summary: 'Pay an invoice from the balance or by card; a retry with the same Idempotency-Key pays once',
    params: IdParams,
    body: InvoicePayParams,
    response: Invoice,
    creates: true,
    errors: [409, 422],
  }),
};
