// Validating a 10,000-call page (the call log's page, as the simulator answers it) in Node:
// the compiled contract against zod/mini (the contract itself), full zod with and without its
// compiled parsers (jitless is what a page with a strict CSP gets), and valibot when it is
// installed (it is not a dependency: `npm install --no-save valibot` to add its rows). Each
// time is the median of RUNS runs, set against JSON.parse of the same page; each size is the
// validator with everything it needs, minified, gzip -9.
// See docs/decisions/0002-compiled-contract-not-runtime-validators.md.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSize } from './bundle-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = (path) => fileURLToPath(new URL(`../packages/sdk/src/${path}`, import.meta.url));
/** A module of the SDK, for import() in the child (a URL) or for the bundler (a path). */
const file = (path) => JSON.stringify(pathToFileURL(source(path)).href);
const path = (path) => JSON.stringify(source(path));
const RUNS = 15;

/** The call page by hand, in full zod (\`z\`, zod's classic API): the rules of contracts/calls.schemas.ts. */
const zodSchema = `(z) => {
  const Id = z.string().min(1).max(64).regex(/^[\\w-]+$/);
  const Money = z.object({ amount: z.int(), currency: z.string().regex(/^[A-Z]{3}$/) });
  const Call = z.object({
    id: Id,
    startedAt: z.iso.datetime({ offset: true }),
    direction: z.enum(['outgoing', 'incoming']),
    type: z.enum(['voice', 'sms', 'data']),
    category: z.enum(['voice', 'sms', 'data', 'roaming']),
    country: z.string().length(2).nullable(),
    from: z.string(),
    to: z.string(),
    duration: z.int().nullable(),
    volume: z.int().nullable(),
    cost: Money,
    recording: z.object({ duration: z.int() }).nullable(),
  });
  return z.object({ data: z.array(Call), nextCursor: z.string().nullable(), total: z.int() });
}`;

/** The same in valibot (\`v\`). */
const valibotSchema = `(v) => {
  const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[\\w-]+$/));
  const Int = v.pipe(v.number(), v.safeInteger());
  const Money = v.object({ amount: Int, currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)) });
  const Call = v.object({
    id: Id,
    startedAt: v.pipe(v.string(), v.isoTimestamp()),
    direction: v.picklist(['outgoing', 'incoming']),
    type: v.picklist(['voice', 'sms', 'data']),
    category: v.picklist(['voice', 'sms', 'data', 'roaming']),
    country: v.nullable(v.pipe(v.string(), v.length(2))),
    from: v.string(),
    to: v.string(),
    duration: v.nullable(Int),
    volume: v.nullable(Int),
    cost: Money,
    recording: v.nullable(v.object({ duration: Int })),
  });
  return v.object({ data: v.array(Call), nextCursor: v.nullable(v.string()), total: Int });
}`;

// Runs in a child under tsx: the contract and the simulator are TypeScript. Full zod compiles
// its parsers unless told not to, and the contract tells every zod it shares a core with not
// to: the first schema is built before the contract loads.
const script = `
const zod = await import('zod');
const zodJit = (${zodSchema})(zod);
const { createSimulator } = await import('@portico/simulator');
const mini = (await import(${file('contracts/calls.schemas.ts')})).CallPage;
const compiled = (await import(${file('contracts/calls.compiled.ts')})).CallPage;
const zodJitless = (${zodSchema})(zod);
const v = await import('valibot').catch(() => null);
const valibot = v && (${valibotSchema})(v);

const sim = createSimulator({ seed: 1 });
const token = sim.createSession('cus_1002').token;
const answer = await sim.handle(new Request('http://x/v1/contracts/ctr_2001/calls?limit=10000', { headers: { authorization: 'Bearer ' + token } }));
const text = await answer.text();
const page = JSON.parse(text);
if (page.data.length !== 10_000) throw new Error('expected 10,000 calls, got ' + page.data.length);

const cases = {
  'JSON.parse': () => JSON.parse(text),
  compiled: () => compiled(page).ok,
  'zod/mini': () => mini.safeParse(page).success,
  'zod (jitless)': () => zodJitless.safeParse(page).success,
  'zod (compiled parsers)': () => zodJit.safeParse(page).success,
  ...(valibot ? { valibot: () => v.safeParse(valibot, page).success } : {}),
};
// Every validator takes the page, and refuses one bad row at its path.
const broken = structuredClone(page);
broken.data[4321].cost.amount = 1.5;
for (const [name, check] of Object.entries(cases)) {
  if (name === 'JSON.parse') continue;
  if (check() !== true) throw new Error(name + ' refuses the page');
}
if (compiled(broken).ok || mini.safeParse(broken).success || zodJitless.safeParse(broken).success || zodJit.safeParse(broken).success || (valibot && v.safeParse(valibot, broken).success)) {
  throw new Error('a validator takes a page with a broken row');
}
const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
const names = Object.keys(cases);
for (let run = -3; run < ${RUNS}; run++) {
  // Each run in another order, so that no validator always follows the same one.
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + run + 3) % names.length];
    const start = performance.now();
    cases[name]();
    const time = performance.now() - start;
    if (run >= 0) times[name].push(time);
  }
}
const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
console.log(JSON.stringify({ bytes: text.length, medians: Object.fromEntries(names.map((name) => [name, median(times[name])])) }));
`;

/** A schema's text as module code: its library used by name (as a bundler can shake it), the page as `CallPage`. */
const inline = (schema) => schema.replace(/^\(\w\) => \{/, '').replace(/\}$/, '').replace('return ', 'const CallPage = ');

/** What each way adds to a bundle: the validator of the call page and everything it needs. */
const sizes = {
  compiled: `export { CallPage as check } from ${path('contracts/calls.compiled.ts')};`,
  'zod/mini': `import { CallPage } from ${path('contracts/calls.schemas.ts')}; export const check = (value) => CallPage.safeParse(value);`,
  zod: `import * as z from 'zod'; ${inline(zodSchema)} export const check = (value) => CallPage.safeParse(value);`,
  valibot: `import * as v from 'valibot'; ${inline(valibotSchema)} export const check = (value) => v.safeParse(CallPage, value);`,
};

export async function run() {
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, maxBuffer: 1 << 20 });
  const { medians } = JSON.parse(stdout.trim().split('\n').at(-1));
  const parse = medians['JSON.parse'];
  const rows = [{ benchmark: 'JSON.parse of a 10,000-call page (Node)', value: parse, unit: 'ms', note: `median of ${RUNS}` }];
  for (const [name, time] of Object.entries(medians)) {
    if (name === 'JSON.parse') continue;
    rows.push({ benchmark: `  validated by ${name}`, value: time, unit: 'ms', note: `${(time / parse).toFixed(2)}× JSON.parse` });
  }
  // The reason the contract is compiled: a budget on the ratio, measured within this run.
  rows.push({ benchmark: '  compiled ÷ zod/mini (the contract as it is written)', value: medians.compiled / medians['zod/mini'], unit: '×', budget: 0.5 });
  for (const [name, entry] of Object.entries(sizes)) {
    if (name === 'valibot' && !('valibot' in medians)) continue;
    const size = await bundleSize(entry);
    rows.push({ benchmark: `call-page validator in a bundle: ${name}`, value: size.gzip, unit: 'B gz', raw: size.raw, note: `${size.gzip} B gz, ${size.raw} B minified` });
  }
  return rows;
}
