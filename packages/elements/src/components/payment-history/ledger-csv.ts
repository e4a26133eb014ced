// The payment history as CSV, as a spreadsheet in the user's language reads it: `;` and a
// decimal comma in Polish, `,` and a point in English; UTF-8 with a BOM, CRLF, fields quoted
// per RFC 4180. Amounts are exact decimals of the minor units, never floating point. Pure: no
// DOM. (The call log's writers in `call-log-table/export/` are made for call rows; the ledger
// has a few columns of its own and needs no streaming, so it has this small writer.)
import type { LedgerEntry } from '@portico/sdk/account';
import { toDecimalString, zoneOffset } from '@portico/sdk/core';
import type { Locale } from '../../i18n/locale.ts';
import type { PaymentHistoryMessages } from './payment-history.messages.ts';

function field(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Text a spreadsheet would run as a formula stays text (OWASP's advice on CSV injection). */
function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** `2026-11-18 10:05`: the moment on the wall clock of `timeZone` (the runtime's when undefined). */
function wallTime(iso: string, timeZone: string | undefined): string {
  const instant = Date.parse(iso);
  return new Date(instant + zoneOffset(instant, timeZone)).toISOString().slice(0, 16).replace('T', ' ');
}

export interface LedgerCsvOptions {
  locale: Locale;
  timeZone: string | undefined;
  t: PaymentHistoryMessages;
}

/** The whole file, newest entry first as the history shows it (encode it as UTF-8: the BOM is its first character). */
export function ledgerCsv(entries: readonly LedgerEntry[], { locale, timeZone, t }: LedgerCsvOptions): string {
  const separator = locale === 'pl' ? ';' : ',';
  const decimal = (value: LedgerEntry['amount']) => (locale === 'pl' ? toDecimalString(value).replace('.', ',') : toDecimalString(value));
  const line = (cells: string[]) => cells.map((cell) => field(cell, separator)).join(separator) + '\r\n';
  let out = '\uFEFF' + line([t.csv.date, t.csv.kind, t.csv.description, t.csv.amount, t.csv.currency, t.csv.balance]);
  for (const entry of entries) {
    out += line([wallTime(entry.bookedAt, timeZone), text(t.kinds[entry.kind]), text(entry.description), decimal(entry.amount), entry.amount.currency, decimal(entry.balanceAfter)]);
  }
  return out;
}
