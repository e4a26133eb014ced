import { expect } from '@open-wc/testing';
import { NetworkError, ValidationError } from '@portico/sdk';
import { clientFor, simulator } from './support.ts';

describe('SDK in Chromium against the simulator worker', () => {
  it('refuses 19.99 PLN before sending, and tops up 20 PLN', async () => {
    const sim = await simulator();
    const client = clientFor(sim, sim.customers.prepaid);
    const before = await client.account.balance.retrieve();
    const sent = sim.log.length;
    const error = await client.account.topUps.create({ amount: { amount: 1999, currency: 'PLN' }, paymentMethodId: 'pm_card' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ValidationError);
    expect(sim.log.length).to.equal(sent);
    const topUp = await client.account.topUps.create({ amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_card' });
    expect(topUp.status).to.equal('succeeded');
    const after = await client.account.balance.retrieve();
    expect(after.available.amount - before.available.amount).to.equal(2000);
  });

  it('uploads a confirmation; behind a service worker, progress still starts and ends', async () => {
    const sim = await simulator();
    const client = clientFor(sim, sim.customers.hosting);
    const topUp = await client.account.topUps.create({ amount: { amount: 5000, currency: 'PLN' }, paymentMethodId: 'pm_transfer' });
    const file = new File([new Uint8Array(300_000)], 'potwierdzenie.pdf', { type: 'application/pdf' });
    const progress: number[] = [];
    const attached = await client.account.topUps.attachConfirmation(topUp.id, file, { onUploadProgress: ({ loaded }) => progress.push(loaded) });
    expect(attached.confirmation?.size).to.equal(300_000);
    expect(progress[0]).to.equal(0);
    expect(progress.at(-1)).to.equal(300_000);
  });

  it('reports a dropped connection as a NetworkError', async () => {
    const sim = await simulator();
    const client = clientFor(sim, sim.customers.prepaid, { retry: false });
    sim.faults.enqueue({ drop: true, path: '/v1/account/balance' });
    const error = await client.account.balance.retrieve().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(NetworkError);
  });
});
