import { defineOperation } from '../core/operation.ts';
import { Id, IdParams, pageOf, PageQuery, Timestamp } from '../core/common.schemas.ts';
import { Money } from '../core/money.schemas.ts';
import { z } from '../core/zod.ts';

export const ServiceStatus = z.enum(['active', 'inactive']);
export type ServiceStatus = z.infer<typeof ServiceStatus>;

export const OrderAction = z.enum(['activate', 'deactivate']);
export type OrderAction = z.infer<typeof OrderAction>;

export const OrderStatus = z.enum(['accepted', 'in_progress', 'completed', 'failed']);
export type OrderStatus = z.infer<typeof OrderStatus>;

const parameterBase = {
  /** Stable key, e.g. `rings`. */
  key: z.string().check(z.minLength(1), z.maxLength(40)),
  /** What it is called, in the language asked for (Accept-Language). */
  label: z.string(),
  /** Whether the customer may change it in the panel. */
  editable: z.boolean(),
};

/** One setting of a service: a switch, a choice, a number in a range, or an amount of money. */
export const ServiceParameter = z.discriminatedUnion('type', [
  z.object({ ...parameterBase, type: z.literal('boolean'), value: z.boolean() }),
  z.object({ ...parameterBase, type: z.literal('choice'), value: z.string(), options: z.array(z.object({ value: z.string(), label: z.string() })) }),
  z.object({ ...parameterBase, type: z.literal('number'), value: z.int(), min: z.int(), max: z.int(), step: z.int(), unit: z.nullable(z.string()) }),
  /** A limit in money; `value`, `min` and `max` are minor units of `currency`. */
  z.object({ ...parameterBase, type: z.literal('money'), value: z.int(), min: z.int(), max: z.int(), currency: z.string() }),
]);
export type ServiceParameter = z.infer<typeof ServiceParameter>;

/** The order still running on a service, shown on it until it completes or fails. */
export const PendingOrder = z.object({ id: Id, action: OrderAction, status: OrderStatus });

/** A service on a contract, active or available to activate (FEATURES C5–C7). */
export const Service = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  category: z.enum(['roaming', 'data', 'calls', 'messaging', 'security']),
  status: ServiceStatus,
  monthlyFee: z.nullable(Money),
  parameters: z.array(ServiceParameter),
  /** Whether the customer can switch it on and off here (some need a signed annex). */
  orderable: z.boolean(),
  pendingOrder: z.nullable(PendingOrder),
});
export type Service = z.infer<typeof Service>;

export const ServiceParams = z.object({ id: Id, serviceId: Id });

export const ServiceListQuery = z.object({ ...PageQuery, status: z.optional(z.enum(['active', 'inactive', 'all'])) });
export type ServiceListQuery = z.input<typeof ServiceListQuery>;

export const ServiceUpdateParams = z.object({
  parameters: z.array(z.object({ key: z.string().check(z.minLength(1), z.maxLength(40)), value: z.union([z.boolean(), z.number(), z.string()]) })).check(z.minLength(1)),
});
export type ServiceUpdateParams = z.input<typeof ServiceUpdateParams>;

/** An order to switch a service on or off: accepted for processing, then done or failed. */
export const ServiceOrder = z.object({
  id: Id,
  /** What the customer quotes to support, e.g. `ZL/2026/11/00123`. */
  number: z.string(),
  contractId: Id,
  serviceId: Id,
  serviceName: z.string(),
  action: OrderAction,
  status: OrderStatus,
  notify: z.object({ user: z.boolean(), admin: z.boolean() }),
  /** Why it failed, e.g. `credit_check_failed`. */
  failureCode: z.nullable(z.string()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ServiceOrder = z.infer<typeof ServiceOrder>;

export const ServiceOrderCreateParams = z.object({
  serviceId: Id,
  action: OrderAction,
  /** Who is told about the order: the SIM user, the account's administrator, or both. */
  notify: z.object({ user: z.boolean(), admin: z.boolean() }),
});
export type ServiceOrderCreateParams = z.input<typeof ServiceOrderCreateParams>;

export const serviceOperations = {
  list: defineOperation({
    id: 'services.list',
    permission: 'services',
    method: 'GET',
    path: '/v1/contracts/{id}/services',
    summary: "A contract's services: active, available to activate, or all",
    params: IdParams,
    query: ServiceListQuery,
    response: pageOf(Service),
  }),
  retrieve: defineOperation({
    id: 'services.retrieve',
    permission: 'services',
    method: 'GET',
    path: '/v1/contracts/{id}/services/{serviceId}',
    summary: 'One service of a contract, with its description and parameters',
    params: ServiceParams,
    response: Service,
  }),
  update: defineOperation({
    id: 'services.update',
    permission: 'services',
    method: 'PATCH',
    path: '/v1/contracts/{id}/services/{serviceId}',
    summary: "Change a service's editable parameters",
    params: ServiceParams,
    body: ServiceUpdateParams,
    response: Service,
    errors: [409, 422],
  }),
};

export const serviceOrderOperations = {
  create: defineOperation({
    id: 'serviceOrders.create',
    permission: 'services',
    method: 'POST',
    path: '/v1/contracts/{id}/service-orders',
    summary: 'Order a service switched on or off; accepted for processing (202) and done later',
    params: IdParams,
    body: ServiceOrderCreateParams,
    response: ServiceOrder,
    status: 202,
    creates: true,
    errors: [409, 422],
  }),
  list: defineOperation({
    id: 'serviceOrders.list',
    permission: 'services',
    method: 'GET',
    path: '/v1/contracts/{id}/service-orders',
    summary: "A contract's service orders, newest first",
    params: IdParams,
    query: z.object({ ...PageQuery, status: z.optional(OrderStatus) }),
    response: pageOf(ServiceOrder),
  }),
  retrieve: defineOperation({
    id: 'serviceOrders.retrieve',
    permission: 'services',
    method: 'GET',
    path: '/v1/contracts/{id}/service-orders/{orderId}',
    summary: 'One service order, to follow it until it is done',
    params: z.object({ id: Id, orderId: Id }),
    response: ServiceOrder,
  }),
};
