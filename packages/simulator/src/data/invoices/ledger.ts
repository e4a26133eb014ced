import type { InvoicePaymentMethod } from '@portico/sdk/account';
import { DoubleBookingError, post, type Ledgered, type LedgerRecord } from '../ledger.ts';
import { invoiceTotals, type InvoiceRecord } from './records.ts';

/**
 * How invoices move money in the one ledger (the balance is always its sum):
 *
 * - A **postpaid** account's balance is minus what it owes. An invoice issued is a `charge`
 *   of its gross (the debt grows); paying it, by card or transfer, is an `invoice_payment` of
 *   plus the gross (the debt falls by exactly that).
 * - A **prepaid** account's invoice is not charged when issued: it is paid from the money on
 *   the balance, an `invoice_payment` of minus the gross. Paid by card, the card's money comes
 *   in and goes out in one booking — a `top_up` of plus the gross and the `invoice_payment` of
 *   minus the gross, at the same moment — so the balance stays as it was and the history
 *   shows both.
 */
export type InvoiceMovement = Omit<LedgerRecord, 'id'>;

const reference = (invoice: InvoiceRecord) => ({ type: 'invoice' as const, id: invoice.id });

const HOW: Record<InvoicePaymentMethod, { pl: string; en: string }> = {
  balance: { pl: 'z salda', en: 'from the balance' },
  card: { pl: 'kartą', en: 'by card' },
  bank_transfer: { pl: 'przelewem', en: 'by bank transfer' },
};

/** A postpaid account's debt for an invoice issued. */
export function invoiceCharge(invoice: InvoiceRecord): InvoiceMovement {
  return {
    kind: 'charge',
    amount: -invoiceTotals(invoice).gross,
    at: invoice.issuedAt,
    description: { pl: `Faktura ${invoice.number}`, en: `Invoice ${invoice.number}` },
    reference: reference(invoice),
  };
}

/** What paying `invoice` books on an account of `mode`, `method`, at `at`. */
export function invoicePayment(invoice: InvoiceRecord, mode: 'prepaid' | 'postpaid', method: InvoicePaymentMethod, at: number): InvoiceMovement[] {
  const gross = invoiceTotals(invoice).gross;
  const how = HOW[method];
  const paid: InvoiceMovement = {
    kind: 'invoice_payment',
    amount: mode === 'postpaid' ? gross : -gross,
    at,
    description: { pl: `Zapłata faktury ${invoice.number} ${how.pl}`, en: `Invoice ${invoice.number} paid ${how.en}` },
    reference: reference(invoice),
  };
  if (mode === 'postpaid' || method === 'balance') return [paid];
  const cardIn: InvoiceMovement = {
    kind: 'top_up',
    amount: gross,
    at,
    description: { pl: `Wpłata ${how.pl} na fakturę ${invoice.number}`, en: `Payment ${how.en} for invoice ${invoice.number}` },
    reference: reference(invoice),
  };
  return [cardIn, paid];
}

/** The movements of a seeded invoice history, in any order (the caller sorts them by time). */
export function invoiceHistory(invoices: readonly InvoiceRecord[], mode: 'prepaid' | 'postpaid'): InvoiceMovement[] {
  const movements: InvoiceMovement[] = [];
  for (const invoice of invoices) {
    if (mode === 'postpaid') movements.push(invoiceCharge(invoice));
    if (invoice.paidAt !== null && invoice.paidWith !== null) movements.push(...invoicePayment(invoice, mode, invoice.paidWith, invoice.paidAt));
  }
  return movements;
}

/** Books a payment made now: all of its movements, or — when any is booked already — none. */
export function postInvoicePayment(account: Ledgered, invoice: InvoiceRecord, mode: 'prepaid' | 'postpaid', method: InvoicePaymentMethod, at: number): void {
  const movements = invoicePayment(invoice, mode, method, at);
  for (const movement of movements) {
    if (account.ledger.some((e) => e.kind === movement.kind && e.reference?.type === 'invoice' && e.reference.id === invoice.id)) {
      throw new DoubleBookingError(`${movement.kind} of invoice ${invoice.id} is already booked`);
    }
  }
  for (const movement of movements) post(account, movement);
}
