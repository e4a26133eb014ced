import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictError, ValidationError, createClient } from '@portico/sdk';
import { BASE_URL, clientFor, useSimulator } from '../support/simulator.ts';
import { isA } from '@portico/sdk/core';

const sim = useSimulator({ seed: 5, timings: { orderStart: 3_000, orderDuration: 8_000 } });
const business = (locale = 'en') => clientFor(sim, sim.customers.business, { locale });
const DRIVER = 'ctr_2005';
const NEW_DRIVER = 'ctr_2014';

describe('services on a contract (C5)', () => {
  beforeEach(() => sim.reset());

  it('filters all, active and inactive', async () => {
    const client = business();
    const all = (await client.contracts.services.list(DRIVER)).data;
    const active = (await client.contracts.services.list(DRIVER, { status: 'active' })).data;
    const inactive = (await client.contracts.services.list(DRIVER, { status: 'inactive' })).data;
    assert.ok(all.length >= 8);
    assert.equal(active.length + inactive.length, all.length);
    assert.ok(active.every((s) => s.status === 'active') && inactive.every((s) => s.status === 'inactive'));
    assert.deepEqual(active.map((s) => s.id).sort(), ['premium_block', 'roaming']);
  });

  it('describes a service and its parameters in the language asked for', async () => {
    const english = await business('en').contracts.services.retrieve(DRIVER, 'roaming');
    const polish = await business('pl').contracts.services.retrieve(DRIVER, 'roaming');
    assert.equal(english.parameters.find((p) => p.key === 'zone')?.label, 'Coverage');
    assert.equal(polish.parameters.find((p) => p.key === 'zone')?.label, 'Zasięg');
    assert.match(polish.description, /Unii Europejskiej/);
    const cap = english.parameters.find((p) => p.key === 'dataCap');
    assert.deepEqual(cap && cap.type === 'money' ? [cap.value, cap.currency] : null, [5000, 'PLN']);
  });

  it('changes editable parameters, and refuses values out of range at the field', async () => {
    const client = business();
    const voicemail = 'ctr_2008';
    const changed = await client.contracts.services.update(voicemail, 'voicemail', { parameters: [{ key: 'rings', value: 25 }, { key: 'smsNotice', value: false }] });
    assert.deepEqual(changed.parameters.map((p) => p.value), [25, false]);
    for (const [value, code] of [[27, 'not_multiple_of'], [50, 'too_big'], ['x', 'invalid_type']] as const) {
      const error = await client.contracts.services.update(voicemail, 'voicemail', { parameters: [{ key: 'rings', value }] }).catch((e: unknown) => e);
      assert.ok(isA(error, ValidationError), String(value));
      assert.deepEqual(error.fieldErrors.map((f) => [f.path, f.code]), [['parameters.0.value', code]]);
    }
    const unknown = await client.contracts.services.update(voicemail, 'voicemail', { parameters: [{ key: 'colour', value: 'red' }] }).catch((e: unknown) => e);
    assert.ok(isA(unknown, ValidationError) && unknown.fieldErrors[0]!.code === 'unknown_parameter');
    await assert.rejects(client.contracts.services.update(DRIVER, 'voicemail', { parameters: [{ key: 'rings', value: 20 }] }), (e) => isA(e, ConflictError) && e.code === 'service_inactive');
  });
});

describe('service orders: a state machine on the clock (C6, C7)', () => {
  beforeEach(() => sim.reset());

  it('accepted → in progress → completed, and only then the service changes; the pending order shows on it', async () => {
    const client = business();
    const order = await client.contracts.serviceOrders.create(DRIVER, { serviceId: 'data_10gb', action: 'activate', notify: { user: true, admin: false } });
    assert.equal(order.status, 'accepted');
    assert.match(order.number, /^ZL\/\d{4}\/\d{2}\/\d{5}$/);
    const pending = await client.contracts.services.retrieve(DRIVER, 'data_10gb');
    assert.deepEqual([pending.status, pending.pendingOrder?.status], ['inactive', 'accepted']);
    sim.clock.advance(3_000);
    assert.equal((await client.contracts.serviceOrders.retrieve(DRIVER, order.id)).status, 'in_progress');
    sim.clock.advance(8_000);
    const done = await client.contracts.serviceOrders.retrieve(DRIVER, order.id);
    assert.equal(done.status, 'completed');
    const service = await client.contracts.services.retrieve(DRIVER, 'data_10gb');
    assert.deepEqual([service.status, service.pendingOrder], ['active', null]);
    const deactivate = await client.contracts.serviceOrders.create(DRIVER, { serviceId: 'data_10gb', action: 'deactivate', notify: { user: false, admin: true } });
    sim.clock.advance(11_000);
    assert.equal((await client.contracts.serviceOrders.retrieve(DRIVER, deactivate.id)).status, 'completed');
    assert.equal((await client.contracts.services.retrieve(DRIVER, 'data_10gb')).status, 'inactive');
  });

  it('says why with a 409: already active, not active, an order running, a line not active, an annex needed', async () => {
    const client = business();
    const refuse = async (contract: string, serviceId: string, action: 'activate' | 'deactivate') =>
      ((await client.contracts.serviceOrders.create(contract, { serviceId, action, notify: { user: false, admin: false } }).catch((e: unknown) => e)) as ConflictError).code;
    assert.equal(await refuse(DRIVER, 'roaming', 'activate'), 'already_active');
    assert.equal(await refuse(DRIVER, 'voicemail', 'deactivate'), 'already_inactive');
    await client.contracts.serviceOrders.create(DRIVER, { serviceId: 'voicemail', action: 'activate', notify: { user: false, admin: false } });
    assert.equal(await refuse(DRIVER, 'voicemail', 'activate'), 'order_in_progress');
    const suspended = (await client.contracts.list({ status: 'suspended' })).data[0]!;
    assert.equal(await refuse(suspended.id, 'voicemail', 'activate'), 'contract_not_active');
    assert.equal(await refuse(DRIVER, 'multisim', 'activate'), 'not_orderable');
  });

  it('an order can fail (a credit check), and then the service stays as it was', async () => {
    const client = business();
    const order = await client.contracts.serviceOrders.create(NEW_DRIVER, { serviceId: 'international_calls', action: 'activate', notify: { user: true, admin: true } });
    sim.clock.advance(11_000);
    const failed = await client.contracts.serviceOrders.retrieve(NEW_DRIVER, order.id);
    assert.deepEqual([failed.status, failed.failureCode], ['failed', 'credit_check_failed']);
    assert.equal((await client.contracts.services.retrieve(NEW_DRIVER, 'international_calls')).status, 'inactive');
  });

  it('one order per user action: a retry with the same key is the same order', async () => {
    const client = business();
    const params = { serviceId: 'clir', action: 'activate' as const, notify: { user: true, admin: true } };
    const first = await client.contracts.serviceOrders.create(DRIVER, params, { idempotencyKey: 'order-1' });
    const again = await client.contracts.serviceOrders.create(DRIVER, params, { idempotencyKey: 'order-1' });
    assert.equal(again.id, first.id);
    assert.equal((await client.contracts.serviceOrders.list(DRIVER)).data.length, 1);
  });

  it('a static-token script can follow its orders too', async () => {
    const token = sim.createSession(sim.customers.business).token;
    const script = createClient({ baseUrl: BASE_URL, token });
    assert.equal((await script.contracts.serviceOrders.list(DRIVER)).data.length, 0);
  });
});
