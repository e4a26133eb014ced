// <portico-call-log-table> with a year of a busy number's calls (100,000), in Chromium:
// first paint, main-thread CPU per scroll jump, elements in the table; and validating a
// 10,000-call page in a page whose CSP forbids `eval`, against JSON.parse alone.
//
// The widget runs as a page gets it (minified, Lit in production mode) against answers the
// simulator gave beforehand, served from memory: the numbers are the widget's, not the network's.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { bundlePage } from './support/page-script.mjs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 15;
const JUMPS = 30;
const BATCHES = 7;

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

// The page's side: the widget on a client whose fetch answers from the pages above.
const pageScript = `
import '@portico/elements/call-log-table';
import { ClientCore } from '@portico/sdk/core';
import { callList } from '@portico/sdk/contracts';

const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); }));
let pages;

async function setup() {
  pages = await (await fetch('/pages.json')).json();
}

function client() {
  return new ClientCore({
    baseUrl: 'https://api.example.com',
    token: 'bench',
    retry: false,
    fetch: async (input) => {
      const cursor = new URL(typeof input === 'string' ? input : input.url).searchParams.get('cursor') ?? '';
      return new Response(pages[cursor], { headers: { 'content-type': 'application/json' } });
    },
  });
}

function mount() {
  const element = document.createElement('portico-call-log-table');
  element.client = client();
  element.setAttribute('contract-id', 'ctr_2001');
  element.setAttribute('period', 'last_12_months');
  element.setAttribute('locale', 'pl');
  element.style.cssText = 'display: block; width: 960px';
  return element;
}

const rowShown = (element) => element.shadowRoot?.querySelector('[role=row][aria-rowindex="2"]:not([aria-busy])');

/** From putting the widget on the page to the end of the frame that shows its first rows. */
async function firstPaint() {
  const element = mount();
  const start = performance.now();
  document.body.append(element);
  while (!rowShown(element)) await new Promise((resolve) => setTimeout(resolve, 0));
  await frame();
  const time = performance.now() - start;
  element.remove();
  return time;
}

let table;
/** The widget with every call loaded, for the scroll jumps. */
async function loadAll() {
  table = mount();
  document.body.append(table);
  while (!rowShown(table)) await new Promise((resolve) => setTimeout(resolve, 10));
  const viewport = table.shadowRoot.querySelector('.viewport');
  while (!table.shadowRoot.querySelector('.count').textContent.includes('Wczytano wszystkie')) {
    viewport.scrollTop = viewport.scrollHeight;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  viewport.scrollTop = 0;
  await frame();
  return table.shadowRoot.querySelector('[role=table]').getAttribute('aria-rowcount') - 1;
}

/** Jumps to far places of the table, each followed by its frame; or only the frames. */
async function jumps(count, scroll) {
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

function elements() {
  return { table: table.shadowRoot.querySelectorAll('[role=table] *').length, widget: table.shadowRoot.querySelectorAll('*').length };
}

/** JSON.parse of a 10,000-call page, alone and with the compiled validator, interleaved. */
function validation(runs) {
  const text = Object.values(pages).find((t) => t.length > 1e6);
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

window.bench = { setup, firstPaint, loadAll, jumps, elements, validation, violations };
`;

async function pages() {
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', pagesScript], {
    cwd: root,
    maxBuffer: 256 << 20,
  });
  return stdout;
}


export async function run() {
  const [data, script] = await Promise.all([pages(), bundlePage(pageScript)]);
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    if (request.url === '/pages.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(data);
    // No `eval`, as on a portal with a strict Content-Security-Policy.
    response
      .writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "script-src 'self'" })
      .end('<!doctype html><html lang="pl"><body style="margin: 0"><script type="module" src="/bench.js"></script></body></html>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: ensureChromium({ log: () => {} }), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction('window.bench');
    await page.evaluate('bench.setup()');

    const paints = [];
    for (let i = 0; i < 3 + RUNS; i++) {
      const time = await page.evaluate('bench.firstPaint()');
      if (i >= 3) paints.push(time);
    }
    paints.sort((a, b) => a - b);

    const total = await page.evaluate('bench.loadAll()');
    if (total < 95_000) throw new Error(`expected about 100,000 calls, the table has ${total}`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpu = async (scroll) => {
      const before = await cdp.send('Performance.getMetrics');
      await page.evaluate(`bench.jumps(${JUMPS}, ${scroll})`);
      const after = await cdp.send('Performance.getMetrics');
      const task = (m) => m.metrics.find((x) => x.name === 'TaskDuration').value;
      return ((task(after) - task(before)) * 1000) / JUMPS;
    };
    // Batches of jumps and of idle frames, interleaved; the medians' difference is the jumps' own.
    await cpu(true);
    const idles = [];
    const scrolls = [];
    for (let i = 0; i < BATCHES; i++) {
      idles.push(await cpu(false));
      scrolls.push(await cpu(true));
    }
    const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
    const idle = median(idles);
    const scrolling = median(scrolls);
    const { table, widget } = await page.evaluate('bench.elements()');

    const validation = await page.evaluate('bench.validation(15)');
    const violations = await page.evaluate('bench.violations');
    if (violations.length) throw new Error(`CSP violations: ${violations.join(', ')}`);

    return [
      { benchmark: `call log, ${total.toLocaleString('en')} calls: first paint`, value: paints[paints.length >> 1], unit: 'ms', budget: 25, note: `median of ${RUNS}; first page parsed, validated, drawn` },
      { benchmark: 'call log: main-thread CPU per scroll jump', value: Math.max(0, scrolling - idle), unit: 'ms', budget: 8, note: `median of ${BATCHES}×${JUMPS} jumps, less ${idle.toFixed(1)} ms of idle frames` },
      { benchmark: 'call log: elements in the table', value: table, unit: 'elements', budget: 300, note: `${widget} in the whole widget` },
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
