import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictError, NotFoundError, ValidationError } from '@portico/sdk';
import { HEAVY_LINE } from '../support/contracts.ts';
import { BASE_URL, clientFor, requestsTo, useSimulator } from '../support/simulator.ts';
import { isA } from '@portico/sdk/core';

const sim = useSimulator({ seed: 5 });
const business = () => clientFor(sim, sim.customers.business);
const contractOf = (id: string) => sim.world.customers.get(sim.customers.business)!.contracts.find((c) => c.id === id)!;

describe('contracts: find and read (C1, C2)', () => {
  beforeEach(() => sim.reset());

  it('lists ~25 numbers with a total, a page at a time', async () => {
    const page = await business().contracts.list({ limit: 10 });
    assert.equal(page.data.length, 10);
    assert.ok(page.hasMore);
    const all = await business().contracts.list().toArray({ limit: 100 });
    assert.ok(all.length >= 24 && all.length <= 30, `${all.length} contracts`);
    assert.deepEqual(new Set(all.map((c) => c.status)), new Set(['active', 'suspended', 'blocked', 'terminated']));
  });

  it('searches by number in any format, by the SIM user’s name without diacritics, by label, status and plan', async () => {
    const client = business();
    const byNumber = await client.contracts.list({ query: '601 200 300' });
    assert.deepEqual(byNumber.data.map((c) => c.label), ['Dyspozytornia']);
    const byName = await client.contracts.list({ query: 'wojcik' });
    assert.deepEqual(byName.data.map((c) => `${c.simUser.firstName} ${c.simUser.lastName}`), ['Krzysztof Wójcik']);
    const byLabel = await client.contracts.list({ query: 'magazyn' });
    assert.equal(byLabel.data.length, 3);
    const suspended = await client.contracts.list({ status: 'suspended' });
    assert.ok(suspended.data.length >= 1 && suspended.data.every((c) => c.status === 'suspended'));
    const plans = await client.contracts.plans.list();
    const m2m = plans.data.find((p) => p.name.startsWith('M2M'))!;
    const trackers = await client.contracts.list({ plan: m2m.id });
    assert.ok(trackers.data.length >= 3 && trackers.data.every((c) => c.plan.id === m2m.id));
    assert.equal((await client.contracts.list({ query: 'nobody' })).data.length, 0);
  });

  it('never includes the PUK; revealing it is a request of its own', async () => {
    const client = business();
    const contract = await client.contracts.retrieve(HEAVY_LINE);
    assert.ok(!('puk' in contract));
    assert.ok(!JSON.stringify(contract).includes(contractOf(HEAVY_LINE).puk));
    const { puk } = await client.contracts.revealPuk(HEAVY_LINE);
    assert.match(puk, /^\d{8}$/);
    assert.deepEqual(requestsTo(sim, `/v1/contracts/${HEAVY_LINE}/puk`), ['POST 200']);
  });

  it('another customer sees no contracts, and cannot read one', async () => {
    const other = clientFor(sim, sim.customers.prepaid);
    assert.deepEqual((await other.contracts.list()).data, []);
    await assert.rejects(other.contracts.retrieve(HEAVY_LINE), NotFoundError);
  });
});

