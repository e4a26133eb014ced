import type { ReactiveControllerHost } from 'lit';
import { serviceOrderRetrieve, type Contract, type Service, type ServiceOrder } from '@portico/sdk/contracts';
import { isA, NotFoundError, type ClientCore } from '@portico/sdk/core';
import { Poller } from '../../controllers/poller.ts';

/** A number's services, as the widget shows them. */
export interface ContractServices {
  contract: Contract;
  services: Service[];
}

export interface OrderFollowerOptions {
  /** The services shown: every order still running on one of them is followed. */
  services: { readonly value: ContractServices | null | undefined; readonly scope: object; refresh(): Promise<void> };
  client: () => ClientCore | undefined;
  /** An order completed or failed. */
  onSettled: (order: ServiceOrder) => void;
}

const running = (service: Service) => service.pendingOrder && (service.pendingOrder.status === 'accepted' || service.pendingOrder.status === 'in_progress');

/**
 * Follows the orders still running on a number's services until each is done: a round of
 * checks every few seconds while there is one, only while the widget is on the page. What is
 * followed is read from the services on screen — an order found on a number is followed
 * without being told, and another number's list follows its own — and from the orders placed
 * here, followed at once (the list may not show one yet, or no longer: a list asked for just
 * as it settled). An order that settled is told once, and the services are loaded again.
 */
export class OrderFollower {
  readonly #options: OrderFollowerOptions;
  /** Orders placed here, by id, with their number. */
  readonly #placed = new Map<string, string>();
  /** Orders done, or unknown to the API: not checked again, even while the list still shows one. */
  readonly #done = new Set<string>();

  constructor(host: ReactiveControllerHost, options: OrderFollowerOptions) {
    this.#options = options;
    new Poller(
      host,
      () => this.#check(),
      () => this.#followed().length > 0,
    );
  }

  /** Follows an order placed on the number shown. */
  follow(order: ServiceOrder): void {
    this.#placed.set(order.id, order.contractId);
  }

  /** The orders of the number shown still to check. */
  #followed(): { contractId: string; orderId: string }[] {
    const shown = this.#options.services.value;
    if (!shown) return [];
    const contractId = shown.contract.id;
    const placed = [...this.#placed].filter(([, on]) => on === contractId).map(([id]) => id);
    const found = shown.services.filter(running).map((s) => s.pendingOrder!.id);
    return [...new Set([...placed, ...found])].filter((id) => !this.#done.has(id)).map((orderId) => ({ contractId, orderId }));
  }

  /** One round: every order followed is asked after; any that settled brings the list as it is now. */
  async #check(): Promise<void> {
    const { services, client: clientOf, onSettled } = this.#options;
    const client = clientOf();
    // What the answers are for: another number or filter shown meanwhile is followed afresh.
    const scope = services.scope;
    if (!client) return;
    let settled = false;
    for (const { contractId, orderId } of this.#followed()) {
      try {
        const order = await client.request(serviceOrderRetrieve, { params: { id: contractId, orderId } });
        if (scope !== services.scope) return;
        if (order.status === 'completed' || order.status === 'failed') {
          this.#done.add(orderId);
          this.#placed.delete(orderId);
          settled = true;
          onSettled(order);
        }
      } catch (error) {
        if (scope !== services.scope) return;
        // No such order (any more): there is nothing to follow. Otherwise the next round tries again.
        if (isA(error, NotFoundError)) {
          this.#done.add(orderId);
          this.#placed.delete(orderId);
        }
      }
    }
    if (settled) await services.refresh();
  }
}
