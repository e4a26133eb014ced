import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isA, ValidationError } from '@portico/sdk/core';
import { ConflictError, type LedgerEntry, type PorticoClient } from '@portico/sdk';
import { DECLINED_BLIK_CODE } from '@portico/simulator';
import { TOP_UP_LIMITS } from '@portico/sdk/account';
import { Random } from '../../packages/simulator/src/core/random.ts';
import { FAST_RETRY, clientFor, useSimulator } from '../support/simulator.ts';

const sim = useSimulator({ seed: 21 });
const HOUR = 3_600_000;

/** Every entry of the account's ledger, oldest first, as the API lists it. */
async function ledgerOf(client: PorticoClient): Promise<LedgerEntry[]> {
  return (await client.account.ledger.list({ limit: 100 }).toArray({ limit: 10_000 })).reverse();
}

/** The ledger's rules, as a customer's statement would be checked: it adds up, and nothing is booked twice. */
async function checkLedger(client: PorticoClient, customerId: string): Promise<void> {
  const entries = await ledgerOf(client);
  const { available } = await client.account.balance.retrieve();
  const sum = entries.reduce((total, e) => total + e.amount.amount, 0);
  assert.equal(available.amount, sum, 'the balance is the sum of the ledger');
  assert.ok(Number.isSafeInteger(sum), 'money is whole minor units');
  let running = 0;
  for (const entry of entries) {
    running += entry.amount.amount;
    assert.equal(entry.balanceAfter.amount, running, `${entry.id} says the balance it left`);
  }
  const references = entries.filter((e) => e.reference).map((e) => `${e.kind}:${e.reference!.type}:${e.reference!.id}`);
  assert.equal(new Set(references).size, references.length, 'no movement is booked twice');
  const topUps = sim.world.customers.get(customerId)!.topUps;
  for (const topUp of topUps) {
    const booked = entries.filter((e) => e.reference?.id === topUp.id);
    assert.equal(booked.length, topUp.status === 'succeeded' ? 1 : 0, `top-up ${topUp.id} (${topUp.status}) is booked once when it succeeds, never otherwise`);
    if (booked[0]) assert.equal(booked[0].amount.amount, topUp.amount.amount);
  }
  await checkInvoices(client, entries, available.amount);
}

/** Every invoice is paid once or not at all, each payment booked once for its gross; a postpaid balance is minus what is owed. */
async function checkInvoices(client: PorticoClient, entries: LedgerEntry[], balance: number): Promise<void> {
  const invoices = await client.account.invoices.list({ limit: 100 }).toArray({ limit: 1000 });
  const { mode } = await client.account.balance.retrieve();
  for (const invoice of invoices) {
    const payments = entries.filter((e) => e.kind === 'invoice_payment' && e.reference?.id === invoice.id);
    assert.equal(payments.length, invoice.status === 'paid' ? 1 : 0, `invoice ${invoice.number} (${invoice.status}) is paid once or not at all`);
    if (payments[0]) assert.equal(payments[0].amount.amount, mode === 'postpaid' ? invoice.gross.amount : -invoice.gross.amount);
    const cardIn = entries.filter((e) => e.kind === 'top_up' && e.reference?.id === invoice.id);
    assert.equal(cardIn.length, mode === 'prepaid' && invoice.paidWith === 'card' ? 1 : 0, `a card payment's money comes in once, on a prepaid account`);
  }
  if (mode === 'postpaid' && !entries.some((e) => e.kind === 'adjustment')) {
    const owed = invoices.filter((i) => i.status !== 'paid').reduce((sum, i) => sum + i.gross.amount, 0);
    assert.equal(balance, 0 - owed, 'a postpaid balance is minus what its invoices leave owed');
  }
}

