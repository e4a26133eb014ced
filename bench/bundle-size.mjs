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
    // What a page really needs for the form: the widget, and configure() to make its client.
    name: '<portico-top-up-form> alone, with its client (lit, SDK, widget, pl+en)',
    budget: 20 * KiB,
    entry: `
      import '@portico/elements/top-up-form';
      import { configure } from '@portico/elements/configure';
      configure({ baseUrl: 'https://api.example.com', sessionUrl: '/portico/session' });`,
  },
  {
    name: '<portico-top-up-form> module only (client made by the host page)',
    budget: undefined,
    entry: `import '@portico/elements/top-up-form';`,
  },
  {
    name: '<portico-bank-transfer> alone',
    budget: undefined,
    entry: `import '@portico/elements/bank-transfer';`,
  },
  {
    name: '<portico-call-log-table> alone, with its client (export chunk apart)',
    budget: 25 * KiB,
    entry: `
      import '@portico/elements/call-log-table';
      import { configure } from '@portico/elements/configure';
      configure({ baseUrl: 'https://api.example.com', sessionUrl: '/portico/session' });`,
  },
  {
    name: '<portico-ticket-form> alone, with its client (first paint)',
    budget: 24 * KiB,
    // Reading a suggested article in place, where the browser sanitises (DOMPurify otherwise).
    withParts: ['article-reader'],
    entry: `
      import '@portico/elements/ticket-form';
      import { configure } from '@portico/elements/configure';
      configure({ baseUrl: 'https://api.example.com', sessionUrl: '/portico/session' });`,
  },
  {
    name: '<portico-ticket-form> module only (client made by the host page)',
    budget: undefined,
    entry: `import '@portico/elements/ticket-form';`,
  },
  {
    name: 'SDK: everything (createClient)',
    budget: undefined,
    entry: `export * from '@portico/sdk';`,
  },
];

/** The size of what `entry` loads; `plugins` go before module resolution (to swap a module for a measurement). */
export async function bundleSize(entry, plugins = []) {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? entry : null) },
      ...plugins,
      nodeResolve({ exportConditions: ['source', 'browser', 'production'] }),
      typescript(),
      templateLiterals(),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, compress: { passes: 2 }, format: { comments: false } })] });
  await bundle.close();
  const chunks = new Map(output.filter((chunk) => chunk.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  // What the page loads before anything happens: the entry and what it imports statically.
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const imported of chunks.get(name).imports) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  const size = (names) => {
    const code = names.map((name) => chunks.get(name).code).join('\n');
    return { raw: Buffer.byteLength(code), gzip: code ? gzipSync(code, { level: 9 }).length : 0 };
  };
  const onDemand = [...chunks.keys()].filter((name) => !initial.has(name));
  // Each chunk loaded on demand, by the module it is named after (`call-export`, `upload`…).
  const parts = onDemand.map((name) => ({ name: name.replace(/-[\w-]{8}\.js$|\.js$/, ''), ...size([name]) }));
  return { ...size([...initial]), onDemand: size(onDemand), parts };
}

export async function run() {
  const rows = [];
  for (const c of cases) {
    const size = await bundleSize(c.entry);
    rows.push({ benchmark: c.name, value: size.gzip, unit: 'B gz', raw: size.raw, budget: c.budget });
    for (const part of size.parts) rows.push({ benchmark: `  … on demand: ${part.name}`, value: part.gzip, unit: 'B gz', budget: c.chunkBudgets?.[part.name] });
    if (c.withParts) {
      const extra = size.parts.filter((part) => c.withParts.includes(part.name)).reduce((sum, part) => sum + part.gzip, 0);
      rows.push({ benchmark: `  … with ${c.withParts.join(', ')} loaded`, value: size.gzip + extra, unit: 'B gz' });
    }
  }
  return rows;
}
