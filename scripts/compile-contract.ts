// Compiles the zod contract (`packages/sdk/src/**/*.schemas.ts`) into plain validators
// (`*.compiled.ts` beside each module). Browsers then validate requests and responses with
// small generated code: no zod in their bundles, no `eval` under a strict CSP, and about the
// speed of a hand-written guard. zod stays the one source: the simulator and the OpenAPI
// document read it directly, and a test proves the compiled code agrees with it.
//
//   npm run compile-contract          writes the files
//   npm run compile-contract -- --check   fails if a file is missing or stale
//
// The compiler reads zod's internals (`_zod.def`, traits, the checks' defaults), which change
// between releases without notice: it runs only with the zod release it was written for, and
// it refuses every schema feature it does not translate exactly, rather than leave a rule out.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from '../packages/sdk/src/core/zod.ts';

type Def = Record<string, any> & { type: string };
type Schema = { _zod: { def: Def; pattern?: RegExp; traits: Set<string>; optin?: string; optout?: string } };

const root = fileURLToPath(new URL('../packages/sdk/src/', import.meta.url));

/**
 * The zod release this compiler is written for. Before raising it, read what the new release
 * changed in the definitions and checks below (4.6 began to count string lengths in code
 * points, for one), then pin the same version in packages/sdk and packages/simulator.
 */
export const SUPPORTED_ZOD_VERSION = '4.6.7';

/** Why the contract cannot be compiled: printed as it is, without a stack. */
export class ContractCompileError extends Error {}

/** A schema feature the compiler does not translate exactly, and where it is. */
export class UnsupportedSchemaError extends ContractCompileError {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly feature: string,
  ) {
    super(
      `compile-contract: ${file}: ${path}: ${feature} is not supported: the compiled validator would not check it as zod does. ` +
        'Express the rule with what scripts/compile-contract.ts translates, or teach it this feature (with a test in test/tools/compiled-contract.test.ts).',
    );
  }
}

let installed: string | undefined;
/** The version of the zod that the SDK's schemas import. */
export function installedZodVersion(): string {
  installed ??= (createRequire(join(root, '..', 'package.json'))('zod/package.json') as { version: string }).version;
  return installed;
}

/** Stops unless `version` (the installed zod's, unless given) is the one the compiler is written for. */
export function checkZodVersion(version = installedZodVersion()): void {
  if (version === SUPPORTED_ZOD_VERSION) return;
  throw new ContractCompileError(
    `compile-contract: written for zod ${SUPPORTED_ZOD_VERSION}, but zod ${version} is installed. The compiler reads zod's internal definitions, ` +
      `which change between releases, so it would not know whether its validators still agree with zod. Install zod ${SUPPORTED_ZOD_VERSION} (\`npm install\`), ` +
      `or review scripts/compile-contract.ts against zod ${version} and raise SUPPORTED_ZOD_VERSION and the pins in packages/sdk and packages/simulator together.`,
  );
}

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && '_zod' in value;
const isOperation = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && 'method' in value && 'path' in value && isSchema((value as { response?: unknown }).response);
/** Objects and arrays get a check function of their own when named. */
const isComposite = (schema: Schema) => ['object', 'array'].includes(schema._zod.def.type);
/** So do named scalars with checks (ids, timestamps): called with the caller's path, they allocate nothing. */
const isCheckedScalar = (schema: Schema) => ['string', 'number'].includes(schema._zod.def.type) && Boolean(schema._zod.def.format || schema._zod.def.checks?.length);
const hasCheckFunction = (schema: Schema) => isComposite(schema) || isCheckedScalar(schema);

/** Where each named composite schema of the contract is compiled: its module and name. */
type Registry = Map<Schema, { file: string; name: string }>;

/** Code generation for one module: hoisted constants, unique names, imports it needs. */
class Emitter {
  constants: string[] = [];
  imports = new Map<string, Set<string>>();
  /** Where in the schema the code being generated is, for error messages: `CallPage.data[].cost`. */
  trail: string[] = [];
  /** Schemas being compiled, outermost first: an unnamed schema met again is recursive. */
  active = new Set<Schema>();
  #constantNames = new Map<string, string>();
  #counter = 0;

  constructor(
    readonly file: string,
    readonly registry: Registry,
  ) {}

  name(prefix: string): string {
    return `${prefix}${this.#counter++}`;
  }

  constant(source: string, type?: string): string {
    let name = this.#constantNames.get(source);
    if (!name) {
      name = `C${this.#constantNames.size}`;
      this.#constantNames.set(source, name);
      this.constants.push(`const ${name}${type ? `: ${type}` : ''} = ${source};`);
    }
    return name;
  }

  /** Where a value sits below the checked object: a key, or a hoisted list; nothing is allocated unless an issue is reported. */
  at(segments: string[]): string {
    return segments.length === 1 ? JSON.stringify(segments[0]) : this.constant(JSON.stringify(segments), 'PropertyKey[]');
  }

  /** Runs `generate` one step deeper into the schema, for the error messages' paths. */
  within<T>(segment: string, generate: () => T): T {
    this.trail.push(segment);
    try {
      return generate();
    } finally {
      this.trail.pop();
    }
  }

