// `npm run build`: declarations with tsc, then JavaScript with rollup, for every package.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = ['sdk', 'simulator', 'elements'];
const run = (file, args) => execFileSync(process.execPath, [file, ...args], { cwd: root, stdio: 'inherit' });

/** tsc keeps `./x.ts` specifiers in declarations; published files import `./x.js`. */
function rewriteDeclarationImports(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) rewriteDeclarationImports(path);
    else if (name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      const fixed = text.replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2');
      if (fixed !== text) writeFileSync(path, fixed);
    }
  }
}

for (const name of packages) rmSync(join(root, 'packages', name, 'dist'), { recursive: true, force: true });
for (const name of packages) {
  console.log(`declarations: @portico/${name}`);
  run('node_modules/typescript/bin/tsc', ['-p', `packages/${name}/tsconfig.build.json`]);
  rewriteDeclarationImports(join(root, 'packages', name, 'dist'));
}
console.log('custom-elements.json');
run('node_modules/@custom-elements-manifest/analyzer/cem.js', ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
run('scripts/editor-data.mjs', []);
run('node_modules/rollup/dist/bin/rollup', ['-c', 'rollup.config.mjs']);
