// Not part of Portico: the measurement behind decision 0001. Portico's ClientCore
// (packages/sdk/src/core/client-core.ts) rewritten on ky 2.1: ky sends, times out each try and
// the whole call, retries with backoff and jitter, honours Retry-After and encodes JSON; what
// ky does not do is kept from Portico (validation, idempotency keys, session refresh, error
// classes, redaction, the cut-off body retry, upload progress). It is read in place of
// core/client-core.ts by 0001-transport-size.mjs, so its imports are that module's.
import ky, { isForceRetryError, isHTTPError, isNetworkError, isTimeoutError, type KyResponse } from 'ky';
import { apiErrorFor, ContractError, NetworkError, PorticoError, TimeoutError, type Problem, type RequestSummary } from './errors.ts';
import { createIdempotencyKey } from './idempotency.ts';
import { fillPath, type ClientOperation, type OperationInput, type OperationOutput } from './operation.ts';
import type { RetryOptions } from './retry.ts';
import { Session, type SessionTokenResult } from './session.ts';
import { parseInput, parseOutput } from './validate.ts';
import type { UploadProgress } from './upload.ts';
import { isA } from './is-a.ts';

interface BaseConfig {
  baseUrl: string;
  locale?: string;
  fetch?: typeof fetch;
  timeout?: number;
  totalTimeout?: number;
  retry?: number | false | RetryOptions;
  headers?: Record<string, string>;
}
export type ClientConfig = BaseConfig & ({ fetchSessionToken: () => Promise<SessionTokenResult>; token?: undefined } | { token: string; fetchSessionToken?: undefined });
export interface RequestOptions {
  signal?: AbortSignal;
  timeout?: number;
  totalTimeout?: number;
  idempotencyKey?: string;
  headers?: Record<string, string>;
  onUploadProgress?: (progress: UploadProgress) => void;
  ifMatch?: string | number;
}

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key']);
function normalizeHeaders(...sources: (Record<string, string> | undefined)[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const source of sources) for (const [name, value] of Object.entries(source ?? {})) if (name.toLowerCase() !== 'authorization') headers[name.toLowerCase()] = value;
  return headers;
}
function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const copy = { ...headers };
  for (const name of Object.keys(copy)) if (SECRET_HEADERS.has(name)) copy[name] = '[redacted]';
  copy.authorization = 'Bearer [redacted]';
  return copy;
}

export class ClientCore {
  readonly baseUrl: string;
  locale: string | undefined;
  #session: Session;
  #ky: typeof ky;
  #customFetch: boolean;
  #timeout: number;
  #totalTimeout: number | undefined;
  #retry: Required<Omit<RetryOptions, 'onRetry'>> & Pick<RetryOptions, 'onRetry'>;
  #headers: Record<string, string>;

  constructor(config: ClientConfig) {
    if (!config || typeof config.baseUrl !== 'string') throw new TypeError('createClient() needs a baseUrl');
    if (!config.token && typeof config.fetchSessionToken !== 'function') throw new TypeError('createClient() needs fetchSessionToken (or a token)');
    this.baseUrl = config.baseUrl.replace(/\/+$/, '');
    this.locale = config.locale;
    this.#session = new Session(config.token ? { token: config.token } : { fetchSessionToken: config.fetchSessionToken! });
    this.#customFetch = config.fetch !== undefined;
    const given: RetryOptions = config.retry === false ? { limit: 0 } : typeof config.retry === 'number' ? { limit: config.retry } : (config.retry ?? {});
    this.#retry = { limit: 2, baseDelay: 300, maxDelay: 8000, maxRetryAfter: 60_000, ...given };
    this.#timeout = config.timeout ?? 30_000;
    this.#totalTimeout = config.totalTimeout;
    this.#headers = config.headers ?? {};
    this.#ky = ky.create({ fetch: config.fetch, throwHttpErrors: true });
  }

