import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createSimulator, RESELLER_KEY } from '@portico/simulator';
import { BASE_URL, clientFor, useSimulator } from '../support/simulator.ts';

const sim = useSimulator({ seed: 11 });

async function call(path: string, init: RequestInit & { token?: string } = {}) {
  const { token, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(BASE_URL + path, { ...rest, headers });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

describe('simulator: the HTTP contract', () => {
  beforeEach(() => sim.reset());

  it('answers an unknown route with a 404 problem', async () => {
    const res = await call('/v1/nothing-here');
    assert.equal(res.status, 404);
    assert.equal(res.type, 'application/problem+json');
    assert.equal(res.body.code, 'route_not_found');
    assert.equal(res.body.status, 404);
  });

  it('answers a known path with the wrong method with 405 and Allow', async () => {
    const res = await call('/v1/account/balance', { method: 'DELETE' });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'GET');
  });

  it('wants a session, not the reseller key, on customer operations', async () => {
    assert.equal((await call('/v1/account/balance')).body.code, 'session_missing');
    assert.equal((await call('/v1/account/balance', { token: RESELLER_KEY })).body.code, 'session_required');
    assert.equal((await call('/v1/account/balance', { token: 'cs_test_made_up' })).body.code, 'session_invalid');
    assert.equal((await call('/v1/customers', { token: 'sk_test_wrong' })).body.code, 'invalid_api_key');
  });

  it('mints sessions that expire', async () => {
    const minted = await call('/v1/sessions', {
      method: 'POST',
      token: RESELLER_KEY,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ customerId: sim.customers.prepaid, ttl: 60 }),
    });
    assert.equal(minted.status, 201);
    assert.equal(Date.parse(minted.body.expiresAt) - sim.clock.now() <= 60_000, true);
    assert.equal((await call('/v1/account/balance', { token: minted.body.token })).status, 200);
    sim.clock.advance(61_000);
    const expired = await call('/v1/account/balance', { token: minted.body.token });
    assert.equal(expired.status, 401);
    assert.equal(expired.body.code, 'session_expired');
  });

  it('refuses a session for a customer it does not know, at the field', async () => {
    const res = await call('/v1/sessions', { method: 'POST', token: RESELLER_KEY, headers: { 'content-type': 'application/json' }, body: '{"customerId":"cus_9999"}' });
    assert.equal(res.status, 422);
    assert.deepEqual(res.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [['/customerId', 'unknown_customer']]);
  });

  it('lists the demo customers for the reseller', async () => {
    const res = await call('/v1/customers', { token: RESELLER_KEY });
    assert.deepEqual(
      res.body.data.map((c: { id: string; mode: string; kind: string }) => `${c.id}:${c.kind}:${c.mode}`),
      ['cus_1001:voip:prepaid', 'cus_1002:mobile:postpaid', 'cus_1003:hosting:prepaid', 'cus_1004:hosting:prepaid', 'cus_1005:voip:postpaid'],
    );
  });

  it('a bad request gets field errors and changes nothing', async () => {
    const { token } = sim.createSession(sim.customers.prepaid);
    const customer = sim.world.customers.get(sim.customers.prepaid)!;
    const before = { balance: customer.balance, topUps: customer.topUps.length };
    const post = (body: string) => call('/v1/account/top-ups', { method: 'POST', token, headers: { 'content-type': 'application/json' }, body });
    const broken = await post('{"amount": ');
    assert.equal(broken.status, 400);
    assert.equal(broken.body.code, 'invalid_json');
    const invalid = await post(JSON.stringify({ amount: { amount: 20.5, currency: 'pln' } }));
    assert.equal(invalid.status, 422);
    assert.deepEqual(invalid.body.errors.map((e: { pointer: string }) => e.pointer).sort(), ['/amount/amount', '/amount/currency', '/paymentMethodId']);
    const badQuery = await call('/v1/account/top-ups?limit=500', { token });
    assert.equal(badQuery.status, 400);
    assert.equal(badQuery.body.errors[0].pointer, '/limit');
    const badCursor = await call('/v1/account/top-ups?cursor=nonsense', { token });
    assert.equal(badCursor.body.code, 'invalid_cursor');
    assert.deepEqual({ balance: customer.balance, topUps: customer.topUps.length }, before);
  });

  it('never answers 5xx unless a fault was asked for', async () => {
    const { token } = sim.createSession(sim.customers.prepaid);
    const statuses: number[] = [];
    const paths = ['/v1/account', '/v1/account/balance', '/v1/account/payment-methods', '/v1/account/top-ups', '/v1/account/top-ups/tu_nope', '/v1/account/top-ups/%2F..', '/openapi.json', '/v1/account/top-ups?status=lost'];
    for (const path of paths) statuses.push((await call(path, { token })).status);
    for (const body of ['', '[]', 'null', '{"amount":{}}', '{"amount":{"amount":"20","currency":"PLN"},"paymentMethodId":"pm_card"}']) {
      statuses.push((await call('/v1/account/top-ups', { method: 'POST', token, headers: { 'content-type': 'application/json' }, body })).status);
    }
    statuses.push((await call('/v1/account/top-ups/x/confirmation', { method: 'POST', token, body: 'plain' })).status);
    assert.equal(statuses.length, 14);
    assert.deepEqual(statuses.filter((status) => status >= 500), []);
    assert.equal(statuses.filter((status) => status >= 400).length, 9);
  });

  it('injects a fault asked for by header, and by rate', async () => {
    const { token } = sim.createSession(sim.customers.prepaid);
    const res = await call('/v1/account/balance', { token, headers: { 'x-portico-fault': 'status=429; retry-after=3' } });
    assert.equal(res.status, 429);
    assert.equal(res.headers.get('retry-after'), '3');
    assert.equal(res.body.code, 'rate_limited');

    const count = async (seed: number) => {
      const other = createSimulator({ seed, faultRate: 0.25 });
      const session = other.createSession(other.customers.prepaid);
      let failures = 0;
      for (let i = 0; i < 200; i++) {
        const answer = await other.handle(new Request(`${BASE_URL}/v1/account/balance`, { headers: { authorization: `Bearer ${session.token}` } }));
        if (answer.status === 503) failures++;
      }
      return failures;
    };
    const failures = await count(5);
    assert.ok(failures > 25 && failures < 75, `about a quarter of 200 requests should fail, got ${failures}`);
    assert.equal(await count(5), failures, 'the same seed fails the same requests');
  });
});

