import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@portico/elements/invoices';
import type { PorticoInvoices } from '@portico/elements';
import { createClient } from '@portico/sdk';
import { invoicePay } from '@portico/sdk/account';
import type { ClientCore } from '@portico/sdk/core';
import type { PorticoInvoicePaidEvent } from '../../packages/elements/src/events/invoices.ts';
import { $, clientFor, focusOn, mount, shows, simulator, textOf } from './support.ts';
import { answered, operations, watch, type Asked } from './signals.ts';

const sim = await simulator();
const customer = (id: string) => sim.world.customers.get(id)!;
const rows = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-invoice]')];
const row = (element: Element, id: string) => element.shadowRoot!.querySelector<HTMLElement>(`tr[data-invoice="${id}"]`)!;
const cell = (tr: HTMLElement, selector: string) => tr.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
const live = (element: Element) => textOf(element, '[role="status"][aria-live]');
const dialog = (element: Element) => $(element, '#pay-dialog') as HTMLDialogElement;
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const pln = (amount: number, locale = 'en') => nbsp(new Intl.NumberFormat(locale, { style: 'currency', currency: 'PLN' }).format(amount / 100));
/** The customer's invoices, newest first, as the simulator keeps them. */
const newest = (id: string) => customer(id).invoices.slice().reverse();

let asked: Asked[] = [];

async function invoices(options: { customer?: string; locale?: string; width?: number; client?: ClientCore } = {}): Promise<PorticoInvoices> {
  const client = options.client ?? clientFor(sim, options.customer ?? sim.customers.trunk);
  asked = watch(client);
  const box = await mount<HTMLElement>(html`<div style="width: ${options.width ?? 750}px"><portico-invoices .client=${client} locale=${options.locale ?? 'en'}></portico-invoices></div>`);
  return box.firstElementChild as PorticoInvoices;
}

async function loaded(options: Parameters<typeof invoices>[0] = {}): Promise<PorticoInvoices> {
  const element = await invoices(options);
  await shows(element, 'tbody tr');
  return element;
}

/** Opens the payment dialog of an invoice and waits for its choices. */
async function openPay(element: PorticoInvoices, invoiceId: string): Promise<void> {
  row(element, invoiceId).querySelector<HTMLElement>('[data-pay]')!.click();
  await waitUntil(() => dialog(element).open, 'the payment dialog opens');
  await shows(element, '#pay-dialog input[name="pay-method"]');
}

const pay = (element: Element) => $(element, '#pay-submit').click();

