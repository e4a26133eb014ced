import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import type { Browser } from 'playwright-core';
import { startHttpServer } from '@portico/simulator/server';
import { cdn } from '../../rollup.config.mjs';
import { launchChromium } from '../support/browser.ts';
import { exportCallsFrom, sessionRoute } from '../support/export-page.ts';
import { serveSite } from '../support/static-site.ts';

/**
 * A reseller's page with nothing but the CDN file: the call export runs in its worker, which
 * the CDN build serves as a chunk of its own (a one-file bundle falls back to the page; the
 * demo's test covers that).
 */
describe('the call export from the CDN file', () => {
  let dir: string;
  let site: Awaited<ReturnType<typeof serveSite>>;
  let api: Awaited<ReturnType<typeof startHttpServer>>;
  let browser: Browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portico-cdn-'));
    const config = cdn('packages/elements/src/index.ts', dir, 'portico-elements.min');
    const bundle = await rollup(config);
    await bundle.write(config.output);
    await bundle.close();
    api = await startHttpServer({ port: 0 });
    site = await serveSite(dir, {
      '/session': sessionRoute(api.sim),
      '/': (_, response) =>
        void response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><script type="module" src="/portico-elements.min.js"></script></head><body>
          <portico-provider base-url="${api.url}" session-url="/session" locale="en"><portico-call-log-table contract-id="ctr_2006"></portico-call-log-table></portico-provider></body></html>`),
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    site?.close();
    await api?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the file in its worker, loaded from the CDN build’s own chunk', async () => {
    const { lines, workers, errors } = await exportCallsFrom(browser, site.url);
    assert.ok(lines.length > 1, 'the calls are in the file');
    assert.equal(workers.length, 1, 'one worker for the export');
    assert.match(workers[0]!, /\/chunks\/call-export-[\w-]+\.js$/);
    assert.deepEqual(errors, []);
  });
});
