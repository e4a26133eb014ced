// The call log's export: an XLSX of 100,000 calls (time, size) and the chunk the widget loads
// on demand to write it (call-export.ts, its writers and fflate, minified, gzip -9); and the
// PBX's million calls exported to Excel from <portico-call-log-table source="pbx"> in Chromium,
// as a person does it — the file built in the export worker while the pages stream in: time,
// the page's longest task meanwhile, the worker's heap at its fullest, and the file read back
// with SheetJS, an independent reader, every row and the total cost to the grosz.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { bundleSize } from './bundle-size.mjs';
import { pbxCalls, pbxPage } from './support/pbx-calls.mjs';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';

const KiB = 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const chunk = fileURLToPath(new URL('../packages/elements/src/components/call-log-table/export/call-export.ts', import.meta.url));

// Runs in a child under tsx: the writers are TypeScript and the simulator resolves through the
// `source` condition, neither of which plain Node (which runs this file) can do.
const script = `
const { createSimulator } = await import('@portico/simulator');
const { createXlsxWriter, writeCsv } = await import(${JSON.stringify(pathToFileURL(chunk).href)});
const sim = createSimulator({ seed: 1 });
const token = sim.createSession('cus_1002').token;
const pages = [];
for (let cursor = ''; pages.length < 10; ) {
  const res = await sim.handle(new Request('http://x/v1/contracts/ctr_2001/calls?limit=10000' + (cursor ? '&cursor=' + cursor : ''), { headers: { authorization: 'Bearer ' + token } }));
  const page = await res.json();
  pages.push(page.data);
  cursor = page.nextCursor;
}
const labels = {
  sheetName: 'Połączenia',
  columns: { startedAt: 'Data i godzina', direction: 'Kierunek', category: 'Kategoria', from: 'Z numeru', to: 'Na numer', country: 'Kraj', duration: 'Czas trwania', volume: 'Dane (MB)', cost: 'Koszt', currency: 'Waluta', recorded: 'Nagranie' },
  direction: { outgoing: 'wychodzące', incoming: 'przychodzące' },
  category: { voice: 'rozmowy', sms: 'SMS', data: 'dane', roaming: 'roaming' },
  yes: 'tak',
  no: 'nie',
};
const options = { locale: 'pl', labels };
const times = [];
let size = 0;
for (let run = 0; run < 3; run++) {
  size = 0;
  const start = performance.now();
  // As the worker does: one page at a time, chunks kept (here only counted).
  const writer = createXlsxWriter(options, (data) => (size += data.length));
  for (const page of pages) writer.add(page);
  writer.finish();
  times.push(performance.now() - start);
}
const csvTimes = [];
for (let run = 0; run < 3; run++) {
  const start = performance.now();
  for (const page of pages) writeCsv(page, options);
  csvTimes.push(performance.now() - start);
}
const median = (values) => values.sort((a, b) => a - b)[1];
console.log(JSON.stringify({ rows: pages.flat().length, time: median(times), size, csvTime: median(csvTimes) }));
`;

// The page's side: the PBX's call log on a client of the benchmark's server, and what happens
// on the page's own thread while it exports.
const pageScript = `
import '@portico/elements/call-log-table';
import { ClientCore } from '@portico/sdk/core';

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
let table;
let clicked = 0;
let saved = 0;
document.addEventListener('click', (event) => {
  if (event.target.localName === 'a' && event.target.download) saved = performance.now();
}, true);

async function open() {
  table = document.createElement('portico-call-log-table');
  table.client = new ClientCore({ baseUrl: location.origin, token: 'bench', retry: false });
  table.setAttribute('source', 'pbx');
  table.setAttribute('locale', 'pl');
  table.setAttribute('time-zone', 'Europe/Warsaw');
  document.body.append(table);
  while (!table.shadowRoot?.querySelector('[role=row][aria-rowindex="2"]:not([aria-busy])')) await new Promise((resolve) => setTimeout(resolve, 10));
}

function exportExcel() {
  longTasks.length = 0;
  clicked = performance.now();
  [...table.shadowRoot.querySelectorAll('.export button')].find((b) => b.textContent.trim() === 'Excel').click();
}

/** The page's long tasks from the click to the file, the longest first. */
function during() {
  const tasks = longTasks.filter((t) => t.start >= clicked && t.start <= saved).sort((a, b) => b.duration - a.duration);
  return { time: saved - clicked, tasks: tasks.length, longest: tasks[0]?.duration ?? 0 };
}

window.bench = { open, exportExcel, during };
`;

/** The page and its chunks, bundled as a CDN build is: the export's chunk is a module of its own, which its worker runs. */
async function bundle() {
  const result = await build({
    stdin: { contents: pageScript, resolveDir: root, loader: 'js' },
    bundle: true,
    splitting: true,
    outdir: '/bench',
    write: false,
    format: 'esm',
    minify: true,
    target: 'es2022',
    conditions: ['source', 'browser', 'production'],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true } },
    logLevel: 'silent',
  });
  return new Map(result.outputFiles.map((file) => [`/${basename(file.path)}`, file.text]));
}

/** The export workers' JS heaps together, sampled until `stop()`: their largest, through the DevTools protocol. */
async function watchWorkerHeap(browser) {
  const cdp = await browser.newBrowserCDPSession();
  let peak = 0;
  let stopped = false;
  let id = 0;
  const replies = new Map();
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message);
    replies.get(reply.id)?.(reply.result);
  });
  const ask = (sessionId, method) =>
    new Promise((resolve) => {
      const key = ++id;
      replies.set(key, resolve);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: key, method }) }).catch(() => resolve(undefined));
      setTimeout(() => resolve(undefined), 1000);
    });
  const sessions = new Map();
  const poll = (async () => {
    while (!stopped) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      for (const target of targetInfos.filter((t) => t.type === 'worker' && !sessions.has(t.targetId))) {
        const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false }).catch(() => ({}));
        if (sessionId) sessions.set(target.targetId, sessionId);
      }
      // The writer and its packer together.
      let used = 0;
      for (const sessionId of sessions.values()) used += (await ask(sessionId, 'Runtime.getHeapUsage'))?.usedSize ?? 0;
      peak = Math.max(peak, used);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await poll;
      await cdp.detach();
      return { peak, workers: sessions.size };
    },
  };
}

