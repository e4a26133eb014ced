import type { z } from './zod.ts';
import type { Validator } from './validator.ts';
import type { PermissionName } from './permissions.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Schema = z.ZodMiniType;

/** What every operation says besides its schemas. */
interface OperationBase {
  /** Stable id, e.g. `topUps.create`; also the OpenAPI operationId. */
  id: string;
  method: HttpMethod;
  /** Path template with `{name}` parameters, e.g. `/v1/account/top-ups/{id}`. */
  path: string;
  /** How the body travels: JSON (the default) or a multipart form (file uploads). */
  bodyType?: 'json' | 'multipart';
  /** A POST that creates something: it carries an `Idempotency-Key` and may be retried. */
  creates?: boolean;
  /** An update that must name the version it changes (`If-Match`), so no change is lost unseen. */
  ifMatch?: boolean;
  /** The portal user's permission it needs; without one, every user of the account may call it. */
  permission?: PermissionName;
  /** A request other than GET that changes nothing (a check, a search): a read-only user may send it. */
  reads?: boolean;
  /**
   * A change of the session's own portal user only (its password, second factor, allow-list):
   * read-only access is about the account's data, so a read-only user may make it.
   */
  personal?: boolean;
}

/**
 * One operation of the API contract, in zod. The simulator serves it, the OpenAPI document
 * describes it, and the build compiles it into the `ClientOperation` the SDK sends.
 */
export interface Operation<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema = Schema,
> extends OperationBase {
  summary: string;
  /** Who may call it: a customer's session (the default) or the reseller's secret key. */
  auth?: 'session' | 'reseller';
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** The success status: 200 by default, 201 for a creation, 202 for an accepted order. */
  status?: 200 | 201 | 202 | 204;
  /** Error statuses this operation answers besides the ones every operation may (401, 404, 429). */
  errors?: number[];
}

export type AnyOperation = Operation<Schema | undefined, Schema | undefined, Schema | undefined, Schema>;

/** Keeps an operation's literal types; a function so that definitions read as declarations. */
export function defineOperation<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined, R extends Schema>(
  operation: Operation<P, Q, B, R>,
): Operation<P, Q, B, R> {
  return operation;
}

/** An operation as the client sends it: compiled validators instead of zod schemas. */
export interface ClientOperation extends OperationBase {
  params?: Validator<unknown>;
  query?: Validator<unknown>;
  body?: Validator<unknown>;
  response: Validator<unknown>;
}

type Checked<V> = V extends Validator<infer T> ? T : never;

/** What a caller passes to send an operation: its path parameters, query and body. */
export type OperationInput<O extends ClientOperation> = (O extends { params: infer P } ? { params: Checked<P> } : { params?: undefined }) &
  (O extends { query: infer Q } ? { query?: Partial<Checked<Q>> | undefined } : { query?: undefined }) &
  (O extends { body: infer B } ? { body: Checked<B> } : { body?: undefined });

export type OperationOutput<O extends ClientOperation> = Checked<O['response']>;

/** `/v1/top-ups/{id}` + `{ id: 'a/b' }` → `/v1/top-ups/a%2Fb`. */
export function fillPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params?.[name] ?? '')));
}
