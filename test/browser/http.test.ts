import { expect } from '@open-wc/testing';
import { createClient, createResellerClient, NetworkError } from '@portico/sdk';

/** The simulator's real HTTP server, started beside the test pages (see web-test-runner.config.mjs). */
const api = await (await fetch('/__portico/simulator-url')).text();
const reseller = createResellerClient({ baseUrl: api, secretKey: 'sk_test_portico' });
const clientOf = (customerId: string) => createClient({ baseUrl: api, retry: { baseDelay: 1 }, fetchSessionToken: () => reseller.sessions.create({ customerId }) });

describe('SDK in Chromium over real HTTP (CORS)', () => {
  it('crosses origins: a session, a top-up, the balance', async () => {
    expect(new URL(api).origin).not.to.equal(location.origin);
    const client = clientOf('cus_1003');
    const before = await client.account.balance.retrieve();
    await client.account.topUps.create({ amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_card' });
    expect((await client.account.balance.retrieve()).available.amount - before.available.amount).to.equal(2000);
  });

  it('reports real upload progress on the way, not only at the start and the end', async () => {
    const client = clientOf('cus_1003');
    const topUp = await client.account.topUps.create({ amount: { amount: 5000, currency: 'PLN' }, paymentMethodId: 'pm_transfer' });
    const file = new File([new Uint8Array(4_500_000)], 'skan.pdf', { type: 'application/pdf' });
    const progress: number[] = [];
    const attached = await client.account.topUps.attachConfirmation(topUp.id, file, {
      // The server reads the body at 1.5 MB/s, as a slow network would deliver it.
      headers: { 'x-portico-fault': 'throttle=1500000' },
      onUploadProgress: ({ loaded }) => progress.push(loaded),
    });
    expect(attached.confirmation?.size).to.equal(4_500_000);
    const between = progress.filter((loaded) => loaded > 0 && loaded < 4_500_000);
    expect(between.length, `progress: ${progress.join(', ')}`).to.be.greaterThan(0);
    expect(progress.at(-1)).to.be.at.least(4_500_000);
  });

  it('with a custom fetch, uploads go through it too (no progress, no bypass)', async () => {
    const seen: string[] = [];
    const client = createClient({
      baseUrl: api,
      fetchSessionToken: () => reseller.sessions.create({ customerId: 'cus_1003' }),
      fetch: (input, init) => {
        seen.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
        return fetch(input, init);
      },
    });
    const topUp = await client.account.topUps.create({ amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_transfer' });
    await client.account.topUps.attachConfirmation(topUp.id, new File(['%PDF'], 'a.pdf', { type: 'application/pdf' }), { onUploadProgress: () => {} });
    expect(seen).to.include(`POST /v1/account/top-ups/${topUp.id}/confirmation`);
  });

  it('a dropped connection is a NetworkError', async () => {
    const client = clientOf('cus_1003');
    const error = await client.account.balance.retrieve({ headers: { 'x-portico-fault': 'drop' } }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(NetworkError);
  });
});
