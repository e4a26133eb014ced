// The trunk clinic's million PBX calls, newest first, as the simulator serves them, and an
// API that answers pages of them from memory: the benchmarks measure the widget, not the
// simulator (whose own figures bench/pbx-calls.mjs measures).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** A fixed moment, so that every run pages through the same calls. */
export const BENCH_NOW = '2026-06-15T10:00:00Z';

// Runs under tsx (the simulator is TypeScript). The log is read by position, as the route
// does; its first calls are checked against the API's answer, so they are what the API serves.
const script = (file) => `
const { createSimulator } = await import('@portico/simulator');
const { PbxCallLog } = await import(${JSON.stringify(new URL('../../packages/simulator/src/data/telephony/pbx-calls.ts', import.meta.url).href)});
const { openSync, writeSync, closeSync } = await import('node:fs');
const sim = createSimulator({ seed: 1, now: ${JSON.stringify(BENCH_NOW)} });
const token = sim.createSession('cus_1005').token;
const answer = await (await sim.handle(new Request('http://x/v1/telephony/calls?limit=3', { headers: { authorization: 'Bearer ' + token } }))).json();
const log = new PbxCallLog(sim.world.customers.get('cus_1005').pbx, Date.parse(${JSON.stringify(BENCH_NOW)}));
const newest = [0, 1, 2].map((k) => JSON.stringify(log.call(log.count - 1 - k)));
if (JSON.stringify(answer.data.map((c) => JSON.stringify(c))) !== JSON.stringify(newest)) throw new Error('the log read by position is not what the API serves');
const summary = await (await sim.handle(new Request('http://x/v1/telephony/calls/summary', { headers: { authorization: 'Bearer ' + token } }))).json();
const out = openSync(${JSON.stringify(file)}, 'w');
let text = '';
for (let i = log.count - 1; i >= 0; i--) {
  text += JSON.stringify(log.call(i)) + '\\n';
  if (text.length > 1 << 22) (writeSync(out, text), (text = ''));
}
writeSync(out, text);
closeSync(out);
process.stdout.write(JSON.stringify({ total: answer.total, cost: summary.total.cost.amount }));
`;

let made;

/** Every call (its JSON), newest first, with the count and the total cost the API says. */
export function pbxCalls() {
  made ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portico-bench-'));
    const file = join(dir, 'pbx-calls.ndjson');
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script(file)], { cwd: root, maxBuffer: 1 << 20 });
      const { total, cost } = JSON.parse(stdout);
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.pop();
      if (lines.length !== total) throw new Error(`expected ${total} calls, read ${lines.length}`);
      return { lines, total, cost };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return made;
}

/** The offset a cursor of the simulator's stands for (`o:<n>`, base64). */
function offsetOf(cursor) {
  return cursor ? Number(/^o:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString())?.[1] ?? NaN) : 0;
}

/**
 * The API's answer to `GET …/telephony/calls?cursor&limit` over the first `total` calls, as
 * the simulator writes it (filters and sorts are not the point here: the order is the default).
 */
export function pbxPage(lines, url, total = lines.length) {
  const query = new URL(url, 'http://x').searchParams;
  const offset = offsetOf(query.get('cursor'));
  const limit = Number(query.get('limit') ?? 100);
  const end = Math.min(total, offset + limit);
  const next = end < total ? Buffer.from(`o:${end}`).toString('base64').replace(/=+$/, '') : null;
  return `{"data":[${lines.slice(offset, end).join(',')}],"nextCursor":${JSON.stringify(next)},"total":${total}}`;
}
