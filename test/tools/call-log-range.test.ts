// The call log's periods, as days of the customer's calendar, on the days where they go wrong.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dayKey } from '@portico/sdk/core';
import { customDays, isoRange, presetDays, PRESETS, today } from '../../packages/elements/src/components/call-log-table/range.ts';

const days = (range: { first: Parameters<typeof dayKey>[0]; last: Parameters<typeof dayKey>[0] }) => [dayKey(range.first), dayKey(range.last)];

describe('call log periods', () => {
  it('opens on the last 30 days: a month of calls on the 1st of a month too', () => {
    const first = today('Pacific/Kiritimati', Date.parse('2027-02-28T10:05:00Z'));
    assert.equal(dayKey(first), '2027-03-01');
    assert.deepEqual(days(presetDays('last_30_days', first)), ['2027-01-31', '2027-03-01']);
    assert.deepEqual(days(presetDays('this_month', first)), ['2027-03-01', '2027-03-31']);
    assert.deepEqual(days(presetDays('last_month', first)), ['2027-02-01', '2027-02-28']);
    assert.equal(PRESETS[0], 'last_30_days');
  });

  it('counts months across a year’s end and a leap day', () => {
    const eve = today('America/Los_Angeles', Date.parse('2027-01-01T07:30:00Z'));
    assert.equal(dayKey(eve), '2026-12-31');
    assert.deepEqual(days(presetDays('last_12_months', eve)), ['2026-01-01', '2026-12-31']);
    assert.deepEqual(days(presetDays('last_3_months', eve)), ['2026-10-01', '2026-12-31']);
    const leap = { year: 2028, month: 3, day: 10 };
    assert.deepEqual(days(presetDays('last_month', leap)), ['2028-02-01', '2028-02-29']);
  });

  it('asks the API for the zone’s midnights, 23 and 25 hours apart on switch days', () => {
    const spring = isoRange({ first: { year: 2027, month: 3, day: 28 }, last: { year: 2027, month: 3, day: 28 } }, 'Europe/Warsaw');
    assert.deepEqual(spring, { from: '2027-03-27T23:00:00.000Z', to: '2027-03-28T22:00:00.000Z' });
    const autumn = isoRange({ first: { year: 2027, month: 10, day: 31 }, last: { year: 2027, month: 10, day: 31 } }, 'Europe/Warsaw');
    assert.deepEqual(autumn, { from: '2027-10-30T22:00:00.000Z', to: '2027-10-31T23:00:00.000Z' });
  });

  it('takes a custom range only when both days exist and are in order', () => {
    assert.deepEqual(days(customDays('2027-02-01', '2027-02-28')!), ['2027-02-01', '2027-02-28']);
    assert.deepEqual(days(customDays('2027-02-28', '2027-02-28')!), ['2027-02-28', '2027-02-28']);
    assert.equal(customDays('2027-03-01', '2027-02-28'), undefined);
    assert.equal(customDays('2027-02-29', '2027-03-01'), undefined);
    assert.equal(customDays('', '2027-03-01'), undefined);
  });
});
