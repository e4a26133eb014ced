/**
 * Calendar days in a time zone: a customer's "today", "this month" and "the last 30 days"
 * are days on his wall calendar, not UTC days. Built on `Intl` alone (no time-zone data of
 * our own), and correct across daylight-saving switches, including zones that switch at
 * midnight.
 */

/** A day on a wall calendar: `month` 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = partsFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    partsFormats.set(key, format);
  }
  return format;
}

/** The wall time at an instant, read as if it were UTC (ms): the zone's offset is that minus the instant. */
function wallTime(instant: number, timeZone: string | undefined): number {
  const p: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
}

/** The zone's offset from UTC at an instant, in ms (`Europe/Warsaw` in July: 7,200,000). */
export function zoneOffset(instant: number, timeZone?: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallTime(whole, timeZone) - whole;
}

/** An IANA zone name the runtime knows (`Europe/Warsaw`), or false. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day an instant falls on in a zone (the runtime's zone when none is named). */
export function dayOf(instant: number, timeZone?: string): CalendarDay {
  const wall = new Date(instant + zoneOffset(instant, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/**
 * The first instant of a calendar day in a zone: its midnight, or where a daylight-saving
 * switch skips midnight, the first moment that exists.
 */
export function startOfDay(day: CalendarDay, timeZone?: string): number {
  const wall = Date.UTC(day.year, day.month - 1, day.day);
  // Midnight at the offsets of a day before and a day after: at most one switch lies between,
  // so one of them is the day's midnight — or, where the switch skips midnight, the jump.
  const candidates = [wall - zoneOffset(wall - 86_400_000, timeZone), wall - zoneOffset(wall + 86_400_000, timeZone)];
  return Math.min(...candidates.filter((instant) => sameDay(dayOf(instant, timeZone), day)));
}

const sameDay = (a: CalendarDay, b: CalendarDay) => a.year === b.year && a.month === b.month && a.day === b.day;

/** The day `days` after (or before, when negative). */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  const moved = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The first day of the month `months` after (or before) the day's month. */
export function monthStart(day: CalendarDay, months = 0): CalendarDay {
  const moved = new Date(Date.UTC(day.year, day.month - 1 + months, 1));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: 1 };
}

/** `2026-11-22`: a day as ISO 8601 writes it (and `<input type="date">` holds it). */
export function dayKey(day: CalendarDay): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
}

/** `2026-11-22` as a day, or undefined when it is not a real day (`2026-02-30`). */
export function parseDayKey(text: string): CalendarDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return sameDay(addDays(day, 0), day) ? day : undefined;
}