describe('simulator: a deterministic world', () => {
  it('the same seed and start give the same world; another seed another', () => {
    const now = Date.parse('2026-06-01T12:00:00Z');
    const snapshot = (seed: number) => JSON.stringify([...createSimulator({ seed, now }).world.customers.values()]);
    assert.equal(snapshot(42), snapshot(42));
    assert.notEqual(snapshot(42), snapshot(43));
  });

  it('holds realistic Polish customers in PLN: prepaid VoIP, postpaid mobile business, hosting', () => {
    const world = createSimulator().world;
    const kinds = [...world.customers.values()].map((c) => `${c.kind}/${c.mode}/${c.currency}`);
    assert.ok(kinds.includes('voip/prepaid/PLN'));
    assert.ok(kinds.includes('mobile/postpaid/PLN'));
    assert.ok(kinds.includes('hosting/prepaid/PLN'));
    const prepaid = world.customers.get('cus_1001')!;
    assert.ok(prepaid.topUps.length >= 8);
    assert.ok(prepaid.topUps.every((t, i, all) => i === 0 || all[i - 1]!.createdAt >= t.createdAt), 'newest first');
  });

  it('reset() brings back the seeded world', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const before = sim.world.customers.get(sim.customers.prepaid)!.balance;
    await client.account.topUps.create({ amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_card' });
    assert.equal(sim.world.customers.get(sim.customers.prepaid)!.balance, before + 2000);
    sim.reset();
    assert.equal(sim.world.customers.get(sim.customers.prepaid)!.balance, before);
  });
});
