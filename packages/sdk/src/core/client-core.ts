import { apiErrorFor, ContractError, IdempotencyError, NetworkError, PorticoError, TimeoutError, type Problem, type RequestSummary } from './errors.ts';
import { createIdempotencyKey } from './idempotency.ts';
import { fillPath, type ClientOperation, type OperationInput, type OperationOutput } from './operation.ts';
import { backoff, isRetryableStatus, parseRetryAfter, resolveRetry, sleep, type ResolvedRetry, type RetryOptions } from './retry.ts';
import { Session, type SessionTokenResult } from './session.ts';
import { parseInput, parseOutput } from './validate.ts';
import type { UploadProgress } from './upload.ts';
import { isA } from './is-a.ts';

interface BaseConfig {
  /** Where the Portico API lives, e.g. `https://api.example.com` (no trailing `/v1`). */
  baseUrl: string;
  /** The customer's language: sent as `Accept-Language`, read by the widgets. */
  locale?: string;
  /** A `fetch` to use instead of the global one (tests, proxies, Node agents). */
  fetch?: typeof fetch;
  /** Milliseconds one attempt may take before it fails with `TimeoutError`. Default 30000. */
  timeout?: number;
  /**
   * Milliseconds all the tries of a call may take together, the waits between them included,
   * before it fails with `TimeoutError` (code `total_timeout`). Default 60000, or the per-try
   * `timeout` when that is longer; `Infinity` turns it off.
   */
  totalTimeout?: number;
  /** Retries of idempotent requests; a number is the limit, `false` turns them off. */
  retry?: number | false | RetryOptions;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** Configuration of a client. Give either `fetchSessionToken` (browsers) or `token` (scripts). */
export type ClientConfig = BaseConfig &
  (
    | {
        /** Asks the reseller's backend for a customer session; called lazily and again after a 401. */
        fetchSessionToken: () => Promise<SessionTokenResult>;
        token?: undefined;
      }
    | { token: string; fetchSessionToken?: undefined }
  );

/** Per-call options, the last argument of every SDK method. */
export interface RequestOptions {
  /** Aborting cancels the request and any retry still to come. */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt timeout (ms). */
  timeout?: number;
  /** Overrides the client's timeout of the whole call, retries included (ms). */
  totalTimeout?: number;
  /** The key of this user action; reuse it when the user retries the same action. */
  idempotencyKey?: string;
  headers?: Record<string, string>;
  /** Upload progress of a multipart body (file uploads). */
  onUploadProgress?: (progress: UploadProgress) => void;
  /**
   * The version of the resource this update was made against (its `version` field); sent as
   * `If-Match`, so that a change someone else made meanwhile is a `ConflictError`, not lost.
   */
  ifMatch?: string | number;
}

const DEFAULT_TIMEOUT = 30_000;
/** About as long as a person waits for an answer before giving up on it. */
const DEFAULT_TOTAL_TIMEOUT = 60_000;
/**
 * How much of an error answer is read. A problem+json body is a few hundred bytes; a proxy's
 * error page or a runaway stream is not worth the memory, and its status alone says enough.
 */
const ERROR_BODY_LIMIT = 64 * 1024;

/** Headers whose values never appear in an error: credentials of any kind. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key']);

/** Header names in lower case; the session's `authorization` is the client's alone. */
function normalizeHeaders(...sources: (Record<string, string> | undefined)[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const source of sources) {
    for (const [name, value] of Object.entries(source ?? {})) {
      const key = name.toLowerCase();
      if (key !== 'authorization') headers[key] = value;
    }
  }
  return headers;
}

/** A copy of the headers safe to keep in an error. */
function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const copy = { ...headers };
  for (const name of Object.keys(copy)) if (SECRET_HEADERS.has(name)) copy[name] = '[redacted]';
  copy.authorization = 'Bearer [redacted]';
  return copy;
}

/**
 * Sends contract operations: validates input, attaches the session, retries what is safe to
 * retry, maps errors to classes and validates the answer. Domain APIs (`account`, …) stand on it.
 */
export class ClientCore {
  readonly baseUrl: string;
  locale: string | undefined;
  #session: Session;
  #fetch: typeof fetch;
  #timeout: number;
  #totalTimeout: number | undefined;
  #retry: ResolvedRetry;
  #headers: Record<string, string>;
  /** A custom fetch (a proxy, a spy) is used for everything, uploads included. */
  #customFetch: boolean;

  constructor(config: ClientConfig) {
    if (!config || typeof config.baseUrl !== 'string') throw new TypeError('createClient() needs a baseUrl');
    if (!config.token && typeof config.fetchSessionToken !== 'function') {
      throw new TypeError('createClient() needs fetchSessionToken (or a token)');
    }
    this.baseUrl = config.baseUrl.replace(/\/+$/, '');
    this.locale = config.locale;
    this.#session = new Session(config.token ? { token: config.token } : { fetchSessionToken: config.fetchSessionToken! });
    this.#fetch = config.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#customFetch = config.fetch !== undefined;
    this.#timeout = config.timeout ?? DEFAULT_TIMEOUT;
    this.#totalTimeout = config.totalTimeout;
    this.#retry = resolveRetry(config.retry);
    this.#headers = config.headers ?? {};
  }

