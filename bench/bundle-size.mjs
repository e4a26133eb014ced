// Sizes of what a page loads, bundled and minified as the CDN build is, gzip -9.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { templateLiterals, typescript } from '../rollup.config.mjs';

const KiB = 1024;

/** Each case is an entry module's text: exactly what a page would import. */
export const cases = [
  {
    name: 'SDK: core + account (browser)',
    budget: 13 * KiB,
    entry: `
      import { ClientCore } from '@portico/sdk/core';
      import { accountApi } from '@portico/sdk/account';
      export const client = new ClientCore({ baseUrl: '/', fetchSessionToken: async () => 't' });
      export const account = accountApi(client);`,
  },
  {
    name: '<portico-top-up-form> alone (lit, SDK, widget, pl+en)',
    budget: 20 * KiB,
    entry: `import '@portico/elements/top-up-form';`,
  },
  {
    name: 'SDK: everything (createClient)',
    budget: undefined,
    entry: `export * from '@portico/sdk';`,
  },
];

export async function bundleSize(entry) {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? entry : null) },
      nodeResolve({ exportConditions: ['source', 'browser', 'production'] }),
      typescript(),
      templateLiterals(),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, compress: { passes: 2 }, format: { comments: false } })] });
  await bundle.close();
  const code = output.filter((chunk) => chunk.type === 'chunk').map((chunk) => chunk.code).join('\n');
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

export async function run() {
  const rows = [];
  for (const c of cases) {
    const size = await bundleSize(c.entry);
    rows.push({ benchmark: c.name, value: size.gzip, unit: 'B gz', raw: size.raw, budget: c.budget });
  }
  return rows;
}
