// Compiles the zod contract (`packages/sdk/src/**/*.schemas.ts`) into plain validators
// (`*.compiled.ts` beside each module). Browsers then validate requests and responses with
// small generated code: no zod in their bundles, no `eval` under a strict CSP, and about the
// speed of a hand-written guard. zod stays the one source: the simulator and the OpenAPI
// document read it directly, and a test proves the compiled code agrees with it.
//
//   npm run compile-contract          writes the files
//   npm run compile-contract -- --check   fails if a file is missing or stale
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Def = Record<string, any> & { type: string };
type Schema = { _zod: { def: Def; pattern?: RegExp } };

const root = fileURLToPath(new URL('../packages/sdk/src/', import.meta.url));

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

/**
 * Emits statements that check `input` and assign the output to a new variable, whose name
 * is returned. `path` names the runtime array of where the checked value's parent object
 * sits; `at` the static fields below it. Issues match zod's: same paths, codes and facts.
 */
function emit(schema: Schema, input: string, path: string, at: string[], e: Emitter, out: string[], indent: string, isRoot = false): string {
  const def = schema._zod.def;
  const o = e.name('o');
  const push = (line: string, depth = 0) => out.push(indent + '  '.repeat(depth) + line);
  const where = `issues, ${path}, ${e.at(at)}`;
  const fail = (code: string, facts: Record<string, unknown> | string) =>
    `fail(${where}, '${code}', ${typeof facts === 'string' ? facts : JSON.stringify(facts)});`;

  if (!['string', 'number', 'array', 'file'].includes(def.type) && def.checks?.length) {
    throw new Error(`compile-contract: checks on a ${def.type} are not supported yet; extend scripts/compile-contract.ts`);
  }
  const named = !isRoot && hasCheckFunction(schema) ? e.checkFunction(schema) : undefined;
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
  push(`let ${o}: any;`);

  switch (def.type) {
    case 'string': {
      out.pop();
      push(`const ${o} = str(${input}, ${where});`);
      const checks: string[] = [];
      if (def.format) checks.push(`if (!${e.constant(String(schema._zod.pattern ?? def.pattern))}.test(${o})) ${fail('invalid_format', { origin: 'string', format: def.format })}`);
      for (const check of (def.checks ?? []) as Schema[]) {
        const c = check._zod.def;
        if (c.check === 'min_length') checks.push(`if (${o}.length < ${c.minimum}) ${fail('too_small', { origin: 'string', minimum: c.minimum, inclusive: true })}`);
        else if (c.check === 'max_length') checks.push(`if (${o}.length > ${c.maximum}) ${fail('too_big', { origin: 'string', maximum: c.maximum, inclusive: true })}`);
        else if (c.check === 'length_equals') {
          checks.push(`if (${o}.length > ${c.length}) ${fail('too_big', { origin: 'string', maximum: c.length, inclusive: true, exact: true })}`);
          checks.push(`else if (${o}.length < ${c.length}) ${fail('too_small', { origin: 'string', minimum: c.length, inclusive: true, exact: true })}`);
        } else if (c.check === 'string_format' && c.format === 'regex') {
          checks.push(`if (!${e.constant(String(c.pattern))}.test(${o})) ${fail('invalid_format', { origin: 'string', format: 'regex', pattern: String(c.pattern) })}`);
        } else throw new Error(`compile-contract: unsupported string check ${c.check}/${c.format}`);
      }
      if (checks.length) {
        push(`if (${o} !== undefined) {`);
        for (const line of checks) push(line, 1);
        push(`}`);
      }
      break;
    }
    case 'number': {
      out.pop();
      push(`const ${o} = ${def.format === 'safeint' ? 'int' : 'num'}(${input}, ${where});`);
      const checks: string[] = [];
      for (const check of (def.checks ?? []) as Schema[]) {
        const c = check._zod.def;
        if (c.check === 'greater_than') checks.push(`if (${o} ${c.inclusive ? '<' : '<='} ${c.value}) ${fail('too_small', { origin: 'number', minimum: c.value, inclusive: c.inclusive })}`);
        else if (c.check === 'less_than') checks.push(`if (${o} ${c.inclusive ? '>' : '>='} ${c.value}) ${fail('too_big', { origin: 'number', maximum: c.value, inclusive: c.inclusive })}`);
        else if (c.check !== 'number_format') throw new Error(`compile-contract: unsupported number check ${c.check}`);
      }
      if (checks.length) {
        push(`if (${o} !== undefined) {`);
        for (const line of checks) push(line, 1);
        push(`}`);
      }
      break;
    }
    case 'boolean':
      out.pop();
      push(`const ${o} = bool(${input}, ${where});`);
      break;
    case 'enum':
    case 'literal': {
      const values: unknown[] = def.type === 'enum' ? Object.values(def.entries) : def.values;
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
      for (const check of (def.checks ?? []) as Schema[]) {
        const c = check._zod.def;
        if (c.check === 'min_length') push(`if (${input}.length < ${c.minimum}) ${fail('too_small', { origin: 'array', minimum: c.minimum, inclusive: true })}`, 1);
        else if (c.check === 'max_length') push(`if (${input}.length > ${c.maximum}) ${fail('too_big', { origin: 'array', maximum: c.maximum, inclusive: true })}`, 1);
        else throw new Error(`compile-contract: unsupported array check ${c.check}`);
      }
      push(`${o} = new Array(${input}.length);`, 1);
      push(`for (let ${i} = 0; ${i} < ${input}.length; ${i}++) {`, 1);
      push(`const ${item} = ${input}[${i}];`, 2);
      push(`${path}.push(${at.length ? `${keys(at)}, ` : ''}${i});`, 2);
      const result = emit(def.element as Schema, item, path, [], e, out, indent + '    ');
      push(`${o}[${i}] = ${result};`, 2);
      push(`${path}.length -= ${at.length + 1};`, 2);
      push(`}`, 1);
      push(`}`);
      break;
    }
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      push(`if (obj(${input}, ${where})) {`);
      const required: string[] = [];
      const optional: [string, string][] = [];
      for (const [key, child] of Object.entries(shape)) {
        const value = e.name('v');
        push(`const ${value} = ${input}[${JSON.stringify(key)}];`, 1);
        const result = emit(child, value, path, [...at, key], e, out, indent + '  ');
        if (child._zod.def.type === 'optional') optional.push([key, result]);
        else required.push(`${JSON.stringify(key)}: ${result}`);
      }
      push(`${o} = { ${required.join(', ')} };`, 1);
      for (const [key, result] of optional) push(`if (${result} !== undefined) ${o}[${JSON.stringify(key)}] = ${result};`, 1);
      push(`}`);
      break;
    }
    case 'union': {
      const options = def.options as Schema[];
      if (def.discriminator) {
        // A discriminated union: the object, then its tag, then that one branch.
        const key = def.discriminator as string;
        const tag = e.name('d');
        push(`if (obj(${input}, ${where})) {`);
        push(`const ${tag} = ${input}[${JSON.stringify(key)}];`, 1);
        const tags: unknown[] = [];
        options.forEach((option, index) => {
          const values = (option._zod.def.shape as Record<string, Schema>)[key]!._zod.def.values as unknown[];
          tags.push(...values);
          push(`${index ? '} else ' : ''}if (${values.map((value) => `${tag} === ${JSON.stringify(value)}`).join(' || ')}) {`, 1);
          const result = emit(option, input, path, at, e, out, indent + '    ');
          push(`${o} = ${result};`, 2);
        });
        push(`} else fail(issues, ${path}, ${e.at([...at, key])}, 'invalid_union', ${JSON.stringify({ note: 'No matching discriminator', discriminator: key, options: tags })});`, 1);
        push(`}`);
      } else {
        // The first option that passes wins, as in zod; each is tried against its own issues.
        const outer = e.name('u');
        const done = e.name('ok');
        push(`const ${outer} = issues;`);
        push(`let ${done} = false;`);
        options.forEach((option, index) => {
          push(`${index ? `if (!${done}) ` : ''}{`);
          push(`const issues: Issue[] = [];`, 1);
          const result = emit(option, input, path, at, e, out, indent + '  ');
          push(`if (!issues.length) { ${o} = ${result}; ${done} = true; }`, 1);
          push(`}`);
        });
        push(`if (!${done}) fail(${outer}, ${path}, ${e.at(at)}, 'invalid_union', {});`);
      }
      break;
    }
    case 'record':
      if (def.keyType?._zod.def.type !== 'string' || def.valueType?._zod.def.type !== 'unknown') throw new Error('compile-contract: only z.record(z.string(), z.unknown()) is supported');
      // zod wants a plain object here (not a File or a Date), unlike z.object.
      push(`if (!isObject(${input}) || (Object.getPrototypeOf(${input}) !== Object.prototype && Object.getPrototypeOf(${input}) !== null)) ${fail('invalid_type', { expected: 'record' })}`);
      push(`else ${o} = { ...${input} };`);
      break;
    case 'unknown':
      push(`${o} = ${input};`);
      break;
    case 'file': {
      push(`if (!isFile(${input})) ${fail('invalid_type', { expected: 'file' })}`);
      push(`else {`);
      for (const check of (def.checks ?? []) as Schema[]) {
        const c = check._zod.def;
        if (c.check === 'max_size') push(`if (${input}.size > ${c.maximum}) ${fail('too_big', { origin: 'file', maximum: c.maximum, inclusive: true })}`, 1);
        else if (c.check === 'min_size') push(`if (${input}.size < ${c.minimum}) ${fail('too_small', { origin: 'file', minimum: c.minimum, inclusive: true })}`, 1);
        else if (c.check === 'mime_type') {
          const types = e.constant(JSON.stringify(c.mime));
          push(`if (!${types}.includes(${input}.type)) ${fail('invalid_value', `{ values: ${types} }`)}`, 1);
        } else throw new Error(`compile-contract: unsupported file check ${c.check}`);
      }
      push(`${o} = ${input};`, 1);
      push(`}`);
      break;
    }
    default:
      throw new Error(`compile-contract: schema type "${def.type}" is not supported yet; extend scripts/compile-contract.ts`);
  }
  return o;
}