  /** Sends one operation and returns its validated answer. */
  async request<O extends ClientOperation>(operation: O, input: OperationInput<O>, options: RequestOptions = {}): Promise<OperationOutput<O>> {
    const { params, query, body } = input as { params?: unknown; query?: unknown; body?: unknown };
    const checkedParams = operation.params ? parseInput(operation.params, params) : undefined;
    const checkedQuery = operation.query ? parseInput(operation.query, query ?? {}) : undefined;
    const checkedBody = operation.body ? parseInput(operation.body, body) : undefined;

    if (operation.ifMatch && options.ifMatch === undefined) {
      throw new TypeError(`${operation.id} changes a versioned resource: pass { ifMatch: resource.version }`);
    }
    const url = this.baseUrl + fillPath(operation.path, checkedParams as Record<string, unknown>) + queryString(checkedQuery);
    const idempotencyKey = options.idempotencyKey ?? (operation.creates ? createIdempotencyKey() : undefined);
    const headers: Record<string, string> = { accept: 'application/json', ...normalizeHeaders(this.#headers, options.headers) };
    if (this.locale) headers['accept-language'] = this.locale;
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
    const multipart = operation.bodyType === 'multipart';
    if (checkedBody !== undefined && !multipart) headers['content-type'] = 'application/json';
    const summary: RequestSummary = { method: operation.method, url, headers: redactHeaders(headers) };
    // A POST that does not carry a key may have had its effect before the failure: never repeat it.
    const retryable = operation.method !== 'POST' && operation.method !== 'PATCH' ? true : idempotencyKey !== undefined;

    let refreshed = false;
    let token = await this.#session.current();
    const timeout = options.timeout ?? this.#timeout;
    const total = options.totalTimeout ?? this.#totalTimeout ?? Math.max(DEFAULT_TOTAL_TIMEOUT, timeout);
    const deadline = new Deadline(total);
    for (let attempt = 0; ; attempt++) {
      options.signal?.throwIfAborted();
      const init: RequestInit = {
        method: operation.method,
        headers: { ...headers, authorization: `Bearer ${token}` },
        body: checkedBody === undefined ? undefined : multipart ? toFormData(checkedBody) : JSON.stringify(checkedBody),
      };
      let failure: PorticoError;
      let wait: number | undefined;
      const answer = await this.#send(url, init, timeout, deadline, options).catch((error: unknown) => {
        if (isA(error, NetworkError) || isA(error, TimeoutError)) return error;
        throw error;
      });
      if (isA(answer, PorticoError)) {
        failure = answer;
        if (failure.code === 'total_timeout') throw failure;
      } else if (answer.status === 401 && !refreshed && this.#session.refreshable) {
        // One fresh session per request: a second 401 means the customer really is signed out.
        refreshed = true;
        attempt--;
        token = await this.#session.refresh(token);
        continue;
      } else if (answer.status >= 200 && answer.status < 300) {
        const body = readJson(answer);
        if (body.read) return parseOutput(operation.response, body.value, summary) as OperationOutput<O>;
        // Most likely cut off on its way (a dropped connection, a proxy's limit): tried again as a
        // lost answer would be; a backend that keeps sending it is a ContractError.
        failure = new ContractError(`The API's answer to ${summary.method} ${summary.url} is not JSON`, {
          path: '',
          issues: [{ path: '', code: 'invalid_json', message: 'Not JSON' }],
          request: summary,
        });
      } else {
        failure = errorFrom(answer, summary);
        // The same action still running on the server (e.g. after our own timeout): its answer will be replayed.
        const inFlight = isA(failure, IdempotencyError) && failure.code === 'idempotency_key_in_flight';
        if (!isRetryableStatus(answer.status) && !inFlight) throw failure;
        wait = parseRetryAfter(answer.headers.get('retry-after'));
      }
      if (!retryable || attempt >= this.#retry.limit) throw failure;
      if (wait !== undefined && wait > this.#retry.maxRetryAfter) throw failure;
      const delay = wait ?? backoff(attempt, this.#retry);
      // A try that could only start after the deadline is not waited for: the last failure says more.
      if (delay >= deadline.remaining()) throw failure;
      this.#retry.onRetry?.({ attempt: attempt + 1, delay, error: failure });
      await sleep(delay, options.signal);
    }
  }

  /**
   * One attempt, body included: a connection lost while the body streams is a network error
   * too. An error answer's body is read up to `ERROR_BODY_LIMIT` only.
   */
  async #send(url: string, init: RequestInit, timeout: number, deadline: Deadline, options: RequestOptions): Promise<Answer> {
    const timer = AbortSignal.timeout(timeout);
    const signal = AbortSignal.any([timer, deadline.signal, ...(options.signal ? [options.signal] : [])]);
    try {
      // Upload progress needs XMLHttpRequest; its code loads the first time it is wanted.
      const response =
        options.onUploadProgress && !this.#customFetch && typeof XMLHttpRequest !== 'undefined'
          ? await (await import('./upload.ts')).sendWithUploadProgress(url, { ...init, signal }, options.onUploadProgress)
          : await this.#fetch(url, { ...init, signal });
      const ok = response.status >= 200 && response.status < 300;
      return { status: response.status, headers: response.headers, text: ok ? await response.text() : await readAtMost(response, ERROR_BODY_LIMIT) };
    } catch (cause) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (deadline.signal.aborted) {
        throw new TimeoutError(`No answer within ${deadline.total} ms, retries included`, { code: 'total_timeout', request: redact(url, init), cause });
      }
      if (timer.aborted) throw new TimeoutError(`No answer within ${timeout} ms`, { code: 'timeout', request: redact(url, init), cause });
      throw new NetworkError('The request did not reach the API or its answer was lost', { code: 'network_error', request: redact(url, init), cause });
    }
  }
}

/** The end of a call's time: a signal that aborts then, and how much time is left. */
class Deadline {
  readonly total: number;
  readonly signal: AbortSignal;
  readonly #end: number;

