import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  checkZodVersion,
  compiledPath,
  compileModule,
  compileSchema,
  generatedHeader,
  installedZodVersion,
  schemaModules,
  SUPPORTED_ZOD_VERSION,
  UnsupportedSchemaError,
} from '../../scripts/compile-contract.ts';
import type { Validator } from '@portico/sdk/core';
import { isA } from '@portico/sdk/core';
import { z } from '../../packages/sdk/src/core/zod.ts';

type Zod = { _zod: { def: Record<string, any> & { type: string }; pattern?: RegExp }; safeParse(value: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[]; code: string }[] } } };
const isZod = (value: unknown): value is Zod => typeof value === 'object' && value !== null && '_zod' in value;

/** Strings that satisfy the contract's patterns; a new pattern needs a candidate here. */
const CANDIDATES = ['abc_1', 'PLN', 'PL', '*8', '1234', '123456', '12345678', '2026-11-22T10:00:00.000Z', '2026-11-22', '+48601200300', '00-850', 'anna.nowak@example.pl', '8948011234567890123', 'x'];

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

// Emoji are one character to zod but two UTF-16 units: strings of them sit on the contract's length limits.
const EMOJI = ['😀😀', '😀'.repeat(40), '😀'.repeat(100), '😀'.repeat(200)];
const REPLACEMENTS: unknown[] = [undefined, null, '', 'x', 'PLN', 'courier', 'boolean', 'money', 'voice', 'activate', '2026-13-40T99:00:00Z', '2026-11-22T10:00:00+01:00', 0, -1, 1.5, 2 ** 60, -(2 ** 60), 1e6 + 1, 1999, 2000, NaN, Infinity, true, [], {}, ['x'], new File(['x'], 'n.txt', { type: 'text/plain' }), 'a'.repeat(65), '12345', '1234567', 'pending', ...EMOJI];

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

describe('the contract compiler', () => {
  it('runs only with the zod release it is written for, which the packages pin', () => {
    assert.equal(installedZodVersion(), SUPPORTED_ZOD_VERSION);
    assert.doesNotThrow(() => checkZodVersion(SUPPORTED_ZOD_VERSION));
    assert.throws(() => checkZodVersion('4.7.0'), /written for zod 4\.6\.7, but zod 4\.7\.0 is installed/);
    assert.throws(() => checkZodVersion('4.6.8'), /zod 4\.6\.8 is installed/);
    for (const name of ['sdk', 'simulator']) {
      const manifest = JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8')) as { dependencies: Record<string, string> };
      assert.equal(manifest.dependencies.zod, SUPPORTED_ZOD_VERSION, `packages/${name} pins zod exactly`);
    }
  });

  it('marks every compiled module as generated: from which schema file, by which command', () => {
    for (const file of modules) {
      const first = readFileSync(compiledPath(file), 'utf8').split('\n')[0]!;
      assert.equal(first, generatedHeader(file));
      assert.match(first, new RegExp(`^// Generated by \`npm run compile-contract\` from ${basename(file).replace(/\./g, '\\.')} .*Do not edit`));
    }
    assert.match(readFileSync('.gitattributes', 'utf8'), /^packages\/sdk\/src\/\*\*\/\*\.compiled\.ts linguist-generated=true$/m);
  });
});

type Chain = { next?: Chain };
const Chain: z.ZodMiniType<Chain> = z.object({
  get next() {
    return z.optional(Chain);
  },
});

// zod/mini's parameters do not declare `when`, which zod's checks still read: passed as a variable, it is not refused as an extra key.
const CONDITION = { abort: false, when: () => true };