describe('one ledger (A10, B3)', () => {
  it('the seeded balances are the sums of their ledgers: an opening balance, then every past top-up', async () => {
    sim.reset();
    for (const customerId of Object.values(sim.customers)) {
      const client = clientFor(sim, customerId);
      await checkLedger(client, customerId);
      const entries = await ledgerOf(client);
      assert.equal(entries[0]!.kind, 'opening');
    }
  });

  it('lists newest first, by kind and period, in the customer’s language', async () => {
    sim.reset();
    const client = clientFor(sim, sim.customers.prepaid, { locale: 'pl' });
    const all = await client.account.ledger.list({ limit: 100 }).toArray({ limit: 1000 });
    assert.ok(all.every((e, i) => i === 0 || e.bookedAt <= all[i - 1]!.bookedAt), 'newest first');
    const topUps = await client.account.ledger.list({ kind: 'top_up', limit: 100 }).toArray({ limit: 1000 });
    assert.deepEqual(topUps.map((e) => e.id), all.filter((e) => e.kind === 'top_up').map((e) => e.id));
    assert.match(topUps[0]!.description, /^Zasilenie konta/);
    const from = all[2]!.bookedAt;
    const recent = await client.account.ledger.list({ from, limit: 100 }).toArray({ limit: 1000 });
    assert.deepEqual(recent.map((e) => e.id), all.filter((e) => e.bookedAt >= from).map((e) => e.id));
  });

  it('a test or staff setting a balance posts a correction, so the ledger still adds up', async () => {
    sim.reset();
    const customer = sim.world.customers.get(sim.customers.business)!;
    customer.balance = 1500;
    const client = clientFor(sim, sim.customers.business);
    await checkLedger(client, sim.customers.business);
    assert.equal((await ledgerOf(client)).at(-1)!.kind, 'adjustment');
  });

  /**
   * Random sequences of what moves money today — top-ups by card, BLIK (some declined) and
   * transfer (booked later, sooner with a confirmation), invoices paid from the balance or by
   * card (some refused: not enough money, a postpaid balance, paid already), with lost
   * answers, server errors and retries with the same key — and after every step the ledger's
   * rules are checked: it adds up, nothing is booked twice, no invoice is paid twice.
   */
  it('property: after every step of 120 random sequences the balance is the sum of the ledger and nothing is booked twice', async () => {
    const methods = ['pm_card', 'pm_blik', 'pm_transfer'] as const;
    // Hosting twice: its one invoice to pay is the only one a prepaid balance may fall short of.
    const customers = [sim.customers.prepaid, sim.customers.hosting, sim.customers.hosting, sim.customers.newcomer, sim.customers.business, sim.customers.trunk];
    let steps = 0;
    let payments = 0;
    const refusals = new Set<string>();
    for (let sequence = 0; sequence < 120; sequence++) {
      // A fresh world now and then; in between, sequences build on what the last ones left.
      if (sequence % 20 === 0) sim.reset();
      const random = new Random(1000 + sequence);
      const customerId = random.pick(customers);
      const client = clientFor(sim, customerId, { retry: FAST_RETRY });
      for (let step = random.int(3, 8); step > 0; step--, steps++) {
        const action = random.int(0, 12);
        if (action >= 10) {
          const invoices = await client.account.invoices.list({ limit: 100 }).toArray({ limit: 100 });
          if (invoices.length) {
            // Mostly one still to pay; now and then one paid already.
            const open = invoices.filter((i) => i.status !== 'paid');
            const invoice = open.length && random.chance(0.8) ? random.pick(open) : random.pick(invoices);
            const params = random.chance(0.5) ? ({ method: 'balance' } as const) : ({ method: 'card', paymentMethodId: 'pm_card' } as const);
            // Now and then there is just enough on a prepaid balance, or a grosz too little.
            if (params.method === 'balance' && random.chance(0.6) && sim.world.customers.get(customerId)!.mode === 'prepaid') {
              sim.world.customers.get(customerId)!.balance = invoice.gross.amount - random.int(0, 1);
            }
            const key = `seq${sequence}-${step}-pay`;
            const fault = random.int(0, 3);
            if (fault === 1) sim.faults.enqueue({ loseResponse: true, path: '/pay' });
            if (fault === 2) sim.faults.enqueue({ status: 503, path: '/pay' });
            const tries = [await client.account.invoices.pay(invoice.id, params, { idempotencyKey: key }).catch((e: unknown) => e)];
            if (random.chance(0.5)) tries.push(await client.account.invoices.pay(invoice.id, params, { idempotencyKey: key }).catch((e: unknown) => e));
            for (const outcome of tries) {
              if (isA(outcome, ConflictError)) refusals.add(outcome.code);
              else if (!(outcome instanceof Error)) payments++;
            }
          }
        } else if (action <= 5) {
          const paymentMethodId = random.pick(methods);
          const amount = random.pick([TOP_UP_LIMITS.minimum, 5000, 12_345, 50_000, TOP_UP_LIMITS.maximum]);
          const key = `seq${sequence}-${step}`;
          const params = { amount: { amount, currency: 'PLN' }, paymentMethodId, ...(paymentMethodId === 'pm_blik' ? { blikCode: random.chance(0.3) ? DECLINED_BLIK_CODE : '123456' } : {}) };
          const fault = random.int(0, 3);
          if (fault === 1) sim.faults.enqueue({ loseResponse: true, path: '/top-ups' });
          if (fault === 2) sim.faults.enqueue({ status: 503, path: '/top-ups' });
          const first = await client.account.topUps.create(params, { idempotencyKey: key }).catch((e: unknown) => e);
          if (isA(first, ValidationError) && !first.sent) assert.fail(`refused before sending: ${first.message}`);
          // The person presses again, or the page retries: the same key never books twice.
          if (random.chance(0.5)) await client.account.topUps.create(params, { idempotencyKey: key }).catch((e: unknown) => e);
        } else if (action <= 7) {
          sim.clock.advance(random.pick([HOUR, 24 * HOUR, 3 * 24 * HOUR]));
        } else {
          const pending = sim.world.customers.get(customerId)!.topUps.find((t) => t.status === 'pending');
          if (pending) await client.account.topUps.attachConfirmation(pending.id, new File(['%PDF-1.4'], 'potwierdzenie.pdf', { type: 'application/pdf' })).catch(() => undefined);
        }
        await checkLedger(client, customerId);
      }
    }
    assert.ok(steps > 500, `${steps} steps checked`);
    assert.ok(payments > 20, `${payments} invoice payments answered`);
    assert.deepEqual([...refusals].sort(), ['already_paid', 'insufficient_funds', 'postpaid_account'], 'and each refusal met');
  });
});
