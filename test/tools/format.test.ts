// What the widgets write for numbers, sizes, moments and phone numbers, in both languages.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { date, fileSize, phoneNumber, shortDateTime } from '../../packages/elements/src/i18n/format.ts';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('format', () => {
  it('writes Polish numbers in threes and others after their country code', () => {
    assert.equal(phoneNumber('+48601200300'), '+48 601 200 300');
    assert.equal(phoneNumber('+43871098465'), '+43 871 098 465');
    assert.equal(phoneNumber('+380441234567'), '+380 441 234 567');
    assert.equal(phoneNumber('+12025550123'), '+1 202 555 01 23');
    assert.equal(phoneNumber('+4930123456'), '+49 301 234 56');
    // Not a number: shown as it came.
    assert.equal(phoneNumber('internet'), 'internet');
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

  it('sizes in 1024s up to gigabytes', () => {
    assert.equal(plain(fileSize(512, 'en')), '512 byte');
    assert.equal(plain(fileSize(312 * 1024, 'en')), '312 kB');
    assert.equal(plain(fileSize(5.5 * 2 ** 20, 'pl')), '5,5 MB');
    assert.equal(plain(fileSize(2447.5 * 2 ** 20, 'en')), '2.4 GB');
  });

  it('gives a moment in a list its year only when it is not this year', () => {
    const now = new Date(2026, 10, 22, 12);
    assert.equal(plain(shortDateTime(new Date(2026, 10, 21, 20, 59), 'pl', now)), '21 lis, 20:59');
    assert.equal(plain(shortDateTime(new Date(2026, 10, 21, 20, 59), 'en', now)), 'Nov 21, 8:59 PM');
    assert.equal(plain(shortDateTime(new Date(2025, 11, 31, 9, 5), 'en', now)), 'Dec 31, 2025, 9:05 AM');
  });
});