  constructor(total: number) {
    this.total = total;
    // A timer that never fires stands in for no deadline (AbortSignal.timeout refuses Infinity).
    this.signal = Number.isFinite(total) ? AbortSignal.timeout(Math.max(0, total)) : new AbortController().signal;
    this.#end = performance.now() + total;
  }

  remaining(): number {
    return this.#end - performance.now();
  }
}

/**
 * The body as text, cut after `limit` bytes; the rest is not downloaded. A cut problem+json is
 * no longer JSON, and the error is then made from the status alone.
 */
async function readAtMost(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  while (size < limit) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    const part = value.byteLength > limit - size ? value.subarray(0, limit - size) : value;
    size += part.byteLength;
    text += decoder.decode(part, { stream: true });
  }
  // Nobody waits for the cancel: the answer is complete as far as the client is concerned.
  reader.cancel().catch(() => {});
  return text + decoder.decode();
}

/** A response read: a success to the end, an error up to `ERROR_BODY_LIMIT`. */
interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

function redact(url: string, init: RequestInit): RequestSummary {
  return { method: init.method ?? 'GET', url, headers: redactHeaders(init.headers as Record<string, string>) };
}

function queryString(query: unknown): string {
  if (!query || typeof query !== 'object') return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, isA(item, Date) ? item.toISOString() : String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function toFormData(body: unknown): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, isA(item, Blob) ? item : String(item));
  }
  return form;
}

/** A 2xx body parsed; `read: false` when it is not JSON. */
function readJson(answer: Answer): { read: true; value: unknown } | { read: false } {
  if (answer.status === 204) return { read: true, value: undefined };
  try {
    return { read: true, value: JSON.parse(answer.text) };
  } catch {
    return { read: false };
  }
}

function errorFrom(answer: Answer, request: RequestSummary): PorticoError {
  let problem: Problem | undefined;
  try {
    problem = asProblem(JSON.parse(answer.text));
  } catch {
    // A proxy's HTML error page: the status alone must do.
  }
  const message = problem?.detail ?? problem?.title ?? `The API answered ${answer.status}`;
  const retryAfter = parseRetryAfter(answer.headers.get('retry-after'));
  return apiErrorFor(answer.status, message, {
    status: answer.status,
    problem,
    request,
    requestId: answer.headers.get('x-request-id') ?? undefined,
    retryAfter: retryAfter === undefined ? undefined : retryAfter / 1000,
  });
}

/**
 * What of an error body can be trusted: an RFC 9457 problem's fields, when they have the
 * right types. Another framework's error shape is ignored rather than crashing the client.
 */
function asProblem(body: unknown): Problem | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const raw = body as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const problem: Problem = {};
  for (const key of ['type', 'title', 'detail', 'code', 'requestId'] as const) {
    const value = text(raw[key]);
    if (value !== undefined) problem[key] = value;
  }
  if (typeof raw.status === 'number') problem.status = raw.status;
  if (typeof raw.retryAfter === 'number') problem.retryAfter = raw.retryAfter;
  if (Array.isArray(raw.errors)) {
    problem.errors = raw.errors
      .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object' && typeof (e as Record<string, unknown>).pointer === 'string')
      .map((e) => ({
        pointer: e.pointer as string,
        code: text(e.code) ?? 'invalid',
        detail: text(e.detail) ?? 'Invalid value',
        ...(e.params && typeof e.params === 'object' ? { params: e.params as Record<string, unknown> } : {}),
      }));
  }
  return problem;
}
