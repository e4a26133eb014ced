import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allOperations } from '@portico/sdk/operations';
import { createSimulator } from '@portico/simulator';
import { BASE_URL, useSimulator } from '../support/simulator.ts';

useSimulator();

type Doc = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; operationId: string }>>; components: { schemas: Record<string, unknown> } };

async function document(): Promise<Doc> {
  const response = await fetch(`${BASE_URL}/openapi.json`);
  assert.equal(response.status, 200);
  return (await response.json()) as Doc;
}

describe('OpenAPI document', () => {
  it('describes every operation the simulator serves', async () => {
    const doc = await document();
    assert.equal(doc.openapi, '3.1.0');
    const served = createSimulator()
      .handlers.map((h) => h.info as { method: string; path: string })
      .filter((info) => typeof info.method === 'string' && typeof info.path === 'string' && info.path.startsWith('*/v1/'));
    assert.ok(served.length >= 8);
    const missing = served.filter((info) => !doc.paths[info.path.slice(1).replace(/:(\w+)/g, '{$1}')]?.[info.method.toLowerCase()]);
    assert.deepEqual(missing, [], 'operations served but not documented');
  });

  it('documents only operations the simulator serves', async () => {
    const served = new Set(createSimulator().handlers.map((h) => { const i = h.info as { method: string; path: string }; return `${i.method} ${i.path}`; }));
    const unserved = allOperations().filter((op) => !served.has(`${op.method} *${op.path.replace(/\{(\w+)\}/g, ':$1')}`));
    assert.deepEqual(unserved.map((op) => op.id), []);
  });

  it('gives every operation a success and problem+json errors, and every $ref resolves', async () => {
    const doc = await document();
    const text = JSON.stringify(doc);
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const statuses = Object.keys(operation.responses);
        assert.ok(statuses.some((s) => s.startsWith('2')), `${method} ${path} has no success`);
        assert.ok(statuses.includes('401'), `${method} ${path} does not document 401`);
      }
    }
    const refs = Array.from(text.matchAll(/"\$ref":"#\/components\/(schemas|responses)\/([^"]+)"/g), (m) => [m[1]!, m[2]!] as const);
    assert.ok(refs.length > 20);
    for (const [kind, name] of refs) {
      assert.ok((doc.components as Record<string, Record<string, unknown>>)[kind]?.[name], `unresolved $ref ${kind}/${name}`);
    }
    const create = doc.paths['/v1/account/top-ups']!.post as unknown as { requestBody: { content: Record<string, { schema: { $ref: string } }> } };
    const body = doc.components.schemas[create.requestBody.content['application/json']!.schema.$ref.split('/').pop()!] as { properties: { amount: { properties: { amount: { minimum: number } } } } };
    assert.equal(body.properties.amount.properties.amount.minimum, 2000, 'the 20 PLN minimum is in the contract');
  });
});
