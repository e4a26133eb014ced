// CSV of call rows, as a spreadsheet in the user's language reads it: `;` and `,` in Polish,
// `,` and `.` in English; UTF-8 with a BOM (so Excel does not guess a code page), CRLF,
// fields quoted per RFC 4180. Pure: no DOM, so it runs in a Worker and in Node.
import { minorDigits } from '@portico/sdk/core';
import type { CallWriterOptions, ExportedCall as Call } from './options.ts';
import { wallClock } from './xlsx-writer.ts';

const MB = 1 << 20;

/** RFC 4180: a field with the separator, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text from the platform (numbers of callers) that a spreadsheet would run as a formula is
 * kept as text with a leading `'` (OWASP's advice on CSV injection); `+48…` stays a number.
 */
function cellText(value: string): string {
  return /^[=@\t\r]|^[+-](?!\d+$)/.test(value) ? `'${value}` : value;
}

/** An integer of minor units as exact decimal text: 2050, 2 → `20.50`, never through floating point. */
function decimal(units: number, digits: number, point: string): string {
  const text = String(Math.abs(units)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  return (units < 0 ? '-' : '') + (digits ? whole + point + text.slice(-digits) : whole);
}

const pad = (n: number) => (n < 10 ? '0' : '') + n;

/** The BOM and the header line. */
export function csvHeader(options: CallWriterOptions): string {
  const { columns } = options.labels;
  const separator = options.locale === 'pl' ? ';' : ',';
  const names = [columns.startedAt, columns.direction, columns.category, ...(columns.account === undefined ? [] : [columns.account]), columns.from, columns.to, columns.country, columns.duration, columns.volume, columns.cost, columns.currency, columns.recorded];
  return '\uFEFF' + names.map((name) => csvField(name, separator)).join(separator) + '\r\n';
}

/**
 * Lines of calls, each ending with CRLF. Columns as the header: date and time `YYYY-MM-DD
 * HH:mm:ss` (local), direction, category, the line (a PBX's calls), from, to, country, duration `h:mm:ss` (voice),
 * volume in MB of 1,048,576 bytes with 2 decimals (data), cost (exact), currency, recorded.
 */
export function csvRows(calls: readonly Call[], options: CallWriterOptions): string {
  const { labels } = options;
  const separator = options.locale === 'pl' ? ';' : ',';
  const point = options.locale === 'pl' ? ',' : '.';
  const field = (value: string) => csvField(value, separator);
  // Words repeated on every row, quoted once.
  const direction = { outgoing: field(labels.direction.outgoing), incoming: field(labels.direction.incoming) };
  const category = { voice: field(labels.category.voice), sms: field(labels.category.sms), data: field(labels.category.data), roaming: field(labels.category.roaming) };
  const recorded = [field(labels.no), field(labels.yes)] as const;
  // The line a PBX call went through, after the category, when the file has the column.
  const lines = labels.columns.account !== undefined;
  const localMillis = wallClock(options.timeZone);
  let out = '';
  for (const call of calls) {
    // The local wall-clock time, read with UTC getters.
    const time = new Date(localMillis(call.startedAt)).toISOString();
    const seconds = call.duration;
    out +=
      time.slice(0, 10) + ' ' + time.slice(11, 19) + separator +
      direction[call.direction] + separator +
      category[call.category] + separator +
      (lines ? field(cellText(call.account ?? '')) + separator : '') +
      field(cellText(call.from)) + separator +
      field(cellText(call.to)) + separator +
      (call.country === null ? '' : field(cellText(call.country))) + separator +
      (seconds === null ? '' : `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`) + separator +
      // bytes × 100 / 2^20 is exact in binary, so rounding it to hundredths is exact too.
      (call.volume === null ? '' : decimal(Math.round((call.volume * 100) / MB), 2, point)) + separator +
      decimal(call.cost.amount, minorDigits(call.cost.currency), point) + separator +
      field(call.cost.currency) + separator +
      recorded[call.recording ? 1 : 0] + '\r\n';
  }
  return out;
}

/** The whole file as text (encode it as UTF-8: the BOM is its first character). */
export function writeCsv(calls: readonly Call[], options: CallWriterOptions): string {
  return csvHeader(options) + csvRows(calls, options);
}
