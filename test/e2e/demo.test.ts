import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { pageAtRunTime } from '../support/browser.ts';
import { useDemo } from '../support/demo.ts';

const text = (value: string | null) => (value ?? '').replace(/\s/g, ' ').trim();

describe('the demo portal, as a new user uses it', () => {
  const demo = useDemo();
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    page = await pageAtRunTime(demo.browser, { locale: 'en-GB' });
    page.on('pageerror', (error) => errors.push(String(error)));
  });

  it('opens signed in as the prepaid customer, in the browser’s language', async () => {
    await page.goto(demo.url);
    await page.locator('portico-top-up-form #amount').waitFor();
    assert.equal(await page.locator('h1#account-title').textContent(), 'Top up your prepaid account');
    assert.equal(await page.locator('#customer').inputValue(), 'cus_1001');
    assert.match(text(await page.locator('portico-top-up-form .balance').textContent()), /^PLN \d/);
  });

  it('picks another customer, and the widget follows', async () => {
    const before = text(await page.locator('portico-top-up-form .balance').textContent());
    await page.locator('#customer').selectOption('cus_1003');
    await page.waitForFunction((previous) => {
      const balance = document.querySelector('portico-top-up-form')?.shadowRoot?.querySelector('.balance')?.textContent?.replace(/\s/g, ' ').trim();
      return balance && balance !== previous;
    }, before);
  });

  it('refuses 19 zł at the field, then tops up 20 zł and the balance rises by 20 zł', async () => {
    const balance = async () => Number(text(await page.locator('portico-top-up-form .balance').textContent()).replace(/[^\d.]/g, ''));
    const before = await balance();
    const amount = page.locator('portico-top-up-form #amount');
    await amount.fill('19');
    await amount.blur();
    assert.equal(text(await page.locator('portico-top-up-form #amount-error').textContent()), 'The minimum top-up is PLN 20.00.');
    assert.equal(await amount.getAttribute('aria-invalid'), 'true');
    await page.locator('portico-top-up-form button.submit').click();
    assert.equal(await page.locator('portico-top-up-form #result-title').count(), 0);

    await amount.fill('20');
    await page.locator('portico-top-up-form button.submit').click();
    await page.locator('portico-top-up-form #result-title').waitFor();
    assert.equal(await page.locator('portico-top-up-form #result-title').textContent(), 'Top-up complete');
    assert.equal(Math.round((await balance()) * 100) - Math.round(before * 100), 2000);
    assert.match(text(await page.locator('#events li').first().textContent()), /^portico-top-up-complete PLN 20\.00 · succeeded$/);
  });

  it('switches to Polish: the page and the widget', async () => {
    await page.getByRole('button', { name: 'PL', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('portico-top-up-form')?.shadowRoot?.querySelector('#title')?.textContent === 'Zasil konto');
    assert.equal(await page.locator('h1#account-title').textContent(), 'Zasil konto prepaid');
    assert.match(text(await page.locator('portico-top-up-form .balance').textContent()), /^\d[\d ]*,\d\d zł$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'pl');
    assert.deepEqual(errors, []);
  });

  it('opens Pomoc: a ticket from the list, then a new one, with a suggestion as the customer types', async () => {
    await page.getByRole('link', { name: 'Pomoc' }).click();
    await page.locator('portico-ticket-list .item').first().waitFor();
    await page.locator('portico-ticket-list .item').first().click();
    await page.locator('portico-ticket-thread .history').waitFor();
    assert.match(page.url(), /#\/help\/tickets\/tkt_\d{6}$/);
    await page.locator('portico-ticket-list').getByRole('button', { name: 'Otwórz zgłoszenie' }).click();
    await page.locator('portico-ticket-form #subject').fill('nie dziala poczta w outlooku');
    await page.locator('portico-ticket-form .suggestions .article').first().waitFor();
    assert.match(text(await page.locator('portico-ticket-form .suggestions .article-title').first().textContent()), /Outlook/);
    assert.deepEqual(errors, []);
  });

  it('opens Usługi for the business customer: a number, its card, then its calls', async () => {
    await page.locator('#customer').selectOption('cus_1002');
    await page.getByRole('link', { name: 'Usługi' }).click();
    await page.locator('portico-contract-list .item').first().click();
    await page.locator('portico-contract-card .details').waitFor();
    await page.locator('portico-contract-card').getByRole('button', { name: /połączenia/i }).first().click();
    await page.locator('portico-call-log-table [role=row][aria-rowindex="2"]').waitFor();
    assert.deepEqual(errors, []);
  });

  it('exports the calls to CSV and Excel from the demo’s one-file bundle', async () => {
    for (const [label, extension] of [['CSV', '.csv'], ['Excel', '.xlsx']] as const) {
      const download = page.waitForEvent('download');
      await page.locator('portico-call-log-table .export button', { hasText: label }).click();
      const file = await download;
      assert.ok(file.suggestedFilename().endsWith(extension), file.suggestedFilename());
      const path = await file.path();
      const bytes = readFileSync(path);
      if (extension === '.csv') assert.ok(bytes.toString('utf8').trim().split(/\r?\n/).length > 1, 'the calls are in the file');
      else assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an Excel file is a ZIP');
    }
    assert.equal(await page.locator('portico-call-log-table [part~="error"]').count(), 0);
    assert.doesNotMatch(text(await page.locator('#events').textContent()), /portico-error/);
  });

  it('keeps the reseller key on the server', async () => {
    const script = await (await fetch(`${demo.url}/demo.js`)).text();
    const html = await (await fetch(demo.url)).text();
    assert.ok(!script.includes('sk_test_portico') && !html.includes('sk_test_portico'));
  });
});

