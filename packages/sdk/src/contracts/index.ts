import type { ClientCore, RequestOptions } from '../core/client-core.ts';
import { list, type PagePromise } from '../core/page.ts';
import { contractOperations, tariffPlanOperations } from './contracts.compiled.ts';
import { simSwapOperations } from './sim-swaps.compiled.ts';
import { serviceOperations, serviceOrderOperations } from './services.compiled.ts';
import { callOperations } from './calls.compiled.ts';
import type { Contract, ContractListQuery, PukCode, SimUser, TariffPlan } from './contracts.schemas.ts';
import type { SimSwap, SimSwapCreateParams } from './sim-swaps.schemas.ts';
import type { Service, ServiceListQuery, ServiceOrder, ServiceOrderCreateParams, ServiceUpdateParams } from './services.schemas.ts';
import type { Call, CallListQuery, CallPage, CallSummary, CallSummaryQuery, RecordingLink } from './calls.schemas.ts';

/** `client.contracts`: the customer's mobile contracts (FEATURES C1–C7). */
export class ContractsApi {
  readonly simSwaps: SimSwapsResource;
  readonly services: ServicesResource;
  readonly serviceOrders: ServiceOrdersResource;
  readonly calls: CallsResource;
  readonly plans: { list(options?: RequestOptions): PagePromise<TariffPlan> };
  #client: ClientCore;

  constructor(client: ClientCore) {
    this.#client = client;
    this.simSwaps = new SimSwapsResource(client);
    this.services = new ServicesResource(client);
    this.serviceOrders = new ServiceOrdersResource(client);
    this.calls = new CallsResource(client);
    this.plans = { list: (options) => list(client, tariffPlanOperations.list, {}, options) };
  }

  /** Contracts matching a number, a SIM user's name, a status or a tariff plan; `total` says how many. */
  list(query?: ContractListQuery, options?: RequestOptions): PagePromise<Contract> {
    return list(this.#client, contractOperations.list, { query }, options);
  }

  /** One contract. Its PUK is not part of it: see `revealPuk`. */
  retrieve(id: string, options?: RequestOptions): Promise<Contract> {
    return this.#client.request(contractOperations.retrieve, { params: { id } }, options);
  }

  /**
   * Changes the SIM user's contact data. Pass the contract's `version` as `ifMatch`: if the
   * contract changed meanwhile, this is a `ConflictError` and nothing is overwritten.
   */
  updateContact(id: string, simUser: SimUser, options: RequestOptions & { ifMatch: string | number }): Promise<Contract> {
    return this.#client.request(contractOperations.updateContact, { params: { id }, body: simUser }, options);
  }

  /** The SIM card's PUK, fetched when the user asks for it; do not keep it. */
  revealPuk(id: string, options?: RequestOptions): Promise<PukCode> {
    return this.#client.request(contractOperations.revealPuk, { params: { id } }, options);
  }
}

/** `client.contracts.simSwaps` */
export class SimSwapsResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  /** Orders a new SIM card; one order per user action (`idempotencyKey`). */
  create(contractId: string, params: SimSwapCreateParams, options?: RequestOptions): Promise<SimSwap> {
    return this.#client.request(simSwapOperations.create, { params: { id: contractId }, body: params }, options);
  }

