import { http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod/mini';
import { isA, type Issue, toFieldError } from '@portico/sdk/core';
import type { AnyOperation, Operation } from '@portico/sdk/contract';
import type { CustomerRecord } from '../data/world.ts';
import { permissionsOf, type PortalUserRecord } from '../data/users.ts';
import type { SimulatorContext } from './context.ts';
import { settle } from '../data/settle.ts';
import { FAULT_HEADER, parseFaultHeader, type Fault } from './faults.ts';
import { Problem, toPointer, type ProblemFieldError } from './problem.ts';
import { readQuery } from './query.ts';
import { admit } from './client-address.ts';

/** The demo reseller's secret key, documented so that anyone can mint sessions. */
export const RESELLER_KEY = 'sk_test_portico';

type Out<S> = S extends z.ZodMiniType ? z.output<S> : undefined;
type OperationOutput<O extends AnyOperation> = z.output<O['response']>;
type Parts<O> = O extends Operation<infer P, infer Q, infer B, z.ZodMiniType> ? { params: Out<P>; query: Out<Q>; body: Out<B> } : never;

/** What a route's resolver gets: the validated input, the caller and the simulator. */
export type RouteContext<O extends AnyOperation> = Parts<O> & {
  /** The customer of the session; absent on reseller operations. */
  customer: CustomerRecord;
  /** The session's portal user (the main administrator when the session names none); absent on reseller operations. */
  user: PortalUserRecord;
  request: Request;
  sim: SimulatorContext;
};

/** An answer with a status or headers of its own. */
export class Reply<T> {
  constructor(
    readonly body: T,
    readonly init: { status?: number; headers?: Record<string, string> } = {},
  ) {}
}

export type Resolver<O extends AnyOperation> = (context: RouteContext<O>) => OperationOutput<O> | Reply<OperationOutput<O>> | Promise<OperationOutput<O> | Reply<OperationOutput<O>>>;

/** The msw path of an operation: any origin, `{id}` as `:id`. */
export function mswPath(path: string): string {
  return '*' + path.replace(/\{(\w+)\}/g, ':$1');
}

let requestCounter = 0;

export interface RouteOptions {
  /** A larger request body is refused with 413 before it is parsed (uploads). */
  maxBodyBytes?: number;
}

/**
 * Serves one contract operation: faults, session or key, input validation, idempotency,
 * latency, the resolver, and a check of the answer against the contract.
 */
export function route<O extends AnyOperation>(sim: SimulatorContext, operation: O, resolve: Resolver<O>, options: RouteOptions = {}): HttpHandler {
  const method = operation.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return http[method](mswPath(operation.path), async ({ request, params }) => {
    const requestId = `req_${(++requestCounter).toString(36).padStart(6, '0')}`;
    const url = new URL(request.url);
    const idempotencyKey = operation.creates ? (request.headers.get('idempotency-key') ?? undefined) : undefined;
    const entry = { method: operation.method, path: url.pathname + url.search, status: 0 as number | 'dropped', ...(idempotencyKey ? { idempotencyKey } : {}) };
    sim.log.push(entry);
    if (sim.log.length > 2000) sim.log.splice(0, sim.log.length - 2000);

    const fault = sim.faults.take(operation.method, url.pathname, parseFaultHeader(request.headers.get(FAULT_HEADER)));
    const injected = fault && (await injectFault(fault, request, requestId));
    if (injected !== undefined) {
      entry.status = injected.type === 'error' ? 'dropped' : injected.status;
      return injected;
    }

    let response: Response;
    try {
      response = await handle(sim, operation, resolve, request, params as Record<string, string>, requestId, idempotencyKey, options);
    } catch (error) {
      response = isA(error, Problem) ? error.toResponse(requestId) : new Problem(500, 'simulator_bug', String(error)).toResponse(requestId);
    }
    if (fault?.loseResponse) {
      entry.status = 'dropped';
      return HttpResponse.error();
    }
    entry.status = response.status;
    return response;
  });
}

async function handle<O extends AnyOperation>(
  sim: SimulatorContext,
  operation: O,
  resolve: Resolver<O>,
  request: Request,
  rawParams: Record<string, string>,
  requestId: string,
  idempotencyKey: string | undefined,
  options: RouteOptions,
): Promise<Response> {
  const caller = authenticate(sim, operation, request);
  const customer = caller?.customer;
  if (caller) authorize(operation, caller.user);
  const params = operation.params ? validate(operation.params, rawParams, 400) : undefined;
  const query = operation.query ? validate(operation.query, readQuery(operation.query, new URL(request.url).searchParams), 400) : undefined;
  const raw = operation.body ? await readBody(operation, request, options.maxBodyBytes) : undefined;
  const body = operation.body ? validate(operation.body, raw!.value, 422) : undefined;
  if (customer) settle(customer, sim);

  const scope = customer?.id ?? 'reseller';
  if (idempotencyKey) {
    if (idempotencyKey.length > 255) throw new Problem(400, 'idempotency_key_invalid', 'An Idempotency-Key has at most 255 characters.');
    const check = sim.idempotency.begin(scope, idempotencyKey, `${operation.id}:${raw?.fingerprint ?? ''}`);
    if (check.kind === 'replay') return check.response;
    if (check.kind === 'reused') {
      throw new Problem(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request. Use a new key for a new action.');
    }
    if (check.kind === 'in-flight') {
      throw new Problem(409, 'idempotency_key_in_flight', 'A request with this Idempotency-Key is still being processed. Retry after it completes.', { retryAfter: 1 });
    }
  }

  let response: Response | undefined;
  try {
    await processingTime(sim);
    const result = await resolve({ params, query, body, customer: customer!, user: caller?.user, request, sim } as RouteContext<O>);
    const reply = isA(result, Reply) ? result : new Reply(result);
    // The simulator holds itself to the contract too: an answer that drifted is a bug, said loudly.
    const answer = operation.response.safeParse(reply.body);
    if (!answer.success) throw new Problem(500, 'simulator_bug', `The simulator's answer to ${operation.id} breaks the contract: ${JSON.stringify(answer.error.issues)}`);
    const checked = answer.data;
    const status = reply.init.status ?? operation.status ?? 200;
    response = new Response(status === 204 ? null : JSON.stringify(checked), {
      status,
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...reply.init.headers },
    });
    return response;
  } catch (error) {
    if (isA(error, Problem)) response = error.toResponse(requestId);
    throw error;
  } finally {
    // Keep answers the request earned (success, a refusal on its merits); forget conflicts and crashes so a retry can run.
    if (idempotencyKey) {
      const keep = response && response.status < 500 && response.status !== 409 && response.status !== 429;
      await sim.idempotency.finish(scope, idempotencyKey, `${operation.id}:${raw?.fingerprint ?? ''}`, keep ? response : undefined);
    }
  }
}

/**
 * What the session's portal user may not do is refused before anything is read or changed:
 * an operation that needs a permission the user lacks, or a change by a read-only user.
 */
function authorize(operation: AnyOperation, user: PortalUserRecord): void {
  if (operation.permission && !permissionsOf(user).includes(operation.permission)) {
    throw new Problem(403, 'permission_denied', `This needs the "${operation.permission}" permission, which the portal user ${user.name} does not have. An administrator of the account can grant it.`, {
      errors: [{ pointer: '', code: 'permission_denied', detail: `Needs the "${operation.permission}" permission.`, params: { permission: operation.permission } }],
    });
  }
  if (user.access === 'read_only' && operation.method !== 'GET' && !operation.reads && !operation.personal) {
    throw new Problem(403, 'read_only_user', `The portal user ${user.name} may look but not change anything.`);
  }
}

function authenticate(sim: SimulatorContext, operation: AnyOperation, request: Request): { customer: CustomerRecord; user: PortalUserRecord } | undefined {
  const header = request.headers.get('authorization') ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (operation.auth === 'reseller') {
    if (token !== RESELLER_KEY) throw new Problem(401, 'invalid_api_key', 'This operation needs the reseller secret key as a Bearer token.');
    return undefined;
  }
  if (!token) throw new Problem(401, 'session_missing', 'Send a customer session token as "Authorization: Bearer <token>".');
  if (token === RESELLER_KEY) throw new Problem(401, 'session_required', 'Customer operations need a customer session token, not the reseller key. Mint one with POST /v1/sessions.');
  const session = sim.sessions.get(token);
  if (!session) throw new Problem(401, 'session_invalid', 'The session token is not valid.');
  if (session.expiresAt <= sim.clock.now()) throw new Problem(401, 'session_expired', 'The session has expired. Mint a new one.');
  const customer = sim.world.customers.get(session.customerId);
  if (!customer) throw new Problem(401, 'session_invalid', 'The session belongs to no customer.');
  const user = session.userId === null ? customer.users.find((u) => u.mainAdministrator) : customer.users.find((u) => u.id === session.userId);
  // A user deleted, or barred from logging in, since the session was minted: the session ends with it.
  if (!user || !user.canLogIn) throw new Problem(401, 'session_invalid', 'The portal user of this session can no longer log in.');
  admit(sim, session, user, request);
  return { customer, user };
}

function validate<S extends z.ZodMiniType>(schema: S, value: unknown, status: 400 | 422): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors: ProblemFieldError[] = result.error.issues.map((issue) => {
    const field = toFieldError(issue as unknown as Issue);
    return { pointer: toPointer(issue.path), code: field.code, detail: field.message, ...(field.params ? { params: field.params } : {}) };
  });
  const where = status === 400 ? 'parameters' : 'body';
  throw new Problem(status, 'validation_failed', `The request ${where} did not pass validation: ${errors.map((e) => `${e.pointer || '/'} ${e.detail}`).join('; ')}`, { errors });
}