  /** Stops: the schema uses `feature`, which the compiled code would not check as zod does. */
  refuse(feature: string): never {
    throw new UnsupportedSchemaError(displayName(this.file), this.trail.join('') || '(root)', feature);
  }

  /** The check function of a named composite schema, imported when it is compiled elsewhere. */
  checkFunction(schema: Schema): string | undefined {
    const entry = this.registry.get(schema);
    if (!entry) return undefined;
    const name = `check${entry.name}`;
    if (entry.file !== this.file) {
      const from = relative(dirname(this.file), compiledPath(entry.file));
      const specifier = from.startsWith('.') ? from : `./${from}`;
      if (!this.imports.has(specifier)) this.imports.set(specifier, new Set());
      this.imports.get(specifier)!.add(name);
    }
    return name;
  }
}

/** A schema file as messages name it: relative to the SDK's sources when it is one of them. */
function displayName(file: string): string {
  const inside = relative(root, file);
  return inside.startsWith('..') ? file : inside;
}

// What the compiler translates, and nothing else: each schema's definition, its zod classes and
// its checks are held against these lists, so that an option zod adds or a schema the contract
// starts to use stops the build instead of being left out of the compiled code.

/** zod's string formats that are a pattern and nothing more, with the zod class of each. */
const STRING_FORMATS: Record<string, { zodClass: string; keys: string[] }> = {
  email: { zodClass: '$ZodEmail', keys: [] },
  date: { zodClass: '$ZodISODate', keys: [] },
  // offset, local and precision only shape the pattern, which is what the compiled code tests.
  datetime: { zodClass: '$ZodISODateTime', keys: ['offset', 'local', 'precision'] },
};
const FORMAT_CLASSES = ['$ZodStringFormat', '$ZodCheckStringFormat', '$ZodCheck'];

/** Per schema type: the definition's keys and the zod classes the compiled code matches. */
const TYPES: Record<string, { keys: string[]; classes: string[] }> = {
  string: { keys: [], classes: ['$ZodString'] },
  number: { keys: [], classes: ['$ZodNumber'] },
  boolean: { keys: [], classes: ['$ZodBoolean'] },
  enum: { keys: ['entries'], classes: ['$ZodEnum'] },
  literal: { keys: ['values'], classes: ['$ZodLiteral'] },
  nullable: { keys: ['innerType'], classes: ['$ZodNullable'] },
  optional: { keys: ['innerType'], classes: ['$ZodOptional'] },
  array: { keys: ['element'], classes: ['$ZodArray'] },
  // $ZodObjectJIT is classic zod's object: it may compile a fast path, with the same outcome.
  object: { keys: ['shape'], classes: ['$ZodObject', '$ZodObjectJIT'] },
  union: { keys: ['options'], classes: ['$ZodUnion'] },
  record: { keys: ['keyType', 'valueType'], classes: ['$ZodRecord'] },
  unknown: { keys: [], classes: ['$ZodUnknown'] },
  file: { keys: [], classes: ['$ZodFile'] },
};

/** How messages name the schemas the compiler does not translate. */
const TYPE_NAMES: Record<string, string> = {
  pipe: 'a pipe, transform or codec (z.pipe, z.transform, z.codec)',
  transform: 'a transform (z.transform)',
  default: 'a default value (z._default)',
  prefault: 'a prefault (z.prefault)',
  catch: 'a fallback value (z.catch)',
  lazy: 'a lazy schema (z.lazy)',
  custom: 'a custom schema (z.custom, z.instanceof)',
  intersection: 'an intersection (z.intersection)',
  tuple: 'a tuple (z.tuple)',
  any: 'z.any()',
  never: 'z.never()',
  readonly: 'z.readonly()',
  nonoptional: 'z.nonoptional()',
};
const CLASS_NAMES: Record<string, string> = {
  $ZodXor: 'an exclusive union (z.xor)',
  $ZodExactOptional: 'an exact optional (z.exactOptional)',
};

/** The checks translated, per schema type: `check` or `check/format` → its zod class and definition keys. */
const CHECKS: Record<string, Record<string, { zodClass: string; keys: string[] }>> = {
  string: {
    min_length: { zodClass: '$ZodCheckMinLength', keys: ['minimum'] },
    max_length: { zodClass: '$ZodCheckMaxLength', keys: ['maximum'] },
    length_equals: { zodClass: '$ZodCheckLengthEquals', keys: ['length'] },
    'string_format/regex': { zodClass: '$ZodCheckRegex', keys: ['format', 'pattern'] },
  },
  number: {
    greater_than: { zodClass: '$ZodCheckGreaterThan', keys: ['value', 'inclusive'] },
    less_than: { zodClass: '$ZodCheckLessThan', keys: ['value', 'inclusive'] },
  },
  array: {
    min_length: { zodClass: '$ZodCheckMinLength', keys: ['minimum'] },
    max_length: { zodClass: '$ZodCheckMaxLength', keys: ['maximum'] },
  },
  file: {
    min_size: { zodClass: '$ZodCheckMinSize', keys: ['minimum'] },
    max_size: { zodClass: '$ZodCheckMaxSize', keys: ['maximum'] },
    mime_type: { zodClass: '$ZodCheckMimeType', keys: ['mime'] },
  },
};
/** zod runs length and size checks on any value that has a length or size, unless told otherwise: these are its defaults. */
const DEFAULT_WHEN = new Set<unknown>([z.minLength(0)._zod.def.when, z.minSize(0)._zod.def.when]);

