// <portico-call-log-table> in Chromium: a busy number's year (100,000 calls), and the trunk
// PBX's million calls (`source="pbx"`) beside the same PBX log cut to its newest 100,000 —
// first paint, main-thread CPU per scroll jump, elements in the table, all in one run so that
// the million can be held to its own figure at 100,000; and validating a 10,000-call page in a
// page whose CSP forbids `eval`, against JSON.parse alone.
//
// The widget runs as a page gets it (minified, Lit in production mode) against answers the
// simulator gave beforehand, served from memory: the numbers are the widget's, not the network's.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { bundlePage } from './support/page-script.mjs';
import { pbxCalls, pbxPage } from './support/pbx-calls.mjs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 15;
const JUMPS = 30;
const BATCHES = 7;
/** The tables compared: a contract's 100,000 calls, the PBX log cut to 100,000, and the PBX's million. */
const TABLES = ['contract', 'pbx100k', 'pbx'];

// Every page the widget will ask for, newest first, keyed by the cursor that asks for it.
const pagesScript = `
const { createSimulator } = await import('@portico/simulator');
const sim = createSimulator({ seed: 1 });
const token = sim.createSession('cus_1002').token;
const pages = {};
let cursor = '';
let limit = 200;
do {
  const url = 'http://x/v1/contracts/ctr_2001/calls?sort=-startedAt&limit=' + limit + (cursor ? '&cursor=' + encodeURIComponent(cursor) : '');
  const text = await (await sim.handle(new Request(url, { headers: { authorization: 'Bearer ' + token } }))).text();
  pages[cursor] = text;
  cursor = JSON.parse(text).nextCursor;
  limit = 10000;
} while (cursor);
process.stdout.write(JSON.stringify(pages));
`;

// The page's side: widgets on clients whose first page is in memory; later pages come from
// the benchmark's server (loading them all is not measured).
const pageScript = `
import '@portico/elements/call-log-table';
import { ClientCore } from '@portico/sdk/core';
import { callList } from '@portico/sdk/contracts';

const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); }));
let first;

async function setup() {
  first = await (await fetch('/first.json')).json();
}

function client(kind) {
  return new ClientCore({
    baseUrl: location.origin + '/' + kind,
    token: 'bench',
    retry: false,
    fetch: async (input) => {
      const url = typeof input === 'string' ? input : input.url;
      if (!new URL(url).searchParams.get('cursor')) return new Response(first[kind], { headers: { 'content-type': 'application/json' } });
      return fetch(url);
    },
  });
}

function mount(kind) {
  const element = document.createElement('portico-call-log-table');
  element.client = client(kind);
  if (kind === 'contract') element.setAttribute('contract-id', 'ctr_2001');
  else element.setAttribute('source', 'pbx');
  element.setAttribute('period', 'last_12_months');
  element.setAttribute('locale', 'pl');
  element.style.cssText = 'display: block; width: 1060px';
  return element;
}

const rowShown = (element) => element.shadowRoot?.querySelector('[role=row][aria-rowindex="2"]:not([aria-busy])');

/** From putting the widget on the page to the end of the frame that shows its first rows. */
async function firstPaint(kind) {
  const element = mount(kind);
  const start = performance.now();
  document.body.append(element);
  while (!rowShown(element)) await new Promise((resolve) => setTimeout(resolve, 0));
  await frame();
  const time = performance.now() - start;
  element.remove();
  return time;
}

const tables = {};
/** A widget with every call loaded, for the scroll jumps. */
async function loadAll(kind) {
  const table = (tables[kind] = mount(kind));
  document.body.append(table);
  while (!rowShown(table)) await new Promise((resolve) => setTimeout(resolve, 10));
  const viewport = table.shadowRoot.querySelector('.viewport');
  while (!table.shadowRoot.querySelector('.count').textContent.includes('Wczytano wszystkie')) {
    viewport.scrollTop = viewport.scrollHeight;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  viewport.scrollTop = 0;
  await frame();
  const rows = table.shadowRoot.querySelector('[role=table]').getAttribute('aria-rowcount') - 1;
  table.remove();
  return { rows, heap: performance.memory?.usedJSHeapSize ?? 0 };
}

/** One loaded table on the page, alone, settled. */
async function show(kind) {
  for (const table of Object.values(tables)) table.remove();
  document.body.append(tables[kind]);
  for (let i = 0; i < 5; i++) await frame();
  if (!rowShown(tables[kind])) throw new Error('the table is not drawn again');
}

/** Jumps to far places of a table, each followed by its frame; or only the frames. */
async function jumps(kind, count, scroll) {
  const table = tables[kind];
  const viewport = table.shadowRoot.querySelector('.viewport');
  let seed = 7;
  for (let i = 0; i < count; i++) {
    seed = (seed * 16807) % 2147483647;
    if (scroll) viewport.scrollTop = (seed / 2147483647) * (viewport.scrollHeight - viewport.clientHeight);
    await frame();
    await frame();
  }
  if (!table.shadowRoot.querySelector('.body [role=row]:not([aria-busy])')) throw new Error('the rows in view are not drawn');
}

/** The last row is reachable: scrolled to the end, it is drawn. */
async function lastRowShown(kind, rows) {
  const viewport = tables[kind].shadowRoot.querySelector('.viewport');
  viewport.scrollTop = viewport.scrollHeight;
  await frame();
  await frame();
  const shown = Boolean(tables[kind].shadowRoot.querySelector('[role=row][aria-rowindex="' + (rows + 1) + '"]:not([aria-busy])'));
  viewport.scrollTop = 0;
  await frame();
  return shown;
}

function elements(kind) {
  const table = tables[kind];
  return { table: table.shadowRoot.querySelectorAll('[role=table] *').length, widget: table.shadowRoot.querySelectorAll('*').length };
}

/** JSON.parse of a 10,000-call page, alone and with the compiled validator, interleaved. */
async function validation(runs) {
  const text = await (await fetch('/contract/v1/contracts/ctr_2001/calls?limit=10000&cursor=' + JSON.parse(first.contract).nextCursor)).text();
  const parseOnly = [];
  const withCheck = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    JSON.parse(text);
    parseOnly.push(performance.now() - start);
    start = performance.now();
    const result = callList.response(JSON.parse(text));
    withCheck.push(performance.now() - start);
    if (!result.ok) throw new Error('a valid page was refused');
  }
  // A malformed row deep in the page is still caught.
  const bad = JSON.parse(text);
  bad.data[9876].cost.amount = '12.50';
  const refused = callList.response(bad);
  if (refused.ok) throw new Error('a malformed row passed');
  const median = (v) => v.sort((a, b) => a - b)[v.length >> 1];
  return { rows: JSON.parse(text).data.length, parse: median(parseOnly), check: median(withCheck), path: refused.issues[0].path };
}

window.bench = { setup, firstPaint, loadAll, show, jumps, lastRowShown, elements, validation, violations };
`;

