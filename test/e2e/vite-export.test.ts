import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { startHttpServer } from '@portico/simulator/server';
import configs from '../../rollup.config.mjs';
import { launchChromium, pageAtRunTime } from '../support/browser.ts';
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
      '/session': (_, response) => void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(api.sim.createSession(api.sim.customers.business))),
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
    const tab = await pageAtRunTime(browser, { locale: 'en-GB' });
    const workers: string[] = [];
    tab.on('worker', (worker) => workers.push(worker.url()));
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(site.url);
    await tab.locator('portico-call-log-table [role=row][aria-rowindex="2"]').waitFor();
    const download = tab.waitForEvent('download');
    await tab.locator('portico-call-log-table .export button', { hasText: 'CSV' }).click();
    const file = await download;
    const lines = readFileSync(await file.path()).toString('utf8').trim().split(/\r?\n/);
    assert.ok(lines.length > 1, 'the calls are in the file');
    // Vite gives the export its own chunk: the worker runs on it.
    assert.equal(workers.length, 1, 'one worker for the export');
    assert.match(workers[0]!, /\/assets\/call-export-[\w-]+\.js$/);
    assert.deepEqual(errors, []);
    await tab.close();
  });
});