/** A schema type with its article, for messages: "an object", "a string". */
const a = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;

/** A value as messages show it: `1n`, `undefined`, `"x"`. */
const show = (value: unknown) => (typeof value === 'bigint' ? `${value}n` : typeof value === 'string' ? JSON.stringify(value) : String(value));

/** A definition's keys that are set (zod leaves some undefined). */
const keysOf = (def: object) => Object.entries(def).flatMap(([key, value]) => (value === undefined ? [] : [key]));

/** Refuses the options and classes of `schema` the compiler does not translate, and the unusable values of those it does. */
function refuseUntranslated(schema: Schema, e: Emitter): void {
  const def = schema._zod.def;
  const type = TYPES[def.type];
  if (!type) e.refuse(TYPE_NAMES[def.type] ?? `the schema type "${def.type}"`);
  if (def.error) e.refuse(`a custom error message (the \`error\` parameter) on ${a(def.type)}`);
  if (def.coerce) e.refuse(`coercion (z.coerce) of ${a(def.type)}`);
  // Checks are held against their own list, per type, by checksOf().
  const keys = ['type', 'error', 'coerce', 'checks', ...type.keys];
  const classes = ['$ZodType', ...type.classes];
  if (def.type === 'string' && def.format !== undefined) {
    const format = STRING_FORMATS[def.format];
    if (!format) e.refuse(`the string format "${def.format}"`);
    keys.push('format', 'check', 'abort', 'when', 'pattern', ...format.keys);
    classes.push(format.zodClass, ...FORMAT_CLASSES);
    refuseCheckOptions(def, `the string format "${def.format}"`, e);
    refusePattern(def.pattern, `the string format "${def.format}"`, e);
  }
  if (def.type === 'number' && def.format !== undefined) {
    if (def.format !== 'safeint') e.refuse(`the number format "${def.format}" (z.${def.format}())`);
    keys.push('format', 'check', 'abort', 'when');
    classes.push('$ZodNumberFormat', '$ZodCheckNumberFormat', '$ZodCheck');
    refuseCheckOptions(def, 'z.int()', e);
  }
  if (def.type === 'union' && def.discriminator !== undefined) {
    // A discriminated union sets `inclusive: false`; it says nothing more than the class does.
    keys.push('discriminator', 'inclusive', 'unionFallback');
    classes.push('$ZodDiscriminatedUnion');
    if (def.unionFallback) e.refuse('a discriminated union that falls back to trying every option (unionFallback)');
  }
  if (def.type === 'object' && def.catchall !== undefined) {
    const kind = def.catchall._zod.def.type;
    e.refuse(kind === 'never' ? 'a strict object (z.strictObject)' : kind === 'unknown' ? 'a loose object (z.looseObject)' : 'an object catchall (z.catchall)');
  }
  if (def.type === 'record' && def.mode !== undefined) e.refuse(`a record with mode "${def.mode}" (z.looseRecord)`);
  if (def.type === 'record' && def.partial !== undefined) e.refuse('a partial record (z.partialRecord)');
  for (const trait of schema._zod.traits) {
    if (trait.startsWith('$Zod') && !classes.includes(trait)) e.refuse(CLASS_NAMES[trait] ?? `a ${trait} (${a(def.type)} of a kind the compiler does not know)`);
  }
  for (const key of keysOf(def)) if (!keys.includes(key)) e.refuse(`the option "${key}" of ${a(def.type)}`);
}

/** A check's own options (a format is a check too): zod's defaults only. */
function refuseCheckOptions(def: Def, name: string, e: Emitter): void {
  if (def.error) e.refuse(`a custom error message on ${name}`);
  // After a failed check zod goes on with the next ones, as the compiled code does; `abort` would stop it.
  if (def.abort) e.refuse(`abort: true on ${name}`);
  if (def.when !== undefined && !DEFAULT_WHEN.has(def.when)) e.refuse(`a condition (when) on ${name}`);
}

/** zod resets `lastIndex` before each test; the compiled code does not, so a stateful pattern would skip matches. */
function refusePattern(pattern: unknown, name: string, e: Emitter): void {
  if (!(pattern instanceof RegExp)) e.refuse(`${name} without a pattern`);
  if (pattern.global || pattern.sticky) e.refuse(`the flags "${pattern.flags}" of the pattern of ${name}`);
}

