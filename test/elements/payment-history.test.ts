import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@portico/elements/payment-history';
import type { PorticoPaymentHistory } from '@portico/elements';
import type { PorticoPaymentHistoryExportEvent } from '../../packages/elements/src/events/invoices.ts';
import { createClient } from '@portico/sdk';
import { invoicePay } from '@portico/sdk/account';
import type { ClientCore } from '@portico/sdk/core';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf } from './support.ts';

const sim = await simulator();
const customer = (id: string) => sim.world.customers.get(id)!;
const rows = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-entry]')];
const cell = (tr: HTMLElement, selector: string) => tr.querySelector<HTMLElement>(selector)!.innerText.replace(/\s+/g, ' ').trim();
const live = (element: Element) => textOf(element, '[role="status"][aria-live]');
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
/** The ledger as the simulator keeps it, newest first. */
const newest = (id: string) => customer(id).ledger.slice().reverse();

async function history(options: { customer?: string; locale?: string; width?: number; client?: ClientCore; pageSize?: number } = {}): Promise<PorticoPaymentHistory> {
  const client = options.client ?? clientFor(sim, options.customer ?? sim.customers.hosting);
  const box = await mount<HTMLElement>(
    html`<div style="width: ${options.width ?? 750}px"><portico-payment-history .client=${client} locale=${options.locale ?? 'en'} time-zone="Europe/Warsaw" page-size=${options.pageSize ?? 20}></portico-payment-history></div>`,
  );
  return box.firstElementChild as PorticoPaymentHistory;
}

async function loaded(options: Parameters<typeof history>[0] = {}): Promise<PorticoPaymentHistory> {
  const element = await history(options);
  await shows(element, 'tbody tr');
  return element;
}

