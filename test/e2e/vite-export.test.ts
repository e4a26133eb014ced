import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { startHttpServer } from '@portico/simulator/server';
import configs from '../../rollup.config.mjs';
import { launchChromium } from '../support/browser.ts';
import { exportCallsFrom, sessionRoute } from '../support/export-page.ts';
import { serveSite } from '../support/static-site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A reseller's app that installs Portico from npm and builds with Vite: the widgets from the
 * published files (`dist`), bundled by Vite its own way, and the call export still works.
 */
describe('the call export in an app built with Vite', () => {
  // Inside the repository, so that the app resolves @portico/elements as an installed package.
  const app = join(root, '.cache', 'vite-app');
  let site: Awaited<ReturnType<typeof serveSite>>;
  let api: Awaited<ReturnType<typeof startHttpServer>>;
  let browser: Browser;

  before(async () => {
    // The published JavaScript of the SDK and the widgets, as npm would install it.
    const published = configs.filter((config) => /packages\/(sdk|elements)\/dist$/.test(String((config.output as { dir?: string }).dir)));
    for (const config of published) {
      const bundle = await rollup(config);
      await bundle.write(config.output as never);
      await bundle.close();
    }
    api = await startHttpServer({ port: 0 });
    rmSync(app, { recursive: true, force: true });
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'index.html'), `<!doctype html><html lang="en"><head><script type="module" src="./main.js"></script></head><body>
      <portico-provider base-url="${api.url}" session-url="/session" locale="en"><portico-call-log-table contract-id="ctr_2006"></portico-call-log-table></portico-provider></body></html>`);
    writeFileSync(join(app, 'main.js'), `import '@portico/elements/provider';\nimport '@portico/elements/call-log-table';\n`);
    await build({ root: app, logLevel: 'silent', build: { outDir: join(app, 'dist'), emptyOutDir: true } });
    site = await serveSite(join(app, 'dist'), {
      '/session': sessionRoute(api.sim),
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    site?.close();
    await api?.close();
    rmSync(app, { recursive: true, force: true });
  });

  it('exports the calls to CSV, in a worker on the chunk Vite made for the export', async () => {
    const { lines, workers, errors } = await exportCallsFrom(browser, site.url);
    assert.ok(lines.length > 1, 'the calls are in the file');
    assert.equal(workers.length, 1, 'one worker for the export');
    assert.match(workers[0]!, /\/assets\/call-export-[\w-]+\.js$/);
    assert.deepEqual(errors, []);
  });
});
