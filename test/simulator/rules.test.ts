import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { RESELLER_KEY } from '@portico/simulator';
import { BASE_URL, useSimulator } from '../support/simulator.ts';
import { isA } from '@portico/sdk/core';

// The simulator's own rules, sent as any HTTP client would: the SDK checks some of them before
// sending, so these prove that the simulator refuses them too (see packages/simulator/RULES.md).

const sim = useSimulator({ seed: 3 });
const { prepaid, business } = sim.customers;

interface Answer {
  status: number;
  body: { code?: string; errors?: { pointer: string; code: string }[]; id?: string; fileName?: string; status?: string };
}

async function send(customerId: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const all: Record<string, string> = { authorization: `Bearer ${sim.createSession(customerId).token}`, ...headers };
  const form = isA(body, FormData);
  if (body !== undefined && !form) all['content-type'] = 'application/json';
  const response = await fetch(BASE_URL + path, { method, headers: all, body: form ? body : body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}

const fieldErrors = (answer: Answer) => answer.body.errors?.map((e) => [e.pointer, e.code]);
const formOf = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return form;
};

describe('simulator rules, enforced without the SDK in front', () => {
  beforeEach(() => sim.reset());

  it('a top-up is 20 PLN at least and 10,000 PLN at most', async () => {
    const topUp = (amount: number) => send(prepaid, 'POST', '/v1/account/top-ups', { amount: { amount, currency: 'PLN' }, paymentMethodId: 'pm_card' });
    const balance = sim.world.customers.get(prepaid)!.balance;
    const under = await topUp(1999);
    assert.equal(under.status, 422);
    assert.deepEqual(fieldErrors(under), [['/amount/amount', 'too_small']]);
    const over = await topUp(1_000_001);
    assert.deepEqual(fieldErrors(over), [['/amount/amount', 'too_big']]);
    assert.equal(sim.world.customers.get(prepaid)!.balance, balance, 'nothing charged');
    assert.equal((await topUp(2000)).status, 201);
    assert.equal((await topUp(1_000_000)).status, 201);
  });

  it('a bank confirmation is a PDF, JPEG or PNG', async () => {
    const transfer = await send(prepaid, 'POST', '/v1/account/top-ups', { amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_transfer' });
    const text = await send(prepaid, 'POST', `/v1/account/top-ups/${transfer.body.id}/confirmation`, formOf(new File(['hello'], 'note.txt', { type: 'text/plain' })));
    assert.equal(text.status, 422);
    assert.deepEqual(fieldErrors(text)?.map(([pointer]) => pointer), ['/file']);
    const pdf = await send(prepaid, 'POST', `/v1/account/top-ups/${transfer.body.id}/confirmation`, formOf(new File([new Uint8Array(100)], 'potwierdzenie.pdf', { type: 'application/pdf' })));
    assert.equal(pdf.status, 200);
  });

  it('a terminated contract shows no PUK, takes no change of SIM user and no new SIM card', async () => {
    const ended = sim.world.customers.get(business)!.contracts.find((c) => c.status === 'terminated')!;
    const puk = await send(business, 'POST', `/v1/contracts/${ended.id}/puk`);
    assert.deepEqual([puk.status, puk.body.code], [409, 'contract_terminated']);
    const contact = await send(business, 'PUT', `/v1/contracts/${ended.id}/sim-user`, ended.simUser, { 'if-match': `"${ended.version}"` });
    assert.deepEqual([contact.status, contact.body.code], [409, 'contract_terminated']);
    const swap = await send(business, 'POST', `/v1/contracts/${ended.id}/sim-swaps`, { reason: 'damaged', simType: 'physical', delivery: { method: 'pickup', shopId: 'shop_1' } });
    assert.deepEqual([swap.status, swap.body.code], [409, 'contract_terminated']);
  });

  it('a message names each of its files once', async () => {
    const file = await send(prepaid, 'POST', '/v1/helpdesk/attachments', formOf(new File(['log'], 'telefon.log', { type: 'text/plain' })));
    const ticket = { departmentId: 'dep_technical', priority: 'low', subject: 'Telefon', message: 'Nie dzwoni.', attachments: [file.body.id, file.body.id] };
    const twice = await send(prepaid, 'POST', '/v1/helpdesk/tickets', ticket);
    assert.equal(twice.status, 422);
    assert.deepEqual(fieldErrors(twice), [['/attachments/1', 'duplicate_attachment']]);
  });

  it('keeps an uploaded file’s own name, without the path a browser may send', async () => {
    const uploaded = await send(prepaid, 'POST', '/v1/helpdesk/attachments', formOf(new File(['%PDF'], 'C:\\fakepath\\skan faktury.pdf', { type: 'application/pdf' })));
    assert.equal(uploaded.body.fileName, 'skan faktury.pdf');
  });

  it('a session lives 1 to 60 minutes, 15 unless the reseller asks otherwise', async () => {
    const mint = async (ttl?: number) => {
      const response = await fetch(`${BASE_URL}/v1/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${RESELLER_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ customerId: prepaid, ...(ttl === undefined ? {} : { ttl }) }),
      });
      const body = (await response.json()) as { expiresAt?: string; errors?: { pointer: string; code: string }[] };
      // In whole minutes: the simulator's clock runs on between minting and reading it.
      const minutes = body.expiresAt ? Math.round((Date.parse(body.expiresAt) - sim.clock.now()) / 60_000) : undefined;
      return { status: response.status, minutes, errors: body.errors?.map((e) => [e.pointer, e.code]) };
    };
    assert.deepEqual(await mint(59), { status: 422, minutes: undefined, errors: [['/ttl', 'too_small']] });
    assert.deepEqual(await mint(3601), { status: 422, minutes: undefined, errors: [['/ttl', 'too_big']] });
    assert.deepEqual(await mint(), { status: 201, minutes: 15, errors: undefined });
    assert.deepEqual(await mint(3600), { status: 201, minutes: 60, errors: undefined });
  });

  it('an Idempotency-Key has at most 255 characters', async () => {
    const body = { amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_card' };
    const long = await send(prepaid, 'POST', '/v1/account/top-ups', body, { 'idempotency-key': 'k'.repeat(256) });
    assert.deepEqual([long.status, long.body.code], [400, 'idempotency_key_invalid']);
    assert.equal((await send(prepaid, 'POST', '/v1/account/top-ups', body, { 'idempotency-key': 'k'.repeat(255) })).status, 201);
  });
});
