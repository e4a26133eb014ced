import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compiledPath, compileModule, schemaModules } from '../../scripts/compile-contract.ts';
import type { Validator } from '@portico/sdk/core';
import { isA } from '@portico/sdk/core';

type Zod = { _zod: { def: Record<string, any> & { type: string }; pattern?: RegExp }; safeParse(value: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[]; code: string }[] } } };
const isZod = (value: unknown): value is Zod => typeof value === 'object' && value !== null && '_zod' in value;

/** Strings that satisfy the contract's patterns; a new pattern needs a candidate here. */
const CANDIDATES = ['abc_1', 'PLN', 'PL', '123456', '12345678', '2026-11-22T10:00:00.000Z', '2026-11-22', '+48601200300', '00-850', 'anna.nowak@example.pl', '8948011234567890123', 'x'];

/** Valid values of a schema, built from its definition: one per branch of every union in it. */
function samples(schema: Zod): unknown[] {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string': {
      const patterns = [schema._zod.pattern, ...(def.checks ?? []).map((c: Zod) => c._zod.def.pattern)].filter((p): p is RegExp => isA(p, RegExp) && p.source !== '^[\\s\\S]{0,}$');
      const found = CANDIDATES.find((candidate) => patterns.every((p) => p.test(candidate)) && schema.safeParse(candidate).success);
      if (found === undefined) throw new Error(`no sample string for ${patterns.join(' ')} ${JSON.stringify(def.checks?.map((c: Zod) => c._zod.def))}`);
      return [found];
    }
    case 'number': {
      let value = 0;
      for (const check of def.checks ?? []) {
        const c = (check as Zod)._zod.def;
        if (c.check === 'greater_than') value = Math.max(value, c.value + (c.inclusive ? 0 : 1));
        if (c.check === 'less_than') value = Math.min(value, c.value - (c.inclusive ? 0 : 1));
      }
      return [value];
    }
    case 'boolean':
      return [true];
    case 'enum':
      return [Object.values(def.entries)[0]];
    case 'literal':
      return [def.values[0]];
    case 'nullable':
    case 'optional':
      return samples(def.innerType);
    case 'union':
      return (def.options as Zod[]).flatMap(samples);
    case 'array':
      return samples(def.element).map((item) => [item, item]);
    case 'object': {
      const shape = def.shape as Record<string, Zod>;
      const base = Object.fromEntries(Object.entries(shape).map(([key, child]) => [key, samples(child)[0]]));
      const variants = [base];
      for (const [key, child] of Object.entries(shape)) for (const alternative of samples(child).slice(1)) variants.push({ ...base, [key]: alternative });
      return variants;
    }
    case 'record':
      return [{ note: 'x' }];
    case 'unknown':
      return ['anything'];
    case 'file': {
      const mime = (def.checks ?? []).map((c: Zod) => c._zod.def).find((c: { check: string }) => c.check === 'mime_type');
      return [new File(['%PDF'], 'a.pdf', { type: mime?.mime[0] ?? 'application/pdf' })];
    }
    default:
      throw new Error(`no sample for ${def.type}`);
  }
}

const REPLACEMENTS: unknown[] = [undefined, null, '', 'x', 'PLN', 'courier', 'boolean', 'money', 'voice', 'activate', '2026-13-40T99:00:00Z', '2026-11-22T10:00:00+01:00', 0, -1, 1.5, 2 ** 60, -(2 ** 60), 1e6 + 1, 1999, 2000, NaN, Infinity, true, [], {}, ['x'], new File(['x'], 'n.txt', { type: 'text/plain' }), 'a'.repeat(65), '12345', '1234567', 'pending'];

/** The valid sample and every one-change variant of it: each value replaced, each key removed, an unknown key added. */
function* cases(value: unknown, path: PropertyKey[] = []): Generator<{ label: string; value: unknown }> {
  if (path.length === 0) yield { label: 'valid', value };
  // The value at `path` replaced; the caller grafts it into its parent.
  for (const replacement of REPLACEMENTS) yield { label: `${path.join('.') || '(root)'} = ${String(replacement)}`, value: replacement };
  if (value && typeof value === 'object' && !(isA(value, File))) {
    for (const key of Object.keys(value)) {
      yield* [...cases((value as Record<string, unknown>)[key], [...path, key])].map((c) => ({ label: c.label, value: c.label === 'valid' ? value : graft(value, key, c.value) }));
      if (!Array.isArray(value)) yield { label: `${[...path, key].join('.')} removed`, value: omit(value, key) };
    }
    if (!Array.isArray(value)) yield { label: `${path.join('.')}.extra added`, value: { ...(value as object), extra: 1 } };
  }
}
const graft = (value: unknown, key: string, child: unknown) => (Array.isArray(value) ? Object.assign([...value], { [key]: child }) : { ...(value as object), [key]: child });
const omit = (value: object, key: string) => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));

