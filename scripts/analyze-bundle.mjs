// Where the bytes of what a page loads first go — for size work, not the budget's number
// (that is `npm run bench`). The entry chunk is built and minified as the bench builds it;
// each minified character is charged to the source module it came from (by source map),
// and the chunk's gzip size is shared out in proportion.
//
// With --floor, it also prints the chunk's size with every style sheet, every catalogue's
// text, or both emptied: what the rest weighs, whatever the words and the look.
//
// Usage: node scripts/analyze-bundle.mjs [--floor] "import '@portico/elements/top-up-form';"
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { templateLiterals, typescript } from '../rollup.config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const floor = process.argv.includes('--floor');
const entry = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
if (!entry) {
  console.error('Usage: node scripts/analyze-bundle.mjs [--floor] "<entry module text>"');
  process.exit(2);
}

/** Measurement only: empties `css` literals and/or the strings of `*.messages.ts` files. */
const emptying = (what) => ({
  name: 'emptying',
  transform(code, id) {
    if (!id.includes('/packages/elements/src/')) return null;
    let out = code;
    if (what.includes('styles')) out = out.replace(/\bcss`[^`]*`/g, 'css``');
    if (what.includes('text') && id.endsWith('.messages.ts')) out = out.replace(/'(?:[^'\\\n]|\\.)*'/g, "''").replace(/`(?:[^`\\]|\\.)*`/g, '``');
    return out;
  },
});

async function firstChunk(what = []) {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? entry : null) },
      nodeResolve({ exportConditions: ['source', 'browser', 'production'] }),
      emptying(what),
      typescript(),
      templateLiterals(),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', sourcemap: true, plugins: [terser({ module: true, compress: { passes: 2 }, format: { comments: false } })] });
  await bundle.close();
  return output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
const chunk = await firstChunk();
const gzip = gzipSync(chunk.code, { level: 9 }).length;
const map = new TraceMap(chunk.map);
const chars = new Map();
chunk.code.split('\n').forEach((line, index) => {
  let source = '(bundler)';
  for (let column = 0; column < line.length; column++) {
    source = originalPositionFor(map, { line: index + 1, column }).source ?? source;
    chars.set(source, (chars.get(source) ?? 0) + 1);
  }
});
const rows = [...chars].sort((a, b) => b[1] - a[1]);
for (const [source, count] of rows.slice(0, 50)) {
  const name = source.replace(/.*node_modules\//, '').replace(root, '').replace(/^\.\.\//, '');
  console.log(`${String(count).padStart(7)} ch ${kib((count / chunk.code.length) * gzip).padStart(10)} gz  ${name}`);
}
console.log(`${String(chunk.code.length).padStart(7)} ch ${kib(gzip).padStart(10)} gz  the chunk`);

if (floor) {
  for (const what of [['styles'], ['text'], ['styles', 'text']]) {
    const emptied = await firstChunk(what);
    console.log(`without ${what.join(' and ')}: ${kib(gzipSync(emptied.code, { level: 9 }).length)} gz`);
  }
}