/** The checks of a schema, each known and with zod's defaults; refuses the others. */
function checksOf(schema: Schema, e: Emitter): Def[] {
  const def = schema._zod.def;
  return ((def.checks ?? []) as Schema[]).map((check) => {
    const c = check._zod.def as Def & { check: string };
    const kind = c.check === 'string_format' ? `string_format/${c.format}` : c.check;
    const spec = CHECKS[def.type]?.[kind];
    const name = `the check ${kind === 'custom' ? 'z.refine()/z.check()' : kind === 'overwrite' ? 'z.overwrite() (or z.trim(), z.toLowerCase() …)' : `"${kind}"`}`;
    if (!spec) e.refuse(`${name} on ${a(def.type)}`);
    refuseCheckOptions(c, name, e);
    for (const key of keysOf(c)) if (!['check', 'error', 'abort', 'when', ...spec.keys].includes(key)) e.refuse(`the option "${key}" of ${name}`);
    const classes = ['$ZodCheck', ...(kind.startsWith('string_format/') ? ['$ZodCheckStringFormat'] : []), spec.zodClass];
    const traits = [...(check._zod.traits ?? [])].filter((trait) => trait.startsWith('$Zod'));
    if (!traits.includes(spec.zodClass) || traits.some((trait) => !classes.includes(trait))) e.refuse(`${name} of a kind the compiler does not know`);
    for (const key of ['minimum', 'maximum', 'length'] as const) {
      if (key in c && !(Number.isSafeInteger(c[key]) && c[key] >= 0)) e.refuse(`${name} with ${key} ${String(c[key])}`);
    }
    if ('value' in c && !(typeof c.value === 'number' && Number.isFinite(c.value))) e.refuse(`${name} with the bound ${String(c.value)}`);
    if (kind === 'string_format/regex') refusePattern(c.pattern, name, e);
    if (kind === 'mime_type' && !(Array.isArray(c.mime) && c.mime.every((type: unknown) => typeof type === 'string'))) e.refuse(`${name} with ${String(c.mime)}`);
    return c;
  });
}

/** A value the compiled code compares with `===` as zod's sets do (no NaN, no bigint, no undefined). */
const isPlainLiteral = (value: unknown) => value === null || ['string', 'boolean'].includes(typeof value) || (typeof value === 'number' && Number.isFinite(value));

/** The values zod accepts for an enum: a TypeScript enum's reverse mappings left out. */
function enumValues(entries: Record<string, unknown>): unknown[] {
  const numbers = Object.values(entries).filter((value) => typeof value === 'number');
  return Object.entries(entries)
    .filter(([key]) => !numbers.includes(+key))
    .map(([, value]) => value);
}

/** Whether a failure of the schema can be made of check issues only, which zod does not count as aborting. */
function failsSoftly(schema: Schema, seen = new Set<Schema>()): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  const def = schema._zod.def;
  if (def.format !== undefined || def.checks?.length) return true;
  const children: Schema[] = [
    ...(def.innerType ? [def.innerType] : []),
    ...(def.element ? [def.element] : []),
    ...(def.valueType ? [def.valueType] : []),
    ...(def.options ?? []),
    ...(def.type === 'object' ? Object.values(def.shape as Record<string, Schema>) : []),
  ];
  return children.some((child) => failsSoftly(child, seen));
}

/** Whether the schema lets `undefined` through without being optional: zod still wants the key present. */
function acceptsUndefined(schema: Schema): boolean {
  const def = schema._zod.def;
  if (def.type === 'unknown') return true;
  if (def.type === 'nullable') return acceptsUndefined(def.innerType);
  if (def.type === 'union') return (def.options as Schema[]).some(acceptsUndefined);
  return false;
}

/** A key as the error messages' paths show it. */
const segment = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

/**
 * Emits statements that check `input` and assign the output to a new variable, whose name
 * is returned. `path` names the runtime array of where the checked value's parent object
 * sits; `at` the static fields below it. Issues match zod's: same paths, codes and facts.
 */
function emit(schema: Schema, input: string, path: string, at: string[], e: Emitter, out: string[], indent: string, isRoot = false): string {
  const named = !isRoot && hasCheckFunction(schema) ? e.checkFunction(schema) : undefined;
  const o = e.name('o');
  const push = (line: string, depth = 0) => out.push(indent + '  '.repeat(depth) + line);
  if (named && isCheckedScalar(schema)) {
    push(`const ${o} = ${named}(${input}, issues, ${path}, ${e.at(at)});`);
    return o;
  }
  if (named) {
    if (!at.length) {
      push(`const ${o} = ${named}(${input}, issues, ${path});`);
      return o;
    }
    // The path is one array, pushed onto and cut back: no array per checked value (a page of
    // 10,000 calls would make 20,000). Issues copy it when they are made.
    push(`${path}.push(${keys(at)});`);
    push(`const ${o} = ${named}(${input}, issues, ${path});`);
    push(at.length === 1 ? `${path}.pop();` : `${path}.length -= ${at.length};`);
    return o;
  }
  // A named schema was checked where it is compiled; this one is checked here.
  if (e.active.has(schema)) e.refuse('a recursive schema that is not exported by name');
  refuseUntranslated(schema, e);
  e.active.add(schema);
  try {
    emitTranslated(schema, input, path, at, e, out, indent, o, push);
  } finally {
    e.active.delete(schema);
  }
  return o;
}

