import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, dayKey, dayOf, isTimeZone, monthStart, parseDayKey, startOfDay, zoneOffset } from '@portico/sdk/core';

const iso = (instant: number) => new Date(instant).toISOString();

describe('calendar days in a time zone', () => {
  it('reads the day an instant falls on where the customer is, not in UTC', () => {
    const instant = Date.parse('2027-02-28T10:05:00Z');
    assert.equal(dayKey(dayOf(instant, 'UTC')), '2027-02-28');
    assert.equal(dayKey(dayOf(instant, 'Pacific/Kiritimati')), '2027-03-01');
    assert.equal(dayKey(dayOf(Date.parse('2027-01-01T07:30:00Z'), 'America/Los_Angeles')), '2026-12-31');
  });

  it('starts a day at its local midnight, in winter and in summer', () => {
    assert.equal(iso(startOfDay({ year: 2027, month: 1, day: 15 }, 'Europe/Warsaw')), '2027-01-14T23:00:00.000Z');
    assert.equal(iso(startOfDay({ year: 2027, month: 7, day: 15 }, 'Europe/Warsaw')), '2027-07-14T22:00:00.000Z');
    assert.equal(iso(startOfDay({ year: 2027, month: 3, day: 1 }, 'Pacific/Kiritimati')), '2027-02-28T10:00:00.000Z');
    assert.equal(iso(startOfDay({ year: 2028, month: 2, day: 29 }, 'America/Los_Angeles')), '2028-02-29T08:00:00.000Z');
  });

  it('gives the switch days of daylight saving time 23 and 25 hours', () => {
    const length = (day: { year: number; month: number; day: number }, zone: string) => (startOfDay(addDays(day, 1), zone) - startOfDay(day, zone)) / 3_600_000;
    assert.equal(length({ year: 2027, month: 3, day: 28 }, 'Europe/Warsaw'), 23);
    assert.equal(length({ year: 2027, month: 10, day: 31 }, 'Europe/Warsaw'), 25);
    assert.equal(length({ year: 2027, month: 3, day: 14 }, 'America/Los_Angeles'), 23);
    assert.equal(length({ year: 2027, month: 3, day: 27 }, 'Europe/Warsaw'), 24);
  });

  it('starts a day whose midnight the clock skips at the first moment that exists', () => {
    // Havana springs forward at midnight: 14 March 2027 begins at 01:00 local (05:00 UTC).
    assert.equal(iso(startOfDay({ year: 2027, month: 3, day: 14 }, 'America/Havana')), '2027-03-14T05:00:00.000Z');
    assert.equal(dayKey(dayOf(startOfDay({ year: 2027, month: 3, day: 14 }, 'America/Havana') - 1, 'America/Havana')), '2027-03-13');
  });

  it('counts days and months across month, year and leap-day ends', () => {
    assert.deepEqual(addDays({ year: 2028, month: 2, day: 28 }, 1), { year: 2028, month: 2, day: 29 });
    assert.deepEqual(addDays({ year: 2027, month: 3, day: 1 }, -29), { year: 2027, month: 1, day: 31 });
    assert.deepEqual(addDays({ year: 2026, month: 12, day: 31 }, 1), { year: 2027, month: 1, day: 1 });
    assert.deepEqual(monthStart({ year: 2027, month: 1, day: 31 }, -1), { year: 2026, month: 12, day: 1 });
    assert.deepEqual(monthStart({ year: 2026, month: 12, day: 31 }, 1), { year: 2027, month: 1, day: 1 });
  });

  it('reads and writes days as ISO 8601 does, and refuses days that do not exist', () => {
    assert.deepEqual(parseDayKey('2028-02-29'), { year: 2028, month: 2, day: 29 });
    assert.equal(parseDayKey('2027-02-29'), undefined);
    assert.equal(parseDayKey('2027-13-01'), undefined);
    assert.equal(parseDayKey('27-01-01'), undefined);
    assert.equal(dayKey({ year: 2027, month: 3, day: 1 }), '2027-03-01');
  });

  it('knows the zones the runtime knows, and their offsets', () => {
    assert.equal(isTimeZone('Europe/Warsaw'), true);
    assert.equal(isTimeZone('Mars/Olympus_Mons'), false);
    assert.equal(zoneOffset(Date.parse('2027-07-01T00:00:00Z'), 'Europe/Warsaw'), 2 * 3_600_000);
    assert.equal(zoneOffset(Date.parse('2027-07-01T00:00:00Z'), 'America/Los_Angeles'), -7 * 3_600_000);
  });
});
