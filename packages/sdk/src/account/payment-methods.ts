import type { ClientCore, RequestOptions } from '../core/client-core.ts';
import { list, type PagePromise } from '../core/page.ts';
import { paymentMethodOperations } from './payment-methods.compiled.ts';
import type { PaymentMethod } from './payment-methods.schemas.ts';

/** `client.account.paymentMethods` */
export class PaymentMethodsResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  /** Card, BLIK and bank transfer, as this customer may use them. */
  list(options?: RequestOptions): PagePromise<PaymentMethod> {
    return list(this.#client, paymentMethodOperations.list, {}, options);
  }
}
