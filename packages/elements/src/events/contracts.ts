import type { Contract, ServiceOrder, SimSwap } from '@portico/sdk/contracts';

/** A contract was chosen in a list; the host shows it (e.g. in `<portico-contract-card>`). */
export class PorticoContractSelectEvent extends CustomEvent<{ contractId: string; contract: Contract }> {
  static readonly type = 'portico-contract-select';
  constructor(contract: Contract) {
    super(PorticoContractSelectEvent.type, { bubbles: true, composed: true, detail: { contractId: contract.id, contract } });
  }
}

/** Where a widget asks the host page to go; the host routes (widgets do not own the URL). */
export type PorticoDestination = 'calls' | 'services' | 'contract';

export class PorticoNavigateEvent extends CustomEvent<{ to: PorticoDestination; contractId: string }> {
  static readonly type = 'portico-navigate';
  constructor(to: PorticoDestination, contractId: string) {
    super(PorticoNavigateEvent.type, { bubbles: true, composed: true, detail: { to, contractId } });
  }
}

/** The SIM user's contact data was saved. */
export class PorticoContactUpdateEvent extends CustomEvent<{ contract: Contract }> {
  static readonly type = 'portico-contact-update';
  constructor(contract: Contract) {
    super(PorticoContactUpdateEvent.type, { bubbles: true, composed: true, detail: { contract } });
  }
}

/** A new SIM card was ordered. */
export class PorticoSimSwapEvent extends CustomEvent<{ simSwap: SimSwap }> {
  static readonly type = 'portico-sim-swap';
  constructor(simSwap: SimSwap) {
    super(PorticoSimSwapEvent.type, { bubbles: true, composed: true, detail: { simSwap } });
  }
}

/** A service order is about to be sent. Cancelable: `preventDefault()` stops it. */
export class PorticoServiceOrderSubmitEvent extends CustomEvent<{ contractId: string; serviceId: string; action: 'activate' | 'deactivate' }> {
  static readonly type = 'portico-service-order-submit';
  constructor(contractId: string, serviceId: string, action: 'activate' | 'deactivate') {
    super(PorticoServiceOrderSubmitEvent.type, { bubbles: true, composed: true, cancelable: true, detail: { contractId, serviceId, action } });
  }
}

/** A service order was accepted for processing, or later completed or failed. */
export class PorticoServiceOrderEvent extends CustomEvent<{ order: ServiceOrder }> {
  static readonly type = 'portico-service-order';
  constructor(order: ServiceOrder) {
    super(PorticoServiceOrderEvent.type, { bubbles: true, composed: true, detail: { order } });
  }
}

/** These events by name; on elements, and on the document they bubble up to. */
export interface ContractsEventMap {
  'portico-contract-select': PorticoContractSelectEvent;
  'portico-navigate': PorticoNavigateEvent;
  'portico-contact-update': PorticoContactUpdateEvent;
  'portico-sim-swap': PorticoSimSwapEvent;
  'portico-service-order-submit': PorticoServiceOrderSubmitEvent;
  'portico-service-order': PorticoServiceOrderEvent;
}

declare global {
  interface HTMLElementEventMap extends ContractsEventMap {}
  interface DocumentEventMap extends ContractsEventMap {}
}
