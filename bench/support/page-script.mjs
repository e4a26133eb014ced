// A benchmark page's script: its entry text bundled and minified as a CDN build would be,
// with the sources' own conditions and Lit's decorators, for Chromium to run.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function bundlePage(entry) {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    target: 'es2022',
    conditions: ['source', 'browser', 'production'],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true } },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
