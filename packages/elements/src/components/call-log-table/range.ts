import { addDays, dayKey, dayOf, monthStart, parseDayKey, startOfDay, type CalendarDay } from '@portico/sdk/core';

/**
 * The periods a person picks calls by; `custom` uses two days they choose. The default, the
 * last 30 days, shows a month of calls on every day of the month, the 1st included.
 */
export type RangePreset = 'last_30_days' | 'this_month' | 'last_month' | 'last_3_months' | 'last_12_months' | 'custom';

export const PRESETS: readonly RangePreset[] = ['last_30_days', 'this_month', 'last_month', 'last_3_months', 'last_12_months', 'custom'];
export const DEFAULT_PRESET = 'last_30_days' satisfies RangePreset;

/** Whole calendar days in the widget's time zone, the first and the last both included. */
export interface DayRange {
  first: CalendarDay;
  last: CalendarDay;
}

/** A preset's days, counted back from today: this month, last month, this and the 2 (11) months before. */
export function presetDays(preset: Exclude<RangePreset, 'custom'>, today: CalendarDay): DayRange {
  if (preset === 'last_30_days') return { first: addDays(today, -29), last: today };
  const months = { this_month: [0, 1], last_month: [-1, 0], last_3_months: [-2, 1], last_12_months: [-11, 1] }[preset];
  return { first: monthStart(today, months[0]), last: addDays(monthStart(today, months[1]), -1) };
}

/** Two `<input type="date">` values as a range, or undefined while either is not a day or they are the wrong way round. */
export function customDays(from: string, to: string): DayRange | undefined {
  const first = parseDayKey(from);
  const last = parseDayKey(to);
  return first && last && dayKey(first) <= dayKey(last) ? { first, last } : undefined;
}

/** Today in a zone (undefined: the browser's). */
export const today = (timeZone: string | undefined, now = Date.now()): CalendarDay => dayOf(now, timeZone);

/** A range as the API takes it: from the first day's start to the start of the day after the last. */
export function isoRange({ first, last }: DayRange, timeZone: string | undefined): { from: string; to: string } {
  return { from: new Date(startOfDay(first, timeZone)).toISOString(), to: new Date(startOfDay(addDays(last, 1), timeZone)).toISOString() };
}