async function contractPages() {
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', pagesScript], {
    cwd: root,
    maxBuffer: 256 << 20,
  });
  return JSON.parse(stdout);
}

export async function run() {
  const [contract, pbx, script] = await Promise.all([contractPages(), pbxCalls(), bundlePage(pageScript)]);
  /** What the API answers, by the table it is for. */
  const answer = (kind, url) => {
    if (kind === 'contract') return contract[new URL(url, 'http://x').searchParams.get('cursor') ?? ''];
    return pbxPage(pbx.lines, url, kind === 'pbx100k' ? 100_000 : pbx.total);
  };
  const first = { contract: contract[''], pbx100k: answer('pbx100k', '/?limit=200'), pbx: answer('pbx', '/?limit=200') };
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    if (request.url === '/first.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(first));
    const kind = TABLES.find((k) => request.url.startsWith(`/${k}/v1/`));
    if (kind) return response.writeHead(200, { 'content-type': 'application/json' }).end(answer(kind, request.url));
    // No `eval`, as on a portal with a strict Content-Security-Policy.
    response
      .writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "script-src 'self'" })
      .end('<!doctype html><html lang="pl"><body style="margin: 0"><script type="module" src="/bench.js"></script></body></html>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: ensureChromium({ log: () => {} }), headless: true, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction('window.bench');
    await page.evaluate('bench.setup()');
    const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

    // First paints, the three tables in turn, so that the machine's moods fall on all alike.
    const paints = Object.fromEntries(TABLES.map((kind) => [kind, []]));
    for (let i = 0; i < 3 + RUNS; i++) {
      for (const kind of TABLES) {
        const time = await page.evaluate(`bench.firstPaint(${JSON.stringify(kind)})`);
        if (i >= 3) paints[kind].push(time);
      }
    }

    const loaded = {};
    for (const kind of TABLES) loaded[kind] = await page.evaluate(`bench.loadAll(${JSON.stringify(kind)})`);
    if (loaded.contract.rows < 95_000) throw new Error(`expected about 100,000 calls, the table has ${loaded.contract.rows}`);
    if (loaded.pbx.rows !== pbx.total) throw new Error(`expected ${pbx.total} PBX calls, the table has ${loaded.pbx.rows}`);
    await page.evaluate(`bench.show('pbx')`);
    if (!(await page.evaluate(`bench.lastRowShown('pbx', ${pbx.total})`))) throw new Error('the millionth row cannot be scrolled to');

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpu = async (kind, scroll) => {
      const before = await cdp.send('Performance.getMetrics');
      await page.evaluate(`bench.jumps(${JSON.stringify(kind)}, ${JUMPS}, ${scroll})`);
      const after = await cdp.send('Performance.getMetrics');
      // The main thread's CPU time, not its tasks' wall time: on a shared machine a task waits for a core, and that is not the widget's.
      const task = (m) => m.metrics.find((x) => x.name === 'ThreadTime').value;
      return ((task(after) - task(before)) * 1000) / JUMPS;
    };
    // Batches of jumps and of idle frames, interleaved, each table alone on the page in turn;
    // the medians' difference is the jumps' own.
    const idles = Object.fromEntries(TABLES.map((kind) => [kind, []]));
    const scrolls = Object.fromEntries(TABLES.map((kind) => [kind, []]));
    const count = {};
    for (let i = -1; i < BATCHES; i++) {
      for (const kind of TABLES) {
        await page.evaluate(`bench.show(${JSON.stringify(kind)})`);
        const idle = await cpu(kind, false);
        const scroll = await cpu(kind, true);
        // The first round warms up.
        if (i < 0) continue;
        idles[kind].push(idle);
        scrolls[kind].push(scroll);
        count[kind] = await page.evaluate(`bench.elements(${JSON.stringify(kind)})`);
      }
    }
    const idle = median(Object.values(idles).flat());
    const jump = Object.fromEntries(TABLES.map((kind) => [kind, Math.max(0, median(scrolls[kind]) - median(idles[kind]))]));
    const paint = Object.fromEntries(TABLES.map((kind) => [kind, median(paints[kind])]));

    const validation = await page.evaluate('bench.validation(15)');
    const violations = await page.evaluate('bench.violations');
    if (violations.length) throw new Error(`CSP violations: ${violations.join(', ')}`);

    const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
    const jumpNote = `median of ${BATCHES}×${JUMPS} jumps, less ${idle.toFixed(1)} ms of idle frames`;
    const million = pbx.total.toLocaleString('en');
    return [
      { benchmark: `call log, ${loaded.contract.rows.toLocaleString('en')} calls: first paint`, value: paint.contract, unit: 'ms', budget: 25, note: `median of ${RUNS}; first page parsed, validated, drawn` },
      { benchmark: 'call log: main-thread CPU per scroll jump', value: jump.contract, unit: 'ms', budget: 8, note: jumpNote },
      { benchmark: 'call log: elements in the table', value: count.contract.table, unit: 'elements', budget: 300, note: `${count.contract.widget} in the whole widget` },
      { benchmark: 'PBX call log cut to 100,000 calls: first paint', value: paint.pbx100k, unit: 'ms', budget: 25, note: `median of ${RUNS}` },
      { benchmark: 'PBX call log, 100,000 calls: main-thread CPU per scroll jump', value: jump.pbx100k, unit: 'ms', budget: 8, note: jumpNote },
      { benchmark: `PBX call log, ${million} calls: first paint`, value: paint.pbx, unit: 'ms', budget: 25, note: `median of ${RUNS}` },
      { benchmark: `PBX call log, ${million} calls: main-thread CPU per scroll jump`, value: jump.pbx, unit: 'ms', budget: 8, note: `${jumpNote}; the last row reached` },
      { benchmark: `PBX call log, ${million} calls: elements in the table`, value: count.pbx.table, unit: 'elements', budget: 300, note: `${count.pbx.widget} in the whole widget` },
      { benchmark: `PBX call log: first paint, ${million} ÷ 100,000 calls`, value: paint.pbx / paint.pbx100k, unit: '×', budget: 1.2, note: `and ÷ the contract's 100,000: ${(paint.pbx / paint.contract).toFixed(2)}×` },
      { benchmark: `PBX call log: CPU per scroll jump, ${million} ÷ 100,000 calls`, value: jump.pbx / Math.max(jump.pbx100k, 0.5), unit: '×', budget: 1.2, note: `and ÷ the contract's 100,000: ${(jump.pbx / Math.max(jump.contract, 0.5)).toFixed(2)}×; a figure under 0.5 ms counts as 0.5` },
      { benchmark: `PBX call log, ${million} calls loaded: the page's JS heap`, value: loaded.pbx.heap / 2 ** 20, unit: 'MiB', budget: undefined, note: `with the other two tables' ${mb(loaded.pbx100k.heap)} before it` },
      {
        benchmark: `validating a ${validation.rows.toLocaleString('en')}-call page (CSP, no eval) ÷ JSON.parse`,
        value: validation.check / validation.parse,
        unit: '×',
        budget: 2,
        note: `${validation.check.toFixed(1)} vs ${validation.parse.toFixed(1)} ms; a bad row refused at ${validation.path}`,
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
