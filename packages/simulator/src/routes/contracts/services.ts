import { serviceOperations, serviceOrderOperations, type Service, type ServiceOrder } from '@portico/sdk/contract';
import { CATALOG, localizeParameters, type CatalogService } from '../../data/catalog.ts';
import type { ContractRecord } from '../../data/contracts.ts';
import type { SimulatorContext } from '../../http/context.ts';
import { localeOf } from '../../http/locale.ts';
import { paginate } from '../../http/paginate.ts';
import { Problem } from '../../http/problem.ts';
import { route } from '../../http/route.ts';
import { findContract } from './find-contract.ts';

function serviceOf(contract: ContractRecord, definition: CatalogService, locale: 'pl' | 'en'): Service {
  const state = contract.services.get(definition.id)!;
  const open = contract.orders.find((o) => o.serviceId === definition.id && (o.status === 'accepted' || o.status === 'in_progress'));
  return {
    id: definition.id,
    name: definition.name[locale],
    description: definition.description[locale],
    category: definition.category,
    status: state.status,
    monthlyFee: definition.monthlyFee === null ? null : { amount: definition.monthlyFee, currency: 'PLN' },
    parameters: localizeParameters(definition.parameters, state.values, locale),
    orderable: definition.orderable,
    pendingOrder: open ? { id: open.id, action: open.action, status: open.status } : null,
  };
}

function findService(contract: ContractRecord, serviceId: string): CatalogService {
  const definition = CATALOG.find((s) => s.id === serviceId);
  if (!definition || !contract.services.has(serviceId)) throw new Problem(404, 'service_not_found', `No service ${serviceId} on this contract.`);
  return definition;
}

/** C5–C7: a contract's services, their settings, and the orders that activate or deactivate them. */
export function serviceRoutes(sim: SimulatorContext) {
  return [
    route(sim, serviceOperations.list, ({ customer, params, query, request }) => {
      const contract = findContract(customer, params.id);
      const locale = localeOf(request, customer);
      const status = query.status ?? 'all';
      const services = CATALOG.filter((s) => status === 'all' || contract.services.get(s.id)!.status === status).map((s) => serviceOf(contract, s, locale));
      return paginate(services, { ...query, limit: query.limit ?? 100 });
    }),
    route(sim, serviceOperations.retrieve, ({ customer, params, request }) => {
      const contract = findContract(customer, params.id);
      return serviceOf(contract, findService(contract, params.serviceId), localeOf(request, customer));
    }),
    route(sim, serviceOperations.update, ({ customer, params, body, request }) => {
      const contract = findContract(customer, params.id);
      const definition = findService(contract, params.serviceId);
      const state = contract.services.get(definition.id)!;
      if (state.status !== 'active') throw new Problem(409, 'service_inactive', 'Activate the service before changing its settings.');
      if (contract.orders.some((o) => o.serviceId === definition.id && (o.status === 'accepted' || o.status === 'in_progress'))) {
        throw new Problem(409, 'order_in_progress', 'An order on this service is being processed. Change its settings when it is done.');
      }
      const values = { ...state.values };
      body.parameters.forEach(({ key, value }, index) => {
        const parameter = definition.parameters.find((p) => p.key === key);
        const at = `/parameters/${index}/value`;
        if (!parameter) throw Problem.field(`/parameters/${index}/key`, 'unknown_parameter', `This service has no setting "${key}".`);
        if (!parameter.editable) throw Problem.field(at, 'not_editable', `"${key}" cannot be changed in the panel.`);
        if (parameter.type === 'boolean' && typeof value !== 'boolean') throw Problem.field(at, 'invalid_type', 'Expected true or false.', { expected: 'boolean' });
        if (parameter.type === 'choice' && !parameter.options.some((o) => o.value === value)) {
          throw Problem.field(at, 'invalid_value', 'Not one of the options.', { values: parameter.options.map((o) => o.value) });
        }
        if (parameter.type === 'number' || parameter.type === 'money') {
          if (typeof value !== 'number' || !Number.isInteger(value)) throw Problem.field(at, 'invalid_type', 'Expected a whole number.', { expected: 'int' });
          if (value < parameter.min) throw Problem.field(at, 'too_small', `At least ${parameter.min}.`, { minimum: parameter.min, inclusive: true });
          if (value > parameter.max) throw Problem.field(at, 'too_big', `At most ${parameter.max}.`, { maximum: parameter.max, inclusive: true });
          if (parameter.type === 'number' && (value - parameter.min) % parameter.step !== 0) {
            throw Problem.field(at, 'not_multiple_of', `In steps of ${parameter.step}.`, { step: parameter.step });
          }
        }
        values[key] = value;
      });
      state.values = values;
      return serviceOf(contract, definition, localeOf(request, customer));
    }),

    route(sim, serviceOrderOperations.create, ({ customer, params, body, request }) => {
      const contract = findContract(customer, params.id);
      const definition = findService(contract, body.serviceId);
      const state = contract.services.get(definition.id)!;
      if (contract.status !== 'active') {
        throw new Problem(409, 'contract_not_active', `This contract is ${contract.status}: services cannot be changed until it is active again.`);
      }
      if (!definition.orderable) throw new Problem(409, 'not_orderable', 'This service needs a signed annex. Your account manager can arrange it.');
      if (body.action === 'activate' && state.status === 'active') throw new Problem(409, 'already_active', `${definition.name.en} is already active on this contract.`);
      if (body.action === 'deactivate' && state.status === 'inactive') throw new Problem(409, 'already_inactive', `${definition.name.en} is not active on this contract.`);
      if (contract.orders.some((o) => o.serviceId === definition.id && (o.status === 'accepted' || o.status === 'in_progress'))) {
        throw new Problem(409, 'order_in_progress', 'An order on this service is already being processed. Wait until it is done.');
      }
      const now = sim.clock.iso();
      const sequence = customer.contracts.reduce((n, c) => n + c.orders.length, 0) + 1;
      const created: ServiceOrder = {
        id: sim.random.id('so'),
        number: `ZL/${now.slice(0, 4)}/${now.slice(5, 7)}/${String(sequence).padStart(5, '0')}`,
        contractId: contract.id,
        serviceId: definition.id,
        serviceName: definition.name[localeOf(request, customer)],
        action: body.action,
        status: 'accepted',
        notify: body.notify,
        failureCode: null,
        createdAt: now,
        updatedAt: now,
      };
      contract.orders.unshift(created);
      return created;
    }),
    route(sim, serviceOrderOperations.list, ({ customer, params, query }) => {
      const contract = findContract(customer, params.id);
      return paginate(
        contract.orders.filter((o) => !query.status || o.status === query.status),
        query,
      );
    }),
    route(sim, serviceOrderOperations.retrieve, ({ customer, params }) => {
      const contract = findContract(customer, params.id);
      const found = contract.orders.find((o) => o.id === params.orderId);
      if (!found) throw new Problem(404, 'order_not_found', `No order ${params.orderId} on this contract.`);
      return found;
    }),
  ];
}
