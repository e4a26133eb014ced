import { dayOf, formatMoney, toDecimalString, type Money } from '@portico/sdk/core';
import type { Locale } from './locale.ts';

// Standalone functions rather than a class, so a widget bundles only the ones it uses.

// Formatters are costly to build and cheap to use: one per options object, locale and time
// zone (the options are module constants, so their identity is the key; a table formats
// thousands). A time zone of undefined is the browser's own.
const dateCache = new Map<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions, timeZone?: string): Intl.DateTimeFormat {
  let byKey = dateCache.get(options);
  if (!byKey) dateCache.set(options, (byKey = new Map()));
  const key = `${locale} ${timeZone ?? ''}`;
  let format = byKey.get(key);
  if (!format) byKey.set(key, (format = new Intl.DateTimeFormat(locale, options.timeZone || !timeZone ? options : { ...options, timeZone })));
  return format;
}

/** `20,50 zł` / `PLN 20.50` */
export const money = (value: Money, locale: Locale): string => formatMoney(value, locale);

/**
 * An amount as a person types it, or pastes it into a bank's form: `50`, `50,50` (pl) or
 * `50.50` (en) — no symbol, no grouping.
 */
export function plainAmount(value: Money, locale: Locale): string {
  const text = toDecimalString(value).replace(/\.0+$/, '');
  return locale === 'pl' ? text.replace('.', ',') : text;
}

const PLAIN: Intl.NumberFormatOptions = {};
const numberCache = new Map<Intl.NumberFormatOptions, Partial<Record<Locale, Intl.NumberFormat>>>();

/** A number in the locale's way; `options`, if given, should be a constant (it keys the cache). */
export function number(value: number, locale: Locale, options: Intl.NumberFormatOptions = PLAIN): string {
  let byLocale = numberCache.get(options);
  if (!byLocale) numberCache.set(options, (byLocale = {}));
  return (byLocale[locale] ??= new Intl.NumberFormat(locale, options)).format(value);
}

/** `22 lis 2026` / `Nov 22, 2026` */
const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** A calendar day (`2026-11-22`, as the API writes end dates): the same day wherever the reader is. */
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };

export const date = (value: string | number | Date, locale: Locale, timeZone?: string): string =>
  typeof value === 'string' && CALENDAR_DAY.test(value) ? dateFormat(locale, DAY).format(new Date(value)) : dateFormat(locale, DATE, timeZone).format(new Date(value));

/** `22 lis 2026, 14:05` / `Nov 22, 2026, 2:05 PM` */
export const dateTime = (value: string | number | Date, locale: Locale, timeZone?: string): string =>
  dateFormat(locale, DATE_TIME, timeZone).format(new Date(value));

/**
 * `22 lis, 14:05` / `Nov 22, 2:05 PM`: a moment in a list, with the year only when it is not
 * this year's in the reader's zone (as mail and chat apps write it).
 */
export function shortDateTime(value: string | number | Date, locale: Locale, timeZone?: string, now = Date.now()): string {
  const moment = new Date(value).getTime();
  const thisYear = dayOf(moment, timeZone).year === dayOf(now, timeZone).year;
  return dateFormat(locale, thisYear ? SHORT : SHORT_WITH_YEAR, timeZone).format(moment);
}
const SHORT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
const SHORT_WITH_YEAR: Intl.DateTimeFormatOptions = { ...SHORT, year: 'numeric' };

/** `1:05:09` or `4:07` from seconds. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

const unit = (name: string, digits: number): Intl.NumberFormatOptions => ({ style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits });
const SIZES = [
  [2 ** 30, unit('gigabyte', 1)],
  [2 ** 20, unit('megabyte', 1)],
  [2 ** 10, unit('kilobyte', 0)],
  // Bytes in words: "896 bytes", "896 bajtów" (the short unit says "896 byte" in English).
  [0, { ...unit('byte', 0), unitDisplay: 'long' }],
] as const;

/** `2.4 GB`, `5 MB`, `312 kB`: in 1024s, as upload limits are meant and most systems show sizes. */
export function fileSize(bytes: number, locale: Locale): string {
  const [size, options] = SIZES.find(([size]) => bytes >= size) ?? SIZES[3];
  return number(bytes / (size || 1), locale, options);
}

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };
export const percent = (ratio: number, locale: Locale): string => number(ratio, locale, PERCENT);

/**
 * Country calling codes are a prefix code: 1 and 7 are one digit, these two, the rest three
 * (ITU-T E.164 assignments).
 */
const COUNTRY_CODE = /^\+(?:[17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|\d{3})/;

/**
 * Polish numbers that are not tied to a place, written in threes: mobile ranges (45, 50, 51, 53,
 * 57, 60, 66, 69, 72, 73, 78, 79, 88), freephone and shared-cost 80x, premium 70x. The rest of
 * the nine digits after +48 begin with a two-digit area code (22 Warsaw, 12 Kraków).
 */
const POLISH_IN_THREES = /^(?:45|5[0137]|6[069]|7[0-389]|8[08])/;

/**
 * A number in E.164 as people write it:
 * - Polish mobile and non-geographic numbers in threes: `+48 601 200 300`, `+48 800 123 456`;
 * - Polish landlines with their area code, then 3-2-2: `+48 22 380 98 87`, `+48 12 345 67 89`;
 * - others as their country code and groups of three, ending in two twos rather than a lone
 *   digit: `+43 871 098 465`, `+1 202 555 01 23`.
 *
 * Anything that is not `+` and digits comes back as it is.
 */
export function phoneNumber(e164: string): string {
  const code = COUNTRY_CODE.exec(e164)?.[0];
  if (!code || !/^\+\d+$/.test(e164)) return e164;
  const rest = e164.slice(code.length);
  if (code === '+48' && rest.length === 9 && !POLISH_IN_THREES.test(rest)) {
    return `${code} ${rest.slice(0, 2)} ${rest.slice(2, 5)} ${rest.slice(5, 7)} ${rest.slice(7)}`;
  }
  const split = rest.length % 3 === 1 && rest.length > 4 ? rest.length - 4 : rest.length;
  const threes = rest.slice(0, split).replace(/(\d{3})(?=\d)/g, '$1 ');
  return `${code} ${split < rest.length ? `${threes} ${rest.slice(split, -2)} ${rest.slice(-2)}` : threes}`;
}
