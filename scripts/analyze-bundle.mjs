// Which modules a bundle is made of, each minified (whitespace only) and gzipped alone —
// relative weights for size work, not the budget's number (that is `npm run bench`).
// Usage: node scripts/analyze-bundle.mjs "import '@portico/elements/top-up-form';"
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { typescript, templateLiterals } from '../rollup.config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = process.argv[2];
const bundle = await rollup({ input: 'entry', plugins: [{ name: 'e', resolveId: (id) => id === 'entry' ? id : null, load: (id) => id === 'entry' ? entry : null }, nodeResolve({ exportConditions: ['source', 'browser', 'production'] }), typescript(), templateLiterals()], onwarn() {} });
const { output } = await bundle.generate({ format: 'es' }); output.splice(1); // the entry chunk: what loads first
const rows = [];
let sum = 0;
for (const [id, m] of Object.entries(output[0].modules)) {
  if (!m.code) continue;
  const min = (await minify(m.code, { module: true, compress: false, mangle: false })).code ?? '';
  const gz = gzipSync(min, { level: 9 }).length; sum += gz;
  rows.push([gz, id.replace(/.*node_modules\//, '').replace(root, '')]);
}
rows.sort((a, b) => b[0] - a[0]);
for (const [gz, id] of rows.slice(0, 40)) console.log(String(gz).padStart(6), id);
console.log('sum', sum);
