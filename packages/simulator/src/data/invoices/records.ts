import type { Invoice, InvoiceLine, InvoicePaymentMethod, InvoiceStatus, InvoiceSummary } from '@portico/sdk/account';
import { dayKey, dayOf } from '@portico/sdk/core';

/** The platform's calendar: invoices are issued and fall due on Polish days. */
export const INVOICE_TIME_ZONE = 'Europe/Warsaw';

type Text = { pl: string; en: string };

/** One line as the simulator keeps it: the amounts follow from quantity, unit price and rate. */
export interface InvoiceLineRecord {
  description: Text;
  quantity: number;
  /** Minor units. */
  unitNet: number;
  /** Percent. */
  vatRate: number;
}

/** An invoice as the simulator keeps it: its lines, and whether and how it was paid. */
export interface InvoiceRecord {
  id: string;
  number: string;
  issueDate: string;
  dueDate: string;
  period: { from: string; to: string };
  /** Simulated time (ms) it was issued: a postpaid account's charge is booked then. */
  issuedAt: number;
  lines: InvoiceLineRecord[];
  /** Simulated time (ms) it was paid; null while it is not. */
  paidAt: number | null;
  paidWith: InvoicePaymentMethod | null;
  paperCopy: boolean;
  version: number;
}

/**
 * VAT of a line: `net × rate / 100` rounded to the grosz half up, in integers (no floating
 * point), as a Polish invoice rounds each line.
 */
export function vatOf(net: number, rate: number): number {
  const sign = net < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(net) * rate + 50) / 100);
}

/** A line's net, VAT and gross in minor units: `gross = net + vat`. */
export function lineAmounts(line: InvoiceLineRecord): { net: number; vat: number; gross: number } {
  const net = line.quantity * line.unitNet;
  const vat = vatOf(net, line.vatRate);
  return { net, vat, gross: net + vat };
}

/** The invoice's totals: the sums of its lines. */
export function invoiceTotals(invoice: Pick<InvoiceRecord, 'lines'>): { net: number; vat: number; gross: number } {
  const total = { net: 0, vat: 0, gross: 0 };
  for (const line of invoice.lines) {
    const amounts = lineAmounts(line);
    total.net += amounts.net;
    total.vat += amounts.vat;
    total.gross += amounts.gross;
  }
  return total;
}

/** The platform's day at an instant: `2026-11-18`. */
export function platformDay(instant: number): string {
  return dayKey(dayOf(instant, INVOICE_TIME_ZONE));
}

/** Paid once paid; overdue when unpaid after its due date has passed on the platform's calendar. */
export function statusOf(invoice: InvoiceRecord, now: number): InvoiceStatus {
  if (invoice.paidAt !== null) return 'paid';
  return platformDay(now) > invoice.dueDate ? 'overdue' : 'unpaid';
}

/** The invoice as lists show it, in `locale`, at `now`. */
export function wireInvoiceSummary(invoice: InvoiceRecord, currency: string, now: number): InvoiceSummary {
  const totals = invoiceTotals(invoice);
  const money = (amount: number) => ({ amount, currency });
  return {
    id: invoice.id,
    number: invoice.number,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    period: { ...invoice.period },
    net: money(totals.net),
    vat: money(totals.vat),
    gross: money(totals.gross),
    status: statusOf(invoice, now),
    paidAt: invoice.paidAt === null ? null : new Date(invoice.paidAt).toISOString(),
    paidWith: invoice.paidWith,
    paperCopy: invoice.paperCopy,
    version: invoice.version,
  };
}

/** The whole invoice with its lines. */
export function wireInvoice(invoice: InvoiceRecord, currency: string, now: number, locale: 'pl' | 'en'): Invoice {
  const money = (amount: number) => ({ amount, currency });
  const lines: InvoiceLine[] = invoice.lines.map((line) => {
    const amounts = lineAmounts(line);
    return {
      description: line.description[locale],
      quantity: line.quantity,
      unitNet: money(line.unitNet),
      vatRate: line.vatRate,
      net: money(amounts.net),
      vat: money(amounts.vat),
      gross: money(amounts.gross),
    };
  });
  return { ...wireInvoiceSummary(invoice, currency, now), lines };
}

/** `FV/2026/11/00123` → `FV_2026_11_00123.pdf`: a file name without slashes. */
export function invoiceFileName(invoice: Pick<InvoiceRecord, 'number'>): string {
  return `${invoice.number.replace(/\//g, '_')}.pdf`;
}
