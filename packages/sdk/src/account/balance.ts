import type { ClientCore, RequestOptions } from '../core/client-core.ts';
import { balanceOperations } from './balance.compiled.ts';
import type { Balance } from './balance.schemas.ts';

/** `client.account.balance` */
export class BalanceResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  /** The available money, the credit limit and whether the account is prepaid. */
  retrieve(options?: RequestOptions): Promise<Balance> {
    return this.#client.request(balanceOperations.retrieve, {}, options);
  }
}