/** Each feature the compiler refuses, with where in `Thing` it is and what the message calls it. */
const REFUSED: [feature: string, schema: unknown, path: string, named: RegExp][] = [
  ['a loose object', z.object({ a: z.looseObject({ b: z.string() }) }), 'Thing.a', /z\.looseObject/],
  ['a strict object', z.array(z.strictObject({ b: z.string() })), 'Thing[]', /z\.strictObject/],
  ['an object catchall', z.catchall(z.object({ b: z.string() }), z.number()), 'Thing', /catchall/],
  ['the number format int32', z.object({ calls: z.array(z.object({ n: z.int32() })) }), 'Thing.calls[].n', /"int32"/],
  ['the number format uint32', z.object({ n: z.uint32() }), 'Thing.n', /"uint32"/],
  ['the number format float32', z.object({ n: z.float32() }), 'Thing.n', /"float32"/],
  ['the number format float64', z.object({ n: z.float64() }), 'Thing.n', /"float64"/],
  ['an integer format as a check', z.object({ n: z.number().check(z.int()) }), 'Thing.n', /"number_format"/],
  ['the string format url', z.object({ u: z.url() }), 'Thing.u', /string format "url"/],
  ['the string format uuid', z.object({ u: z.nullable(z.uuid()) }), 'Thing.u', /string format "uuid"/],
  ['the string format time', z.object({ t: z.iso.time() }), 'Thing.t', /string format "time"/],
  ['a custom string format', z.object({ s: z.stringFormat('even', (value) => value.length % 2 === 0) }), 'Thing.s', /string format "even"/],
  ['a string format as a check', z.object({ s: z.string().check(z.lowercase()) }), 'Thing.s', /"string_format\/lowercase"/],
  ['a string check other than a regex', z.object({ s: z.string().check(z.startsWith('a')) }), 'Thing.s', /"string_format\/starts_with"/],
  ['a transformation', z.object({ s: z.string().check(z.trim()) }), 'Thing.s', /z\.overwrite\(\)/],
  ['a refinement of a string', z.object({ s: z.string().check(z.refine((value) => value !== 'x')) }), 'Thing.s', /z\.refine\(\).*on a string/],
  ['a refinement of an object', z.object({ o: z.object({ a: z.string() }).check(z.refine(() => true)) }), 'Thing.o', /z\.refine\(\).*on an object/],
  ['an unknown number check', z.object({ n: z.number().check(z.multipleOf(5)) }), 'Thing.n', /"multiple_of" on a number/],
  ['an unknown array check', z.object({ a: z.array(z.string()).check(z.length(2)) }), 'Thing.a', /"length_equals" on an array/],
  ['an unknown file check', z.object({ f: z.file().check(z.size(10)) }), 'Thing.f', /"size_equals" on a file/],
  ['a check on a boolean', z.object({ b: z.boolean().check(z.refine((value) => value)) }), 'Thing.b', /on a boolean/],
  ['a custom error message', z.object({ s: z.string({ error: 'Say something' }) }), 'Thing.s', /custom error message/],
  ['a custom error message on a check', z.object({ s: z.string().check(z.minLength(2, 'Too short')) }), 'Thing.s', /custom error message on the check "min_length"/],
  ['a check that aborts', z.object({ s: z.string().check(z.maxLength(2, { abort: true })) }), 'Thing.s', /abort: true/],
  ['a check with a condition', z.object({ s: z.string().check(z.minLength(2, CONDITION)) }), 'Thing.s', /condition \(when\)/],
  ['a stateful pattern', z.object({ s: z.string().check(z.regex(/a/g)) }), 'Thing.s', /flags "g"/],
  ['coercion', z.object({ n: z.coerce.number() }), 'Thing.n', /coercion/],
  ['an exclusive union', z.object({ x: z.xor([z.string(), z.number()]) }), 'Thing.x', /z\.xor/],
  ['an exact optional', z.object({ a: z.exactOptional(z.string()) }), 'Thing.a', /z\.exactOptional/],
  ['a union option with checks', z.object({ v: z.union([z.boolean(), z.string().check(z.maxLength(5))]) }), 'Thing.v<option 2>', /union option with checks/],
  ['a union option with checks inside', z.union([z.object({ a: z.int() }), z.null()]), 'Thing<option 1>', /union option with checks/],
  ['a discriminated union that falls back', z.discriminatedUnion('t', [z.object({ t: z.literal('a') })], { unionFallback: true }), 'Thing', /unionFallback/],
  ['a discriminator that is not a literal', z.discriminatedUnion('t', [z.object({ t: z.literal('a') }), z.object({ t: z.enum(['b', 'c']) })]), 'Thing<option 2>', /z\.literal "t"/],
  ['a record with other keys', z.object({ r: z.record(z.enum(['a', 'b']), z.unknown()) }), 'Thing.r<key>', /record key of type enum/],
  ['a record whose keys are checked', z.object({ r: z.record(z.string().check(z.minLength(2)), z.unknown()) }), 'Thing.r<key>', /record key with checks/],
  ['a record with other values', z.object({ r: z.record(z.string(), z.number()) }), 'Thing.r<value>', /record value of type number/],
  ['a partial record', z.object({ r: z.partialRecord(z.string(), z.unknown()) }), 'Thing.r', /z\.partialRecord/],
  ['a loose record', z.object({ r: z.looseRecord(z.string(), z.unknown()) }), 'Thing.r', /z\.looseRecord/],
  ['a transform', z.object({ n: z.pipe(z.string(), z.transform((value) => value.length)) }), 'Thing.n', /pipe, transform or codec/],
  ['a default', z.object({ s: z._default(z.string(), 'x') }), 'Thing.s', /default value/],
  ['a fallback', z.object({ s: z.catch(z.string(), 'x') }), 'Thing.s', /fallback value/],
  ['a lazy schema', z.object({ s: z.lazy(() => z.string()) }), 'Thing.s', /z\.lazy/],
  ['a tuple', z.object({ t: z.tuple([z.string(), z.number()]) }), 'Thing.t', /z\.tuple/],
  ['an intersection', z.intersection(z.object({ a: z.string() }), z.object({ b: z.string() })), 'Thing', /z\.intersection/],
  ['a date', z.object({ d: z.date() }), 'Thing.d', /schema type "date"/],
  ['any', z.object({ a: z.any() }), 'Thing.a', /z\.any\(\)/],
  ['a bigint literal', z.object({ n: z.literal(1n) }), 'Thing.n', /literal value 1n/],
  ['an undefined literal', z.object({ n: z.optional(z.literal(undefined)) }), 'Thing.n', /literal value undefined/],
  ['a required field that accepts undefined', z.object({ u: z.unknown() }), 'Thing.u', /required field that accepts undefined/],
  ['the key __proto__', z.object({ ['__proto__']: z.string() }), 'Thing.__proto__', /"__proto__"/],
  ['a recursive schema without a name', z.object({ head: Chain }), 'Thing.head.next', /recursive schema/],
];