/** The file read back with SheetJS, in a child with room for a million rows' cells. */
const readBack = (file) => `
const XLSX = (await import('xlsx')).default;
const { readFileSync } = await import('node:fs');
const book = XLSX.read(readFileSync(${JSON.stringify(file)}), { type: 'buffer', dense: true });
const sheet = book.Sheets[book.SheetNames[0]];
const rows = XLSX.utils.sheet_to_json(sheet, { header: 1, raw: true });
const header = rows[0];
const cost = header.indexOf('Koszt');
let sum = 0;
for (let r = 1; r < rows.length; r++) sum += Math.round(rows[r][cost] * 100);
console.log(JSON.stringify({ sheets: book.SheetNames, header, rows: rows.length, sum, line: rows[1][header.indexOf('Konto')] }));
`;

async function millionCalls() {
  const [pbx, files] = await Promise.all([pbxCalls(), bundle()]);
  const server = createServer((request, response) => {
    const path = request.url.split('?')[0];
    if (files.has(path)) return response.writeHead(200, { 'content-type': 'text/javascript' }).end(files.get(path));
    if (path === '/v1/telephony/calls') return response.writeHead(200, { 'content-type': 'application/json' }).end(pbxPage(pbx.lines, request.url));
    // No `eval`; workers from the page's own origin, as a strict Content-Security-Policy allows.
    response
      .writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "script-src 'self'; worker-src 'self'" })
      .end('<!doctype html><html lang="pl"><body style="margin: 0"><script type="module" src="/stdin.js"></script></body></html>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dir = mkdtempSync(join(tmpdir(), 'portico-bench-'));
  const browser = await chromium.launch({ executablePath: ensureChromium({ log: () => {} }), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
    const workers = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction('window.bench');
    await page.evaluate('bench.open()');
    const heap = await watchWorkerHeap(browser);
    const download = page.waitForEvent('download', { timeout: 300_000 });
    await page.evaluate('bench.exportExcel()');
    const file = join(dir, 'calls.xlsx');
    await (await download).saveAs(file);
    const { peak } = await heap.stop();
    const { time, tasks, longest } = await page.evaluate('bench.during()');
    if (!workers.some((url) => !url.endsWith('/stdin.js'))) throw new Error(`the file was not written in a worker of the export's chunk: ${workers.join(', ') || 'no worker'}`);
    const { stdout } = await promisify(execFile)(process.execPath, ['--max-old-space-size=12000', '--input-type=module', '-e', readBack(file)], { cwd: root, maxBuffer: 1 << 20 });
    const read = JSON.parse(stdout);
    if (read.rows !== pbx.total + 1) throw new Error(`SheetJS reads ${read.rows} rows, expected ${pbx.total + 1}`);
    if (read.sum !== pbx.cost) throw new Error(`the file's costs add up to ${read.sum} grosze, the API's total is ${pbx.cost}`);
    return { time, tasks, longest, peak, size: statSync(file).size, read, total: pbx.total, load: loadavg()[0] };
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run() {
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    maxBuffer: 1 << 20,
  });
  const { rows, time, size, csvTime } = JSON.parse(stdout.trim().split('\n').at(-1));
  if (rows !== 100_000) throw new Error(`expected 100,000 calls from the simulator, got ${rows}`);
  const bundled = await bundleSize(`export { createCallExport } from ${JSON.stringify(chunk)};`);
  const million = await millionCalls();
  const calls = million.total.toLocaleString('en');
  return [
    { benchmark: 'XLSX of 100,000 calls: time', value: time, unit: 'ms', budget: 1500, note: 'median of 3' },
    { benchmark: 'XLSX of 100,000 calls: size', value: size / KiB, unit: 'KiB', budget: 3 * KiB },
    { benchmark: 'CSV of 100,000 calls: time', value: csvTime, unit: 'ms', budget: undefined, note: 'median of 3' },
    // 10 KiB until the PBX's million calls: writing rows as bytes and deflating them in a second worker (twice as fast) cost 0.3 KiB.
    { benchmark: 'export chunk (call-export + writers + fflate)', value: bundled.gzip, unit: 'B gz', raw: bundled.raw, budget: 10.5 * KiB },
    { benchmark: `XLSX of the PBX's ${calls} calls, from the widget in Chromium: time`, value: million.time / 1000, unit: 's', budget: 10, note: `click to file, pages streaming in; the machine's load ${million.load.toFixed(1)} on ${cpus().length} cores` },
    { benchmark: `XLSX of ${calls} calls: the page's longest task meanwhile`, value: million.longest, unit: 'ms', budget: 50, note: `${million.tasks} task(s) over 50 ms` },
    { benchmark: `XLSX of ${calls} calls: the export workers' JS heap at its fullest`, value: million.peak / 2 ** 20, unit: 'MiB', budget: 300, note: 'the writer and its packer together, sampled every 100 ms' },
    {
      benchmark: `XLSX of ${calls} calls: size`,
      value: million.size / 2 ** 20,
      unit: 'MiB',
      budget: undefined,
      note: `read back by SheetJS: ${million.read.rows.toLocaleString('en')} rows, costs to the grosz as the API totals them`,
    },
  ];
}
