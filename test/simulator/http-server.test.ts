import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, createResellerClient, NetworkError, ValidationError } from '@portico/sdk';
import { RESELLER_KEY } from '@portico/simulator';
import { startCliServer } from '../support/cli-server.ts';
import { isA } from '@portico/sdk/core';

describe('the CLI server over real HTTP', () => {
  let server: Awaited<ReturnType<typeof startCliServer>>;
  before(async () => {
    server = await startCliServer(['--seed', '5']);
  });
  after(() => server.stop());

  const clientOf = (customerId: string) => {
    const reseller = createResellerClient({ baseUrl: server.url, secretKey: RESELLER_KEY });
    return createClient({ baseUrl: server.url, retry: { baseDelay: 1 }, fetchSessionToken: async () => reseller.sessions.create({ customerId }) });
  };

  it('listens on loopback only', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('tops up through the SDK: 19.99 PLN refused, 20 PLN raises the balance by 20 PLN', async () => {
    const client = clientOf('cus_1001');
    const before = await client.account.balance.retrieve();
    await assert.rejects(client.account.topUps.create({ amount: { amount: 1999, currency: 'PLN' }, paymentMethodId: 'pm_card' }), ValidationError);
    const topUp = await client.account.topUps.create({ amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_card' }, { idempotencyKey: 'http-1' });
    const replay = await client.account.topUps.create({ amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_card' }, { idempotencyKey: 'http-1' });
    assert.equal(replay.id, topUp.id);
    const after = await client.account.balance.retrieve();
    assert.equal(after.available.amount - before.available.amount, 2000);
  });

  it('uploads a confirmation as multipart over the wire', async () => {
    const client = clientOf('cus_1003');
    const topUp = await client.account.topUps.create({ amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_transfer' });
    const file = new File([new Uint8Array(2048).fill(37)], 'wyciąg.png', { type: 'image/png' });
    const attached = await client.account.topUps.attachConfirmation(topUp.id, file);
    assert.deepEqual([attached.confirmation?.fileName, attached.confirmation?.size, attached.confirmation?.contentType], ['wyciąg.png', 2048, 'image/png']);
  });

  it('files a ticket with an attachment over the wire, serves the file back, and refuses an oversized upload with 413', async () => {
    const client = clientOf('cus_1003');
    const log = new File(['2026-11-20 10:02 IMAP: authentication failed'], 'poczta.log', { type: 'text/plain' });
    const attachment = await client.helpdesk.attachments.create(log);
    const ticket = await client.helpdesk.tickets.create({ departmentId: 'dep_technical', priority: 'high', subject: 'Poczta nie działa', message: 'Outlook nie loguje się do skrzynki od rana.', attachments: [attachment.id] });
    assert.match(ticket.number, /^\d{6}$/);
    const link = await client.helpdesk.attachments.download(attachment.id);
    assert.ok(link.url.startsWith(server.url));
    assert.equal(await (await fetch(link.url)).text(), '2026-11-20 10:02 IMAP: authentication failed');

    const reseller = createResellerClient({ baseUrl: server.url, secretKey: RESELLER_KEY });
    const { token } = await reseller.sessions.create({ customerId: 'cus_1003' });
    const form = new FormData();
    form.append('file', new File([new Uint8Array(12 * 1024 * 1024)], 'archiwum.zip', { type: 'application/zip' }));
    const huge = await fetch(`${server.url}/v1/helpdesk/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    assert.equal(huge.status, 413);
    assert.equal(((await huge.json()) as { code: string }).code, 'content_too_large');
  });

  it('answers CORS preflight for any origin, allowing the headers the SDK sends', async () => {
    const response = await fetch(`${server.url}/v1/account/top-ups`, {
      method: 'OPTIONS',
      headers: { origin: 'https://reseller.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, idempotency-key' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://reseller.example');
    for (const header of ['authorization', 'content-type', 'idempotency-key', 'if-match', 'accept-language']) {
      assert.ok(response.headers.get('access-control-allow-headers')?.includes(header), header);
    }
    assert.ok(response.headers.get('access-control-expose-headers')?.includes('retry-after'));
  });

  it('drops the connection on request, which the SDK reports as a NetworkError', async () => {
    const client = clientOf('cus_1001');
    await client.account.balance.retrieve();
    const error = await client.account.balance.retrieve({ headers: { 'x-portico-fault': 'drop' } }).catch((e: unknown) => e);
    assert.ok(isA(error, NetworkError));
  });

  it('serves the OpenAPI document with its own address', async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { servers: { url: string }[]; paths: object };
    assert.equal(doc.servers[0]!.url, server.url);
    assert.ok(Object.keys(doc.paths).includes('/v1/account/top-ups'));
  });

  it('takes test controls: a queued fault, and the clock', async () => {
    const client = clientOf('cus_1001');
    await fetch(`${server.url}/__simulator/faults`, { method: 'POST', body: JSON.stringify({ enqueue: [{ status: 503, path: '/v1/account/balance' }] }) });
    await client.account.balance.retrieve();
    const log = (await (await fetch(`${server.url}/__simulator/log`)).json()) as { data: { path: string; status: number }[] };
    assert.deepEqual(log.data.filter((e) => e.path === '/v1/account/balance').slice(-2).map((e) => e.status), [503, 200]);
  });

  it('keeps its test controls from other websites', async () => {
    const foreign = await fetch(`${server.url}/__simulator/reset`, { method: 'POST', headers: { origin: 'https://evil.example' } });
    assert.equal(foreign.status, 403);
    const own = await fetch(`${server.url}/__simulator/log`, { headers: { origin: server.url } });
    assert.equal(own.status, 200);
  });

  it('refuses bad options with usage', async () => {
    const bad = await startCliServer(['--fault-rate', '3']).catch((e: Error) => e);
    assert.ok(isA(bad, Error));
    assert.match(bad.message, /--fault-rate is a share from 0 to 1/);
  });
});
