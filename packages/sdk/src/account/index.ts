import type { ClientCore, RequestOptions } from '../core/client-core.ts';
import { BalanceResource } from './balance.ts';
import { PaymentMethodsResource } from './payment-methods.ts';
import { TopUpsResource } from './top-ups.ts';
import { accountOperations, type Account } from './account.schemas.ts';

/** `client.account`: the customer's account, balance and money. */
export class AccountApi {
  readonly balance: BalanceResource;
  readonly paymentMethods: PaymentMethodsResource;
  readonly topUps: TopUpsResource;
  #client: ClientCore;

  constructor(client: ClientCore) {
    this.#client = client;
    this.balance = new BalanceResource(client);
    this.paymentMethods = new PaymentMethodsResource(client);
    this.topUps = new TopUpsResource(client);
  }

  /** The signed-in customer. */
  retrieve(options?: RequestOptions): Promise<Account> {
    return this.#client.request(accountOperations.retrieve, {}, options);
  }
}

const cache = new WeakMap<ClientCore, AccountApi>();

/** The account API of a client; widgets import this alone to keep other domains out of their bundle. */
export function accountApi(client: ClientCore): AccountApi {
  let api = cache.get(client);
  if (!api) cache.set(client, (api = new AccountApi(client)));
  return api;
}

export * from './account.schemas.ts';
export * from './balance.schemas.ts';
export * from './payment-methods.schemas.ts';
export * from './top-ups.schemas.ts';
export { BalanceResource, PaymentMethodsResource, TopUpsResource };
