// The package.json a package is published with: its `exports` without the `source` condition.
// In this repository `source` points tools at the TypeScript sources (tests, the demo,
// Storybook, tsx); a consumer's bundler run with `--conditions=source` would pick the shipped
// `.ts` files and fail on their decorators. npm runs this in the package's folder:
//
//   "prepack": "node ../../scripts/pack-manifest.mjs strip"     before packing or publishing
//   "postpack": "node ../../scripts/pack-manifest.mjs restore"  after, whatever happened
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = 'package.json';
const kept = '.package.json.with-source';

/** `exports` with every `source` condition removed, at any depth. */
export function withoutSource(exports) {
  if (typeof exports !== 'object' || exports === null) return exports;
  return Object.fromEntries(Object.entries(exports).filter(([condition]) => condition !== 'source').map(([key, value]) => [key, withoutSource(value)]));
}

const command = process.argv[2];
if (command === 'strip') {
  if (existsSync(kept)) throw new Error(`${kept} exists: a pack was interrupted. Restore it (node scripts/pack-manifest.mjs restore) first.`);
  const text = readFileSync(manifest, 'utf8');
  writeFileSync(kept, text);
  const json = JSON.parse(text);
  json.exports = withoutSource(json.exports);
  writeFileSync(manifest, JSON.stringify(json, null, 2) + '\n');
} else if (command === 'restore') {
  if (existsSync(kept)) renameSync(kept, manifest);
} else if (command !== undefined) {
  throw new Error(`pack-manifest: strip or restore, not ${command}`);
}