describe('the contract compiler refuses what it does not translate exactly, naming the schema file, the path and the feature', () => {
  for (const [feature, schema, path, named] of REFUSED) {
    it(feature, () => {
      assert.throws(
        () => compileSchema(schema, { name: 'Thing', file: 'probe/thing.schemas.ts' }),
        (error: unknown) => {
          assert.ok(error instanceof UnsupportedSchemaError, String(error));
          assert.equal(error.file, join('probe', 'thing.schemas.ts'));
          assert.equal(error.path, path);
          assert.match(error.feature, named);
          assert.ok(error.message.includes(`probe/thing.schemas.ts: ${path}: ${error.feature} is not supported`), error.message);
          return true;
        },
      );
    });
  }
});

/** The validator the compiler makes of `schema`, written where its imports resolve and loaded. */
async function compiled(schema: unknown): Promise<Validator<unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'portico-contract-'));
  try {
    const file = join(dir, 'probe.schemas.ts');
    writeFileSync(compiledPath(file), compileSchema(schema, { name: 'Probe', file }));
    return ((await import(pathToFileURL(compiledPath(file)).href)) as { Probe: Validator<unknown> }).Probe;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** zod and the compiled validator agree on `value`: the same outcome, the same output to its keys' order, issues at the same paths. */
function agrees(schema: Zod, validator: Validator<unknown>, value: unknown, label: string): void {
  const expected = schema.safeParse(value);
  const actual = validator(value);
  assert.equal(actual.ok, expected.success, `${label}: zod says ${expected.success ? 'valid' : String(expected.error!.issues.map((i) => `${i.path.map(String).join('.')} ${i.code}`))}`);
  if (actual.ok) {
    assert.deepStrictEqual(actual.value, expected.data, label);
    assert.deepEqual(Reflect.ownKeys(actual.value as object), Reflect.ownKeys(expected.data as object), `${label}: key order`);
  } else {
    const zodIssues = expected.error!.issues.map((i) => `${i.path.map(String).join('.')}|${i.code}`);
    for (const issue of actual.issues) assert.ok(zodIssues.includes(`${issue.path}|${issue.code}`), `${label}: ${issue.path}|${issue.code} is not among zod's ${zodIssues.join(', ')}`);
    assert.deepEqual([...new Set(actual.issues.map((i) => i.path))].sort(), [...new Set(zodIssues.map((i) => i.split('|')[0]))].sort(), `${label}: fields`);
  }
}

describe('the contract compiler translates exactly what it accepts', () => {
  it('counts string lengths in code points, as zod does', async () => {
    const schema = z.object({
      min: z.optional(z.string().check(z.minLength(3))),
      max: z.optional(z.string().check(z.maxLength(3))),
      exact: z.optional(z.string().check(z.length(2))),
    });
    const validator = await compiled(schema);
    const strings = ['', 'a', 'ab', 'abc', 'abcd', '😀', '😀😀', '😀😀😀', '😀😀😀😀', 'a😀', 'a😀b', '😀a😀', '\uD83D', '\uD83D\uD83D', '\uDE00\uD83D', '😀\uD83D', 'ab😀😀'];
    for (const field of ['min', 'max', 'exact']) for (const text of strings) agrees(schema as unknown as Zod, validator, { [field]: text }, `${field} = ${JSON.stringify(text)}`);
  });

  it("keeps an object's keys as zod does: in the shape's order, and an optional one whenever the input has it", async () => {
    const schema = z.object({ a: z.optional(z.string()), b: z.string(), c: z.nullable(z.optional(z.number())), d: z.optional(z.boolean()) });
    const validator = await compiled(schema);
    const inputs = [{ b: 'x' }, { a: undefined, b: 'x' }, { d: true, c: 1, b: 'x', a: 'y' }, { b: 'x', c: null }, { b: 'x', c: undefined }, { b: 'x', d: undefined, extra: 1 }, { a: 1 }];
    for (const input of inputs) agrees(schema as unknown as Zod, validator, input, JSON.stringify(input));
  });

  it('checks a record as zod does: plain objects only, own enumerable string keys, never __proto__', async () => {
    const schema = z.object({ r: z.record(z.string(), z.unknown()) });
    const validator = await compiled(schema);
    const inputs: [string, unknown][] = [
      ['plain', { a: 1, b: { c: 2 } }],
      ['__proto__ from JSON', JSON.parse('{"__proto__": {"polluted": true}, "a": 1}')],
      ['a symbol key', { a: 1, [Symbol('s')]: 2 }],
      ['no prototype', Object.assign(Object.create(null) as object, { a: 1 })],
      ['an object-derived prototype', Object.assign(Object.create({ inherited: 1 }) as object, { a: 1 })],
      ['a non-enumerable key', Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false })],
      ['a class instance', new URL('https://example.pl')],
      ['a date', new Date(0)],
      ['an array', ['a']],
      ['null', null],
    ];
    for (const [label, r] of inputs) agrees(schema as unknown as Zod, validator, { r }, label);
    const result = validator({ r: JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') });
    assert.ok(result.ok);
    assert.deepEqual(Object.keys((result.value as { r: object }).r), ['a']);
  });

  it('runs a union of one option as that option alone, as zod does', async () => {
    const schema = z.object({ s: z.union([z.string().check(z.minLength(2))]) });
    const validator = await compiled(schema);
    for (const s of ['a', 'ab', 1, null]) agrees(schema as unknown as Zod, validator, { s }, JSON.stringify(s));
  });
});
