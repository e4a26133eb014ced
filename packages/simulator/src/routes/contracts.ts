import { http, HttpResponse } from 'msw';
import {
  callOperations,
  contractOperations,
  serviceOperations,
  serviceOrderOperations,
  simSwapOperations,
  tariffPlanOperations,
  type Call,
  type Contract,
  type Service,
  type ServiceOrder,
  } from '@portico/sdk/contract';
import type { SimulatorContext } from '../http/context.ts';
import type { CustomerRecord } from '../data/world.ts';
import type { ContractRecord } from '../data/contracts.ts';
import { CATALOG, localizeParameters, type CatalogService } from '../data/catalog.ts';
import { generateCalls, summarize } from '../data/calls.ts';
import { isTimeZone } from '@portico/sdk/core';
import { paginate } from '../http/paginate.ts';
import { Problem } from '../http/problem.ts';
import { Reply, route } from '../http/route.ts';
import { localeOf } from '../http/locale.ts';
import { recordingWav } from '../data/recording.ts';

const DAY = 86_400_000;

function findContract(customer: CustomerRecord, id: string): ContractRecord {
  const contract = customer.contracts.find((c) => c.id === id);
  if (!contract) throw new Problem(404, 'contract_not_found', `No contract ${id} on this account.`);
  return contract;
}

/** The contract without what the simulator keeps behind it (PUK, services, calls…). */
function wire(contract: ContractRecord): Contract {
  const { id, msisdn, label, status, plan, startedAt, endsAt, simUser, iccid, simType, version } = contract;
  return { id, msisdn, label, status, plan, startedAt, endsAt, simUser, iccid, simType, version };
}

/** Polish letters folded, lower case: "wojcik" finds "Wójcik". */
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'l').toLowerCase();

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

/** Calls of a contract, generated on first use and kept. */
function callsOf(contract: ContractRecord, sim: SimulatorContext): Call[] {
  contract.calls ??= generateCalls(contract, sim.seed, sim.callsUntil);
  return contract.calls;
}