/** A body over the limit, said before reading it when its length is declared, else after. */
function tooLarge(maxBodyBytes: number): Problem {
  return new Problem(413, 'content_too_large', `The request body is larger than ${maxBodyBytes} bytes. Send a smaller file.`);
}

async function readBody(operation: AnyOperation, request: Request, maxBodyBytes?: number): Promise<{ value: unknown; fingerprint: string }> {
  if (maxBodyBytes !== undefined) {
    const declared = Number(request.headers.get('content-length'));
    if (declared > maxBodyBytes) throw tooLarge(maxBodyBytes);
  }
  if (operation.bodyType === 'multipart') {
    const type = request.headers.get('content-type') ?? '';
    if (!type.includes('multipart/form-data')) {
      throw new Problem(400, 'multipart_required', 'Send this body as multipart/form-data.');
    }
    let source: Request | Response = request;
    if (maxBodyBytes !== undefined) {
      // Not every host declares the length (msw in a page does not): count the bytes too.
      const bytes = await request.arrayBuffer();
      if (bytes.byteLength > maxBodyBytes) throw tooLarge(maxBodyBytes);
      source = new Response(bytes, { headers: { 'content-type': type } });
    }
    const form = await source.formData().catch(() => {
      throw new Problem(400, 'invalid_multipart', 'The multipart body could not be read.');
    });
    const value: Record<string, unknown> = {};
    const parts: string[] = [];
    for (const [name, item] of form) {
      value[name] = item;
      parts.push(typeof item === 'string' ? `${name}=${item}` : `${name}=${item.name}:${item.size}:${item.type}`);
    }
    return { value, fingerprint: parts.join('&') };
  }
  const text = await request.text();
  if (!text) return { value: undefined, fingerprint: '' };
  try {
    const value: unknown = JSON.parse(text);
    return { value, fingerprint: stableStringify(value) };
  } catch {
    throw new Problem(400, 'invalid_json', 'The request body is not valid JSON.');
  }
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

async function processingTime(sim: SimulatorContext): Promise<void> {
  const ms = Array.isArray(sim.latency) ? sim.latency[0] + sim.random.next() * (sim.latency[1] - sim.latency[0]) : sim.latency;
  if (ms > 0) await wait(ms);
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const FAULT_CODES: Record<number, [string, string]> = {
  429: ['rate_limited', 'Too many requests. Slow down and retry after the indicated time.'],
  500: ['internal_error', 'Something went wrong on our side.'],
  502: ['bad_gateway', 'An upstream system did not answer properly.'],
  503: ['service_unavailable', 'The service is temporarily unavailable. Retry shortly.'],
  504: ['gateway_timeout', 'An upstream system did not answer in time.'],
};

/** Turns a fault into its answer; `undefined` lets the request through (latency only, or lose-response). */
async function injectFault(fault: Fault, request: Request, requestId: string): Promise<Response | undefined> {
  if (fault.latency) await wait(fault.latency, request.signal);
  if (fault.timeout) {
    // Hold the request until the client gives up (or two minutes pass), then drop it.
    await wait(120_000, request.signal);
    return HttpResponse.error();
  }
  if (fault.drop) return HttpResponse.error();
  if (fault.malformed) return new Response('{"data": [', { status: 200, headers: { 'content-type': 'application/json', 'x-request-id': requestId } });
  if (fault.status) {
    const [code, detail] = FAULT_CODES[fault.status] ?? ['injected_fault', `Injected fault ${fault.status}.`];
    const retryAfter = fault.retryAfter ?? (fault.status === 429 ? 1 : undefined);
    return new Problem(fault.status, code, detail, retryAfter === undefined ? {} : { retryAfter }).toResponse(requestId);
  }
  return undefined;
}
