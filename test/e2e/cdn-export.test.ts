import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { rollup } from 'rollup';
import type { Browser } from 'playwright-core';
import { startHttpServer } from '@portico/simulator/server';
import { cdn } from '../../rollup.config.mjs';
import { launchChromium, pageAtRunTime } from '../support/browser.ts';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };

/**
 * A reseller's page with nothing but the CDN file: the call export runs in its worker, which
 * the CDN build serves as a chunk of its own (a one-file bundle falls back to the page; the
 * demo's test covers that).
 */
describe('the call export from the CDN file', () => {
  let dir: string;
  let page: Server;
  let url: string;
  let api: Awaited<ReturnType<typeof startHttpServer>>;
  let browser: Browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portico-cdn-'));
    const config = cdn('packages/elements/src/index.ts', dir, 'portico-elements.min');
    const bundle = await rollup(config);
    await bundle.write(config.output);
    await bundle.close();
    api = await startHttpServer({ port: 0 });
    page = createServer((request, response) => {
      const path = new URL(request.url!, 'http://x').pathname;
      if (request.method === 'POST' && path === '/session') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(api.sim.createSession(api.sim.customers.business)));
        return;
      }
      if (path === '/') {
        response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><script type="module" src="/portico-elements.min.js"></script></head><body>
          <portico-provider base-url="${api.url}" session-url="/session" locale="en"><portico-call-log-table contract-id="ctr_2006"></portico-call-log-table></portico-provider></body></html>`);
        return;
      }
      try {
        const body = readFileSync(join(dir, normalize(path).replace(/^(\.\.[/\\])+/, '')));
        response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    page?.close();
    await api?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the file in its worker, loaded from the CDN build’s own chunk', async () => {
    const tab = await pageAtRunTime(browser, { locale: 'en-GB' });
    const workers: string[] = [];
    tab.on('worker', (worker) => workers.push(worker.url()));
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(url);
    await tab.locator('portico-call-log-table [role=row][aria-rowindex="2"]').waitFor();
    const download = tab.waitForEvent('download');
    await tab.locator('portico-call-log-table .export button', { hasText: 'CSV' }).click();
    const file = await download;
    const lines = readFileSync(await file.path()).toString('utf8').trim().split(/\r?\n/);
    assert.ok(lines.length > 1, 'the calls are in the file');
    assert.equal(workers.length, 1, 'one worker for the export');
    assert.match(workers[0]!, /\/chunks\/call-export-[\w-]+\.js$/);
    assert.deepEqual(errors, []);
    await tab.close();
  });
});
