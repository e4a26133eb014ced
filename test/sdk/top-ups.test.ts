import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictError, IdempotencyError, NotFoundError, ValidationError } from '@portico/sdk';
import { DECLINED_BLIK_CODE } from '@portico/simulator/node';
import { FAST_RETRY, clientFor, requestsTo, useSimulator } from '../support/simulator.ts';
import { isA } from '@portico/sdk/core';

const sim = useSimulator({ seed: 7 });
const PLN = (amount: number) => ({ amount, currency: 'PLN' });
const pdf = (bytes = 1024) => new File([new Uint8Array(bytes)], 'potwierdzenie.pdf', { type: 'application/pdf' });

describe('top-ups (A1)', () => {
  beforeEach(() => sim.reset());

  it('refuses 19.99 PLN before any request is sent', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const error = await client.account.topUps.create({ amount: PLN(1999), paymentMethodId: 'pm_card' }).catch((e: unknown) => e);
    assert.ok(isA(error, ValidationError));
    assert.equal(error.sent, false);
    assert.deepEqual(
      error.fieldErrors.map((f) => [f.path, f.code, f.params?.minimum]),
      [['amount.amount', 'too_small', 2000]],
    );
    assert.deepEqual(requestsTo(sim, '/v1/account/top-ups'), []);
  });

  it('tops up 20 PLN by card: the balance rises by exactly 20 PLN', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const before = await client.account.balance.retrieve();
    const topUp = await client.account.topUps.create({ amount: PLN(2000), paymentMethodId: 'pm_card' });
    const after = await client.account.balance.retrieve();
    assert.equal(topUp.status, 'succeeded');
    assert.deepEqual(topUp.amount, PLN(2000));
    assert.equal(after.available.amount - before.available.amount, 2000);
    assert.equal(after.available.currency, 'PLN');
  });

  it('replays the same idempotency key: same top-up, charged once', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const before = await client.account.balance.retrieve();
    const params = { amount: PLN(5000), paymentMethodId: 'pm_card' };
    const first = await client.account.topUps.create(params, { idempotencyKey: 'action-1' });
    const second = await client.account.topUps.create(params, { idempotencyKey: 'action-1' });
    const after = await client.account.balance.retrieve();
    assert.deepEqual(second, first);
    assert.equal(after.available.amount - before.available.amount, 5000);
  });

  it('a lost answer is retried with the same key and charges once', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { retry: FAST_RETRY });
    const before = await client.account.balance.retrieve();
    sim.faults.enqueue({ loseResponse: true, path: '/top-ups' });
    const topUp = await client.account.topUps.create({ amount: PLN(3000), paymentMethodId: 'pm_card' });
    const after = await client.account.balance.retrieve();
    const posts = sim.log.filter((e) => e.method === 'POST' && e.path === '/v1/account/top-ups');
    assert.deepEqual(posts.map((e) => e.status), ['dropped', 201]);
    assert.equal(posts[0]!.idempotencyKey, posts[1]!.idempotencyKey);
    assert.equal(topUp.status, 'succeeded');
    assert.equal(after.available.amount - before.available.amount, 3000);
    const all = await client.account.topUps.list().toArray({ limit: 100 });
    assert.equal(all.filter((t) => t.id === topUp.id).length, 1);
  });

  it('refuses a key reused for a different top-up', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    await client.account.topUps.create({ amount: PLN(2000), paymentMethodId: 'pm_card' }, { idempotencyKey: 'action-2' });
    const error = await client.account.topUps.create({ amount: PLN(9000), paymentMethodId: 'pm_card' }, { idempotencyKey: 'action-2' }).catch((e: unknown) => e);
    assert.ok(isA(error, IdempotencyError));
    assert.equal(error.code, 'idempotency_key_reused');
    assert.equal(error.status, 422);
  });

  it('a duplicate still in flight is a conflict, which a retry waits out: one top-up either way', async () => {
    const before = sim.world.customers.get(sim.customers.prepaid)!.balance;
    const params = { amount: PLN(2000), paymentMethodId: 'pm_card' };
    sim.latency = 50;
    try {
      const impatient = clientFor(sim, sim.customers.prepaid, { retry: false });
      const raw = await Promise.allSettled([
        impatient.account.topUps.create(params, { idempotencyKey: 'action-3' }),
        impatient.account.topUps.create(params, { idempotencyKey: 'action-3' }),
      ]);
      assert.equal(raw[0].status, 'fulfilled');
      const error = (raw[1] as PromiseRejectedResult).reason;
      assert.ok(isA(error, IdempotencyError) && isA(error, ConflictError));
      assert.equal(error.code, 'idempotency_key_in_flight');
      assert.equal(error.name, 'IdempotencyError');

      const patient = clientFor(sim, sim.customers.prepaid, { retry: { limit: 3, baseDelay: 1, maxRetryAfter: 2000 } });
      const [first, second] = await Promise.all([
        patient.account.topUps.create(params, { idempotencyKey: 'action-4' }),
        patient.account.topUps.create(params, { idempotencyKey: 'action-4' }),
      ]);
      assert.equal(second.id, first.id);
    } finally {
      sim.latency = 0;
    }
    assert.equal(sim.world.customers.get(sim.customers.prepaid)!.balance - before, 4000);
  });

  it('a postpaid account cannot top up, and is told why', async () => {
    const client = clientFor(sim, sim.customers.business);
    const balance = await client.account.balance.retrieve();
    assert.equal(balance.mode, 'postpaid');
    assert.ok(balance.creditLimit && balance.creditLimit.amount > 0);
    const error = await client.account.topUps.create({ amount: PLN(2000), paymentMethodId: 'pm_transfer' }).catch((e: unknown) => e);
    assert.ok(isA(error, ConflictError));
    assert.equal(error.code, 'postpaid_account');
    assert.match(error.message, /postpaid/);
  });

  it("refuses a currency that is not the account's, at the field", async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const error = await client.account.topUps.create({ amount: { amount: 2000, currency: 'EUR' }, paymentMethodId: 'pm_card' }).catch((e: unknown) => e);
    assert.ok(isA(error, ValidationError));
    assert.equal(error.sent, true);
    assert.deepEqual(error.fieldErrors.map((f) => [f.path, f.code]), [['amount.currency', 'currency_mismatch']]);
  });

  it('refuses more than the maximum and an unknown payment method', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const tooMuch = await client.account.topUps.create({ amount: PLN(1_000_001), paymentMethodId: 'pm_card' }).catch((e: unknown) => e);
    assert.ok(isA(tooMuch, ValidationError) && tooMuch.fieldErrors[0]?.code === 'too_big');
    const unknown = await client.account.topUps.create({ amount: PLN(2000), paymentMethodId: 'pm_gold' }).catch((e: unknown) => e);
    assert.ok(isA(unknown, ValidationError));
    assert.deepEqual(unknown.fieldErrors.map((f) => [f.path, f.code]), [['paymentMethodId', 'unknown_payment_method']]);
  });

  it('BLIK needs a six-digit code; a declined code leaves a failed top-up and the balance as it was', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const before = await client.account.balance.retrieve();
    const missing = await client.account.topUps.create({ amount: PLN(2000), paymentMethodId: 'pm_blik' }).catch((e: unknown) => e);
    assert.ok(isA(missing, ValidationError) && missing.fieldErrors[0]?.path === 'blikCode');
    const short = await client.account.topUps.create({ amount: PLN(2000), paymentMethodId: 'pm_blik', blikCode: '12345' }).catch((e: unknown) => e);
    assert.ok(isA(short, ValidationError) && !short.sent);
    const declined = await client.account.topUps.create({ amount: PLN(2000), paymentMethodId: 'pm_blik', blikCode: DECLINED_BLIK_CODE });
    assert.equal(declined.status, 'failed');
    assert.equal(declined.failureCode, 'blik_declined');
    const paid = await client.account.topUps.create({ amount: PLN(2500), paymentMethodId: 'pm_blik', blikCode: '123456' });
    assert.equal(paid.status, 'succeeded');
    assert.equal((await client.account.balance.retrieve()).available.amount - before.available.amount, 2500);
  });

  it('a bank transfer stays pending with instructions, and is booked sooner with a confirmation', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const before = await client.account.balance.retrieve();
    const topUp = await client.account.topUps.create({ amount: PLN(15_000), paymentMethodId: 'pm_transfer' });
    assert.equal(topUp.status, 'pending');
    assert.ok(topUp.bankTransfer);
    assert.match(topUp.bankTransfer.iban, /^PL\d{2}( \d{4}){6}$/);
    assert.ok(topUp.bankTransfer.title.includes(topUp.id));
    assert.equal((await client.account.balance.retrieve()).available.amount, before.available.amount);

    const attached = await client.account.topUps.attachConfirmation(topUp.id, pdf());
    assert.equal(attached.confirmation?.fileName, 'potwierdzenie.pdf');
    assert.equal(attached.status, 'pending');

    sim.clock.advance(16 * 60_000);
    const booked = await client.account.topUps.retrieve(topUp.id);
    assert.equal(booked.status, 'succeeded');
    assert.ok(booked.bookedAt);
    assert.equal((await client.account.balance.retrieve()).available.amount - before.available.amount, 15_000);
  });

  it('a transfer without a confirmation is booked after the settlement delay', async () => {
    const client = clientFor(sim, sim.customers.hosting);
    const topUp = await client.account.topUps.create({ amount: PLN(4000), paymentMethodId: 'pm_transfer' });
    sim.clock.advance(24 * 3_600_000);
    assert.equal((await client.account.topUps.retrieve(topUp.id)).status, 'pending');
    sim.clock.advance(24 * 3_600_000);
    assert.equal((await client.account.topUps.retrieve(topUp.id)).status, 'succeeded');
  });

  it('checks the confirmation file before upload, and refuses one for a card top-up', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const transfer = await client.account.topUps.create({ amount: PLN(2000), paymentMethodId: 'pm_transfer' });
    const tooBig = await client.account.topUps.attachConfirmation(transfer.id, pdf(5 * 1024 * 1024 + 1)).catch((e: unknown) => e);
    assert.ok(isA(tooBig, ValidationError) && !tooBig.sent && tooBig.fieldErrors[0]?.path === 'file');
    const text = new File(['hello'], 'note.txt', { type: 'text/plain' });
    const wrongType = await client.account.topUps.attachConfirmation(transfer.id, text).catch((e: unknown) => e);
    assert.ok(isA(wrongType, ValidationError) && !wrongType.sent);
    assert.deepEqual(requestsTo(sim, `/v1/account/top-ups/${transfer.id}/confirmation`), []);

    const card = await client.account.topUps.create({ amount: PLN(2000), paymentMethodId: 'pm_card' });
    const notPending = await client.account.topUps.attachConfirmation(card.id, pdf()).catch((e: unknown) => e);
    assert.ok(isA(notPending, ConflictError) && notPending.code === 'not_pending_transfer');
  });

  it("lists top-ups newest first across pages, and never shows another customer's", async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const created = await client.account.topUps.create({ amount: PLN(2000), paymentMethodId: 'pm_card' });
    const first = await client.account.topUps.list({ limit: 3 });
    assert.equal(first.data.length, 3);
    assert.equal(first.data[0]!.id, created.id);
    assert.ok(first.hasMore);
    const all: string[] = [];
    for await (const topUp of client.account.topUps.list({ limit: 3 })) all.push(topUp.id);
    const world = sim.world.customers.get(sim.customers.prepaid)!.topUps.map((t) => t.id);
    assert.deepEqual(all, world);
    assert.deepEqual((await client.account.topUps.list().toArray({ limit: 5 })).map((t) => t.id), world.slice(0, 5));
    const transfer = await client.account.topUps.create({ amount: PLN(4000), paymentMethodId: 'pm_transfer' });
    const pending = await client.account.topUps.list({ status: 'pending' });
    assert.deepEqual(pending.data.map((t) => t.id), [transfer.id]);

    const other = clientFor(sim, sim.customers.hosting);
    await assert.rejects(other.account.topUps.retrieve(created.id), NotFoundError);
  });

  it('lists payment methods and greets the customer', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const methods = await client.account.paymentMethods.list();
    assert.deepEqual(methods.data.map((m) => m.type), ['card', 'blik', 'bank_transfer']);
    const account = await client.account.retrieve();
    assert.equal(account.id, sim.customers.prepaid);
    assert.equal(account.mode, 'prepaid');
    assert.equal(account.currency, 'PLN');
  });
});
