// `npm run bench`: every benchmark under bench/, printed as numbers against its budget.
// Exits 1 when a budget is exceeded. Budgets are sizes or ratios measured within one run,
// never absolute wall-clock times: the machines are shared and noisy.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../bench/', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.mjs') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();

const format = (value, unit) => (unit === 'B gz' ? `${(value / 1024).toFixed(2)} KiB gz` : `${value.toFixed(unit === '×' ? 2 : 1)} ${unit}`);
let over = 0;
console.log(`${'benchmark'.padEnd(74)} ${'measured'.padStart(16)} ${'budget'.padStart(16)}  verdict`);
for (const file of files) {
  const { run } = await import(new URL(file, `file://${dir}`).href);
  for (const row of await run()) {
    const within = row.budget === undefined || row.value <= row.budget;
    if (!within) over++;
    const budget = row.budget === undefined ? '—' : format(row.budget, row.unit);
    console.log(`${row.benchmark.padEnd(74)} ${format(row.value, row.unit).padStart(16)} ${budget.padStart(16)}  ${row.budget === undefined ? 'info' : within ? 'within' : 'OVER'}${row.note ? `  (${row.note})` : ''}`);
  }
}
if (over) {
  console.log(`\n${over} budget(s) exceeded`);
  process.exit(1);
}
