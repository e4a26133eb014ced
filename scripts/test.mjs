// `npm test`: every suite — type check, Node tests, browser tests — and one closing line
// `N passed, N failed` over all of them. `npm test -- node` (or types, lint, browser) runs one
// suite; `npm test -- calendar` runs the date-sensitive suites on the calendar's edge days.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';
import { CALENDAR_EDGES, testTime, testTimeEnv } from './test-time.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = new Set(process.argv.slice(2));
const wanted = (suite) => only.size === 0 || only.has(suite);

/** The suites that read dates: what the calendar runs repeat on each edge day. */
const CALENDAR_SUITES = {
  node: ['test/sdk/calendar.test.ts', 'test/sdk/calls.test.ts', 'test/sdk/contracts.test.ts', 'test/sdk/top-ups.test.ts', 'test/simulator/simulator.test.ts', 'test/tools/format.test.ts', 'test/tools/call-export.test.ts'],
  browser: ['test/elements/call-log-table.test.ts', 'test/elements/call-summary.test.ts', 'test/elements/contracts.test.ts', 'test/elements/ticket-list.test.ts', 'test/elements/announcements.test.ts'],
};

/** Runs a command, echoing its output, and returns what it printed and its exit code. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function testFiles(...dirs) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.test.ts')) files.push(relative(root, path));
    }
  };
  for (const dir of dirs) {
    try {
      walk(join(root, dir));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }
  return files.sort();
}

// Every suite runs at the same moment, in the same zone and language, whatever the machine's.
const time = testTime();
const timeEnv = testTimeEnv(time);
console.log(`Tests run at ${new Date(time.now).toISOString()}, in ${time.timeZone}, with the browser in ${time.language}.`);

const strip = (text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
const results = [];

/** Node's test runner on `files`, at the moment, zone and language of `env`. */
async function nodeTests(suite, files, env) {
  const { code, output } = await run(process.execPath, ['--conditions=source', '--import', 'tsx', '--import', './test/support/fixed-clock-node.mjs', '--test', '--test-reporter=spec', ...files], env);
  const count = (label) => Number(/ℹ (?:tests|pass|fail) \d+/.test(output) ? (new RegExp(`ℹ ${label} (\\d+)`).exec(strip(output))?.[1] ?? 0) : 0);
  results.push({ suite, passed: count('pass'), failed: count('fail') || (code === 0 ? 0 : 1), code });
}

let chromium;
/** web-test-runner in Chromium on `files` (all of its config's when none are named), at `env`'s moment. */
async function browserTests(suite, files, env) {
  try {
    chromium ??= ensureChromium();
  } catch (error) {
    console.error(error.message);
    results.push({ suite, passed: 0, failed: 1, code: 1 });
    return;
  }
  const only = files.length > 0 ? ['--files', ...files] : [];
  const { code, output } = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...only], { ...env, CHROME_PATH: chromium });
  const summary = [...strip(output).matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  const passed = Number(summary?.[1] ?? 0);
  const failed = Number(summary?.[2] ?? 0) || (code === 0 ? 0 : 1);
  results.push({ suite, passed, failed, code });
}

if (wanted('types')) {
  console.log('\n▶ Type check (tsc)');
  const { code } = await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']);
  results.push({ suite: 'types', passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, code });
}

if (wanted('lint')) {
  // Imports point one way: no cycles, no upward imports in the SDK and the simulator.
  console.log('\n▶ Import check');
  const imports = await run(process.execPath, ['scripts/check-imports.mjs']);
  results.push({ suite: 'imports', passed: imports.code === 0 ? 1 : 0, failed: imports.code === 0 ? 0 : 1, code: imports.code });

  // Lit templates: bindings, attributes and properties checked against the components' types.
  // no-invalid-css is off: its CSS grammar predates container queries and color-scheme.
  console.log('\n▶ Template check (lit-analyzer)');
  const { code } = await run(process.execPath, ['node_modules/lit-analyzer/cli.js', 'packages/elements/src/**/*.ts', '--strict', '--rules.no-invalid-css', 'off', '--format', 'list']);
  results.push({ suite: 'lint', passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, code });
}

if (wanted('node')) {
  console.log('\n▶ Node tests (SDK, simulator, end to end)');
  await nodeTests('node', testFiles('test/sdk', 'test/simulator', 'test/e2e', 'test/tools'), timeEnv);
}

if (wanted('browser')) {
  console.log('\n▶ Browser tests (Chromium)');
  await browserTests('browser', [], timeEnv);
}

// `npm test -- calendar` (not part of a plain `npm test`; CI runs it): the suites that read
// dates, again on each day where dates go wrong, each in a zone and language of its own.
if (only.has('calendar')) {
  for (const edge of CALENDAR_EDGES) {
    const env = testTimeEnv(testTime({ PORTICO_TEST_NOW: edge.now, PORTICO_TEST_TZ: edge.timeZone, PORTICO_TEST_LANG: edge.language }));
    console.log(`\n▶ Calendar: ${edge.name} — ${edge.now} in ${edge.timeZone}, the browser in ${edge.language}`);
    await nodeTests(`calendar node (${edge.name})`, CALENDAR_SUITES.node, env);
    await browserTests(`calendar browser (${edge.name})`, CALENDAR_SUITES.browser, env);
  }
}

console.log('\n' + results.map((r) => `${r.suite}: ${r.passed} passed, ${r.failed} failed`).join('\n'));
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.some((r) => r.code !== 0) ? 1 : 0);
