import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { pageAtRunTime } from '../support/browser.ts';
import { useDemo } from '../support/demo.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * The demo walked as a new user walks it — on a phone and on a desktop, light and dark,
 * in Polish and in English — looking at what such a user saw go wrong: a page wider than
 * the screen, text cut off, a failure reported with no cause, and what axe finds.
 */
describe('the demo portal at 360 and 1280 px, light and dark, Polish and English', () => {
  const demo = useDemo();

  /** Every view of the demo, and what opens in it (a number's card, calls and services; a ticket). */
  const views: { hash: string; customer: string; open?: (page: Page) => Promise<void> }[] = [
    { hash: '#/account', customer: 'cus_1001' },
    { hash: '#/account', customer: 'cus_1002' },
    {
      hash: '#/services',
      customer: 'cus_1002',
      open: async (page) => {
        await page.locator('portico-contract-list .item').first().click();
        await page.locator('portico-contract-card .details').waitFor();
        await page.locator('portico-contract-card .actions button').nth(2).click();
        await page.locator('portico-call-log-table [role=row][aria-rowindex="2"]').waitFor();
      },
    },
    {
      hash: '#/services',
      customer: 'cus_1002',
      open: async (page) => {
        await page.locator('portico-contract-list .item').first().click();
        await page.locator('portico-contract-card .details').waitFor();
        await page.locator('portico-contract-card .actions button').nth(3).click();
        await page.locator('portico-service-list .service').first().waitFor();
      },
    },
    {
      hash: '#/help/tickets',
      customer: 'cus_1003',
      open: async (page) => {
        await page.locator('portico-ticket-list .item').first().click();
        await page.locator('portico-ticket-thread .history').waitFor();
      },
    },
    { hash: '#/help/new', customer: 'cus_1003' },
    { hash: '#/help/knowledge-base', customer: 'cus_1003' },
    { hash: '#/help/announcements', customer: 'cus_1003' },
    { hash: '#/help/downloads', customer: 'cus_1003' },
    { hash: '#/help/status', customer: 'cus_1003' },
    { hash: '#/account/invoices', customer: 'cus_1002' },
    { hash: '#/account/payments', customer: 'cus_1001' },
    { hash: '#/account/users', customer: 'cus_1001' },
    { hash: '#/account/security', customer: 'cus_1001' },
    { hash: '#/telephony/dashboard', customer: 'cus_1005' },
    { hash: '#/telephony/lines', customer: 'cus_1005' },
    { hash: '#/telephony/extensions', customer: 'cus_1005' },
    { hash: '#/telephony/hunt-groups', customer: 'cus_1005' },
    { hash: '#/telephony/settings', customer: 'cus_1005' },
    { hash: '#/telephony/calls', customer: 'cus_1005' },
    { hash: '#/telephony/music', customer: 'cus_1005' },
    { hash: '#/telephony/calls', customer: 'cus_1001' },
  ];

  for (const width of [360, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const locale of ['pl-PL', 'en-GB']) {
        it(`${width} px, ${scheme}, ${locale}: no sideways scroll, no text cut off, no failure without a cause, axe clean`, async () => {
          const page = await pageAtRunTime(demo.browser, { viewport: { width, height: 800 }, colorScheme: scheme, locale });
          await page.addInitScript(`
            window.__porticoFailures = [];
            document.addEventListener('portico-error', (event) => window.__porticoFailures.push(event.target.localName + ': ' + (event.detail.error && event.detail.error.name)), true);
          `);
          const problems: string[] = [];
          for (const [index, view] of views.entries()) {
            await page.context().addCookies([{ name: 'portico_demo_customer', value: view.customer, url: demo.url }]);
            // A page of its own each time (not a hash change): the customer is read as the page loads.
            await page.goto(`${demo.url}/?view=${index}${view.hash}`);
            await page.waitForFunction(() => {
              const shown = [...document.querySelectorAll('main [data-view]:not([hidden]) *')].filter((e) => e.localName.startsWith('portico-') && !(e as HTMLElement).hidden && e.shadowRoot);
              return shown.length > 0 && shown.every((w) => w.shadowRoot!.querySelector('[part~="base"]') && !w.shadowRoot!.querySelector('.loading'));
            });
            await view.open?.(page);
            const where = `${view.hash} (${view.customer})`;
            const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
            if (scrollWidth > width) problems.push(`${where}: the page is ${scrollWidth} px wide`);
            for (const cut of (await page.evaluate(CLIPPED_TEXT)) as string[]) problems.push(`${where}: cut off: ${cut}`);
            for (const outside of (await page.evaluate(OUTSIDE_WIDGET)) as string[]) problems.push(`${where}: drawn outside its widget: ${outside}`);
            const failures = (await page.evaluate('window.__porticoFailures.splice(0)')) as string[];
            for (const failure of failures) problems.push(`${where}: portico-error from ${failure}`);
            // The demo is drawn for both schemes, and its widgets follow the one the page shows.
            const surfaces = (await page.evaluate(
              `[...document.querySelectorAll('main [data-view]:not([hidden]) *')].filter((e) => e.localName.startsWith('portico-') && !e.hidden && e.shadowRoot && e.shadowRoot.querySelector('[part~="base"]')).map((w) => getComputedStyle(w.shadowRoot.querySelector('[part~="base"]')).backgroundColor)`,
            )) as string[];
            const surface = scheme === 'dark' ? 'rgb(23, 25, 28)' : 'rgb(255, 255, 255)';
            for (const other of surfaces.filter((color) => color !== surface)) problems.push(`${where}: a widget's surface is ${other} in the ${scheme} scheme`);
            await page.addScriptTag({ path: axePath });
            const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ' (' + v.nodes.length + ')'))`)) as string[];
            for (const violation of violations) problems.push(`${where}: axe ${violation}`);
          }
          assert.deepEqual(problems, []);
          await page.close();
        });
      }
    }
  }
});

/**
 * Text that does not fit where it is shown: a box that clips what overflows it, or a select
 * with an option wider than the select. Searched in the page and in every widget's
 * shadow root. (A string, not a function: the test's compiler would add helpers the page
 * does not have.)
 */
const CLIPPED_TEXT = `(() => {
  const found = [];
  const canvas = document.createElement('canvas').getContext('2d');
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      if (!element.getClientRects().length) continue;
      const style = getComputedStyle(element);
      if (element.localName === 'select') {
        // Any option may be the one chosen: the longest must fit.
        canvas.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
        const text = [...element.options].map((option) => option.text).sort((a, b) => canvas.measureText(b).width - canvas.measureText(a).width)[0] || '';
        // Room for the text: the select less its padding and the arrow (about 1.2em).
        const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.fontSize) * 1.2;
        // A select as wide as its widget has all the room there is: a long name of the customer's own may be cut there.
        const base = element.getRootNode().querySelector ? element.getRootNode().querySelector('[part~="base"]') : null;
        const full = base && element.getBoundingClientRect().width >= 0.85 * base.clientWidth;
        if (!full && canvas.measureText(text).width > room + 1) found.push('<select> "' + text + '"');
        continue;
      }
      const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      const ownText = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim());
      // Text for screen readers only (a 1 px box, clipped whole) is hidden on purpose, not cut off.
      const forReaders = element.clientWidth <= 1 || style.clipPath !== 'none';
      if (clips && ownText && !forReaders && element.scrollWidth > element.clientWidth + 1) {
        found.push('<' + element.localName + (element.className ? '.' + String(element.className).trim().split(/\\s+/).join('.') : '') + '> "' + element.textContent.trim().slice(0, 40) + '"');
      }
    }
  };
  visit(document);
  return found;
})()`;

/**
 * What a widget draws beyond its own box (a table wider than its card), which no page
 * scroll reveals at a wide viewport: anything in a widget's shadow root that reaches past the
 * widget's base, unless a box between them scrolls or clips it on purpose.
 */
const OUTSIDE_WIDGET = `(() => {
  const found = [];
  for (const widget of document.querySelectorAll('main [data-view]:not([hidden]) *')) {
    if (!widget.localName.startsWith('portico-') || widget.hidden || !widget.shadowRoot) continue;
    const base = widget.shadowRoot.querySelector('[part~="base"]');
    if (!base) continue;
    const box = base.getBoundingClientRect();
    for (const element of base.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (!rect.width || (rect.right <= box.right + 1 && rect.left >= box.left - 1)) continue;
      let contained = false;
      for (let up = element.parentElement; up && up !== base; up = up.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(up).overflowX)) contained = true;
      }
      if (contained || getComputedStyle(element).position === 'fixed' || element.closest('dialog')) continue;
      found.push(widget.localName + ' <' + element.localName + (element.className ? '.' + String(element.className).trim().split(/\\s+/).join('.') : '') + '> ' + Math.round(rect.right - box.right) + ' px');
      break;
    }
  }
  return found;
})()`;