/** The code of `emit` for a schema it translates (all but named ones), assigning the output to `o`. */
function emitTranslated(schema: Schema, input: string, path: string, at: string[], e: Emitter, out: string[], indent: string, o: string, push: (line: string, depth?: number) => void): void {
  const def = schema._zod.def;
  // Made when used, so that a wrapper (nullable, optional) hoists no list of keys it never reports at.
  const where = () => `issues, ${path}, ${e.at(at)}`;
  const fail = (code: string, facts: Record<string, unknown> | string) =>
    `fail(${where()}, '${code}', ${typeof facts === 'string' ? facts : JSON.stringify(facts)});`;
  const checks = checksOf(schema, e);
  push(`let ${o}: any;`);

  switch (def.type) {
    case 'string': {
      out.pop();
      push(`const ${o} = str(${input}, ${where()});`);
      const lines: string[] = [];
      if (def.format) lines.push(`if (!${e.constant(String(schema._zod.pattern ?? def.pattern))}.test(${o})) ${fail('invalid_format', { origin: 'string', format: def.format })}`);
      // Lengths in code points, as zod counts them; counted only where the UTF-16 length leaves it in doubt.
      for (const c of checks) {
        if (c.check === 'min_length') {
          const test = c.minimum <= 1 ? `${o}.length < ${c.minimum}` : `${o}.length < ${c.minimum * 2} && codePoints(${o}) < ${c.minimum}`;
          lines.push(`if (${test}) ${fail('too_small', { origin: 'string', minimum: c.minimum, inclusive: true })}`);
        } else if (c.check === 'max_length') {
          lines.push(`if (${o}.length > ${c.maximum} && codePoints(${o}) > ${c.maximum}) ${fail('too_big', { origin: 'string', maximum: c.maximum, inclusive: true })}`);
        } else if (c.check === 'length_equals') {
          // Named after the string it measures, so that it adds no number to the generated names.
          const n = `${o}n`;
          lines.push(`const ${n} = ${o}.length < ${c.length} || ${o}.length > ${c.length * 2} ? ${o}.length : codePoints(${o});`);
          lines.push(`if (${n} > ${c.length}) ${fail('too_big', { origin: 'string', maximum: c.length, inclusive: true, exact: true })}`);
          lines.push(`else if (${n} < ${c.length}) ${fail('too_small', { origin: 'string', minimum: c.length, inclusive: true, exact: true })}`);
        } else {
          lines.push(`if (!${e.constant(String(c.pattern))}.test(${o})) ${fail('invalid_format', { origin: 'string', format: 'regex', pattern: String(c.pattern) })}`);
        }
      }
      if (lines.length) {
        push(`if (${o} !== undefined) {`);
        for (const line of lines) push(line, 1);
        push(`}`);
      }
      break;
    }
    case 'number': {
      out.pop();
      push(`const ${o} = ${def.format === 'safeint' ? 'int' : 'num'}(${input}, ${where()});`);
      const lines: string[] = [];
      for (const c of checks) {
        if (c.check === 'greater_than') lines.push(`if (${o} ${c.inclusive ? '<' : '<='} ${c.value}) ${fail('too_small', { origin: 'number', minimum: c.value, inclusive: c.inclusive })}`);
        else lines.push(`if (${o} ${c.inclusive ? '>' : '>='} ${c.value}) ${fail('too_big', { origin: 'number', maximum: c.value, inclusive: c.inclusive })}`);
      }
      if (lines.length) {
        push(`if (${o} !== undefined) {`);
        for (const line of lines) push(line, 1);
        push(`}`);
      }
      break;
    }
    case 'boolean':
      out.pop();
      push(`const ${o} = bool(${input}, ${where()});`);
      break;
    case 'enum':
    case 'literal': {
      const values: unknown[] = def.type === 'enum' ? enumValues(def.entries) : def.values;
      const odd = values.filter((value) => !isPlainLiteral(value));
      if (odd.length) e.refuse(`the ${def.type} value ${show(odd[0])}`);
      push(`if (${values.map((value) => `${input} === ${JSON.stringify(value)}`).join(' || ')}) ${o} = ${input};`);
      push(`else ${fail('invalid_value', { values })}`);
      break;
    }
    case 'nullable':
    case 'optional': {
      const empty = def.type === 'nullable' ? 'null' : 'undefined';
      push(`if (${input} === ${empty}) ${o} = ${empty};`);
      push(`else {`);
      const result = emit(def.innerType as Schema, input, path, at, e, out, indent + '  ');
      push(`${o} = ${result};`, 1);
      push(`}`);
      break;
    }
    case 'array': {
      const i = e.name('i');
      const item = e.name('v');
      push(`if (!Array.isArray(${input})) ${fail('invalid_type', { expected: 'array' })}`);
      push(`else {`);
      for (const c of checks) {
        if (c.check === 'min_length') push(`if (${input}.length < ${c.minimum}) ${fail('too_small', { origin: 'array', minimum: c.minimum, inclusive: true })}`, 1);
        else push(`if (${input}.length > ${c.maximum}) ${fail('too_big', { origin: 'array', maximum: c.maximum, inclusive: true })}`, 1);
      }
      push(`${o} = new Array(${input}.length);`, 1);
      push(`for (let ${i} = 0; ${i} < ${input}.length; ${i}++) {`, 1);
      push(`const ${item} = ${input}[${i}];`, 2);
      push(`${path}.push(${at.length ? `${keys(at)}, ` : ''}${i});`, 2);
      const result = e.within('[]', () => emit(def.element as Schema, item, path, [], e, out, indent + '    '));
      push(`${o}[${i}] = ${result};`, 2);
      push(`${path}.length -= ${at.length + 1};`, 2);
      push(`}`, 1);
      push(`}`);
      break;
    }
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      if (Object.getOwnPropertySymbols(shape).length) e.refuse('a symbol key in an object');
      push(`if (obj(${input}, ${where()})) {`);
      const fields: { key: string; result: string; optional: boolean }[] = [];
      for (const [key, child] of Object.entries(shape)) {
        e.within(segment(key), () => {
          // zod skips this key, as an object literal would not keep it.
          if (key === '__proto__') e.refuse('the key "__proto__"');
          const value = e.name('v');
          push(`const ${value} = ${input}[${JSON.stringify(key)}];`, 1);
          const result = emit(child, value, path, [...at, key], e, out, indent + '  ');
          // zod decides from these whether a key may be left out, whatever the schema's type.
          const { optin, optout } = child._zod;
          const optional = optin === 'optional' && optout === 'optional';
          if (!optional && (optin !== undefined || optout !== undefined)) e.refuse(`a field that zod takes as optin "${optin}", optout "${optout}"`);
          if (!optional && acceptsUndefined(child)) e.refuse('a required field that accepts undefined (zod reports it missing when it is absent; wrap it in z.optional)');
          fields.push({ key, result, optional });
        });
      }
      // The output keeps the shape's order, as zod's does; an optional key is there when the input has it, even undefined.
      const first = fields.findIndex((field) => field.optional);
      const literal = first === -1 ? fields : fields.slice(0, first);
      push(`${o} = ${literal.length ? `{ ${literal.map(({ key, result }) => `${JSON.stringify(key)}: ${result}`).join(', ')} }` : '{}'};`, 1);
      for (const { key, result, optional } of fields.slice(literal.length)) {
        push(`${optional ? `if (${JSON.stringify(key)} in ${input}) ` : ''}${o}[${JSON.stringify(key)}] = ${result};`, 1);
      }
      push(`}`);
      break;
    }
    case 'union': {
      const options = def.options as Schema[];
      if (def.discriminator) {
        // A discriminated union: the object, then its tag, then that one branch.
        const key = def.discriminator as string;
        const tag = e.name('d');
        push(`if (obj(${input}, ${where()})) {`);
        push(`const ${tag} = ${input}[${JSON.stringify(key)}];`, 1);
        const tags: unknown[] = [];
        options.forEach((option, index) => {
          e.within(`<option ${index + 1}>`, () => {
            const field = option._zod.def.type === 'object' ? (option._zod.def.shape as Record<string, Schema>)[key] : undefined;
            if (field?._zod.def.type !== 'literal') e.refuse(`a discriminated union option that is not a z.object with a z.literal "${key}"`);
            const values = field._zod.def.values as unknown[];
            const odd = values.filter((value) => !isPlainLiteral(value));
            if (odd.length) e.refuse(`the discriminator value ${show(odd[0])}`);
            tags.push(...values);
            push(`${index ? '} else ' : ''}if (${values.map((value) => `${tag} === ${JSON.stringify(value)}`).join(' || ')}) {`, 1);
            const result = emit(option, input, path, at, e, out, indent + '    ');
            push(`${o} = ${result};`, 2);
          });
        });
        push(`} else fail(issues, ${path}, ${e.at([...at, key])}, 'invalid_union', ${JSON.stringify({ note: 'No matching discriminator', discriminator: key, options: tags })});`, 1);
        push(`}`);
      } else if (options.length === 1) {
        // zod runs a lone option as if there were no union.
        const result = e.within('<option 1>', () => emit(options[0]!, input, path, at, e, out, indent));
        push(`${o} = ${result};`);
      } else {
        // When every option fails, zod reports invalid_union only if each failed on its type; an
        // option that failed a check alone has its own issues reported instead. Options without
        // checks always fail on their type, and only they are translated.
        options.forEach((option, index) => {
          if (failsSoftly(option)) e.within(`<option ${index + 1}>`, () => e.refuse('a union option with checks or a format (use z.discriminatedUnion)'));
        });
        // The first option that passes wins, as in zod; each is tried against its own issues.
        const outer = e.name('u');
        const done = e.name('ok');
        push(`const ${outer} = issues;`);
        push(`let ${done} = false;`);
        options.forEach((option, index) => {
          push(`${index ? `if (!${done}) ` : ''}{`);
          push(`const issues: Issue[] = [];`, 1);
          const result = e.within(`<option ${index + 1}>`, () => emit(option, input, path, at, e, out, indent + '  '));
          push(`if (!issues.length) { ${o} = ${result}; ${done} = true; }`, 1);
          push(`}`);
        });
        push(`if (!${done}) fail(${outer}, ${path}, ${e.at(at)}, 'invalid_union', {});`);
      }
      break;
    }
    case 'record': {
      const key = def.keyType as Schema;
      const value = def.valueType as Schema;
      e.within('<key>', () => {
        if (key._zod.def.type !== 'string') e.refuse(`a record key of type ${key._zod.def.type} (only z.string())`);
        refuseUntranslated(key, e);
        if (key._zod.def.format !== undefined || key._zod.def.checks?.length) e.refuse('a record key with checks or a format');
      });
      e.within('<value>', () => {
        if (value._zod.def.type !== 'unknown') e.refuse(`a record value of type ${value._zod.def.type} (only z.unknown())`);
        refuseUntranslated(value, e);
      });
      // As zod: every own enumerable key but __proto__; a symbol is not a string key.
      const k = e.name('k');
      push(`if (!isPlainObject(${input})) ${fail('invalid_type', { expected: 'record' })}`);
      push(`else {`);
      push(`${o} = {};`, 1);
      push(`for (const ${k} of Reflect.ownKeys(${input})) {`, 1);
      push(`if (${k} === '__proto__' || !Object.prototype.propertyIsEnumerable.call(${input}, ${k})) continue;`, 2);
      push(`if (typeof ${k} === 'symbol') fail(issues, ${path}, [${at.length ? `${keys(at)}, ` : ''}${k}], 'invalid_key', { origin: 'record' });`, 2);
      push(`else ${o}[${k}] = ${input}[${k}];`, 2);
      push(`}`, 1);
      push(`}`);
      break;
    }
    case 'unknown':
      push(`${o} = ${input};`);
      break;
    case 'file': {
      push(`if (!isFile(${input})) ${fail('invalid_type', { expected: 'file' })}`);
      push(`else {`);
      for (const c of checks) {
        if (c.check === 'max_size') push(`if (${input}.size > ${c.maximum}) ${fail('too_big', { origin: 'file', maximum: c.maximum, inclusive: true })}`, 1);
        else if (c.check === 'min_size') push(`if (${input}.size < ${c.minimum}) ${fail('too_small', { origin: 'file', minimum: c.minimum, inclusive: true })}`, 1);
        else {
          const types = e.constant(JSON.stringify(c.mime));
          push(`if (!${types}.includes(${input}.type)) ${fail('invalid_value', `{ values: ${types} }`)}`, 1);
        }
      }
      push(`${o} = ${input};`, 1);
      push(`}`);
      break;
    }
    default:
      e.refuse(`the schema type "${def.type}"`);
  }
}

