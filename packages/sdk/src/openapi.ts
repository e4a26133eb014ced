/**
 * Builds the OpenAPI 3.1 document of the Portico API from the zod contract, so that a
 * backend team can implement exactly what the SDK sends and expects.
 * @module
 */
import { z } from './core/zod.ts';
import type { AnyOperation } from './core/operation.ts';
import { allOperations } from './operations.ts';
import { ProblemDocument } from './problem.schemas.ts';
import * as commonSchemas from './core/common.schemas.ts';
import * as moneySchemas from './core/money.schemas.ts';
import * as accountSchemas from './account/account.schemas.ts';
import * as balanceSchemas from './account/balance.schemas.ts';
import * as paymentMethodSchemas from './account/payment-methods.schemas.ts';
import * as topUpSchemas from './account/top-ups.schemas.ts';
import * as resellerSchemas from './reseller/reseller.schemas.ts';
import * as contractSchemas from './contracts/contracts.schemas.ts';
import * as simSwapSchemas from './contracts/sim-swaps.schemas.ts';
import * as serviceSchemas from './contracts/services.schemas.ts';
import * as callSchemas from './contracts/calls.schemas.ts';
import * as customerServiceSchemas from './account/services.schemas.ts';
import * as ticketSchemas from './helpdesk/tickets.schemas.ts';
import * as knowledgeBaseSchemas from './helpdesk/knowledge-base.schemas.ts';
import * as announcementSchemas from './helpdesk/announcements.schemas.ts';
import * as downloadSchemas from './helpdesk/downloads.schemas.ts';
import * as serverStatusSchemas from './helpdesk/server-status.schemas.ts';

/** Schemas worth a name in the document: every zod schema a `*.schemas.ts` module exports. */
const schemaModules = [
  commonSchemas,
  moneySchemas,
  accountSchemas,
  balanceSchemas,
  paymentMethodSchemas,
  topUpSchemas,
  resellerSchemas,
  contractSchemas,
  simSwapSchemas,
  serviceSchemas,
  callSchemas,
  customerServiceSchemas,
  ticketSchemas,
  knowledgeBaseSchemas,
  announcementSchemas,
  downloadSchemas,
  serverStatusSchemas,
];

type JsonSchema = Record<string, unknown>;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Statuses every session operation may answer, whatever it is. */
const COMMON_ERRORS = [401, 404, 429];
const ERROR_TITLES: Record<number, string> = {
  400: 'Malformed request',
  401: 'No valid session or key',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict with the current state',
  412: 'The resource changed meanwhile',
  413: 'The upload is larger than allowed',
  428: 'If-Match is required',
  422: 'Validation failed',
  429: 'Too many requests',
};

export interface OpenApiOptions {
  /** Server URL to list in `servers`. */
  serverUrl?: string;
}

export function buildOpenApiDocument(options: OpenApiOptions = {}): JsonSchema {
  const registry = z.registry<{ id: string }>();
  const named = new Map<unknown, string>();
  const name = (schema: z.ZodMiniType, id: string) => {
    const known = named.get(schema);
    if (known) return known;
    named.set(schema, id);
    registry.add(schema, { id });
    return id;
  };
  for (const module of schemaModules) {
    for (const [id, value] of Object.entries(module)) if (isSchema(value) && /^[A-Z]/.test(id)) name(value, id);
  }
  name(ProblemDocument, 'Problem');

  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of allOperations()) {
    const base = pascal(operation.id);
    const responseId = name(operation.response, `${base}Response`);
    const bodyId = operation.body ? name(operation.body, `${base}Body`) : undefined;
    const entry: Record<string, unknown> = {
      operationId: operation.id,
      summary: operation.summary,
      ...(operation.permission ? { description: `Needs the portal user's \`${operation.permission}\` permission (403 \`permission_denied\` without it).`, 'x-portico-permission': operation.permission } : {}),
      tags: [operation.id.split('.')[0]],
      security: [{ [operation.auth === 'reseller' ? 'resellerKey' : 'customerSession']: [] }],
      parameters: [...parametersOf(operation.params, 'path'), ...parametersOf(operation.query, 'query'), ...headersOf(operation)],
      responses: {
        [String(operation.status ?? 200)]: {
          description: 'Success',
          content: { 'application/json': { schema: ref(responseId) } },
        },
        ...Object.fromEntries(errorStatuses(operation).map((status) => [String(status), { $ref: `#/components/responses/Problem${status}` }])),
      },
    };
    if (bodyId) {
      const type = operation.bodyType === 'multipart' ? 'multipart/form-data' : 'application/json';
      entry.requestBody = { required: true, content: { [type]: { schema: ref(bodyId) } } };
    }
    const openApiPath = operation.path;
    paths[openApiPath] ??= {};
    paths[openApiPath]![operation.method.toLowerCase()] = entry;
  }

  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' }) as {
    schemas: Record<string, JsonSchema>;
  };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  const statuses = [...new Set(allOperations().flatMap(errorStatuses))].sort();
  return {
    openapi: '3.1.0',
    info: {
      title: 'Portico API',
      version: '1.0.0',
      description:
        'Self-care operations of a telecom and hosting customer portal. Errors are RFC 9457 problem+json. ' +
        'Creating POSTs take an Idempotency-Key: the same key with the same body replays the first answer.',
    },
    servers: [{ url: options.serverUrl ?? 'http://127.0.0.1:4010' }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        customerSession: { type: 'http', scheme: 'bearer', description: 'A customer session token from POST /v1/sessions' },
        resellerKey: { type: 'http', scheme: 'bearer', description: "The reseller's secret key (server-side only)" },
      },
      responses: Object.fromEntries(
        statuses.map((status) => [
          `Problem${status}`,
          {
            description: ERROR_TITLES[status] ?? 'Error',
            ...(status === 429 ? { headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } } } : {}),
            content: { 'application/problem+json': { schema: ref('Problem') } },
          },
        ]),
      ),
    },
  };
}

function errorStatuses(operation: AnyOperation): number[] {
  const statuses = new Set([...(operation.auth === 'reseller' ? [401, 429] : COMMON_ERRORS), ...(operation.errors ?? [])]);
  if (operation.params || operation.query) statuses.add(400);
  if (operation.body) statuses.add(422);
  // A portal user without the permission, or a read-only one changing something.
  if (operation.auth !== 'reseller' && (operation.permission || (operation.method !== 'GET' && !operation.reads && !operation.personal))) statuses.add(403);
  return [...statuses].sort();
}

function parametersOf(schema: z.ZodMiniType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

function headersOf(operation: AnyOperation): JsonSchema[] {
  const headers: JsonSchema[] = [
    { name: 'Accept-Language', in: 'header', required: false, schema: { type: 'string', enum: ['pl', 'en'] } },
  ];
  if (operation.ifMatch) {
    headers.push({
      name: 'If-Match',
      in: 'header',
      required: true,
      description: 'The version of the resource the change was made against, e.g. `"3"`; 412 when it changed meanwhile, 428 when missing.',
      schema: { type: 'string' },
    });
  }
  if (operation.creates) {
    headers.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'One key per user action; a retry with the same key and body replays the first answer.',
      schema: { type: 'string', maxLength: 255 },
    });
  }
  return headers;
}

function isSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

function pascal(id: string): string {
  return id.replace(/(^|[._-])(\w)/g, (_, __, c: string) => c.toUpperCase());
}