/** JSON with sorted keys; files by name and type. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    isA(v, File) ? `file:${v.name}:${v.type}` : v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

function compare(name: string, zod: Zod, compiled: Validator<unknown>): number {
  let count = 0;
  for (const { label, value } of samples(zod).flatMap((valid) => [...cases(valid)])) {
    count++;
    const expected = zod.safeParse(value);
    const actual = compiled(value);
    const where = `${name}: ${label}`;
    assert.equal(actual.ok, expected.success, `${where} — zod says ${expected.success ? 'valid' : JSON.stringify(expected.error!.issues)}, compiled ${JSON.stringify(actual)}`);
    if (actual.ok) assert.equal(canonical(actual.value), canonical(expected.data), where);
    else {
      // Same fields at fault, and nothing zod would not say. zod may add noise after a type
      // failure (an array refused as a string also gets "too short"); the compiled code stops there.
      const zodIssues = new Set(expected.error!.issues.map((i) => `${i.path.join('.')}|${i.code}`));
      const ours = actual.issues.map((i) => `${i.path}|${i.code}`);
      assert.deepEqual([...new Set(actual.issues.map((i) => i.path))].sort(), [...new Set(expected.error!.issues.map((i) => i.path.join('.')))].sort(), `${where}: fields`);
      for (const issue of ours) assert.ok(zodIssues.has(issue), `${where}: ${issue} is not among zod's ${[...zodIssues].join(', ')}`);
    }
  }
  return count;
}

const modules = schemaModules();

describe('the compiled contract', () => {
  it('is up to date with the zod schemas (run `npm run compile-contract` if not)', async () => {
    for (const file of modules) {
      const expected = await compileModule(file);
      assert.equal(readFileSync(compiledPath(file), 'utf8'), expected, `${relative(process.cwd(), compiledPath(file))} is stale`);
    }
  });

  for (const file of modules) {
    it(`agrees with zod, case by case: ${relative(process.cwd(), file)}`, async () => {
      const zodModule = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const compiledModule = (await import(pathToFileURL(compiledPath(file)).href)) as Record<string, unknown>;
      let checked = 0;
      for (const [name, schema] of Object.entries(zodModule)) {
        if (!isZod(schema) || !/^[A-Z]/.test(name)) continue;
        checked += compare(name, schema, compiledModule[name] as Validator<unknown>);
      }
      for (const [group, operations] of Object.entries(zodModule)) {
        if (!group.endsWith('Operations')) continue;
        for (const [key, operation] of Object.entries(operations as Record<string, Record<string, unknown>>)) {
          const compiledOperation = (compiledModule[group] as Record<string, Record<string, unknown>>)[key]!;
          assert.equal(compiledOperation.path, operation.path);
          assert.equal(compiledOperation.method, operation.method);
          assert.equal(Boolean(compiledOperation.creates), Boolean(operation.creates));
          for (const part of ['params', 'query', 'body', 'response']) {
            if (!isZod(operation[part])) continue;
            checked += compare(`${group}.${key}.${part}`, operation[part], compiledOperation[part] as Validator<unknown>);
          }
        }
      }
      assert.ok(checked > 20, `only ${checked} cases`);
    });
  }
});

describe('the compiled contract on a large page', () => {
  it('finds every malformed row of a 10,000-call page, each at its own path, and keeps good ones as they were', async () => {
    const { CallPage } = await import('../../packages/sdk/src/contracts/calls.compiled.ts');
    const call = (i: number) => ({
      id: `cl_${i}`,
      startedAt: '2026-11-22T10:00:00.000Z',
      direction: 'outgoing',
      type: 'voice',
      category: 'voice',
      country: null,
      from: '+48601200300',
      to: '+48601200301',
      duration: 61,
      volume: null,
      cost: { amount: 9, currency: 'PLN' },
      recording: i % 2 ? { duration: 61 } : null,
    });
    const page = { data: Array.from({ length: 10_000 }, (_, i) => call(i)), nextCursor: null, total: 10_000 };
    const good = CallPage(page);
    assert.ok(good.ok);
    assert.deepEqual(good.value.data[9_999], call(9_999));

    (page.data[17] as any).cost.amount = '9';
    (page.data[9_876] as any).recording = { duration: -0.5 };
    (page.data[9_999] as any).direction = 'sideways';
    const bad = CallPage(page);
    assert.ok(!bad.ok);
    assert.deepEqual(
      bad.issues.map((i) => `${i.path} ${i.code}`),
      ['data.17.cost.amount invalid_type', 'data.9876.recording.duration invalid_type', 'data.9999.direction invalid_value'],
    );
  });
});