  async request<O extends ClientOperation>(operation: O, input: OperationInput<O>, options: RequestOptions = {}): Promise<OperationOutput<O>> {
    const { params, query, body } = input as { params?: unknown; query?: unknown; body?: unknown };
    const checkedParams = operation.params ? parseInput(operation.params, params) : undefined;
    const checkedQuery = operation.query ? parseInput(operation.query, query ?? {}) : undefined;
    const checkedBody = operation.body ? parseInput(operation.body, body) : undefined;
    if (operation.ifMatch && options.ifMatch === undefined) throw new TypeError(`${operation.id} changes a versioned resource: pass { ifMatch: resource.version }`);
    const url = this.baseUrl + fillPath(operation.path, checkedParams as Record<string, unknown>);
    const idempotencyKey = options.idempotencyKey ?? (operation.creates ? createIdempotencyKey() : undefined);
    const headers: Record<string, string> = { accept: 'application/json', ...normalizeHeaders(this.#headers, options.headers) };
    if (this.locale) headers['accept-language'] = this.locale;
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
    const multipart = operation.bodyType === 'multipart';
    const summary: RequestSummary = { method: operation.method, url, headers: redactHeaders(headers) };
    const retryable = operation.method !== 'POST' && operation.method !== 'PATCH' ? true : idempotencyKey !== undefined;
    const timeout = options.timeout ?? this.#timeout;
    const total = options.totalTimeout ?? this.#totalTimeout ?? Math.max(60_000, timeout);
    const session = this.#session;
    const retry = this.#retry;
    const started = performance.now();
    // The wait before the coming retry, for onRetry: ky's hooks do not say it.
    let lastDelay = 0;

    // Upload progress: ky's onUploadProgress needs request streams over HTTP/2; XMLHttpRequest stays.
    const fetcher =
      options.onUploadProgress && !this.#customFetch && typeof XMLHttpRequest !== 'undefined'
        ? async (request: Request) => {
            // The form again, as XMLHttpRequest sends it: with a multipart boundary of its own.
            const sent = Object.fromEntries([...request.headers].filter(([name]) => name !== 'content-type'));
            const { sendWithUploadProgress } = await import('./upload.ts');
            return sendWithUploadProgress(request.url, { method: request.method, headers: sent, body: await request.formData(), signal: request.signal }, options.onUploadProgress!);
          }
        : undefined;

    const send = (token: string) =>
      this.#ky(url, {
        method: operation.method,
        headers: { ...headers, authorization: `Bearer ${token}` },
        searchParams: checkedQuery as Record<string, string> | undefined,
        ...(checkedBody === undefined ? {} : multipart ? { body: toFormData(checkedBody) } : { json: checkedBody }),
        signal: options.signal,
        timeout,
        totalTimeout: Number.isFinite(total) ? total : false,
        ...(fetcher ? { fetch: fetcher as typeof fetch } : {}),
        retry: {
          limit: retryable ? retry.limit : 0,
          methods: ['get', 'put', 'delete', 'post', 'patch'],
          statusCodes: [408, 409, 429, 500, 502, 503, 504, 506, 507, 508, 510, 511],
          afterStatusCodes: [409, 429, 503],
          maxRetryAfter: retry.maxRetryAfter,
          backoffLimit: retry.maxDelay,
          delay: (attempt) => retry.baseDelay * 2 ** (attempt - 1),
          jitter: (delay) => (lastDelay = delay / 2 + Math.random() * (delay / 2)),
          retryOnTimeout: true,
          shouldRetry: ({ error }) => {
            if (!isHTTPError(error)) return undefined;
            const status = error.response.status;
            // Only the in-flight duplicate of our own key is worth waiting out among the 409s
            // (undefined, not true: a forced retry would not wait for its Retry-After).
            if (status === 409) return problemOf(error.data)?.code === 'idempotency_key_in_flight' ? undefined : false;
            // A Retry-After beyond what we wait for: the error goes to the caller at once.
            const after = retryAfterMs(error.response.headers.get('retry-after'));
            if (after !== undefined && after > retry.maxRetryAfter) return false;
            if (after !== undefined) lastDelay = after;
            return undefined;
          },
        },
        hooks: {
          afterResponse: [
            async ({ response }) => {
              // A 2xx whose body came cut off: tried again as a lost answer would be.
              if (response.ok && response.status !== 204) {
                try {
                  JSON.parse(await response.clone().text());
                } catch {
                  return ky.retry({ code: 'NOT_JSON', cause: notJson(summary) });
                }
              }
              return undefined;
            },
          ],
          beforeRetry: [
            ({ error, retryCount }) => {
              retry.onRetry?.({ attempt: retryCount, delay: lastDelay, error: portico(error, summary, timeout, total, started) });
            },
          ],
        },
      });

    // Session refresh wraps ky: its forced retries count against (and stop at) retry.limit.
    let token = await session.current();
    for (let refreshed = false; ; refreshed = true) {
      try {
        const response: KyResponse = await send(token);
        const text = await response.text();
        let value: unknown;
        try {
          value = response.status === 204 ? undefined : JSON.parse(text);
        } catch {
          throw notJson(summary);
        }
        return parseOutput(operation.response, value, summary) as OperationOutput<O>;
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        if (isHTTPError(error) && error.response.status === 401 && !refreshed && session.refreshable) {
          token = await session.refresh(token);
          continue;
        }
        throw portico(error, summary, timeout, total, started);
      }
    }
  }
}

