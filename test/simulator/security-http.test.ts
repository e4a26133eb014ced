import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CLIENT_ADDRESS_HEADER, RESELLER_KEY } from '@portico/simulator';
import { startHttpServer } from '@portico/simulator/server';

// Over real HTTP (no msw in this process): the IP allow-list is checked against the socket's
// address, and a client cannot choose its own with the header msw-hosted simulators read.

describe('the IP allow-list over real HTTP', () => {
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  before(async () => {
    server = await startHttpServer({ port: 0, seed: 21 });
  });
  after(() => server.close());

  it('counts the socket’s address, never the header a client sends', async () => {
    const { url } = server;
    const mint = await fetch(`${url}/v1/sessions`, { method: 'POST', headers: { authorization: `Bearer ${RESELLER_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify({ customerId: 'cus_1001' }) });
    const { token } = (await mint.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: '203.0.113.5' };
    const seen = (await (await fetch(`${url}/v1/account/security`, { headers })).json()) as { currentAddress: string };
    assert.equal(seen.currentAddress, '127.0.0.1');
    // A list of the claimed address only, confirmed: the socket's address is outside it.
    const save = await fetch(`${url}/v1/account/security/ip-allow-list`, {
      method: 'PUT',
      headers: { ...headers, 'if-match': '"1"' },
      body: JSON.stringify({ lines: ['203.0.113.0-203.0.113.255'], confirmUncovered: true }),
    });
    assert.equal(save.status, 200);
    const refused = await fetch(`${url}/v1/account/security`, { headers });
    assert.deepEqual([refused.status, ((await refused.json()) as { code: string }).code], [403, 'ip_not_allowed']);
  });
});
