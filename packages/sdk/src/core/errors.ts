import { PORTICO_ERROR_BRAND } from './is-a.ts';

/** What every Portico error may say about the request that failed; the token is never here. */
export interface RequestSummary {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** One problem with one field of a request, as the API or the client's validation found it. */
export interface FieldError {
  /** Dotted path of the field, e.g. `amount.amount`; empty for the whole body. */
  path: string;
  /** Machine-readable reason: `too_small`, `invalid_type`, `currency_mismatch`, … */
  code: string;
  message: string;
  /** Extra facts that make a localized message possible (e.g. `minimum`). */
  params?: Record<string, unknown>;
}

/** The RFC 9457 problem+json body the API answers errors with. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  requestId?: string;
  errors?: { pointer: string; code: string; detail: string; params?: Record<string, unknown> }[];
  retryAfter?: number;
}

/**
 * Writes a class's name under the brand on its prototype, where `isA()` looks for it when an
 * error comes from another copy of Portico. An explicit name, because a minifier renames classes.
 */
function brand(type: abstract new (...args: never[]) => PorticoError, name: string): void {
  Object.defineProperty(type.prototype, PORTICO_ERROR_BRAND, { value: name });
}

/** Base class of every error the SDK throws. */
export class PorticoError extends Error {
  static {
    brand(this, 'PorticoError');
  }
  override name = 'PorticoError';
  /** Machine-readable reason, stable across releases. */
  readonly code: string;
  /** The request that failed, with its credentials redacted. */
  readonly request: RequestSummary | undefined;

  constructor(message: string, options: { code: string; request?: RequestSummary; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.code = options.code;
    this.request = options.request;
  }
}

export interface ApiErrorOptions {
  status: number;
  code?: string;
  problem?: Problem;
  fieldErrors?: FieldError[];
  request?: RequestSummary;
  requestId?: string;
  cause?: unknown;
}

/** The API answered with an error status. */
export class ApiError extends PorticoError {
  static {
    brand(this, 'ApiError');
  }
  override name = 'ApiError';
  readonly status: number;
  readonly requestId: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly problem: Problem | undefined;

  constructor(message: string, options: ApiErrorOptions) {
    super(message, {
      code: options.code ?? options.problem?.code ?? `http_${options.status}`,
      request: options.request,
      cause: options.cause,
    });
    this.status = options.status;
    this.problem = options.problem;
    this.requestId = options.requestId ?? options.problem?.requestId;
    this.fieldErrors = options.fieldErrors ?? fieldErrorsOf(options.problem);
  }
}

/**
 * The input was refused (400/422): by the API, or by the client before anything was sent
 * (then `sent` is false). `fieldErrors` say which field and why.
 */
export class ValidationError extends ApiError {
  static {
    brand(this, 'ValidationError');
  }
  override name = 'ValidationError';
  readonly sent: boolean;
  constructor(message: string, options: ApiErrorOptions & { sent?: boolean }) {
    super(message, options);
    this.sent = options.sent ?? true;
  }
}

/** The session is missing, expired or was refused (401), even after one refresh. */
export class AuthenticationError extends ApiError {
  static {
    brand(this, 'AuthenticationError');
  }
  override name = 'AuthenticationError';
}

/** The session may not do this (403). */
export class PermissionError extends ApiError {
  static {
    brand(this, 'PermissionError');
  }
  override name = 'PermissionError';
}

/** No such resource, or not this customer's (404). */
export class NotFoundError extends ApiError {
  static {
    brand(this, 'NotFoundError');
  }
  override name = 'NotFoundError';
}

/** The resource's state does not allow this, or it changed meanwhile (409/412). */
export class ConflictError extends ApiError {
  static {
    brand(this, 'ConflictError');
  }
  override name = 'ConflictError';
}

/**
 * The idempotency key of this call stands in the way: it was used before with another
 * request (`idempotency_key_reused`, 422), or a request under it is still being processed
 * (`idempotency_key_in_flight`, 409; the SDK retries that one itself while retries last).
 * A conflict with the key's earlier request, so a `ConflictError` too.
 */
export class IdempotencyError extends ConflictError {
  static {
    brand(this, 'IdempotencyError');
  }
  override name = 'IdempotencyError';
}

/** The codes of the API's idempotency failures, each an `IdempotencyError`. */
const IDEMPOTENCY_CODES = new Set(['idempotency_key_reused', 'idempotency_key_in_flight']);

/** Too many requests (429); `retryAfter` is in seconds when the API said. */
export class RateLimitError extends ApiError {
  static {
    brand(this, 'RateLimitError');
  }
  override name = 'RateLimitError';
  readonly retryAfter: number | undefined;
  constructor(message: string, options: ApiErrorOptions & { retryAfter?: number }) {
    super(message, options);
    this.retryAfter = options.retryAfter;
  }
}

/** The request never got an answer: offline, DNS, a dropped connection. */
export class NetworkError extends PorticoError {
  static {
    brand(this, 'NetworkError');
  }
  override name = 'NetworkError';
}

/** No answer within the time limit: of one try (`timeout`), or of the whole call with its retries (`total_timeout`). */
export class TimeoutError extends PorticoError {
  static {
    brand(this, 'TimeoutError');
  }
  override name = 'TimeoutError';
}

/** The API answered something the contract does not allow. */
export class ContractError extends PorticoError {
  static {
    brand(this, 'ContractError');
  }
  override name = 'ContractError';
  /** Dotted path of the first mismatch, e.g. `available.amount`. */
  readonly path: string;
  readonly issues: FieldError[];
  constructor(message: string, options: { path: string; issues: FieldError[]; request?: RequestSummary }) {
    super(message, { code: 'contract_mismatch', request: options.request });
    this.path = options.path;
    this.issues = options.issues;
  }
}

/**
 * Maps an error status to the class a caller tests for (`isA(error, ConflictError)`); an
 * idempotency failure is told by its code, as it comes as a 409 or a 422.
 */
export function apiErrorFor(status: number, message: string, options: ApiErrorOptions & { retryAfter?: number }): ApiError {
  if (IDEMPOTENCY_CODES.has(options.code ?? options.problem?.code ?? '')) return new IdempotencyError(message, options);
  if (status === 400 || status === 422) return new ValidationError(message, options);
  if (status === 401) return new AuthenticationError(message, options);
  if (status === 403) return new PermissionError(message, options);
  if (status === 404) return new NotFoundError(message, options);
  if (status === 409 || status === 412) return new ConflictError(message, options);
  if (status === 429) return new RateLimitError(message, options);
  return new ApiError(message, options);
}

function fieldErrorsOf(problem: Problem | undefined): FieldError[] {
  return (problem?.errors ?? []).map((e) => ({
    path: pointerToPath(e.pointer),
    code: e.code,
    message: e.detail,
    ...(e.params ? { params: e.params } : {}),
  }));
}

/** `/amount/amount` → `amount.amount` (RFC 6901 escapes undone). */
export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}
