import { formatMoney, type Money } from '@portico/sdk/core';
import type { Locale } from './locale.ts';

// Standalone functions rather than a class, so a widget bundles only the ones it uses.

const dateCache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = dateCache.get(key);
  if (!format) dateCache.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** `20,50 zł` / `PLN 20.50` */
export const money = (value: Money, locale: Locale): string => formatMoney(value, locale);

export const number = (value: number, locale: Locale, options?: Intl.NumberFormatOptions): string => new Intl.NumberFormat(locale, options).format(value);

/** `22 lis 2026` / `Nov 22, 2026` */
export const date = (value: string | number | Date, locale: Locale): string => dateFormat(locale, { dateStyle: 'medium' }).format(new Date(value));

/** `22 lis 2026, 14:05` / `Nov 22, 2026, 2:05 PM` */
export const dateTime = (value: string | number | Date, locale: Locale): string =>
  dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));

/** `1:05:09` or `4:07` from seconds. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** `5 MB`, `312 kB`: in 1024s, as upload limits are meant and most systems show sizes. */
export function fileSize(bytes: number, locale: Locale): string {
  const [unit, divisor] = bytes >= 1 << 20 ? (['megabyte', 1 << 20] as const) : bytes >= 1 << 10 ? (['kilobyte', 1 << 10] as const) : (['byte', 1] as const);
  return number(bytes / divisor, locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: bytes >= 1 << 20 ? 1 : 0 });
}

export const percent = (ratio: number, locale: Locale): string => number(ratio, locale, { style: 'percent', maximumFractionDigits: 0 });

/** `+48601200300` → `+48 601 200 300`: how Polish numbers are read aloud and written. */
export function phoneNumber(e164: string): string {
  const match = /^\+48(\d{3})(\d{3})(\d{3})$/.exec(e164);
  if (match) return `+48 ${match[1]} ${match[2]} ${match[3]}`;
  return e164.replace(/^(\+\d{1,3})(\d+)$/, (_, code: string, rest: string) => `${code} ${rest.replace(/(\d{3})(?=\d)/g, '$1 ')}`);
}