describe('contracts: the SIM user’s contact data, with If-Match (C3)', () => {
  beforeEach(() => sim.reset());

  it('changes it against the version read, and the version moves on', async () => {
    const client = business();
    const contract = await client.contracts.retrieve('ctr_2005');
    const updated = await client.contracts.updateContact(contract.id, { ...contract.simUser, phone: '+48221234567' }, { ifMatch: contract.version });
    assert.equal(updated.simUser.phone, '+48221234567');
    assert.equal(updated.version, contract.version + 1);
  });

  it('a concurrent change is a ConflictError, and the first change survives', async () => {
    const [alice, bob] = [business(), business()];
    const seen = await alice.contracts.retrieve('ctr_2005');
    await bob.contracts.updateContact(seen.id, { ...seen.simUser, lastName: 'Wójcik-Nowak' }, { ifMatch: seen.version });
    const error = await alice.contracts.updateContact(seen.id, { ...seen.simUser, email: 'k.wojcik@example.pl' }, { ifMatch: seen.version }).catch((e: unknown) => e);
    assert.ok(isA(error, ConflictError));
    assert.equal(error.status, 412);
    assert.equal(error.code, 'version_mismatch');
    assert.equal(contractOf('ctr_2005').simUser.lastName, 'Wójcik-Nowak');
  });

  it('refuses bad contact data before sending, and an update without a version', async () => {
    const client = business();
    const contract = await client.contracts.retrieve('ctr_2005');
    const bad = await client.contracts.updateContact(contract.id, { ...contract.simUser, email: 'not-an-email', firstName: '' }, { ifMatch: contract.version }).catch((e: unknown) => e);
    assert.ok(isA(bad, ValidationError) && !bad.sent);
    assert.deepEqual(bad.fieldErrors.map((f) => f.path).sort(), ['email', 'firstName']);
    await assert.rejects(() => client.contracts.updateContact(contract.id, contract.simUser, {} as { ifMatch: number }), TypeError);
    const raw = await fetch(`${BASE_URL}/v1/contracts/${contract.id}/sim-user`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${sim.createSession(sim.customers.business).token}`, 'content-type': 'application/json' },
      body: JSON.stringify(contract.simUser),
    });
    assert.equal(raw.status, 428);
  });
});

describe('SIM swaps (C3)', () => {
  beforeEach(() => sim.reset());

  it('a lost SIM blocks the line at once; the new card, once active, unblocks it with a new ICCID', async () => {
    const client = business();
    const before = await client.contracts.retrieve('ctr_2006');
    const swap = await client.contracts.simSwaps.create(before.id, {
      reason: 'lost',
      simType: 'physical',
      delivery: { method: 'courier', address: { recipient: 'Krzysztof Wójcik', street: 'ul. Magazynowa 4', postalCode: '05-800', city: 'Pruszków' } },
    });
    assert.equal(swap.status, 'accepted');
    assert.match(swap.number, /^SW\/\d{4}\/\d{2}\/\d{5}$/);
    assert.equal((await client.contracts.retrieve(before.id)).status, 'blocked');
    await assert.rejects(client.contracts.simSwaps.create(before.id, { reason: 'damaged', simType: 'physical', delivery: { method: 'pickup', shopId: 'shop_1' } }), (e) => isA(e, ConflictError) && e.code === 'sim_swap_in_progress');
    sim.clock.advance(26 * 3_600_000);
    assert.equal((await client.contracts.simSwaps.list(before.id)).data[0]!.status, 'shipped');
    sim.clock.advance(24 * 3_600_000);
    const after = await client.contracts.retrieve(before.id);
    assert.equal(after.status, 'active');
    assert.notEqual(after.iccid, before.iccid);
    assert.ok(after.version > before.version);
  });

  it('an eSIM goes by e-mail; a mismatch is refused at the field', async () => {
    const client = business();
    const esim = await client.contracts.simSwaps.create('ctr_2010', { reason: 'to_esim', simType: 'esim', delivery: { method: 'email', email: 'jan.piotrowski@transbud-logistyka.pl' } });
    assert.equal(esim.estimatedDelivery, null);
    const mismatch = await client.contracts.simSwaps.create('ctr_2011', { reason: 'damaged', simType: 'esim', delivery: { method: 'pickup', shopId: 'shop_1' } }).catch((e: unknown) => e);
    assert.ok(isA(mismatch, ValidationError));
    assert.deepEqual(mismatch.fieldErrors.map((f) => [f.path, f.code]), [['delivery.method', 'delivery_mismatch']]);
    const badAddress = await client.contracts.simSwaps
      .create('ctr_2011', { reason: 'damaged', simType: 'physical', delivery: { method: 'courier', address: { recipient: 'X', street: 'Y', postalCode: '05800', city: 'Z' } } })
      .catch((e: unknown) => e);
    assert.ok(isA(badAddress, ValidationError) && !badAddress.sent && badAddress.fieldErrors[0]!.path === 'delivery.address.postalCode');
  });
});