describe('<portico-invoices>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  it('shows a skeleton while loading, then the invoices: number, dates, amount, status in words, newest first', async () => {
    sim.faults.enqueue({ latency: 300, path: '/v1/account/invoices' });
    const element = await invoices();
    const loading = await shows(element, '.loading[aria-busy="true"]');
    expect(loading.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    await shows(element, 'tbody tr');
    const seeded = newest(sim.customers.trunk);
    expect(textOf(element, '#count')).to.equal('12 invoices');
    expect(rows(element).map((r) => r.dataset['invoice'])).to.deep.equal(seeded.slice(0, 12).map((i) => i.id));
    expect([...element.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Invoice', 'Issued', 'Due', 'Net', 'VAT', 'Amount', 'Status', 'Actions']);
    const latest = row(element, seeded[0]!.id);
    expect(cell(latest, '.invoice-number')).to.equal(seeded[0]!.number);
    expect(nbsp(cell(latest, '.gross strong'))).to.equal(pln(184_250));
    expect(cell(latest, '.status')).to.equal('Unpaid');
    expect(cell(row(element, seeded[1]!.id), '.status')).to.match(/^Paid Paid on /);
    expect(latest.querySelector('[data-pay]')!.getAttribute('aria-label')).to.equal(`Pay invoice ${seeded[0]!.number}`);
    expect(row(element, seeded[1]!.id).querySelector('[data-pay]'), 'a paid invoice has no Pay').to.equal(null);
    // Dense at about 750 px: a table; net and VAT on demand.
    expect(getComputedStyle($(element, 'table')).display).to.equal('table');
    expect(getComputedStyle(latest.querySelector('.net')!).display).to.equal('none');
    expect(getComputedStyle(latest.querySelector('.breakdown')!).display).to.equal('none');
    $(element, '#amounts').click();
    await element.updateComplete;
    expect($(element, '#amounts').getAttribute('aria-pressed')).to.equal('true');
    const invoice = seeded[0]!;
    expect(getComputedStyle(latest.querySelector('.breakdown')!).display).to.equal('block');
    expect(nbsp(cell(latest, '.breakdown'))).to.match(/^Net PLN [\d,.]+ VAT PLN [\d,.]+$/);
    expect(invoice.id).to.equal(latest.dataset['invoice']);
    expect($(element, 'table').scrollWidth).to.be.at.most($(element, '[part~="base"]').clientWidth);
    await expect(element).to.be.accessible();
  });

  it('has columns for net and VAT in a wide layout, and speaks Polish', async () => {
    const element = await loaded({ locale: 'pl', width: 1100 });
    expect(textOf(element, '#title')).to.equal('Faktury');
    expect(textOf(element, '#count')).to.equal('12 faktur');
    const latest = rows(element)[0]!;
    expect(getComputedStyle(latest.querySelector('.net')!).display).to.equal('table-cell');
    expect(getComputedStyle($(element, '#amounts')).display).to.equal('none');
    expect(cell(latest, '.status')).to.equal('Nieopłacona');
    expect(nbsp(cell(latest, '.gross strong'))).to.equal(pln(184_250, 'pl'));
    expect([...element.shadowRoot!.querySelectorAll('.filter button')].map((b) => b.textContent!.trim())).to.deep.equal(['Wszystkie', 'Nieopłacone', 'Po terminie', 'Opłacone']);
    expect(latest.querySelector('[data-pay]')!.textContent!.trim()).to.equal('Zapłać');
    await expect(element).to.be.accessible();
  });

  it('filters by status and year; no match says so and shows them all again', async () => {
    const element = await loaded({ customer: sim.customers.business });
    const overdue = newest(sim.customers.business)[1]!;
    [...element.shadowRoot!.querySelectorAll<HTMLElement>('.filter button')].find((b) => b.textContent!.trim() === 'Overdue')!.click();
    await waitUntil(() => rows(element).length === 1, 'only the overdue one');
    expect(rows(element)[0]!.dataset['invoice']).to.equal(overdue.id);
    expect(cell(rows(element)[0]!, '.status')).to.equal('Overdue');
    expect(element.status).to.equal('overdue');
    const year = $(element, '#year') as HTMLSelectElement;
    const lastYear = String(Number(overdue.issueDate.slice(0, 4)) - 1);
    year.value = lastYear;
    year.dispatchEvent(new Event('change'));
    const empty = await shows(element, '[part="empty"]');
    expect(empty.querySelector('h3')!.textContent).to.equal('No invoices match');
    empty.querySelector('button')!.click();
    await waitUntil(() => rows(element).length === 12, 'every invoice again');
    expect(element.year).to.equal(undefined);
    year.value = overdue.issueDate.slice(0, 4);
    year.dispatchEvent(new Event('change'));
    await waitUntil(() => rows(element).every((r) => cell(r, '.issued').includes(overdue.issueDate.slice(0, 4))) && rows(element).length < 12, 'this year’s');
  });

  it('an account without invoices says so; a failed load says why, and Try again brings them', async () => {
    const none = await invoices({ customer: sim.customers.prepaid });
    const empty = await shows(none, '[part="empty"]');
    expect(empty.querySelector('h3')!.textContent).to.equal('No invoices yet');
    await expect(none).to.be.accessible();
    sim.faults.enqueue({ status: 503, path: '/v1/account/invoices' });
    const element = await invoices();
    const failures: string[] = [];
    element.addEventListener('portico-error', (e) => failures.push(e.detail.action));
    const alert = await shows(element, '[part="error"]');
    expect(alert.innerText).to.contain('Something went wrong on our side.');
    $(element, 'button[part~="retry"]').click();
    await shows(element, 'tbody tr');
    await focusOn(element, $(element, '#title'), 'focus waits on the title');
  });

  it('a portal user without "finances" sees that invoices are not available to them, with no retry', async () => {
    const client = createClient({ baseUrl: location.origin, retry: false, fetchSessionToken: async () => sim.createSession(sim.customers.prepaid, undefined, 'usr_1001_office') });
    const element = await invoices({ client });
    const alert = await shows(element, '[part="error"]');
    expect(alert.querySelector('h3')!.textContent).to.equal('Not available to your user');
    expect(alert.innerText).to.contain('“Finances” permission');
    expect(alert.querySelector('button'), 'no retry that could not help').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('the PDF: asked for with a button, then a link that opens in a new tab and answers application/pdf', async () => {
    const element = await loaded({ customer: sim.customers.business });
    const invoice = newest(sim.customers.business)[0]!;
    const button = row(element, invoice.id).querySelector<HTMLElement>('[data-pdf]')!;
    expect(button.getAttribute('aria-label')).to.equal(`Get the PDF of invoice ${invoice.number}`);
    button.focus();
    await sendKeys({ press: 'Enter' });
    const open = await shows(element, `[data-open="${invoice.id}"]`);
    await focusOn(element, open, 'focus goes on to open it');
    expect(live(element)).to.equal(`The PDF of invoice ${invoice.number} is ready to open.`);
    expect(open.getAttribute('target')).to.equal('_blank');
    expect(open.getAttribute('rel')).to.equal('noopener');
    const download = row(element, invoice.id).querySelector<HTMLAnchorElement>('[download]')!;
    expect(download.getAttribute('download')).to.equal(`${invoice.number.replace(/\//g, '_')}.pdf`);
    const response = await fetch((open as HTMLAnchorElement).href);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('application/pdf');
    expect(new TextDecoder().decode(new Uint8Array(await response.arrayBuffer()).slice(0, 5))).to.equal('%PDF-');
    await expect(element).to.be.accessible();
  });

  it('a PDF that cannot be prepared says so at its row, and the button tries again', async () => {
    const element = await loaded();
    const invoice = newest(sim.customers.trunk)[2]!;
    sim.faults.enqueue({ status: 503, path: '/pdf' });
    row(element, invoice.id).querySelector<HTMLElement>('[data-pdf]')!.click();
    const error = await shows(element, `tr[data-invoice="${invoice.id}"] .pdf-error`);
    expect(error.textContent).to.contain('The PDF could not be prepared.');
    row(element, invoice.id).querySelector<HTMLElement>('[data-pdf]')!.click();
    await shows(element, `[data-open="${invoice.id}"]`);
  });

  it('pays from the balance: the amount, what is available, one payment, the new status, focus back on the row', async () => {
    customer(sim.customers.hosting).balance = 50_000;
    const element = await loaded({ customer: sim.customers.hosting });
    const invoice = newest(sim.customers.hosting)[0]!;
    const gross = element.shadowRoot!.querySelector(`tr[data-invoice="${invoice.id}"] .gross strong`)!.textContent!;
    await openPay(element, invoice.id);
    expect(textOf(element, '#pay-title')).to.equal(`Pay invoice ${invoice.number}`);
    expect(nbsp(textOf(element, '.pay-amount'))).to.equal(nbsp(gross.trim()));
    const balance = $(element, '#method-balance') as HTMLInputElement;
    expect(balance.checked, 'the balance covers it: chosen').to.equal(true);
    expect(nbsp(textOf(element, '.pay-methods'))).to.contain(`Available: ${pln(50_000)}`);
    await expect(element).to.be.accessible();
    const paidEvent = oneEvent(element, 'portico-invoice-paid') as Promise<PorticoInvoicePaidEvent>;
    pay(element);
    const result = await shows(element, '#pay-result');
    await focusOn(element, result, 'focus on the result');
    expect((await paidEvent).detail.invoice.status).to.equal('paid');
    expect(nbsp(textOf(element, '#pay-dialog [part="status"]'))).to.contain(`Invoice ${invoice.number} for ${nbsp(gross.trim())} has been paid from the balance.`);
    expect(cell(row(element, invoice.id), '.status')).to.match(/^Paid Paid on /);
    const booked = customer(sim.customers.hosting).ledger.at(-1)!;
    expect([booked.kind, booked.reference?.id]).to.deep.equal(['invoice_payment', invoice.id]);
    expect(customer(sim.customers.hosting).balance).to.equal(50_000 + booked.amount);
    expect(customer(sim.customers.hosting).ledger.filter((e) => e.reference?.id === invoice.id).length).to.equal(1);
    $(element, '#pay-dialog [part="status"] ~ .dialog-actions button').click();
    await waitUntil(() => !dialog(element).open, 'closed');
    await focusOn(element, row(element, invoice.id).querySelector('[data-pdf]'), 'focus on the paid invoice’s PDF');
  });

  it('refuses before sending when the prepaid balance does not cover it; a card pays it', async () => {
    customer(sim.customers.hosting).balance = 1000;
    const element = await loaded({ customer: sim.customers.hosting, locale: 'pl' });
    const invoice = newest(sim.customers.hosting)[0]!;
    await openPay(element, invoice.id);
    expect(($(element, '#method-pm_card') as HTMLInputElement).checked, 'the balance does not cover it: a card is chosen').to.equal(true);
    $(element, '#method-balance').click();
    await element.updateComplete;
    const before = operations(asked).length;
    pay(element);
    const error = await shows(element, '#method-error');
    await focusOn(element, error, 'focus on why');
    expect(nbsp(error.textContent!)).to.contain(`Saldo (${pln(1000, 'pl')}) nie wystarcza na opłacenie tej faktury`);
    expect(operations(asked).slice(before), 'nothing sent').to.deep.equal([]);
    $(element, '#method-pm_card').click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#method-error'), 'another choice, a new try').to.equal(null);
    pay(element);
    await shows(element, '#pay-result');
    expect(textOf(element, '#pay-dialog [part="status"]')).to.contain('została opłacona kartą');
    expect(customer(sim.customers.hosting).balance, 'a card payment leaves the balance').to.equal(1000);
  });

  it('a lost answer: the error is said, and Pay again sends the same payment, which is made once', async () => {
    customer(sim.customers.hosting).balance = 50_000;
    const element = await loaded({ customer: sim.customers.hosting });
    const invoice = newest(sim.customers.hosting)[0]!;
    await openPay(element, invoice.id);
    sim.faults.enqueue({ loseResponse: true, path: '/pay' });
    pay(element);
    const error = await shows(element, '#pay-error');
    expect(error.textContent).to.contain('We couldn’t reach the service.');
    pay(element);
    await shows(element, '#pay-result');
    const posts = sim.log.filter((e) => e.method === 'POST' && e.path.endsWith('/pay'));
    expect(posts.map((e) => e.status)).to.deep.equal(['dropped', 200]);
    expect(posts[0]!.idempotencyKey).to.equal(posts[1]!.idempotencyKey);
    expect(customer(sim.customers.hosting).ledger.filter((e) => e.kind === 'invoice_payment' && e.reference?.id === invoice.id).length).to.equal(1);
    await answered(asked);
  });

  it('a postpaid account pays by card, told why not from the balance; an invoice paid meanwhile is said as paid', async () => {
    const element = await loaded({ customer: sim.customers.business });
    const [latest, overdue] = newest(sim.customers.business);
    await openPay(element, overdue!.id);
    expect(element.shadowRoot!.querySelector('#method-balance'), 'no balance to pay from').to.equal(null);
    expect(textOf(element, '.pay-methods')).to.contain('On a postpaid account the balance shows what is owed');
    expect(($(element, '#method-pm_card') as HTMLInputElement).checked).to.equal(true);
    pay(element);
    await shows(element, '#pay-result');
    expect(cell(row(element, overdue!.id), '.status')).to.match(/^Paid/);
    $(element, '#pay-dialog [part="status"] ~ .dialog-actions button').click();
    await waitUntil(() => !dialog(element).open, 'closed');
    // Paid elsewhere while the list was open.
    const other = clientFor(sim, sim.customers.business);
    await other.request(invoicePay, { params: { id: latest!.id }, body: { method: 'card', paymentMethodId: 'pm_card' } });
    await openPay(element, latest!.id);
    pay(element);
    const error = await shows(element, '#pay-error');
    expect(error.textContent).to.contain('This invoice has already been paid.');
    await waitUntil(() => cell(row(element, latest!.id), '.status').startsWith('Paid'), 'the row shows it paid');
  });

  it('closed and opened again at once for another invoice, the dialog shows that invoice (the first close’s late event ends nothing)', async () => {
    const element = await loaded({ customer: sim.customers.business });
    const [latest, previous] = newest(sim.customers.business);
    await openPay(element, latest!.id);
    [...dialog(element).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Cancel')!.click();
    // In the same task: the browser's close event for the first showing is still to come.
    row(element, previous!.id).querySelector<HTMLElement>('[data-pay]')!.click();
    const shown = () => element.shadowRoot!.querySelector('#pay-title')?.textContent?.includes(previous!.number) && element.shadowRoot!.querySelector('#pay-dialog input[name="pay-method"]');
    await waitUntil(shown, 'the second invoice’s choices');
    // A task later, the first close's event has come and gone: the dialog stays, with its content.
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(dialog(element).open).to.equal(true);
    expect(shown()).to.be.ok;
  });

  it('works from the keyboard: Pay opens the dialog, Escape closes it and focus returns', async () => {
    const element = await loaded();
    const invoice = newest(sim.customers.trunk)[0]!;
    const payButton = row(element, invoice.id).querySelector<HTMLElement>('[data-pay]')!;
    payButton.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(element).open, 'opens');
    await shows(element, '#pay-dialog input[name="pay-method"]');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(element).open, 'closes');
    await focusOn(element, payButton, 'back on Pay');
  });

  it('at 360 px each invoice is a card, with no horizontal scroll', async () => {
    const before = { width: innerWidth, height: innerHeight };
    await setViewport({ width: 360, height: 740 });
    try {
      const element = await loaded({ width: 360, customer: sim.customers.business });
      const box = $(element, '[part~="base"]');
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      expect(getComputedStyle($(element, 'thead')).position).to.equal('absolute');
      const first = rows(element)[0]!;
      expect(getComputedStyle(first).display).to.equal('grid');
      expect(getComputedStyle(first.querySelector('.cell-label')!).display).to.equal('block');
      expect(getComputedStyle(first.querySelector('.breakdown')!).display).to.equal('none');
      $(element, '#amounts').click();
      await element.updateComplete;
      expect(getComputedStyle(first.querySelector('.breakdown')!).display).to.equal('block');
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      await openPay(element, first.dataset['invoice']!);
      expect($(element, '#pay-dialog').getBoundingClientRect().width).to.be.at.most(360);
      await expect(element).to.be.accessible();
    } finally {
      await setViewport(before);
    }
  });
});
