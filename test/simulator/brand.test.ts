import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { topUpCreate } from '@portico/sdk/account';
import { clientFor, useSimulator } from '../support/simulator.ts';

const sim = useSimulator();

/** Every text of the simulated platform, as one string (maps as their values). */
const everything = () => JSON.stringify(sim.world, (_, value) => (value instanceof Map ? [...value.values()] : typeof value === 'function' ? undefined : value));

describe("the platform speaks in the reseller's name, never in Portico's", () => {
  it('a bank transfer is paid to the reseller, with its confirmations sent to the reseller', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const topUp = await client.request(topUpCreate, { body: { amount: { amount: 5_000, currency: 'PLN' }, paymentMethodId: 'pm_transfer' } });
    assert.match(topUp.bankTransfer!.recipient, /^Fiberlink sp\. z o\.o\., /);
    assert.match(topUp.bankTransfer!.confirmationEmail, /@fiberlink\.example$/);
  });

  it('no knowledge-base article, announcement, download, server, service or ticket names Portico', () => {
    const mentions = [...everything().matchAll(/.{0,50}portico.{0,50}/gi)].map((match) => match[0]);
    assert.deepEqual(mentions, []);
  });
});