function choose(element: Element, id: string, value: string): void {
  const select = $(element, id) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('<portico-payment-history>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  it('shows a skeleton while loading, then every movement: date, kind, description, signed amount, balance after', async () => {
    sim.faults.enqueue({ latency: 300, path: '/v1/account/ledger' });
    const element = await history();
    const loading = await shows(element, '.loading[aria-busy="true"]');
    expect(loading.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    await shows(element, 'tbody tr');
    const ledger = newest(sim.customers.hosting);
    expect(textOf(element, '#count')).to.equal(`${ledger.length} entries`);
    expect([...element.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Date', 'Kind', 'Description', 'Amount', 'Balance after']);
    expect(rows(element).map((r) => r.dataset['entry'])).to.deep.equal(ledger.slice(0, 20).map((e) => e.id));
    const payment = rows(element).find((r) => cell(r, '.kind') === 'Invoice payment')!;
    expect(cell(payment, '.description')).to.match(/^Invoice FV\/\d{4}\/\d{2}\/\d{5} paid from the balance$/);
    expect(nbsp(cell(payment, '.signed'))).to.match(/^-PLN \d+\.\d\d$/);
    const topUp = rows(element).find((r) => cell(r, '.kind') === 'Top-up')!;
    expect(nbsp(cell(topUp, '.signed'))).to.match(/^\+PLN [\d,]+\.\d\d$/);
    const first = ledger[0]!;
    expect(nbsp(cell(rows(element)[0]!, '.balance'))).to.equal(nbsp(new Intl.NumberFormat('en', { style: 'currency', currency: 'PLN' }).format(customer(sim.customers.hosting).balance / 100)));
    expect(first.id).to.equal(rows(element)[0]!.dataset['entry']);
    expect(getComputedStyle($(element, 'table')).display).to.equal('table');
    expect($(element, 'table').scrollWidth).to.be.at.most($(element, '[part~="base"]').clientWidth);
    await expect(element).to.be.accessible();
  });

  it('speaks Polish: kinds, money and the count', async () => {
    const element = await loaded({ locale: 'pl', customer: sim.customers.business });
    expect(textOf(element, '#title')).to.equal('Historia płatności');
    expect([...element.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Data', 'Rodzaj', 'Opis', 'Kwota', 'Saldo po operacji']);
    const charge = rows(element).find((r) => cell(r, '.kind') === 'Obciążenie')!;
    expect(cell(charge, '.description')).to.match(/^Faktura FV\//);
    expect(nbsp(cell(charge, '.signed'))).to.match(/^-[\d ]+,\d\d zł$/);
    const paid = rows(element).find((r) => cell(r, '.kind') === 'Zapłata faktury')!;
    expect(cell(paid, '.description')).to.match(/przelewem$/);
    expect(nbsp(cell(paid, '.signed'))).to.match(/^\+[\d ]+,\d\d zł$/);
    expect(textOf(element, '#count')).to.match(/^\d+ operacj[ie]$/);
    await expect(element).to.be.accessible();
  });

  it('filters by kind and period: the API is asked for them, and no match says so', async () => {
    const element = await loaded({ customer: sim.customers.business });
    choose(element, '#kind', 'invoice_payment');
    await waitUntil(() => rows(element).length > 0 && rows(element).every((r) => cell(r, '.kind') === 'Invoice payment'), 'only invoice payments');
    expect(rows(element).length).to.equal(customer(sim.customers.business).invoices.filter((i) => i.paidAt !== null).length);
    expect(requestsTo(sim, '/v1/account/ledger?').at(-1)).to.equal('GET 200');
    expect(sim.log.at(-1)!.path).to.contain('kind=invoice_payment');
    choose(element, '#period', '30d');
    await waitUntil(() => sim.log.at(-1)!.path.includes('from='), 'a period asked for');
    const from = Date.parse(decodeURIComponent(/from=([^&]+)/.exec(sim.log.at(-1)!.path)![1]!));
    await waitUntil(() => !element.shadowRoot!.querySelector('.loading'), 'loaded');
    expect(rows(element).every((r) => Date.parse(r.querySelector('time')!.getAttribute('datetime')!) >= from)).to.equal(true);
    choose(element, '#kind', 'refund');
    const empty = await shows(element, '[part="empty"]');
    expect(empty.querySelector('h3')!.textContent).to.equal('Nothing in this period or of this kind');
    empty.querySelector('button')!.click();
    await waitUntil(() => rows(element).length === 20, 'everything again');
    expect([element.kind, element.period]).to.deep.equal([undefined, 'all']);
    await focusOn(element, $(element, '#title'), 'focus on the title');
  });

  it('pages: Show more adds the next entries and takes focus to the first of them', async () => {
    const element = await loaded({ customer: sim.customers.business, pageSize: 5 });
    expect(rows(element).length).to.equal(5);
    $(element, '.more').click();
    await waitUntil(() => rows(element).length === 10, 'five more');
    await focusOn(element, rows(element)[5]!, 'focus on the first new entry');
  });

  it('a new account has no payments yet; a failed load says why, and Try again brings them', async () => {
    const none = await history({ customer: sim.customers.newcomer });
    // The newcomer has its opening balance only.
    await shows(none, 'tbody tr');
    expect(rows(none).map((r) => cell(r, '.kind'))).to.deep.equal(['Opening balance']);
    sim.faults.enqueue({ status: 503, path: '/v1/account/ledger' });
    const element = await history();
    const alert = await shows(element, '[part="error"]');
    expect(alert.innerText).to.contain('Something went wrong on our side.');
    $(element, 'button[part~="retry"]').click();
    await shows(element, 'tbody tr');
  });

  it('a portal user without "finances" sees that the history is not available to them', async () => {
    const client = createClient({ baseUrl: location.origin, retry: false, fetchSessionToken: async () => sim.createSession(sim.customers.prepaid, undefined, 'usr_1001_office') });
    const element = await history({ client });
    const alert = await shows(element, '[part="error"]');
    expect(alert.querySelector('h3')!.textContent).to.equal('Not available to your user');
    expect(alert.querySelector('button'), 'no retry that could not help').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('exports what the filters match as CSV in the user’s language: every page, exact amounts', async () => {
    const element = await loaded({ customer: sim.customers.business, locale: 'pl', pageSize: 5 });
    const exported = oneEvent(element, 'portico-payment-history-export') as Promise<PorticoPaymentHistoryExportEvent>;
    // The page keeps the file (no download in the test's browser).
    element.addEventListener('portico-payment-history-export', (e) => e.preventDefault());
    $(element, '#export').click();
    const { detail } = await exported;
    const ledger = newest(sim.customers.business);
    expect(detail.count).to.equal(ledger.length);
    expect(detail.file.name).to.match(/^historia-platnosci-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(detail.file.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await detail.file.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'a BOM').to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal('Data;Rodzaj;Opis;Kwota;Waluta;Saldo po operacji');
    expect(lines.length).to.equal(ledger.length + 2, 'a line each, and the last line ends too');
    const first = lines[1]!.split(';');
    const entry = ledger[0]!;
    expect(first[2]).to.equal(entry.description.pl);
    const decimal = (units: number) => `${units < 0 ? '-' : ''}${Math.floor(Math.abs(units) / 100)},${String(Math.abs(units) % 100).padStart(2, '0')}`;
    expect(first[3]).to.equal(decimal(entry.amount));
    expect(first[4]).to.equal('PLN');
    expect(first[5]).to.equal(decimal(customer(sim.customers.business).balance));
    await waitUntil(() => live(element).startsWith('Wyeksportowano do pliku CSV'), 'said');
  });

  it('an export that fails says why at the button, which tries again', async () => {
    const element = await loaded();
    sim.faults.enqueue({ status: 503, path: '/v1/account/ledger' });
    $(element, '#export').click();
    const error = await shows(element, '#export-error');
    await focusOn(element, error, 'focus on why');
    expect(error.textContent).to.contain('The export could not be made.');
    element.addEventListener('portico-payment-history-export', (e) => e.preventDefault());
    const exported = oneEvent(element, 'portico-payment-history-export');
    $(element, '#export').click();
    await exported;
    expect(element.shadowRoot!.querySelector('#export-error')).to.equal(null);
  });

  it('a refresh after a payment shows it on top, with the balance it left', async () => {
    const element = await loaded({ customer: sim.customers.trunk });
    const invoice = customer(sim.customers.trunk).invoices.at(-1)!;
    await clientFor(sim, sim.customers.trunk).request(invoicePay, { params: { id: invoice.id }, body: { method: 'card', paymentMethodId: 'pm_card' } });
    element.refresh();
    await waitUntil(() => cell(rows(element)[0]!, '.kind') === 'Invoice payment', 'the payment on top');
    expect(nbsp(cell(rows(element)[0]!, '.balance'))).to.equal('PLN 0.00');
  });

  it('at 360 px each entry is a card, with no horizontal scroll', async () => {
    const before = { width: innerWidth, height: innerHeight };
    await setViewport({ width: 360, height: 740 });
    try {
      const element = await loaded({ width: 360, customer: sim.customers.business });
      const box = $(element, '[part~="base"]');
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      expect(getComputedStyle($(element, 'thead')).position).to.equal('absolute');
      expect(getComputedStyle(rows(element)[0]!).display).to.equal('grid');
      expect(getComputedStyle(rows(element)[0]!.querySelector('.cell-label')!).display).to.equal('block');
      await expect(element).to.be.accessible();
    } finally {
      await setViewport(before);
    }
  });
});