/** Static keys as arguments of `path.push(…)`. */
function keys(at: string[]): string {
  if (at.includes('\u0000at')) throw new Error('compile-contract: a checked scalar cannot hold composites');
  return at.map((key) => JSON.stringify(key)).join(', ');
}

/** A check function: `(input, issues, path) => output`; a checked scalar's also takes `at`, like the runtime helpers. `label` names the schema in error messages. */
function checkSource(name: string, schema: Schema, e: Emitter, label: string): string {
  e.trail = [label];
  const body: string[] = [];
  if (isCheckedScalar(schema)) {
    const result = emit(schema, 'input', 'path', ['\u0000at'], e, body, '  ', true);
    return `export function ${name}(input: any, issues: Issue[], path: PropertyKey[], at: At): any {\n${body.join('\n').replace(/"\\u0000at"/g, 'at')}\n  return ${result};\n}`;
  }
  const result = emit(schema, 'input', 'path', [], e, body, '  ', true);
  return `export function ${name}(input: any, issues: Issue[], path: PropertyKey[]): any {\n${body.join('\n')}\n  return ${result};\n}`;
}

/** The wrapper clients call: `(input) => { ok, value | issues }`. */
function validatorSource(check: string, type: string, scalar = false): string {
  return `/* @__PURE__ */ validator<${type}>((input, issues) => ${check}(input, issues, []${scalar ? ', []' : ''}))`;
}