/** Static keys as arguments of `path.push(…)`. */
function keys(at: string[]): string {
  if (at.includes('\u0000at')) throw new Error('compile-contract: a checked scalar cannot hold composites');
  return at.map((key) => JSON.stringify(key)).join(', ');
}

/** A check function: `(input, issues, path) => output`; a checked scalar's also takes `at`, like the runtime helpers. */
function checkSource(name: string, schema: Schema, e: Emitter): string {
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
  const schemaFile = `./${basename(file)}`;
  const e = new Emitter(file, registry);
  const functions: string[] = [];
  const exports: string[] = [];
  const checkOf = new Map<unknown, string>();
  for (const [name, value] of Object.entries(module)) {
    if (!isSchema(value) || !/^[A-Z]/.test(name)) continue;
    const check = `check${name}`;
    checkOf.set(value, name);
    functions.push(`/** Checks a \`${name}\` at \`path\`, reporting into \`issues\`. */\n${checkSource(check, value, e)}`);
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
          if (!imported) locals.push(checkSource(check, schema, e).replace(/^export /, ''));
          locals.push(`const ${reference} = ${validatorSource(check, `z.output<NonNullable<typeof S.${group}.${key}.${part}>>`)};`);
        }
        fields.push(`${part}: ${reference}`);
      }
      if (operation.bodyType === 'multipart') fields.push(`bodyType: 'multipart'`);
      if (operation.creates) fields.push('creates: true');
      if (operation.ifMatch) fields.push('ifMatch: true');
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
  const helpers = ['bool', 'fail', 'int', 'isFile', 'isObject', 'num', 'obj', 'str', 'validator'].filter((name) => new RegExp(`\\b${name}[(<]`).test(body));
  const imports = [
    `import type * as S from '${schemaFile}';`,
    `import type { z } from '${from('zod.ts')}';`,
    ...(helpers.length ? [`import { ${helpers.join(', ')}, type At, type Issue } from '${from('validator.ts')}';`] : []),
    ...(operationGroups.length ? [`import type { ClientOperation } from '${from('operation.ts')}';`] : []),
    ...[...e.imports].map(([specifier, names]) => `import { ${[...names].sort().join(', ')} } from '${specifier}';`),
  ];
  return [
    `// Generated from ${schemaFile} by scripts/compile-contract.ts. Do not edit: change the schemas, then run \`npm run compile-contract\`.`,
    ...imports,
    '',
    body,
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** Every schema module of the contract. */
export function schemaModules(dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return schemaModules(path);
    return name.endsWith('.schemas.ts') ? [path] : [];
  });
}

export const compiledPath = (file: string) => file.replace(/\.schemas\.ts$/, '.compiled.ts');

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const check = process.argv.includes('--check');
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
