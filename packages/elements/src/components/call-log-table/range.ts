/** The periods a person picks calls by; `custom` uses two days they choose. */
export type RangePreset = 'this_month' | 'last_month' | 'last_3_months' | 'last_12_months' | 'custom';

export const PRESETS: readonly RangePreset[] = ['this_month', 'last_month', 'last_3_months', 'last_12_months', 'custom'];

/** A period of whole local days: `from` inclusive, `to` exclusive, as the API takes them. */
export interface Range {
  from: Date;
  to: Date;
}

/** A preset as local calendar months: this month, last month, or this and the 2 (11) before. */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, now = new Date()): Range {
  const month = (offset: number) => new Date(now.getFullYear(), now.getMonth() + offset, 1);
  if (preset === 'this_month') return { from: month(0), to: month(1) };
  if (preset === 'last_month') return { from: month(-1), to: month(0) };
  return { from: month(preset === 'last_3_months' ? -2 : -11), to: month(1) };
}

/** `2026-11-22` (an `<input type="date">` value) as that local day's start. */
export function parseDay(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(day.getTime()) ? undefined : day;
}

/** A local day as an `<input type="date">` value. */
export function dayValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day after, at its start: a custom range's last day is included. */
export function nextDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
}

/** A range as the API takes it. */
export function isoRange({ from, to }: Range): { from: string; to: string } {
  return { from: from.toISOString(), to: to.toISOString() };
}