  list(contractId: string, options?: RequestOptions): PagePromise<SimSwap> {
    return list(this.#client, simSwapOperations.list, { params: { id: contractId } }, options);
  }
}

/** `client.contracts.services` */
export class ServicesResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  /** Active services, those available to activate, or all (the default). */
  list(contractId: string, query?: ServiceListQuery, options?: RequestOptions): PagePromise<Service> {
    return list(this.#client, serviceOperations.list, { params: { id: contractId }, query }, options);
  }

  retrieve(contractId: string, serviceId: string, options?: RequestOptions): Promise<Service> {
    return this.#client.request(serviceOperations.retrieve, { params: { id: contractId, serviceId } }, options);
  }

  /** Changes a service's editable parameters. */
  update(contractId: string, serviceId: string, params: ServiceUpdateParams, options?: RequestOptions): Promise<Service> {
    return this.#client.request(serviceOperations.update, { params: { id: contractId, serviceId }, body: params }, options);
  }
}

/** `client.contracts.serviceOrders` */
export class ServiceOrdersResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  /** Orders a service switched on or off. The order is accepted (202) and done later: follow it with `retrieve`. */
  create(contractId: string, params: ServiceOrderCreateParams, options?: RequestOptions): Promise<ServiceOrder> {
    return this.#client.request(serviceOrderOperations.create, { params: { id: contractId }, body: params }, options);
  }

  retrieve(contractId: string, orderId: string, options?: RequestOptions): Promise<ServiceOrder> {
    return this.#client.request(serviceOrderOperations.retrieve, { params: { id: contractId, orderId } }, options);
  }

  list(contractId: string, query?: { status?: ServiceOrder['status'] }, options?: RequestOptions): PagePromise<ServiceOrder> {
    return list(this.#client, serviceOrderOperations.list, { params: { id: contractId }, query }, options);
  }
}

/** `client.contracts.calls` */
export class CallsResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  /** Itemised calls: `for await` walks them all; a page holds up to 10,000 and says the `total`. */
  list(contractId: string, query?: CallListQuery, options?: RequestOptions): PagePromise<Call> {
    return list(this.#client, callOperations.list, { params: { id: contractId }, query }, options);
  }

  /** One page, with the total count (for a table that sizes itself before loading everything). */
  page(contractId: string, query?: CallListQuery, options?: RequestOptions): Promise<CallPage> {
    return this.#client.request(callOperations.list, { params: { id: contractId }, query }, options);
  }

  /** Totals per category (voice, SMS, data, roaming) and per day. */
  summary(contractId: string, query?: CallSummaryQuery, options?: RequestOptions): Promise<CallSummary> {
    return this.#client.request(callOperations.summary, { params: { id: contractId }, query }, options);
  }

  /** A short-lived link to a recorded call's audio, for an `<audio>` element. */
  recording(contractId: string, callId: string, options?: RequestOptions): Promise<RecordingLink> {
    return this.#client.request(callOperations.recording, { params: { id: contractId, callId } }, options);
  }
}

const cache = new WeakMap<ClientCore, ContractsApi>();

/** The contracts API of a client; widgets import this domain alone. */
export function contractsApi(client: ClientCore): ContractsApi {
  let api = cache.get(client);
  if (!api) cache.set(client, (api = new ContractsApi(client)));
  return api;
}

export type { Contract, ContractListQuery, ContractStatus, PukCode, SimUser, TariffPlan } from './contracts.schemas.ts';
export type { PostalAddress, SimDelivery, SimSwap, SimSwapCreateParams, SimSwapReason } from './sim-swaps.schemas.ts';
export type { OrderAction, OrderStatus, Service, ServiceListQuery, ServiceOrder, ServiceOrderCreateParams, ServiceParameter, ServiceStatus, ServiceUpdateParams } from './services.schemas.ts';
export type { Call, CallCategory, CallDirection, CallListQuery, CallPage, CallSort, CallSummary, CallSummaryQuery, CallType, RecordingLink } from './calls.schemas.ts';
export { contractList, contractRetrieve, contractRevealPuk, contractUpdateContact, tariffPlanList } from './contracts.compiled.ts';
export { simSwapCreate, simSwapList } from './sim-swaps.compiled.ts';
export { serviceList, serviceOrderCreate, serviceOrderList, serviceOrderRetrieve, serviceRetrieve, serviceUpdate } from './services.compiled.ts';
export { callList, callRecording, callSummary } from './calls.compiled.ts';
export { CALL_LIMITS } from './call-limits.ts';
