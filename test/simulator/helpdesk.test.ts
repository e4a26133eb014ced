import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { ATTACHMENT_LIMITS } from '@portico/sdk';
import { createSimulator, type TicketRecord } from '@portico/simulator';
import { BASE_URL, useSimulator } from '../support/simulator.ts';
import { isA } from '@portico/sdk/core';

const sim = useSimulator({ seed: 9 });
const { prepaid, hosting } = sim.customers;

/** A request as any HTTP client would send it, without the SDK's checks in front. */
async function send(customerId: string, method: string, path: string, body?: unknown) {
  const { token } = sim.createSession(customerId);
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined && !(isA(body, FormData))) headers['content-type'] = 'application/json';
  const response = await fetch(BASE_URL + path, { method, headers, body: isA(body, FormData) ? body : body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as { code?: string; errors?: { pointer: string; code: string }[]; id?: string } };
}

const upload = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return form;
};
const ticket = (extra: Record<string, unknown> = {}) => ({
  departmentId: 'dep_billing',
  priority: 'low',
  subject: 'Faktura za listopad',
  message: 'Proszę o przesłanie duplikatu faktury za listopad.',
  ...extra,
});

describe('helpdesk over plain HTTP: the simulator enforces the contract itself', () => {
  beforeEach(() => sim.reset());

  it('answers a blank subject and more than five files with 422 at the field', async () => {
    const blank = await send(prepaid, 'POST', '/v1/helpdesk/tickets', ticket({ subject: '    ' }));
    assert.equal(blank.status, 422);
    assert.equal(blank.type, 'application/problem+json');
    assert.deepEqual(blank.body.errors?.map((e) => e.pointer), ['/subject']);
    const ids = Array.from({ length: ATTACHMENT_LIMITS.maxFiles + 1 }, (_, i) => `att_${i}`);
    const tooMany = await send(prepaid, 'POST', '/v1/helpdesk/tickets', ticket({ attachments: ids }));
    assert.equal(tooMany.status, 422);
    assert.deepEqual(tooMany.body.errors?.map((e) => [e.pointer, e.code]), [['/attachments', 'too_big']]);
    assert.equal(sim.world.customers.get(prepaid)!.tickets.length, 4, 'nothing filed');
  });

  it('refuses a file of another type with 422, one over the limit with 422, and a body far over it with 413', async () => {
    const exe = await send(hosting, 'POST', '/v1/helpdesk/attachments', upload(new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' })));
    assert.deepEqual([exe.status, exe.body.errors?.[0]?.pointer], [422, '/file']);
    const justOver = await send(hosting, 'POST', '/v1/helpdesk/attachments', upload(new File([new Uint8Array(ATTACHMENT_LIMITS.maxSize + 1)], 'kopia.zip', { type: 'application/zip' })));
    assert.deepEqual([justOver.status, justOver.body.errors?.[0]?.code], [422, 'too_big']);
    const farOver = await send(hosting, 'POST', '/v1/helpdesk/attachments', upload(new File([new Uint8Array(ATTACHMENT_LIMITS.maxSize + 200_000)], 'kopia.zip', { type: 'application/zip' })));
    assert.deepEqual([farOver.status, farOver.type, farOver.body.code], [413, 'application/problem+json', 'content_too_large']);
    assert.deepEqual(sim.world.customers.get(hosting)!.attachments.filter((a) => a.ticketId === null), [], 'nothing stored');
    const fine = await send(hosting, 'POST', '/v1/helpdesk/attachments', upload(new File(['2026-11-20 10:00 IMAP login failed'], 'mail.log', { type: 'text/plain' })));
    assert.equal(fine.status, 201);
  });

  it('answers an unknown media link with 404', async () => {
    assert.equal((await fetch(`${BASE_URL}/media/attachments/dl_unknown`)).status, 404);
    assert.equal((await fetch(`${BASE_URL}/media/downloads/dl_unknown/x.pdf`)).status, 404);
  });
});

describe('helpdesk world: deterministic, readable and resettable', () => {
  beforeEach(() => sim.reset());

  it('seeds the same tickets, articles and servers whatever the seed; numbers are six digits and unique', () => {
    const now = Date.parse('2026-11-20T10:00:00Z');
    const snapshot = (seed: number) => {
      const world = createSimulator({ seed, now }).world;
      return JSON.stringify([[...world.customers.values()].map((c) => [c.tickets, c.attachments]), world.helpdesk]);
    };
    assert.ok(snapshot(1) === snapshot(2), 'the helpdesk does not depend on the seed');
    const numbers = [...sim.world.customers.values()].flatMap((c) => c.tickets.map((t) => t.number));
    assert.ok(numbers.length >= 12);
    assert.ok(numbers.every((n) => /^\d{6}$/.test(n)));
    assert.equal(new Set(numbers).size, numbers.length);
    assert.deepEqual(sim.world.customers.get(sim.customers.newcomer)!.tickets, []);
  });

  it('keeps what the seed says about departments: technical and billing answered by the simulator, sales never', () => {
    assert.deepEqual(
      sim.world.helpdesk.departments.map((d) => [d.id, d.answeredBySimulator]),
      [
        ['dep_technical', true],
        ['dep_billing', true],
        ['dep_sales', false],
      ],
    );
  });

  it('reset() brings back the seeded tickets, files and knowledge base', async () => {
    // What the customer sees of each ticket; reset() dates the seed anew from the clock's now.
    const table = () => sim.world.customers.get(prepaid)!.tickets.map((t) => `${t.number} ${t.status} ${t.messages.length}`).join('\n');
    const tickets = table();
    const articles = sim.world.helpdesk.knowledgeBase.articles.length;
    const created = await send(prepaid, 'POST', '/v1/helpdesk/tickets', ticket());
    assert.equal(created.status, 201);
    await send(prepaid, 'POST', '/v1/helpdesk/tickets/tkt_390118/close');
    sim.world.helpdesk.knowledgeBase.articles.pop();
    sim.world.helpdesk.departments[0]!.answeredBySimulator = false;
    assert.notEqual(table(), tickets);
    sim.reset();
    assert.equal(table(), tickets);
    assert.equal(sim.world.helpdesk.knowledgeBase.articles.length, articles);
    assert.equal(sim.world.helpdesk.departments[0]!.answeredBySimulator, true);
  });

  it('a test may file a ticket straight into the world; the API shows it, the simulator answers it when due', async () => {
    const customer = sim.world.customers.get(hosting)!;
    const now = sim.clock.now();
    const filed: TicketRecord = {
      id: 'tkt_test_1',
      number: '100200',
      subject: 'Strona ładuje się bardzo wolno',
      departmentId: 'dep_technical',
      status: 'open',
      priority: 'medium',
      relatedServiceId: 'svc_1003_hosting',
      requester: { name: customer.name, email: customer.email },
      cc: [],
      messages: [{ id: 'msg_100200_1', author: { kind: 'customer', name: customer.name }, body: 'Od wczoraj strona sklepu ładuje się ponad 10 sekund.', attachments: [], createdAt: new Date(now).toISOString() }],
      createdAt: new Date(now).toISOString(),
      updatedAt: new Date(now).toISOString(),
      locale: 'pl',
      answerAt: now + 1_000,
    };
    customer.tickets.unshift(filed);
    const listed = await send(hosting, 'GET', '/v1/helpdesk/tickets?status=open');
    assert.ok(JSON.stringify(listed.body).includes('"number":"100200"'));
    sim.clock.advance(1_000);
    const answered = (await send(hosting, 'GET', '/v1/helpdesk/tickets/tkt_test_1')).body as unknown as { status: string; messages: unknown[] };
    assert.deepEqual([answered.status, answered.messages.length], ['answered', 2]);
  });
});
