import { addDays, dayOf, startOfDay } from '@portico/sdk/core';
import type { HistoryPeriod } from './payment-history.messages.ts';

export const PERIODS: HistoryPeriod[] = ['all', '30d', '90d', 'this-year', 'last-year'];

/** A period as the API takes it: from (inclusive) and to (exclusive), the customer's days in `timeZone`. */
export function periodRange(period: HistoryPeriod, timeZone: string | undefined, now = Date.now()): { from?: string; to?: string } {
  const today = dayOf(now, timeZone);
  const at = (day: Parameters<typeof startOfDay>[0]) => new Date(startOfDay(day, timeZone)).toISOString();
  switch (period) {
    case '30d':
      return { from: at(addDays(today, -29)) };
    case '90d':
      return { from: at(addDays(today, -89)) };
    case 'this-year':
      return { from: at({ year: today.year, month: 1, day: 1 }) };
    case 'last-year':
      return { from: at({ year: today.year - 1, month: 1, day: 1 }), to: at({ year: today.year, month: 1, day: 1 }) };
    default:
      return {};
  }
}
