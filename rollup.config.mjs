// Builds every package: ESM per module (tree-shakable, for npm) and one minified CDN file.
// TypeScript is stripped by esbuild; declarations come from `tsc` (see scripts/build.mjs).
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';

/** Strips types with the same decorator semantics as tsconfig (Lit's legacy decorators). */
export function typescript() {
  return {
    name: 'portico-typescript',
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcemap: true,
        sourcefile: id,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true } },
      });
      return { code: result.code, map: result.map };
    },
  };
}

/** Lit's `html` and `css` literals keep their indentation through terser; this squeezes them. */
export function templateLiterals() {
  return {
    name: 'portico-template-literals',
    async transform(code, id) {
      if (!id.includes('/packages/elements/src/') || !/\b(html|css|svg)`/.test(code)) return null;
      return (await minifyHTMLLiterals(code, { fileName: id })) ?? null;
    },
  };
}

const packageJson = (name) => JSON.parse(readFileSync(new URL(`./packages/${name}/package.json`, import.meta.url), 'utf8'));

/** Entry points of a package: the `source` files of its `exports`. */
function entries(name) {
  const input = {};
  for (const target of Object.values(packageJson(name).exports)) {
    if (typeof target !== 'object') continue;
    // Named by the source path, so `./src/account/index.ts` becomes `dist/account/index.js` as `exports` says.
    input[target.source.replace(/^\.\/src\//, '').replace(/\.ts$/, '')] = `packages/${name}/${target.source}`;
  }
  return input;
}

/** Everything a package depends on stays an import: npm resolves it for the user. */
function external(name) {
  const { dependencies = {}, peerDependencies = {} } = packageJson(name);
  const names = [...Object.keys(dependencies), ...Object.keys(peerDependencies)];
  return (id) => id.startsWith('node:') || builtinModules.includes(id) || names.some((dep) => id === dep || id.startsWith(`${dep}/`));
}

function library(name) {
  return {
    input: entries(name),
    external: external(name),
    plugins: [typescript(), templateLiterals()],
    output: {
      dir: `packages/${name}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: `packages/${name}/src`,
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  };
}

/** Warnings about dependencies' own code (zod's comments and cycles) are theirs, not ours. */
function onwarn(warning, warn) {
  if (warning.id?.includes('node_modules') || warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
}

/**
 * One file for a `<script type="module">` from a CDN: dependencies bundled, minified. What
 * loads on demand (the call export and its Worker, upload progress) stays in `chunks/`
 * beside it, fetched relative to the file only when used.
 */
export function cdn(input, dir, name) {
  return {
    input: { [name]: input },
    onwarn,
    plugins: [nodeResolve({ exportConditions: ['source', 'browser', 'production'] }), typescript(), templateLiterals(), terser({ module: true, compress: { passes: 2 }, format: { comments: false } })],
    output: { dir, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  };
}

export default [
  library('sdk'),
  library('simulator'),
  library('elements'),
  cdn('packages/sdk/src/index.ts', 'packages/sdk/dist/cdn', 'portico-sdk.min'),
  cdn('packages/elements/src/index.ts', 'packages/elements/dist/cdn', 'portico-elements.min'),
];
