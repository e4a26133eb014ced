import type { ClientCore, RequestOptions } from '../core/client-core.ts';
import { list, type PagePromise } from '../core/page.ts';
import { topUpOperations } from './top-ups.compiled.ts';
import type { TopUp, TopUpCreateParams, TopUpListQuery } from './top-ups.schemas.ts';

/** `client.account.topUps` */
export class TopUpsResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  /**
   * Tops up a prepaid balance. Card and BLIK are booked at once; a bank transfer stays
   * `pending` until the money arrives. Pass the same `idempotencyKey` when the user retries
   * the same top-up, so that it is never charged twice.
   */
  create(params: TopUpCreateParams, options?: RequestOptions): Promise<TopUp> {
    return this.#client.request(topUpOperations.create, { body: params }, options);
  }

  /** Top-ups, newest first. */
  list(query?: TopUpListQuery, options?: RequestOptions): PagePromise<TopUp> {
    return list(this.#client, topUpOperations.list, { query }, options);
  }

  retrieve(id: string, options?: RequestOptions): Promise<TopUp> {
    return this.#client.request(topUpOperations.retrieve, { params: { id } }, options);
  }

  /**
   * Attaches the bank's payment confirmation (PDF, JPEG or PNG, at most 5 MB) to a pending
   * bank-transfer top-up, so that it is booked without waiting for the interbank settlement.
   */
  attachConfirmation(id: string, file: File, options?: RequestOptions): Promise<TopUp> {
    return this.#client.request(topUpOperations.attachConfirmation, { params: { id }, body: { file } }, options);
  }
}
