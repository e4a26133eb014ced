// What the widgets write for numbers, sizes, moments and phone numbers, in both languages.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { date, dateTime, fileSize, phoneNumber, shortDateTime } from '../../packages/elements/src/i18n/format.ts';
import { plural } from '../../packages/elements/src/i18n/plural.ts';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('format', () => {
  it('writes Polish mobile and non-geographic numbers in threes, landlines after their area code', () => {
    // Mobile.
    assert.equal(phoneNumber('+48601200300'), '+48 601 200 300');
    assert.equal(phoneNumber('+48501234567'), '+48 501 234 567');
    assert.equal(phoneNumber('+48451234567'), '+48 451 234 567');
    assert.equal(phoneNumber('+48881234567'), '+48 881 234 567');
    // Freephone, shared cost and premium.
    assert.equal(phoneNumber('+48800123456'), '+48 800 123 456');
    assert.equal(phoneNumber('+48801123456'), '+48 801 123 456');
    assert.equal(phoneNumber('+48701234567'), '+48 701 234 567');
    // Landlines: Warsaw 22, Kraków 12, Gdańsk 58 (not a mobile 5x), Łódź 42.
    assert.equal(phoneNumber('+48223809887'), '+48 22 380 98 87');
    assert.equal(phoneNumber('+48226100100'), '+48 22 610 01 00');
    assert.equal(phoneNumber('+48123456789'), '+48 12 345 67 89');
    assert.equal(phoneNumber('+48583012345'), '+48 58 301 23 45');
    assert.equal(phoneNumber('+48426312345'), '+48 42 631 23 45');
    // Not nine digits: no area code to tell, so in threes.
    assert.equal(phoneNumber('+4822380988'), '+48 223 809 88');
  });

  it('writes other countries’ numbers after their country code, in threes', () => {
    assert.equal(phoneNumber('+43871098465'), '+43 871 098 465');
    assert.equal(phoneNumber('+380441234567'), '+380 441 234 567');
    assert.equal(phoneNumber('+12025550123'), '+1 202 555 01 23');
    assert.equal(phoneNumber('+4930123456'), '+49 301 234 56');
    // A German number that looks like a Warsaw landline after its code stays in threes.
    assert.equal(phoneNumber('+49223809887'), '+49 223 809 887');
    // Not a number: shown as it came.
    assert.equal(phoneNumber('internet'), 'internet');
    assert.equal(phoneNumber('+48 22 380 98 87'), '+48 22 380 98 87');
  });

  it('writes a calendar day (a contract’s end) as that day west of Greenwich too', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      assert.equal(date('2026-11-22', 'en'), 'Nov 22, 2026');
      assert.equal(plain(date('2026-01-01', 'pl')), '1 sty 2026');
      // A moment stays a moment, in the reader's time: 00:30 on the 22nd in Warsaw is the 21st in Los Angeles.
      assert.equal(date('2026-11-21T23:30:00Z', 'en'), 'Nov 21, 2026');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('counts in Polish plural forms, and in English ones', () => {
    const tickets = { one: '# zgłoszenie', few: '# zgłoszenia', many: '# zgłoszeń', other: '# zgłoszenia' };
    const said = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 102, 112, 1000, 12_344].map((n) => plain(plural('pl', n, tickets)));
    assert.deepEqual(said, ['0 zgłoszeń', '1 zgłoszenie', '2 zgłoszenia', '4 zgłoszenia', '5 zgłoszeń', '11 zgłoszeń', '12 zgłoszeń', '14 zgłoszeń', '21 zgłoszeń', '22 zgłoszenia', '25 zgłoszeń', '102 zgłoszenia', '112 zgłoszeń', '1000 zgłoszeń', '12 344 zgłoszenia']);
    assert.deepEqual([0, 1, 2, 1000].map((n) => plural('en', n, { one: '# ticket', other: '# tickets' })), ['0 tickets', '1 ticket', '2 tickets', '1,000 tickets']);
  });

  it('sizes in 1024s up to gigabytes', () => {
    assert.equal(plain(fileSize(512, 'en')), '512 bytes');
    assert.equal(plain(fileSize(1, 'en')), '1 byte');
    assert.equal(plain(fileSize(896, 'pl')), '896 bajtów');
    assert.equal(plain(fileSize(312 * 1024, 'en')), '312 kB');
    assert.equal(plain(fileSize(5.5 * 2 ** 20, 'pl')), '5,5 MB');
    assert.equal(plain(fileSize(2447.5 * 2 ** 20, 'en')), '2.4 GB');
  });

  it('gives a moment in a list its year only when it is not this year where the reader is', () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    assert.equal(plain(shortDateTime('2026-11-21T19:59:00Z', 'pl', 'Europe/Warsaw', now)), '21 lis, 20:59');
    assert.equal(plain(shortDateTime('2026-11-21T19:59:00Z', 'en', 'Europe/Warsaw', now)), 'Nov 21, 8:59 PM');
    assert.equal(plain(shortDateTime('2025-12-31T08:05:00Z', 'en', 'Europe/Warsaw', now)), 'Dec 31, 2025, 9:05 AM');
    // New Year's Eve in Los Angeles is already 1 January in UTC: the year is the reader's.
    const eve = Date.parse('2027-01-01T07:30:00Z');
    assert.equal(plain(shortDateTime('2026-12-31T20:00:00Z', 'en', 'America/Los_Angeles', eve)), 'Dec 31, 12:00 PM');
    assert.equal(plain(shortDateTime('2026-12-31T20:00:00Z', 'en', 'Pacific/Kiritimati', eve)), 'Jan 1, 10:00 AM');
    assert.equal(plain(shortDateTime('2026-12-31T20:00:00Z', 'en', 'UTC', eve)), 'Dec 31, 2026, 8:00 PM');
  });

  it('shows times in the zone it is given, and calendar days as the same day everywhere', () => {
    assert.equal(plain(dateTime('2027-03-28T01:30:00Z', 'en', 'Europe/Warsaw')), 'Mar 28, 2027, 3:30 AM');
    assert.equal(plain(dateTime('2027-03-28T01:30:00Z', 'en', 'America/Los_Angeles')), 'Mar 27, 2027, 6:30 PM');
    assert.equal(plain(date('2028-02-29', 'en', 'Pacific/Kiritimati')), 'Feb 29, 2028');
    assert.equal(plain(date('2028-02-29', 'en', 'America/Los_Angeles')), 'Feb 29, 2028');
  });
});
