import { formatMoney, type Money } from '@portico/sdk/core';
import type { Locale } from './locale.ts';

const dateCache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = dateCache.get(key);
  if (!format) dateCache.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** Numbers, money, dates, durations and sizes in the widget's language, through `Intl`. */
export class Formatter {
  readonly locale: Locale;
  constructor(locale: Locale) {
    this.locale = locale;
  }

  money(money: Money): string {
    return formatMoney(money, this.locale);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }

  /** `22 lis 2026` / `Nov 22, 2026` */
  date(value: string | number | Date): string {
    return dateFormat(this.locale, { dateStyle: 'medium' }).format(new Date(value));
  }

  /** `22 lis 2026, 14:05` / `Nov 22, 2026, 2:05 PM` */
  dateTime(value: string | number | Date): string {
    return dateFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
  }

  /** `1:05:09` or `4:07` from seconds. */
  duration(seconds: number): string {
    const s = Math.max(0, Math.round(seconds));
    const pad = (n: number) => String(n).padStart(2, '0');
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
  }

  /** `5 MB`, `312 kB`: in 1024s, as upload limits are meant and most systems show sizes. */
  fileSize(bytes: number): string {
    const [unit, divisor] = bytes >= 1 << 20 ? (['megabyte', 1 << 20] as const) : bytes >= 1 << 10 ? (['kilobyte', 1 << 10] as const) : (['byte', 1] as const);
    return this.number(bytes / divisor, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: bytes >= 1 << 20 ? 1 : 0 });
  }

  percent(ratio: number): string {
    return this.number(ratio, { style: 'percent', maximumFractionDigits: 0 });
  }
}

const formatters = new Map<Locale, Formatter>();
export function formatterFor(locale: Locale): Formatter {
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = new Formatter(locale)));
  return formatter;
}
