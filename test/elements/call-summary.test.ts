import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@portico/elements/call-summary';
import type { PorticoCallSummary } from '@portico/elements';
import { callSummary } from '@portico/sdk/contracts';
import { formatMoney } from '@portico/sdk/core';
import { clientFor, mount, shows, simulator, textOf } from './support.ts';

const sim = await simulator();
const DRIVER = 'ctr_2006';
const TERMINATED = 'ctr_2015';
const business = () => clientFor(sim, sim.customers.business);
const plain = (text: string) => text.replace(/\s+/g, ' ');

function lastThreeMonths(): { from: string; to: string } {
  const now = new Date();
  return { from: new Date(now.getFullYear(), now.getMonth() - 2, 1).toISOString(), to: new Date(now.getFullYear(), now.getMonth() + 1, 1).toISOString() };
}

async function summary(id = DRIVER, locale = 'en', range = lastThreeMonths()): Promise<PorticoCallSummary> {
  const element = await mount<PorticoCallSummary>(
    html`<portico-call-summary .client=${business()} contract-id=${id} from=${range.from} to=${range.to} locale=${locale}></portico-call-summary>`,
  );
  await waitUntil(() => element.shadowRoot!.querySelector('.totals, [part~="empty"], [part~="error"]'), 'the summary never loaded', { timeout: 5000 });
  return element;
}

describe('<portico-call-summary>', () => {
  beforeEach(() => sim.reset());

  it('totals the period per type, in the same numbers as the API, and charts every day', async () => {
    const element = await summary();
    const expected = await business().request(callSummary, { params: { id: DRIVER }, query: lastThreeMonths() });
    const totals = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.total')].map((t) => plain(t.innerText));
    expect(totals.map((t) => t.split(' PLN')[0])).to.deep.equal(['Calls', 'SMS', 'Data', 'Roaming', 'Total']);
    expected.categories.forEach((c, i) => expect(totals[i]).to.contain(plain(`${formatMoney(c.cost, 'en')} ${c.count.toLocaleString('en')} in all`)));
    expect(totals[4]).to.contain(plain(`${formatMoney(expected.total.cost, 'en')} ${expected.total.count.toLocaleString('en')} in all`));
    expect(totals[0]).to.match(/\d+ h \d+ min of talk/);
    expect(element.shadowRoot!.querySelectorAll('rect.bar')).to.have.length(expected.days.length);
    expect(element.shadowRoot!.querySelectorAll('details tbody tr')).to.have.length(expected.days.length);
    const busiest = expected.days.reduce((a, b) => (b.count > a.count ? b : a));
    expect(element.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.contain(`with ${busiest.count} calls`);
    await expect(element).to.be.accessible();
  });

  it('charts a long period a week a bar, and says so', async () => {
    const now = new Date();
    const year = { from: new Date(now.getFullYear() - 1, now.getMonth() + 1, 1).toISOString(), to: new Date(now.getFullYear(), now.getMonth() + 1, 1).toISOString() };
    const element = await summary(DRIVER, 'en', year);
    const expected = await business().request(callSummary, { params: { id: DRIVER }, query: year });
    const bars = element.shadowRoot!.querySelectorAll('rect.bar');
    expect(bars.length).to.be.within(Math.floor(expected.days.length / 7), Math.ceil(expected.days.length / 7) + 1);
    expect(textOf(element, '.chart-title')).to.equal('Calls and cost per week');
    const weeks = [...element.shadowRoot!.querySelectorAll<HTMLElement>('details tbody tr')];
    expect(weeks).to.have.length(bars.length);
    expect(weeks[1]!.querySelector('th')!.textContent).to.match(/^Week of /);
    // The weeks add up to the period's total.
    const sum = weeks.reduce((n, row) => n + Number(row.querySelector('td')!.textContent!.replace(/\D/g, '')), 0);
    expect(sum).to.equal(expected.total.count);
    expect(element.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.match(new RegExp(`^${bars.length} weeks\\. The busiest was the week of `));
  });

  it('says so when the period has no calls', async () => {
    const element = await summary(TERMINATED, 'en', { from: new Date(Date.now() - 30 * 86_400_000).toISOString(), to: new Date().toISOString() });
    const empty = await shows(element, '[part~="empty"]');
    expect(empty.innerText).to.contain('No calls in this period');
    await expect(element).to.be.accessible();
  });

  it('shows a failed load with a retry, and fires portico-error', async () => {
    sim.faults.persist({ status: 503, path: '/summary' });
    const failed = oneEvent(document, 'portico-error');
    const element = await summary();
    expect((await failed).detail.action).to.equal('load');
    const error = await shows(element, '[part~="error"]');
    await expect(element).to.be.accessible();
    sim.faults.clear();
    error.querySelector('button')!.click();
    await shows(element, '.totals');
  });

  it('speaks Polish', async () => {
    const element = await summary(DRIVER, 'pl');
    expect(textOf(element, '#summary-title')).to.equal('Podsumowanie');
    expect(textOf(element, '.sum')).to.match(/^Razem [\d\s ]+,\d\d zł Łącznie: \d+/);
    await expect(element).to.be.accessible();
  });

  it('words the chart’s legend in the widget’s language, largest values included', async () => {
    const pl = await summary(DRIVER, 'pl');
    const legend = [...pl.shadowRoot!.querySelectorAll<HTMLElement>('.legend')].map((l) => plain(l.innerText).trim());
    expect(legend).to.have.length(2);
    expect(legend[0]).to.match(/^Połączenia \(maks\. \d[\d\s ]*\)$/);
    expect(legend[1]).to.match(/^Koszt \(maks\. [\d\s ]+,\d\d zł\)$/);
    const en = await summary(DRIVER, 'en');
    const english = [...en.shadowRoot!.querySelectorAll<HTMLElement>('.legend')].map((l) => plain(l.innerText).trim());
    expect(english[0]).to.match(/^Calls \(max [\d,]+\)$/);
    expect(english[1]).to.match(/^Cost \(max PLN [\d,]+\.\d\d\)$/);
  });
});
