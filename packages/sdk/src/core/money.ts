import type { Money } from './money.schemas.ts';

/** Why a typed amount was not understood. */
export type MoneyParseFailure = 'empty' | 'invalid' | 'negative' | 'precision' | 'currency';
export type MoneyParseResult = { ok: true; money: Money } | { ok: false; reason: MoneyParseFailure };

const minorDigitsCache = new Map<string, number>();

/** Digits after the decimal separator in a currency: 2 for PLN, 0 for JPY. */
export function minorDigits(currency: string): number {
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}

/** `{ amount: 2050, currency: 'PLN' }` → `"20.50"`: exact, never through floating point. */
export function toDecimalString(money: Money): string {
  const digits = minorDigits(money.currency);
  const negative = money.amount < 0;
  const units = String(Math.abs(money.amount)).padStart(digits + 1, '0');
  const whole = units.slice(0, units.length - digits);
  return (negative ? '-' : '') + (digits ? `${whole}.${units.slice(-digits)}` : whole);
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Money in the customer's language: `20,50 zł` (pl), `PLN 20.50` (en). */
export function formatMoney(money: Money, locale: string, options?: Intl.NumberFormatOptions): string {
  // Building a formatter costs more than formatting: a table formats hundreds of amounts a second.
  const key = options ? '' : `${locale}|${money.currency}`;
  let format = key ? formatters.get(key) : undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency, ...options });
    if (key) formatters.set(key, format);
  }
  return format.format(toDecimalString(money) as Intl.StringNumericLiteral);
}

const SPACES = /[\s\u00a0\u202f\u2009']/g;

/**
 * Reads an amount as a person types it, in Polish or English habits: `20`, `20,50`,
 * `20.50 zł`, `1 000,00`, `PLN 1,000.50`. Strict: anything ambiguous or more precise than
 * the currency allows is refused with a reason rather than guessed.
 */
export function parseMoney(text: string, options: { currency: string; locale?: string }): MoneyParseResult {
  const { currency } = options;
  const english = (options.locale ?? 'en').toLowerCase().startsWith('en');
  let s = text.trim().toLowerCase();
  if (!s) return { ok: false, reason: 'empty' };
  for (const symbol of currencySymbols(currency)) s = s.split(symbol).join(' ');
  s = s.trim();
  if (/[a-z]/i.test(s)) return { ok: false, reason: isCurrencyCode(s.replace(/[^a-z]/gi, '')) ? 'currency' : 'invalid' };
  let negative = false;
  if (/^[-−]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  if (!/^[\d\s\u00a0\u202f\u2009',.]+$/.test(s) || !/\d/.test(s)) return { ok: false, reason: 'invalid' };

  const spaced = SPACES.test(s);
  SPACES.lastIndex = 0;
  if (spaced && !/^\d{1,3}([\s\u00a0\u202f\u2009']\d{3})*([.,]\d*)?$/.test(s)) return { ok: false, reason: 'invalid' };
  s = s.replace(SPACES, '');

  const commas = s.split(',').length - 1;
  const dots = s.split('.').length - 1;
  let whole = s;
  let fraction = '';
  if (commas && dots) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const at = s.lastIndexOf(decimal);
    whole = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (whole.includes(decimal) || !validGroups(whole, group)) return { ok: false, reason: 'invalid' };
    whole = whole.split(group).join('');
  } else if (commas + dots > 1) {
    const group = commas ? ',' : '.';
    if (!validGroups(s, group)) return { ok: false, reason: 'invalid' };
    whole = s.split(group).join('');
  } else if (commas + dots === 1) {
    const separator = commas ? ',' : '.';
    const [before, after] = s.split(separator) as [string, string];
    // Three digits after the one separator read as thousands only where that is the habit.
    const grouping = after.length === 3 && before.length <= 3 && before !== '' && (english ? separator === ',' : separator === '.');
    whole = grouping ? before + after : before;
    fraction = grouping ? '' : after;
  }
  if (whole === '') whole = '0';
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return { ok: false, reason: 'invalid' };
  const digits = minorDigits(currency);
  if (fraction.length > digits) return { ok: false, reason: 'precision' };
  const amount = Number(whole + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(amount)) return { ok: false, reason: 'invalid' };
  if (negative && amount !== 0) return { ok: false, reason: 'negative' };
  return { ok: true, money: { amount, currency } };
}

function isCurrencyCode(letters: string): boolean {
  return letters.length === 3 && Intl.supportedValuesOf('currency').includes(letters.toUpperCase());
}

function validGroups(text: string, group: string): boolean {
  const parts = text.split(group);
  return /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((part) => /^\d{3}$/.test(part));
}

const symbolCache = new Map<string, string[]>();

/** The code and the symbols a person may type with an amount: `PLN`, `zł`, `zl`. */
function currencySymbols(currency: string): string[] {
  let symbols = symbolCache.get(currency);
  if (!symbols) {
    const found = new Set<string>([currency.toLowerCase()]);
    for (const locale of ['pl', 'en']) {
      for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
        const part = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay }).formatToParts(1).find((p) => p.type === 'currency');
        if (part) found.add(part.value.toLowerCase());
      }
    }
    if (currency === 'PLN') found.add('zl');
    // Longest first, so `PLN` is not eaten as `P` + `LN` by a shorter symbol.
    symbols = [...found].sort((a, b) => b.length - a.length);
    symbolCache.set(currency, symbols);
  }
  return symbols;
}
