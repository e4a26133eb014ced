import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, pageAtRunTime } from '../support/browser.ts';
import { serveSite } from '../support/static-site.ts';

/**
 * Every story of the static Storybook renders its state: no exception, no failed play
 * function, a widget with content. Stories are the designers' view; this keeps them honest.
 */
describe('Storybook: every story renders', () => {
  let dir: string;
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  let url: string;
  let browser: Browser;
  let stories: string[] = [];
  let docs: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portico-storybook-'));
    execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'ignore' });
    execFileSync(process.execPath, ['node_modules/storybook/dist/bin/dispatcher.js', 'build', '-o', dir, '--quiet'], { stdio: 'ignore', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { entries: Record<string, { type: string }> };
    stories = Object.entries(index.entries).filter(([, entry]) => entry.type === 'story').map(([id]) => id);
    docs = Object.entries(index.entries).filter(([, entry]) => entry.type === 'docs').map(([id]) => id);
    site = await serveSite(dir);
    url = site.url;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has stories for the widgets, in every state the issue names', () => {
    for (const state of ['loading', 'prepaid', 'postpaid', 'validation-error', 'submitting', 'success', 'bank-transfer-pending', 'server-error', 'rate-limited', 'offline']) {
      assert.ok(stories.includes(`widgets-top-up-form--${state}`), `no story for ${state}`);
    }
  });

  it('has, for every data widget, its loading, error and narrow states', () => {
    const widgets = ['contract-list', 'contract-card', 'service-list', 'call-log-table', 'call-summary', 'ticket-form', 'ticket-list', 'ticket-thread', 'knowledge-base', 'announcements', 'downloads', 'server-status', 'pbx-dashboard', 'phone-lines', 'extensions', 'hunt-groups', 'pbx-settings', 'music-on-hold', 'portal-users', 'security', 'invoices', 'payment-history'];
    for (const widget of widgets) {
      for (const state of ['loading', 'load-error', 'narrow']) assert.ok(stories.includes(`widgets-${widget}--${state}`), `no ${state} story for ${widget}`);
    }
  });

  it('renders each story without an error, in both languages', async () => {
    const page = await pageAtRunTime(browser);
    // The preview reports a failed play function on its channel (the story still "finishes").
    // A string, not a function: the test's compiler would add helpers the page does not have.
    await page.addInitScript(`
      window.__porticoStory = { errors: [], failures: [] };
      // Every failure a widget reports, by class and status: a story that shows content must report none.
      document.addEventListener('portico-error', (event) => {
        const error = event.detail.error;
        window.__porticoStory.failures.push(((error && error.name) || 'Error') + (error && error.status ? ' ' + error.status : '') + ' (' + event.detail.action + ')');
      }, true);
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
        await page.evaluate(`window.__porticoStory.errors = []; window.__porticoStory.failures = []; window.__STORYBOOK_PREVIEW__.channel.emit('setCurrentStory', { storyId: ${JSON.stringify(id)}, viewMode: 'story' })`);
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
        const reported = (await page.evaluate('window.__porticoStory.failures')) as string[];
        const unexpected = reported.filter((failure) => !FAILING_STORY.test(id) || UNRELATED.test(failure));
        if (unexpected.length) failures.push(`${id} (${locale}): reported ${unexpected.join(', ')}`);
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

  it('renders every story of every docs page at once, each from its own simulator', async () => {
    const page = await pageAtRunTime(browser);
    await page.addInitScript(`
      window.__porticoDocs = [];
      document.addEventListener('portico-error', (event) => {
        const error = event.detail.error;
        window.__porticoDocs.push(((error && error.name) || 'Error') + (error && error.status ? ' ' + error.status : ''));
      }, true);
    `);
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(`${page.url()}: ${String(error).slice(0, 300)}`));
    await page.goto(`${url}/iframe.html?id=${docs[0]}&viewMode=docs`);
    for (const id of docs) {
      // Clicked to from the last docs page, as a person does in the sidebar.
      await page.evaluate(`window.__porticoDocs = []; window.__STORYBOOK_PREVIEW__.channel.emit('setCurrentStory', { storyId: ${JSON.stringify(id)}, viewMode: 'docs' })`);
      // Done when every embedded story's widget shows its state (a story of loading keeps loading).
      await page.waitForFunction(
        `(() => {
          const embedded = [...document.querySelectorAll('[id^="story--"][id$="-inner"]')];
          if (!embedded.length || !embedded[0].id.startsWith('story--' + ${JSON.stringify(id.replace(/--docs$/, ''))})) return false;
          return embedded.every((story) => /--loading/.test(story.id) || [...story.querySelectorAll('*')].some((e) => e.localName.startsWith('portico-') && e.shadowRoot && e.shadowRoot.textContent.trim() && !e.shadowRoot.querySelector('.loading')));
        })()`,
        null,
        { timeout: 30_000 },
      );
      const shown = (await page.evaluate(
        `[...document.querySelectorAll('[id^="story--"][id$="-inner"]')].flatMap((story) => [...story.querySelectorAll('*')].filter((e) => e.localName.startsWith('portico-') && e.shadowRoot).map((w) => [story.id.replace(/^story--|-inner$/g, ''), w.shadowRoot.querySelector('[part~="error"]')?.textContent.replace(/\\s+/g, ' ').trim() ?? '']))`,
      )) as [string, string][];
      for (const [story, error] of shown) if (error && !FAILING_STORY.test(story)) failures.push(`${id}: ${story} shows "${error.slice(0, 120)}"`);
      const reported = (await page.evaluate('window.__porticoDocs')) as string[];
      const unrelated = reported.filter((failure) => UNRELATED.test(failure));
      if (unrelated.length) failures.push(`${id}: ${unrelated.join(', ')}`);
    }
    assert.deepEqual(failures, []);
  });
});

/** Stories of a failure: they show one, and report it. */
const FAILING_STORY = /error|fail|offline|rate-limited|refused|declined|invalid|problem|correct|earlier-try|not-available|not-from|uncovered/;

/** Failures no story is about: a session another story made, a record another simulator holds. */
const UNRELATED = /AuthenticationError|NotFoundError/;
