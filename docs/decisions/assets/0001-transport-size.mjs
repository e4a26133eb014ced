// Not part of Portico: the measurement behind decision 0001. The top-up form's first chunk
// (as bench/bundle-size.mjs builds it: minified, gzip -9) with Portico's transport and with the
// ky-based one beside this file, and ky alone. ky is not a dependency; install it elsewhere:
//
//   SCRATCH=$(mktemp -d) && npm install --prefix "$SCRATCH" ky@2.1.0
//   KY="$SCRATCH/node_modules/ky" node docs/decisions/assets/0001-transport-size.mjs
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSize } from '../../../bench/bundle-size.mjs';

if (!process.env.KY) throw new Error('Set KY to the directory of an installed ky 2 (see the top of this file).');
const ky = join(process.env.KY, JSON.parse(readFileSync(join(process.env.KY, 'package.json'), 'utf8')).main ?? 'distribution/index.js');
const core = realpathSync(fileURLToPath(new URL('../../../packages/sdk/src/core/client-core.ts', import.meta.url)));
const variant = readFileSync(new URL('./0001-ky-client-core.ts', import.meta.url), 'utf8');

/** `ky` from where it was installed; with `withKy`, the client core is the ky-based one, in its place. */
const plugin = (withKy) => ({
  name: 'ky-transport',
  resolveId: (id) => (id === 'ky' ? ky : null),
  load: (id) => (withKy && id === core ? variant : null),
});

const form = `
  import '@portico/elements/top-up-form';
  import { configure } from '@portico/elements/configure';
  configure({ baseUrl: 'https://api.example.com', sessionUrl: '/portico/session' });`;
const portico = await bundleSize(form, [plugin(false)]);
const withKy = await bundleSize(form, [plugin(true)]);
const alone = await bundleSize(`export { default } from 'ky';`, [plugin(false)]);
const retry = await bundleSize(`export * from ${JSON.stringify(join(core, '../retry.ts'))};`);
const row = (label, size) => console.log(`${label.padEnd(52)} ${String(size.gzip).padStart(6)} B gz  (${size.raw} B minified)`);
row('top-up form with its client, Portico transport', portico);
row('top-up form with its client, ky-based transport', withKy);
console.log(`${'difference'.padEnd(52)} ${String(withKy.gzip - portico.gzip).padStart(6)} B gz  (${(((withKy.gzip - portico.gzip) / portico.gzip) * 100).toFixed(1)} %)`);
row('ky 2 alone (its default export)', alone);
row("Portico's retry rules alone (core/retry.ts)", retry);
