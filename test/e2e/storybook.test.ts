import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchChromium, pageAtRunTime } from '../support/browser.ts';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/**
 * Every story of the static Storybook renders its state: no exception, no failed play
 * function, a widget with content. Stories are the designers' view; this keeps them honest.
 */
describe('Storybook: every story renders', () => {
  let dir: string;
  let server: Server;
  let url: string;
  let browser: Browser;
  let stories: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portico-storybook-'));
    execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'ignore' });
    execFileSync(process.execPath, ['node_modules/storybook/dist/bin/dispatcher.js', 'build', '-o', dir, '--quiet'], { stdio: 'ignore', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { entries: Record<string, { type: string }> };
    stories = Object.entries(index.entries).filter(([, entry]) => entry.type === 'story').map(([id]) => id);
    server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      try {
        const body = readFileSync(join(dir, path === '/' ? 'index.html' : path));
        response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has stories for the widgets, in every state the issue names', () => {
    for (const state of ['loading', 'prepaid', 'postpaid', 'validation-error', 'submitting', 'success', 'bank-transfer-pending', 'server-error', 'rate-limited', 'offline']) {
      assert.ok(stories.includes(`widgets-top-up-form--${state}`), `no story for ${state}`);
    }
  });

  it('has, for every data widget, its loading, error and narrow states', () => {
    const widgets = ['contract-list', 'contract-card', 'service-list', 'call-log-table', 'call-summary', 'ticket-form', 'ticket-list', 'ticket-thread', 'knowledge-base', 'announcements', 'downloads', 'server-status'];
    for (const widget of widgets) {
      for (const state of ['loading', 'load-error', 'narrow']) assert.ok(stories.includes(`widgets-${widget}--${state}`), `no ${state} story for ${widget}`);
    }
  });

  it('renders each story without an error, in both languages', async () => {
    const page = await pageAtRunTime(browser);
    // The preview reports a failed play function on its channel (the story still "finishes").
    // A string, not a function: the test's compiler would add helpers the page does not have.
    await page.addInitScript(`
      window.__porticoStory = { errors: [] };
      (function attach() {
        const channel = window.__STORYBOOK_PREVIEW__ && window.__STORYBOOK_PREVIEW__.channel;
        if (!channel) return setTimeout(attach, 5);
        for (const event of ['playFunctionThrewException', 'storyThrewException', 'storyErrored', 'storyMissing']) {
          channel.on(event, (payload) => window.__porticoStory.errors.push(event + ': ' + ((payload && payload.message) || JSON.stringify(payload))));
        }
      })();
    `);
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(`${page.url()}: ${String(error).slice(0, 300)}`));
    // One preview page for all: stories are switched on its channel, as the Storybook UI does,
    // rather than reloading the preview (and all its code) two hundred times.
    await page.goto(`${url}/iframe.html?id=${stories[0]}&viewMode=story`);
    await page.waitForFunction(`['finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase)`, null, { timeout: 20_000 });
    for (const locale of ['en', 'pl']) {
      await page.evaluate(`window.__STORYBOOK_PREVIEW__.channel.emit('updateGlobals', { globals: { locale: ${JSON.stringify(locale)} } })`);
      for (const id of stories) {
        await page.evaluate(`window.__porticoStory.errors = []; window.__STORYBOOK_PREVIEW__.channel.emit('setCurrentStory', { storyId: ${JSON.stringify(id)}, viewMode: 'story' })`);
        await page.waitForFunction(
          `(() => { const r = window.__STORYBOOK_PREVIEW__?.currentRender; return r?.id === ${JSON.stringify(id)} && ['finished', 'errored', 'aborted'].includes(r.phase); })()`,
          null,
          { timeout: 20_000 },
        );
        const errors = (await page.evaluate('window.__porticoStory.errors')) as string[];
        if (errors.length) {
          failures.push(`${id} (${locale}): ${errors.map((e) => e.slice(0, 300)).join('; ')}`);
          continue;
        }
        const content = (await page.evaluate(
          `[...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('portico-') && e.shadowRoot).map((w) => w.shadowRoot.textContent.trim()).join('')`,
        )) as string;
        if (!content) failures.push(`${id} (${locale}): the widget shows nothing`);
        const lang = (await page.evaluate(`document.documentElement.lang`)) as string;
        if (lang !== locale) failures.push(`${id} (${locale}): the page's language is ${lang}`);
      }
    }
    assert.deepEqual(failures, []);
  });
});
