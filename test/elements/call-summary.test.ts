import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@portico/elements/call-summary';
import type { PorticoCallSummary } from '@portico/elements';
import { callSummary } from '@portico/sdk/contracts';
import { pbxCallSummary } from '@portico/sdk/telephony';
import { addDays, dayKey, dayOf, formatMoney, monthStart, startOfDay, type CalendarDay } from '@portico/sdk/core';
import { clientFor, mount, shows, simulator, textOf } from './support.ts';
import { expectWaitsForItsId } from './waiting.ts';

const sim = await simulator();
const DRIVER = 'ctr_2006';
const TERMINATED = 'ctr_2015';
const business = () => clientFor(sim, sim.customers.business);
const plain = (text: string) => text.replace(/\s+/g, ' ');

/** The page's time zone: the widget counts its days there unless told otherwise. */
const PAGE_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Today on the page's calendar: the run's moment, in the page's time zone. */
const today = (zone?: string): CalendarDay => dayOf(sim.clock.now(), zone);

/** Whole days of a zone's calendar as the API takes them. */
const days = (first: CalendarDay, last: CalendarDay, zone?: string) => ({ from: new Date(startOfDay(first, zone)).toISOString(), to: new Date(startOfDay(addDays(last, 1), zone)).toISOString() });

/** This month and the two before, on the page's calendar. */
const lastThreeMonths = () => days(monthStart(today(), -2), addDays(monthStart(today(), 1), -1));

async function summary(id = DRIVER, locale = 'en', range = lastThreeMonths()): Promise<PorticoCallSummary> {
  const element = await mount<PorticoCallSummary>(
    html`<portico-call-summary .client=${business()} contract-id=${id} from=${range.from} to=${range.to} locale=${locale}></portico-call-summary>`,
  );
  await waitUntil(() => element.shadowRoot!.querySelector('.totals, [part~="empty"], [part~="error"]'), 'the summary never loaded', { timeout: 5000 });
  return element;
}

