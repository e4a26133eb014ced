// The one "now" of a test run: the moment, the time zone and the browser language that every
// suite starts at — Node tests, the browser tests, Storybook and demo end-to-end runs alike.
// Nothing in a test reads the machine's clock, zone or language; the calendar runs (see
// CALENDAR_EDGES) set these three to the days where dates go wrong.
//
//   PORTICO_TEST_NOW   a wall time in PORTICO_TEST_TZ (`2027-03-01T00:05`) or an instant
//                      with an offset (`2027-02-28T10:05:00Z`); default 2026-11-18T10:00
//   PORTICO_TEST_TZ    an IANA zone; default Europe/Warsaw
//   PORTICO_TEST_LANG  the browser's language; default pl-PL

import { readFileSync } from 'node:fs';

const DEFAULTS = { now: '2026-11-18T10:00', timeZone: 'Europe/Warsaw', language: 'pl-PL' };

/**
 * The days a calendar bug shows on, each in a zone that makes it harder: a month's first
 * minutes where UTC is still in the last month, New Year's Eve where UTC is already in the
 * new year, a leap day, and both daylight-saving switches of the customers' own zone.
 */
export const CALENDAR_EDGES = [
  { name: "a month's first minutes, UTC+14", now: '2027-03-01T00:05', timeZone: 'Pacific/Kiritimati', language: 'en-US' },
  { name: "New Year's Eve 23:30, UTC−8", now: '2026-12-31T23:30', timeZone: 'America/Los_Angeles', language: 'de-DE' },
  { name: 'the leap day, UTC+14', now: '2028-02-29T12:00', timeZone: 'Pacific/Kiritimati', language: 'pl-PL' },
  { name: 'the spring switch in Warsaw, after 3:00', now: '2027-03-28T03:10', timeZone: 'Europe/Warsaw', language: 'en-GB' },
  { name: 'the autumn switch in Warsaw, the second 2:30', now: '2027-10-31T02:30+01:00', timeZone: 'Europe/Warsaw', language: 'uk-UA' },
];

/** The zone's offset from UTC at an instant, in ms (Warsaw in summer: +7,200,000). */
function offsetAt(instant, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - (instant - (instant % 1000));
}

/** A wall time in a zone as an instant; a time with an offset or `Z` as itself. */
export function instantOf(text, timeZone) {
  if (/(Z|[+-]\d{2}:\d{2})$/.test(text)) return Date.parse(text);
  const wall = Date.parse(`${text}Z`);
  if (Number.isNaN(wall)) throw new Error(`PORTICO_TEST_NOW: "${text}" is not a date and time`);
  // Twice: the first guess may sit on the other side of a daylight-saving switch.
  const guess = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(guess, timeZone);
}

/** The run's moment (ms since the epoch), zone and language, from the environment or the defaults. */
export function testTime(env = process.env) {
  const timeZone = env.PORTICO_TEST_TZ || DEFAULTS.timeZone;
  new Intl.DateTimeFormat('en', { timeZone }); // a RangeError names a zone that does not exist
  const language = env.PORTICO_TEST_LANG || DEFAULTS.language;
  const now = instantOf(env.PORTICO_TEST_NOW || DEFAULTS.now, timeZone);
  return { now, timeZone, language };
}

/** The environment a child process of the run gets: the same moment, its zone as TZ, and the language. */
export function testTimeEnv(time = testTime()) {
  return {
    PORTICO_TEST_NOW: new Date(time.now).toISOString(),
    PORTICO_TEST_TZ: time.timeZone,
    PORTICO_TEST_LANG: time.language,
    TZ: time.timeZone,
    LANG: `${time.language.replace('-', '_')}.UTF-8`,
  };
}

/** test/support/fixed-clock.js as a classic script that starts the page's clock at `now`. */
export function clockScript(now = testTime().now) {
  const source = readFileSync(new URL('../test/support/fixed-clock.js', import.meta.url), 'utf8').replace(/^export /m, '');
  return `${source}\nstartClockAt(${Number(now)});\n`;
}
