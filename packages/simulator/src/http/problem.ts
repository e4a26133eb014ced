import type { ProblemDocument } from '@portico/sdk/problem';

export interface ProblemFieldError {
  pointer: string;
  code: string;
  detail: string;
  params?: Record<string, unknown>;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Content too large',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

/** An error answer a route raises; the router turns it into problem+json. */
export class Problem extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: ProblemFieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly retryAfter: number | undefined;

  constructor(status: number, code: string, detail: string, extra: { errors?: ProblemFieldError[]; headers?: Record<string, string>; retryAfter?: number } = {}) {
    super(detail);
    this.status = status;
    this.code = code;
    this.errors = extra.errors;
    this.headers = extra.headers ?? {};
    this.retryAfter = extra.retryAfter;
  }

  /** One field is wrong: a 422 whose pointer names it. */
  static field(pointer: string, code: string, detail: string, params?: Record<string, unknown>): Problem {
    return new Problem(422, 'validation_failed', detail, { errors: [{ pointer, code, detail, ...(params ? { params } : {}) }] });
  }

  toResponse(requestId: string): Response {
    const body: ProblemDocument = {
      type: `https://portico.example/problems/${this.code.replace(/_/g, '-')}`,
      title: TITLES[this.status] ?? 'Error',
      status: this.status,
      detail: this.message,
      code: this.code,
      requestId,
      ...(this.errors ? { errors: this.errors } : {}),
      ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
    };
    const headers: Record<string, string> = { 'content-type': 'application/problem+json', 'x-request-id': requestId, ...this.headers };
    if (this.retryAfter !== undefined) headers['retry-after'] = String(this.retryAfter);
    return new Response(JSON.stringify(body), { status: this.status, headers });
  }
}

/** `['amount', 'amount']` → `/amount/amount` (RFC 6901). */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((part) => '/' + String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