/** Named composite schemas of every module, so that modules call each other's checks. */
export async function buildRegistry(files = schemaModules()): Promise<Registry> {
  checkZodVersion();
  const registry: Registry = new Map();
  for (const file of files) {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (isSchema(value) && /^[A-Z]/.test(name) && hasCheckFunction(value) && !registry.has(value)) registry.set(value, { file, name });
    }
  }
  return registry;
}

/** The generated source for one `*.schemas.ts` module. */
export async function compileModule(file: string, registry?: Registry): Promise<string> {
  registry ??= await buildRegistry();
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  return compileExports(file, module, registry);
}

/**
 * The generated source for a module that exports one schema, compiled in memory: what
 * `npm run compile-contract` would write beside `file` (relative to the SDK's sources unless
 * absolute) if it exported `schema` as `name`. Throws an {@link UnsupportedSchemaError} for a
 * feature the compiler does not translate.
 */
export function compileSchema(schema: unknown, { name = 'Probe', file = 'probe.schemas.ts' }: { name?: string; file?: string } = {}): string {
  checkZodVersion();
  if (!isSchema(schema)) throw new TypeError('compileSchema: not a zod schema');
  return compileExports(resolve(root, file), { [name]: schema }, new Map());
}

/** The generated source for a schema module's exports: its schemas (capitalised) and operation groups (`…Operations`). */
function compileExports(file: string, module: Record<string, unknown>, registry: Registry): string {
  const schemaFile = `./${basename(file)}`;
  const e = new Emitter(file, registry);
  const functions: string[] = [];
  const exports: string[] = [];
  const checkOf = new Map<unknown, string>();
  for (const [name, value] of Object.entries(module)) {
    if (!isSchema(value) || !/^[A-Z]/.test(name)) continue;
    const check = `check${name}`;
    checkOf.set(value, name);
    functions.push(`/** Checks a \`${name}\` at \`path\`, reporting into \`issues\`. */\n${checkSource(check, value, e, name)}`);
    exports.push(`export const ${name} = ${validatorSource(check, `z.output<typeof S.${name}>`, isCheckedScalar(value))};`);
  }
  const locals: string[] = [];
  const operationGroups: string[] = [];
  for (const [group, value] of Object.entries(module)) {
    if (!group.endsWith('Operations') || typeof value !== 'object' || value === null) continue;
    const members: string[] = [];
    for (const [key, operation] of Object.entries(value)) {
      if (!isOperation(operation)) continue;
      const fields: string[] = [`id: ${JSON.stringify(operation.id)}`, `method: ${JSON.stringify(operation.method)}`, `path: ${JSON.stringify(operation.path)}`];
      for (const part of ['params', 'query', 'body', 'response'] as const) {
        const schema = operation[part];
        if (!isSchema(schema)) continue;
        let reference = checkOf.get(schema);
        if (!reference) {
          reference = `${group}_${key}_${part}`;
          checkOf.set(schema, reference);
          const imported = isComposite(schema) ? e.checkFunction(schema) : undefined;
          const check = imported ?? `check_${reference}`;
          if (!imported) locals.push(checkSource(check, schema, e, `${group}.${key}.${part}`).replace(/^export /, ''));
          locals.push(`const ${reference} = ${validatorSource(check, `z.output<NonNullable<typeof S.${group}.${key}.${part}>>`)};`);
        }
        fields.push(`${part}: ${reference}`);
      }
      if (operation.bodyType === 'multipart') fields.push(`bodyType: 'multipart'`);
      if (operation.creates) fields.push('creates: true');
      if (operation.ifMatch) fields.push('ifMatch: true');
      if (operation.permission) fields.push(`permission: ${JSON.stringify(operation.permission)}`);
      if (operation.reads) fields.push('reads: true');
      if (operation.personal) fields.push('personal: true');
      // One export per operation, so that a widget bundles only the operations it sends.
      const name = group.replace(/Operations$/, '') + key[0]!.toUpperCase() + key.slice(1);
      operationGroups.push(`/** \`${String(operation.method)} ${String(operation.path)}\` (${String(operation.id)}) */\nexport const ${name} = { ${fields.join(', ')} } as const satisfies ClientOperation;`);
      members.push(`${key}: ${name}`);
    }
    operationGroups.push(`/** The client's view of \`${group}\`: what to send where, and how to check it. */\nexport const ${group} = { ${members.join(', ')} };`);
  }
  const body = [...e.constants, '', ...functions, '', ...exports, '', ...locals, '', ...operationGroups].join('\n');
  const core = relative(dirname(file), join(root, 'core')) || '.';
  const from = (name: string) => `${core.startsWith('.') ? core : `./${core}`}/${name}`;
  // The runtime in core/validator.ts: each module imports the helpers its code calls, and copies none.
  const helpers = ['bool', 'codePoints', 'fail', 'int', 'isFile', 'isObject', 'isPlainObject', 'num', 'obj', 'str', 'validator'].filter((name) => new RegExp(`\\b${name}[(<]`).test(body));
  const imports = [
    `import type * as S from '${schemaFile}';`,
    `import type { z } from '${from('zod.ts')}';`,
    ...(helpers.length ? [`import { ${helpers.join(', ')}, type At, type Issue } from '${from('validator.ts')}';`] : []),
    ...(operationGroups.length ? [`import type { ClientOperation } from '${from('operation.ts')}';`] : []),
    ...[...e.imports].map(([specifier, names]) => `import { ${[...names].sort().join(', ')} } from '${specifier}';`),
  ];
  return [
    generatedHeader(file),
    ...imports,
    '',
    body,
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** The first line of every compiled module: generated, from which schema file, by which command. */
export const generatedHeader = (file: string) =>
  `// Generated by \`npm run compile-contract\` from ${basename(file)} (scripts/compile-contract.ts). Do not edit: change the schemas and run it again.`;

/** Every schema module of the contract. */
export function schemaModules(dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return schemaModules(path);
    return name.endsWith('.schemas.ts') ? [path] : [];
  });
}

export const compiledPath = (file: string) => file.replace(/\.schemas\.ts$/, '.compiled.ts');

/** The command: writes (or with `--check` verifies) every compiled module; says why and stops on what it cannot compile. */
async function main(check: boolean): Promise<void> {
  checkZodVersion();
  const stale: string[] = [];
  const registry = await buildRegistry();
  for (const file of schemaModules()) {
    const source = await compileModule(file, registry);
    const target = compiledPath(file);
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing: written below, or reported as stale
    }
    if (current === source) continue;
    if (check) stale.push(relative(root, target));
    else {
      writeFileSync(target, source);
      console.log(`compiled ${relative(root, target)}`);
    }
  }
  if (stale.length) {
    console.error(`Stale compiled contract: ${stale.join(', ')}. Run \`npm run compile-contract\`.`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  try {
    await main(process.argv.includes('--check'));
  } catch (error) {
    if (!(error instanceof ContractCompileError)) throw error;
    // The message says what and where; a stack through the compiler would only hide it.
    console.error(error.message);
    process.exit(1);
  }
}
