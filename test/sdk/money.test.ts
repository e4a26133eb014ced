import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatMoney, parseMoney, toDecimalString } from '@portico/sdk/core';

const pln = (text: string, locale = 'pl') => parseMoney(text, { currency: 'PLN', locale });
const amountOf = (text: string, locale?: string) => {
  const result = pln(text, locale);
  assert.ok(result.ok, `"${text}" should parse, got ${JSON.stringify(result)}`);
  return result.money.amount;
};

describe('parseMoney', () => {
  it('reads what a Polish customer types', () => {
    assert.equal(amountOf('20'), 2000);
    assert.equal(amountOf('20,50'), 2050);
    assert.equal(amountOf('20,5'), 2050);
    assert.equal(amountOf('20.50 zł'), 2050);
    assert.equal(amountOf('1 000,00'), 100_000);
    assert.equal(amountOf('1\u00a0000,00\u00a0zł'), 100_000);
    assert.equal(amountOf('1.000'), 100_000);
    assert.equal(amountOf('1.234.567,89 PLN'), 123_456_789);
    assert.equal(amountOf('  35 ZŁ '), 3500);
    assert.equal(amountOf('20 zl'), 2000);
    assert.equal(amountOf(',50'), 50);
  });

  it('reads what an English customer types', () => {
    assert.equal(amountOf('1,000', 'en'), 100_000);
    assert.equal(amountOf('PLN 1,000.50', 'en'), 100_050);
    assert.equal(amountOf('20.5', 'en'), 2050);
    assert.equal(amountOf('20,50', 'en'), 2050);
  });

  it('refuses what it would have to guess, with a reason', () => {
    assert.deepEqual(pln(''), { ok: false, reason: 'empty' });
    assert.deepEqual(pln('   '), { ok: false, reason: 'empty' });
    assert.deepEqual(pln('20,505'), { ok: false, reason: 'precision' });
    assert.deepEqual(pln('1,000'), { ok: false, reason: 'precision' });
    assert.deepEqual(pln('-20'), { ok: false, reason: 'negative' });
    assert.deepEqual(pln('20 EUR'), { ok: false, reason: 'currency' });
    assert.deepEqual(pln('abc'), { ok: false, reason: 'invalid' });
    assert.deepEqual(pln('1 00,00'), { ok: false, reason: 'invalid' });
    assert.deepEqual(pln('1,00,000.00', 'en'), { ok: false, reason: 'invalid' });
    assert.deepEqual(pln('2e3'), { ok: false, reason: 'invalid' });
    assert.deepEqual(pln('99999999999999999999'), { ok: false, reason: 'invalid' });
  });

  it('knows currencies without minor units', () => {
    assert.deepEqual(parseMoney('1 500', { currency: 'JPY', locale: 'pl' }), { ok: true, money: { amount: 1500, currency: 'JPY' } });
    assert.deepEqual(parseMoney('1,5', { currency: 'JPY', locale: 'pl' }), { ok: false, reason: 'precision' });
  });
});

describe('formatMoney', () => {
  it('formats exactly, in both languages', () => {
    assert.equal(formatMoney({ amount: 2050, currency: 'PLN' }, 'pl').replace(/\s/g, ' '), '20,50 zł');
    assert.equal(formatMoney({ amount: 123_456_789, currency: 'PLN' }, 'pl').replace(/\s/g, ' '), '1 234 567,89 zł');
    assert.equal(formatMoney({ amount: 100_050, currency: 'PLN' }, 'en').replace(/\s/g, ' '), 'PLN 1,000.50');
    assert.equal(formatMoney({ amount: -5, currency: 'PLN' }, 'en').replace(/\s/g, ' '), '-PLN 0.05');
  });

  it('never goes through floating point', () => {
    // 0.1 + 0.2 style drift would show here: 1 PLN - 1 grosz, and a sum near 2^53.
    assert.equal(toDecimalString({ amount: 99, currency: 'PLN' }), '0.99');
    assert.equal(toDecimalString({ amount: 9_007_199_254_740_991, currency: 'PLN' }), '90071992547409.91');
    assert.equal(formatMoney({ amount: 9_007_199_254_740_991, currency: 'PLN' }, 'en').replace(/\s/g, ' '), 'PLN 90,071,992,547,409.91');
  });
});