/** The index of the first call at or after `moment` (calls are oldest first). */
function lowerBound(calls: readonly Call[], moment: string): number {
  let low = 0;
  let high = calls.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (calls[mid]!.startedAt < moment) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The calls between two moments, as ISO strings compare (all are UTC `…Z`). */
function inRange(calls: readonly Call[], from: string | undefined, to: string | undefined): readonly Call[] {
  const start = from ? lowerBound(calls, new Date(from).toISOString()) : 0;
  const end = to ? lowerBound(calls, new Date(to).toISOString()) : calls.length;
  return calls.slice(start, end);
}

const SORTERS: Record<string, (a: Call, b: Call) => number> = {
  startedAt: (a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0),
  duration: (a, b) => (a.duration ?? -1) - (b.duration ?? -1) || SORTERS.startedAt!(a, b),
  cost: (a, b) => a.cost.amount - b.cost.amount || SORTERS.startedAt!(a, b),
};

/** C1–C7: contracts, plans, PUK, SIM user, SIM swaps, services, orders and calls. */
export function contractRoutes(sim: SimulatorContext) {
  /** The last filtered and sorted call list, so that paging through it does not redo the work. */
  let lastQuery: { key: string; calls: readonly Call[] } | undefined;

  return [
    route(sim, contractOperations.list, ({ customer, query }) => {
      const digits = query.query?.replace(/\D/g, '') ?? '';
      const words = query.query ? fold(query.query.trim()) : '';
      const matches = customer.contracts.filter(
        (c) =>
          (!query.status || c.status === query.status) &&
          (!query.plan || c.plan.id === query.plan) &&
          (!words ||
            (digits.length >= 3 && c.msisdn.includes(digits)) ||
            fold(`${c.simUser.firstName} ${c.simUser.lastName}`).includes(words) ||
            fold(`${c.simUser.lastName} ${c.simUser.firstName}`).includes(words) ||
            (c.label !== null && fold(c.label).includes(words))),
      );
      return { ...paginate(matches.map(wire), query), total: matches.length };
    }),
    route(sim, tariffPlanOperations.list, ({ customer, query }) => {
      const plans = new Map(customer.contracts.map((c) => [c.plan.id, c.plan]));
      return paginate([...plans.values()], query);
    }),
    route(sim, contractOperations.retrieve, ({ customer, params }) => {
      const contract = findContract(customer, params.id);
      return new Reply(wire(contract), { headers: { etag: `"${contract.version}"` } });
    }),
    route(sim, contractOperations.updateContact, ({ customer, params, body, request }) => {
      const contract = findContract(customer, params.id);
      const ifMatch = request.headers.get('if-match');
      if (!ifMatch) throw new Problem(428, 'if_match_required', 'Send If-Match with the contract version you are changing, so that no change is lost unseen.');
      if (ifMatch.replace(/^W\//, '').replace(/"/g, '') !== String(contract.version)) {
        throw new Problem(412, 'version_mismatch', `The contract was changed meanwhile (it is at version ${contract.version}). Load it again and reapply your change.`);
      }
      if (contract.status === 'terminated') throw new Problem(409, 'contract_terminated', 'This contract has ended; its data can no longer be changed.');
      contract.simUser = body;
      contract.version++;
      return new Reply(wire(contract), { headers: { etag: `"${contract.version}"` } });
    }),
    route(sim, contractOperations.revealPuk, ({ customer, params }) => {
      const contract = findContract(customer, params.id);
      if (contract.status === 'terminated') throw new Problem(409, 'contract_terminated', 'This contract has ended; its SIM card no longer has a PUK to show.');
      return { puk: contract.puk, revealedAt: sim.clock.iso() };
    }),

    route(sim, simSwapOperations.create, ({ customer, params, body }) => {
      const contract = findContract(customer, params.id);
      if (contract.status === 'terminated') throw new Problem(409, 'contract_terminated', 'This contract has ended; it takes no new SIM card.');
      if (contract.simSwaps.some((s) => s.status === 'accepted' || s.status === 'shipped' || s.status === 'delivered')) {
        throw new Problem(409, 'sim_swap_in_progress', 'A new SIM card is already on its way for this number. Wait until it is active.');
      }
      const esim = body.simType === 'esim';
      if (esim !== (body.delivery.method === 'email')) {
        throw Problem.field('/delivery/method', 'delivery_mismatch', esim ? 'An eSIM is sent by e-mail.' : 'A physical SIM card is delivered by courier or picked up in a shop.');
      }
      const now = sim.clock.now();
      const sequence = customer.contracts.reduce((n, c) => n + c.simSwaps.length, 0) + 1;
      const swap = {
        id: sim.random.id('sw'),
        number: `SW/${new Date(now).getUTCFullYear()}/${String(new Date(now).getUTCMonth() + 1).padStart(2, '0')}/${String(sequence).padStart(5, '0')}`,
        contractId: contract.id,
        reason: body.reason,
        simType: body.simType,
        delivery: body.delivery,
        status: 'accepted' as const,
        createdAt: new Date(now).toISOString(),
        estimatedDelivery: esim ? null : new Date(now + 2 * DAY).toISOString().slice(0, 10),
        newIccid: contract.iccid.slice(0, 12) + String(sim.random.int(1_000_000, 9_999_999)),
      };
      contract.simSwaps.unshift(swap);
      if ((body.reason === 'lost' || body.reason === 'stolen') && contract.status === 'active') {
        // A lost card is blocked at once, so that no one else can use it.
        contract.status = 'blocked';
        contract.version++;
      }
      const { newIccid: _hidden, ...wireSwap } = swap;
      return wireSwap;
    }),
    route(sim, simSwapOperations.list, ({ customer, params, query }) => {
      const contract = findContract(customer, params.id);
      return paginate(
        contract.simSwaps.map(({ newIccid: _hidden, ...swap }) => swap),
        query,
      );
    }),

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

    route(sim, callOperations.list, ({ customer, params, query }) => {
      const contract = findContract(customer, params.id);
      const sort = query.sort ?? '-startedAt';
      const key = `${contract.id}|${query.from}|${query.to}|${query.category}|${query.direction}|${query.query}|${sort}`;
      if (lastQuery?.key !== key) {
        const digits = query.query?.replace(/\D/g, '');
        let calls = inRange(callsOf(contract, sim), query.from, query.to).filter(
          (c) => (!query.category || c.category === query.category) && (!query.direction || c.direction === query.direction) && (!digits || c.from.includes(digits) || c.to.includes(digits)),
        );
        const field = sort.replace(/^-/, '');
        calls = field === 'startedAt' ? calls.slice() : calls.slice().sort(SORTERS[field]);
        if (sort.startsWith('-')) calls.reverse();
        lastQuery = { key, calls };
      }
      return { ...paginate(lastQuery.calls, { cursor: query.cursor, limit: query.limit ?? 100 }), total: lastQuery.calls.length };
    }),
    route(sim, callOperations.summary, ({ customer, params, query }) => {
      const contract = findContract(customer, params.id);
      if (query.timeZone !== undefined && !isTimeZone(query.timeZone)) {
        throw new Problem(400, 'validation_failed', `There is no time zone ${query.timeZone}: name one as the IANA database does, such as Europe/Warsaw.`, {
          errors: [{ pointer: '/timeZone', code: 'invalid_time_zone', detail: 'Not a known IANA time zone.' }],
        });
      }
      return summarize(inRange(callsOf(contract, sim), query.from, query.to), query);
    }),
    route(sim, callOperations.recording, ({ customer, params, request }) => {
      const contract = findContract(customer, params.id);
      const call = callsOf(contract, sim).find((c) => c.id === params.callId);
      if (!call) throw new Problem(404, 'call_not_found', `No call ${params.callId} on this contract.`);
      if (!call.recording) throw new Problem(404, 'recording_not_found', 'This call was not recorded.');
      const token = sim.random.id('rec', 24);
      const expiresAt = sim.clock.now() + 5 * 60_000;
      sim.recordings.set(token, { seconds: call.recording.duration, expiresAt });
      return { url: `${new URL(request.url).origin}/media/recordings/${token}.wav`, contentType: 'audio/wav', expiresAt: new Date(expiresAt).toISOString() };
    }),

    // The audio behind a recording link: signed by its token, so an <audio> element can play it without a session.
    http.get('*/media/recordings/:file', ({ params }) => {
      const token = String(params.file).replace(/\.wav$/, '');
      const recording = sim.recordings.get(token);
      if (!recording || recording.expiresAt < sim.clock.now()) return new HttpResponse('This recording link has expired.', { status: 404 });
      return new HttpResponse(recordingWav(recording.seconds), { headers: { 'content-type': 'audio/wav', 'cache-control': 'private, max-age=300' } });
    }),
  ];
}