function notJson(summary: RequestSummary): ContractError {
  return new ContractError(`The API's answer to ${summary.method} ${summary.url} is not JSON`, { path: '', issues: [{ path: '', code: 'invalid_json', message: 'Not JSON' }], request: summary });
}

/** ky's errors as Portico's classes. */
function portico(error: unknown, summary: RequestSummary, timeout: number, total: number, started: number): unknown {
  if (isA(error, PorticoError)) return error;
  if (isForceRetryError(error)) return error.cause ?? error;
  if (isHTTPError(error)) return errorFrom(error.response, error.data, summary);
  if (isTimeoutError(error)) {
    // ky's TimeoutError does not say which limit ran out: the clock does.
    return performance.now() - started >= total - 1
      ? new TimeoutError(`No answer within ${total} ms, retries included`, { code: 'total_timeout', request: summary, cause: error })
      : new TimeoutError(`No answer within ${timeout} ms`, { code: 'timeout', request: summary, cause: error });
  }
  if (isNetworkError(error)) return new NetworkError('The request did not reach the API or its answer was lost', { code: 'network_error', request: summary, cause: error });
  return error;
}

function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** ky parses only `application/json` error bodies; problem+json comes as text. */
function problemOf(data: unknown): Problem | undefined {
  if (typeof data === 'string') {
    try {
      return asProblem(JSON.parse(data));
    } catch {
      return undefined;
    }
  }
  return asProblem(data);
}

function toFormData(body: unknown): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, isA(item, Blob) ? item : String(item));
  }
  return form;
}

function errorFrom(response: Response, data: unknown, request: RequestSummary): PorticoError {
  const problem = problemOf(data);
  const message = problem?.detail ?? problem?.title ?? `The API answered ${response.status}`;
  const after = retryAfterMs(response.headers.get('retry-after'));
  return apiErrorFor(response.status, message, {
    status: response.status,
    problem,
    request,
    requestId: response.headers.get('x-request-id') ?? undefined,
    retryAfter: after === undefined ? undefined : after / 1000,
  });
}

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
      .map((e) => ({ pointer: e.pointer as string, code: text(e.code) ?? 'invalid', detail: text(e.detail) ?? 'Invalid value', ...(e.params && typeof e.params === 'object' ? { params: e.params as Record<string, unknown> } : {}) }));
  }
  return problem;
}