describe('<portico-call-summary>', () => {
  beforeEach(() => sim.reset());


  it('without a contract-id it waits quietly: no request, no portico-error, one line in the console', async () => {
    await expectWaitsForItsId<PorticoCallSummary>({ tag: 'portico-call-summary', attribute: 'contract-id', client: business(), give: (summary) => (summary.contractId = DRIVER), content: '.total' });
  });
  it('totals the period per type, in the same numbers as the API, and charts every day', async () => {
    const element = await summary();
    const expected = await business().request(callSummary, { params: { id: DRIVER }, query: { ...lastThreeMonths(), timeZone: PAGE_ZONE } });
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
    const year = days(monthStart(today(), -11), addDays(monthStart(today(), 1), -1));
    const element = await summary(DRIVER, 'en', year);
    const expected = await business().request(callSummary, { params: { id: DRIVER }, query: { ...year, timeZone: PAGE_ZONE } });
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
    const element = await summary(TERMINATED, 'en', days(addDays(today(), -29), today()));
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

  it('counts days on the customer’s calendar: the zone the widget is given, else the page’s', async () => {
    // The same instants, seen from the two ends of the day: Kiritimati (UTC+14) and Los Angeles.
    const period = days(addDays(today('Pacific/Kiritimati'), -6), today('Pacific/Kiritimati'), 'Pacific/Kiritimati');
    const ask = (timeZone: string) => business().request(callSummary, { params: { id: DRIVER }, query: { ...period, timeZone } });
    const [east, west] = await Promise.all([ask('Pacific/Kiritimati'), ask('America/Los_Angeles')]);
    expect(east.days.map((d) => d.date)).to.not.deep.equal(west.days.map((d) => d.date));
    // Seven whole days in Kiritimati: no call falls outside them.
    expect(east.days.map((d) => d.date)).to.deep.equal(Array.from({ length: 7 }, (_, i) => dayKey(addDays(today('Pacific/Kiritimati'), i - 6))).filter((date) => east.days.some((d) => d.date === date)));
    for (const [zone, expected] of [['Pacific/Kiritimati', east], ['America/Los_Angeles', west]] as const) {
      const element = await mount<PorticoCallSummary>(
        html`<portico-call-summary .client=${business()} contract-id=${DRIVER} from=${period.from} to=${period.to} time-zone=${zone} locale="en"></portico-call-summary>`,
      );
      await shows(element, '.totals');
      const rows = [...element.shadowRoot!.querySelectorAll<HTMLElement>('details tbody tr')].map((row) => row.querySelector('td')!.textContent);
      expect(rows).to.deep.equal(expected.days.map((d) => String(d.count)));
    }
    // Unset, the page's own zone is asked for.
    const element = await summary(DRIVER);
    expect(sim.log.some((e) => e.path.startsWith(`/v1/contracts/${DRIVER}/calls/summary?`) && e.path.includes(`timeZone=${encodeURIComponent(PAGE_ZONE)}`))).to.equal(true);
    expect(element.shadowRoot!.querySelector('.totals')).to.not.equal(null);
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

describe('<portico-call-summary source="pbx">: the PBX’s calls (T10)', () => {
  beforeEach(() => sim.reset());

  async function pbxSummary(customer: string, locale = 'en', range = lastThreeMonths()): Promise<PorticoCallSummary> {
    const element = await mount<PorticoCallSummary>(
      html`<portico-call-summary .client=${clientFor(sim, customer)} source="pbx" from=${range.from} to=${range.to} locale=${locale}></portico-call-summary>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('.totals, [part~="empty"], [part~="error"]'), 'the summary never loaded', { timeout: 10_000 });
    return element;
  }

  it('totals the PBX’s calls of the period, calls and SMS, in the same numbers as the API', async () => {
    const element = await pbxSummary(sim.customers.trunk);
    const expected = await clientFor(sim, sim.customers.trunk).request(pbxCallSummary, { query: { ...lastThreeMonths(), timeZone: PAGE_ZONE } });
    expect(expected.total.count).to.be.greaterThan(50_000);
    const totals = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.total')].map((t) => plain(t.innerText));
    expect(totals[0]).to.contain(plain(`${formatMoney(expected.categories[0]!.cost, 'en')} ${expected.categories[0]!.count.toLocaleString('en')} in all`));
    expect(totals[1]).to.contain(`${expected.categories[1]!.count.toLocaleString('en')} in all`);
    expect(totals[4]).to.contain(plain(`${formatMoney(expected.total.cost, 'en')} ${expected.total.count.toLocaleString('en')} in all`));
    expect(element.shadowRoot!.querySelectorAll('rect.bar')).to.have.length(expected.days.length);
    expect(sim.log.some((e) => e.path.startsWith('/v1/telephony/calls/summary?'))).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('on a package without call logs says so in the seed’s words, with no retry and no portico-error', async () => {
    const failures: Event[] = [];
    const failed = (event: Event) => failures.push(event);
    document.addEventListener('portico-error', failed);
    try {
      const element = await pbxSummary(sim.customers.prepaid, 'pl');
      const said = await shows(element, '[part~="empty"]');
      expect(plain(said.innerText)).to.contain('Logi połączeń są wyłączone. W celu włączenia proszę skontaktować się ze swoim dostawcą usługi lub administratorem.');
      expect(element.shadowRoot!.querySelector('button')).to.equal(null);
      expect(failures).to.have.length(0);
      await expect(element).to.be.accessible();
    } finally {
      document.removeEventListener('portico-error', failed);
    }
  });

  it('shows a failed load of the PBX’s summary with a retry', async () => {
    sim.faults.persist({ status: 503, path: '/v1/telephony/calls/summary' });
    const element = await pbxSummary(sim.customers.trunk);
    const error = await shows(element, '[part~="error"]');
    sim.faults.clear();
    error.querySelector('button')!.click();
    await shows(element, '.totals');
  });
});
