// Type-level tests: `npm test` type-checks this file; a `@ts-expect-error` that stops
// erroring (because the types got looser) fails the type check.
import { createClient, ValidationError, type Balance, type Money, type TopUp } from '@portico/sdk';
import { isA } from '@portico/sdk/core';

declare const client: ReturnType<typeof createClient>;

export async function typed(): Promise<void> {
  const balance: Balance = await client.account.balance.retrieve();
  const amount: number = balance.available.amount;
  const limit: Money | null = balance.creditLimit;
  void [amount, limit];

  const topUp: TopUp = await client.account.topUps.create({ amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_card' });
  const status: 'succeeded' | 'pending' | 'failed' = topUp.status;
  void status;

  // @ts-expect-error money is minor units and a currency, never a bare number
  await client.account.topUps.create({ amount: 20, paymentMethodId: 'pm_card' });
  // @ts-expect-error a payment method is required
  await client.account.topUps.create({ amount: { amount: 2000, currency: 'PLN' } });
  // @ts-expect-error status filters are the contract's three
  await client.account.topUps.list({ status: 'booked' });
  // @ts-expect-error retrieve takes an id
  await client.account.topUps.retrieve();

  for await (const item of client.account.topUps.list()) {
    const id: string = item.id;
    void id;
  }

  const error: unknown = undefined;
  if (isA(error, ValidationError)) {
    const paths: string[] = error.fieldErrors.map((f) => f.path);
    void paths;
  }
}

// @ts-expect-error a client needs a session source
createClient({ baseUrl: 'https://api.example.com' });
// @ts-expect-error not both a static token and a session fetcher
createClient({ baseUrl: 'https://api.example.com', token: 't', fetchSessionToken: async () => 't' });