describe('the demo portal for each kind of customer, on a phone and in the dark', () => {
  const demo = useDemo();

  /** A page signed in as `customer`, in Polish unless said, in its own browser context. */
  async function open(customer: string, options: Parameters<typeof pageAtRunTime>[1] = {}): Promise<Page> {
    const page = await pageAtRunTime(demo.browser, { locale: 'pl-PL', ...options });
    await page.context().addCookies([{ name: 'portico_demo_customer', value: customer, url: demo.url }]);
    await page.goto(demo.url);
    await page.locator('portico-top-up-form .balance').waitFor();
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('#customer')?.options.length);
    return page;
  }

  it('a postpaid customer sees a balance and what is owed, not a prepaid top-up', async () => {
    const page = await open('cus_1002');
    assert.equal(await page.locator('h1#account-title').textContent(), 'Saldo i płatności');
    assert.equal(text(await page.locator('portico-top-up-form #title').textContent()), 'Saldo konta');
    assert.equal(text(await page.locator('portico-top-up-form .summary dt').first().textContent()), 'Do zapłaty');
    assert.doesNotMatch(text(await page.locator('portico-top-up-form .balance').textContent()), /[-−]/);
    assert.equal(await page.locator('#customer option:checked').evaluate((option) => (option.parentElement as HTMLOptGroupElement).label), 'Abonament');
    assert.equal(text(await page.locator('#customer option:checked').textContent()), 'Transbud Logistyka sp. z o.o.');
    await page.close();
  });

  it('a customer without mobile numbers is not offered their page', async () => {
    const page = await open('cus_1001');
    assert.equal(await page.getByRole('link', { name: 'Usługi' }).count(), 0);
    await page.goto(`${demo.url}/#/services`);
    await page.locator('section[data-view="account"]:not([hidden])').waitFor();
    assert.equal(await page.locator('section[data-view="services"]').isHidden(), true);
    await page.close();
  });

  it('a contract or a ticket chosen below a list is brought into view, with focus on its title', async () => {
    const page = await open('cus_1002', { viewport: { width: 1280, height: 700 } });
    await page.getByRole('link', { name: 'Usługi' }).click();
    await page.locator('portico-contract-list .item').last().click();
    await page.locator('portico-contract-card .details').waitFor();
    await page.waitForFunction(() => document.activeElement?.localName === 'portico-contract-card' && document.activeElement.shadowRoot?.activeElement?.id === 'title');
    const top = await page.locator('portico-contract-card').evaluate((card) => card.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 700, `the card starts on screen (top ${top})`);

    await page.getByRole('link', { name: 'Pomoc' }).click();
    await page.locator('portico-ticket-list .item').last().click();
    await page.waitForFunction(() => document.activeElement?.localName === 'portico-ticket-thread');
    const thread = await page.locator('portico-ticket-thread').evaluate((element) => element.getBoundingClientRect().top);
    assert.ok(thread >= 0 && thread < 700, `the ticket starts on screen (top ${thread})`);
    await page.close();
  });
});
