// The call log's export: an XLSX of 100,000 calls (time, size) and the chunk the widget loads
// on demand to write it (call-export.ts, its writers and fflate, minified, gzip -9).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSize } from './bundle-size.mjs';

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

export async function run() {
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    maxBuffer: 1 << 20,
  });
  const { rows, time, size, csvTime } = JSON.parse(stdout.trim().split('\n').at(-1));
  if (rows !== 100_000) throw new Error(`expected 100,000 calls from the simulator, got ${rows}`);
  const bundle = await bundleSize(`export { createCallExport } from ${JSON.stringify(chunk)};`);
  return [
    { benchmark: 'XLSX of 100,000 calls: time', value: time, unit: 'ms', budget: 1500, note: 'median of 3' },
    { benchmark: 'XLSX of 100,000 calls: size', value: size / KiB, unit: 'KiB', budget: 3 * KiB },
    { benchmark: 'CSV of 100,000 calls: time', value: csvTime, unit: 'ms', budget: undefined, note: 'median of 3' },
    { benchmark: 'export chunk (call-export + writers + fflate)', value: bundle.gzip, unit: 'B gz', raw: bundle.raw, budget: 10 * KiB },
  ];
}
