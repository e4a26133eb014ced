import type { z } from './zod.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Schema = z.ZodMiniType;

/**
 * One operation of the API contract. The SDK sends it, the simulator serves it, the
 * OpenAPI document describes it: all three read this one definition.
 */
export interface Operation<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema = Schema,
> {
  /** Stable id, e.g. `topUps.create`; also the OpenAPI operationId. */
  id: string;
  method: HttpMethod;
  /** Path template with `{name}` parameters, e.g. `/v1/account/top-ups/{id}`. */
  path: string;
  summary: string;
  /** Who may call it: a customer's session (the default) or the reseller's secret key. */
  auth?: 'session' | 'reseller';
  params?: P;
  query?: Q;
  body?: B;
  /** How the body travels: JSON (the default) or a multipart form (file uploads). */
  bodyType?: 'json' | 'multipart';
  response: R;
  /** The success status: 200 by default, 201 for a creation, 202 for an accepted order. */
  status?: 200 | 201 | 202 | 204;
  /** A POST that creates something: it carries an `Idempotency-Key` and may be retried. */
  creates?: boolean;
  /** Error statuses this operation answers besides the ones every operation may (401, 404, 429). */
  errors?: number[];
}

export type AnyOperation = Operation<Schema | undefined, Schema | undefined, Schema | undefined, Schema>;

/** What a caller passes to send an operation: its path parameters, query and body. */
export type OperationInput<O extends AnyOperation> =
  O extends Operation<infer P, infer Q, infer B, Schema>
    ? (P extends Schema ? { params: z.input<P> } : { params?: undefined }) &
        (Q extends Schema ? { query?: z.input<Q> | undefined } : { query?: undefined }) &
        (B extends Schema ? { body: z.input<B> } : { body?: undefined })
    : never;

export type OperationOutput<O extends AnyOperation> = z.output<O['response']>;

/** Keeps an operation's literal types; a function so that definitions read as declarations. */
export function defineOperation<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined, R extends Schema>(
  operation: Operation<P, Q, B, R>,
): Operation<P, Q, B, R> {
  return operation;
}

/** `/v1/top-ups/{id}` + `{ id: 'a/b' }` → `/v1/top-ups/a%2Fb`. */
export function fillPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params?.[name] ?? '')));
}
