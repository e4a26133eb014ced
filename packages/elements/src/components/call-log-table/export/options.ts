// What an export is asked for: the file's format, language, words and time zone. Types only,
// shared by the worker's entry (call-export.ts) and the writers it loads.
import type { Call, CallCategory, CallDirection } from '@portico/sdk/contracts';

/** A call to write: a contract's, or a PBX's with the line (`account`) it went through. */
export type ExportedCall = Call & { account?: string };

/** The words of the file, in the user's language: the widget passes its own. */
export interface CallExportLabels {
  /** The worksheet's name (XLSX): up to 31 characters, none of `[]:*?/\` (others are replaced). */
  sheetName: string;
  /** Column headers, in the file's column order. */
  columns: {
    /** Date and time of the call, in the user's time zone. */
    startedAt: string;
    direction: string;
    category: string;
    /** The line a PBX call went through: given, the file has this column after `category`. */
    account?: string;
    from: string;
    to: string;
    /** Where it happened, when abroad (ISO 3166 code); empty at home. */
    country: string;
    /** Length of a voice call (`[h]:mm:ss`); empty for SMS and data. */
    duration: string;
    /** Data volume in MB of 1,048,576 bytes, as the widget shows sizes: say `MB` in the label. */
    volume: string;
    /** A number: in XLSX with its currency in the cell's format; in CSV followed by `currency`. */
    cost: string;
    /** CSV only: the cost's currency code (CSV has no number formats to carry it). */
    currency: string;
    /** Whether the call was recorded: `yes` or `no`. */
    recorded: string;
  };
  direction: Record<CallDirection, string>;
  category: Record<CallCategory, string>;
  yes: string;
  no: string;
}

export interface CallExportOptions {
  format: 'xlsx' | 'csv';
  /** `pl`: CSV with `;` and decimal `,`, costs as `1,00 zł`; `en`: `,` and `.`, `PLN 1.00`. */
  locale: 'pl' | 'en';
  labels: CallExportLabels;
  /** The zone whose wall clock the file's times are in (`Europe/Warsaw`); unset, the browser's. */
  timeZone?: string | undefined;
  /** How many rows the file will have, when known: a very large XLSX is deflated faster, and comes out larger. */
  rows?: number | undefined;
}

/** What the writers need of the export's options. */
export type CallWriterOptions = Pick<CallExportOptions, 'locale' | 'labels' | 'timeZone' | 'rows'>;
