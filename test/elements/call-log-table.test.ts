import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { read, utils } from 'xlsx';
import '@portico/elements/call-log-table';
import type { PorticoCallLogTable } from '@portico/elements';
import { callList, callSummary, type CallListQuery } from '@portico/sdk/contracts';
import { pbxCallList, pbxCallSummary } from '@portico/sdk/telephony';
import { addDays, dayKey, dayOf, monthStart, startOfDay, type CalendarDay } from '@portico/sdk/core';
import { $, clientFor, focusOn, mount, shows, simulator, textOf, type } from './support.ts';
import { expectWaitsForItsId } from './waiting.ts';

const sim = await simulator();
const DISPATCH = 'ctr_2001';
const DRIVER = 'ctr_2006';
const business = () => clientFor(sim, sim.customers.business);

/** Today on the page's calendar: the run's moment, in the page's time zone. */
const today = (): CalendarDay => dayOf(sim.clock.now());

/** Whole days of the page's calendar as the API takes them: the first day's start to the start of the day after the last. */
const days = (first: CalendarDay, last: CalendarDay) => ({ from: new Date(startOfDay(first)).toISOString(), to: new Date(startOfDay(addDays(last, 1))).toISOString() });

/** The page's time zone: the widget's, and whose days its summary counts. */
const PAGE_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The last 30 days, today included: the widget's default period. */
const lastThirtyDays = () => days(addDays(today(), -29), today());

/** What the API says matches, asked independently of the widget. */
async function total(id: string, query: Partial<CallListQuery> = {}): Promise<number> {
  const page = await business().request(callList, { params: { id }, query: { ...lastThirtyDays(), limit: 1, ...query } });
  return page.total;
}

/** The day `offset` days from today, as `<input type=date>` holds it. */
const day = (offset: number) => dayKey(addDays(today(), offset));

/** The widget's own requests for calls (the test's checks ask for one row, unsorted). */
const widgetRequests = (id: string) => sim.log.filter((e) => e.path.startsWith(`/v1/contracts/${id}/calls?`) && e.path.includes('sort='));

const rows = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.body [role=row]:not([aria-busy])')];
const cell = (row: Element, column: string) => (row.querySelector<HTMLElement>(`.c-${column}`)!.textContent ?? '').replace(/\s+/g, ' ').trim();
const viewport = (element: Element) => $(element, '.viewport');
const selects = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLSelectElement>('.filters select')];
const choose = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change'));
};
const count = (element: Element) => textOf(element, '.count');
/** The text of what has focus inside the widget, or null when focus is not in it (fallen to the page). */
const focused = (element: Element) => (element.shadowRoot!.activeElement?.textContent ?? '').trim() || element.shadowRoot!.activeElement?.getAttribute('aria-label') || null;
const exportButton = (element: Element, label: string) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.export button')].find((b) => b.textContent!.trim() === label)!;
/** The recording player, an element of its own inside the widget, once it shows. */
const playerOf = (element: Element) => shows(element, 'portico-call-player');
const euro = (text: string) => Number(text.replace(/[^\d.,-]/g, '').replace(/,/g, ''));

async function table(id = DISPATCH, locale = 'en', width = 900): Promise<PorticoCallLogTable> {
  const element = await mount<PorticoCallLogTable>(
    html`<div style="width: ${width}px"><portico-call-log-table .client=${business()} contract-id=${id} locale=${locale}></portico-call-log-table></div>`,
  ).then((box) => box.firstElementChild as PorticoCallLogTable);
  await waitUntil(() => rows(element).length > 0 || element.shadowRoot!.querySelector('[part~="empty"], [part~="error"]'), 'the table never loaded', { timeout: 10_000 });
  return element;
}

/** The export's requests (pages of 2,500: the table's are of 200 and 10,000) to a contract's calls, as the simulator logged them. */
const exportRequests = (id: string) => sim.log.filter((e) => e.path.startsWith(`/v1/contracts/${id}/calls?`) && e.path.includes('limit=2500'));

/** Every file the widget hands to the browser as a download, by name, until `stop()`. */
function downloads(): { names: string[]; stop(): void } {
  const names: string[] = [];
  const listener = (event: Event) => {
    const link = event.target as HTMLAnchorElement;
    if (link.localName !== 'a' || !link.download) return;
    names.push(link.download);
    event.preventDefault();
  };
  document.addEventListener('click', listener, true);
  return { names, stop: () => document.removeEventListener('click', listener, true) };
}

/** Catches the file the widget hands to the browser as a download. */
function nextDownload(): Promise<{ name: string; blob: Blob }> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (link.localName !== 'a' || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', listener, true);
      void fetch(link.href)
        .then((response) => response.blob())
        .then((blob) => resolve({ name: link.download, blob }));
    };
    document.addEventListener('click', listener, true);
  });
}

describe('<portico-call-log-table>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });


  it('without a contract-id it waits quietly: no request, no portico-error, one line in the console', async () => {
    await expectWaitsForItsId<PorticoCallLogTable>({ tag: 'portico-call-log-table', attribute: 'contract-id', client: business(), give: (log) => (log.contractId = DRIVER), content: '[role=row][aria-rowindex="2"]' });
  });
  it('shows the last 30 days of calls, newest first, and says how many there are and how many are loaded', async () => {
    const element = await table();
    const expected = await total(DISPATCH);
    expect(expected).to.be.greaterThan(1000);
    expect(count(element)).to.equal(`${expected.toLocaleString('en')} calls · 200 of ${expected.toLocaleString('en')} loaded`);
    const [first, second] = rows(element);
    expect(cell(first!, 'direction')).to.match(/^(Outgoing|Incoming)$/);
    expect(cell(first!, 'number')).to.match(/^\+\d{1,3}( \d{2,3})+$/);
    expect(cell(first!, 'cost')).to.match(/^PLN \d+\.\d\d$/);
    expect(first!.getAttribute('aria-rowindex')).to.equal('2');
    expect(second!.getAttribute('aria-rowindex')).to.equal('3');
    expect($(element, '[role=table]').getAttribute('aria-rowcount')).to.equal(String(expected + 1));
    expect($(element, '[aria-sort="descending"]').textContent).to.contain('Date and time');
    await expect(element).to.be.accessible();
  });

  it('draws only the rows in view however far one scrolls, and loads the pages it needs', async () => {
    const element = await table();
    const all = await total(DISPATCH);
    const drawn = element.shadowRoot!.querySelectorAll('.body [role=row]').length;
    expect(drawn).to.be.lessThan(40);
    const port = viewport(element);
    port.scrollTop = port.scrollHeight / 2;
    port.dispatchEvent(new Event('scroll'));
    const middle = Math.floor(port.scrollTop / 44);
    await waitUntil(() => rows(element).some((r) => Number(r.getAttribute('aria-rowindex')) - 2 === middle), 'the middle rows arrive', { timeout: 10_000 });
    expect(element.shadowRoot!.querySelectorAll('.body [role=row]').length).to.be.lessThan(40);
    expect($(element, '[role=table]').querySelectorAll('*').length).to.be.at.most(300);
    const loaded = count(element).endsWith('All loaded') ? all : Number(/(\d[\d,]*) of/.exec(count(element))![1]!.replace(/,/g, ''));
    expect(loaded).to.be.at.least(middle);
    port.scrollTop = port.scrollHeight;
    port.dispatchEvent(new Event('scroll'));
    await waitUntil(() => count(element).endsWith('All loaded'), 'everything loaded at the end', { timeout: 10_000 });
    const last = rows(element).at(-1)!;
    expect(last.getAttribute('aria-rowindex')).to.equal(String(all + 1));
  });

  it('sorts by cost and duration from a header button that says how it sorts', async () => {
    const element = await table(DRIVER);
    const costHeader = $(element, '.head .c-cost');
    costHeader.querySelector('button')!.click();
    await waitUntil(() => costHeader.getAttribute('aria-sort') === 'descending' && !$(element, '.viewport').matches('[aria-busy="true"]'));
    await waitUntil(() => rows(element).length > 0);
    const costs = rows(element).map((r) => euro(cell(r, 'cost')));
    expect(costs).to.deep.equal([...costs].sort((a, b) => b - a));
    expect($(element, '.head .c-startedAt').getAttribute('aria-sort')).to.equal('none');
    costHeader.querySelector('button')!.click();
    await waitUntil(() => costHeader.getAttribute('aria-sort') === 'ascending');
    await waitUntil(() => rows(element).length > 0 && !$(element, '.viewport').matches('[aria-busy="true"]'));
    const ascending = rows(element).map((r) => euro(cell(r, 'cost')));
    expect(ascending).to.deep.equal([...ascending].sort((a, b) => a - b));
  });

  it('keeps the header, and focus on the sort button, while the new order loads', async () => {
    const element = await table(DRIVER);
    sim.latency = 200;
    const button = $(element, '.head .c-cost button');
    button.focus();
    await focusOn(element, button);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => viewport(element).matches('[aria-busy="true"]'), 'the new order loads');
    expect(rows(element)).to.have.length(0);
    expect(focused(element)).to.equal('Cost');
    sim.latency = 0;
    await waitUntil(() => rows(element).length > 0 && !viewport(element).matches('[aria-busy="true"]'), 'sorted by cost');
    expect($(element, '.head .c-cost').getAttribute('aria-sort')).to.equal('descending');
    expect(focused(element)).to.equal('Cost');
  });

  it('sorts from the keyboard', async () => {
    const element = await table(DRIVER);
    const button = $(element, '.head .c-duration button');
    button.focus();
    await focusOn(element, button);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(element, '.head .c-duration').getAttribute('aria-sort') === 'descending', 'sorted by length');
  });

  it('filters by type and direction, and searches by digits with one request after typing stops', async () => {
    const element = await table(DRIVER);
    const [, category, direction] = selects(element);
    choose(category!, 'sms');
    await waitUntil(async () => count(element).startsWith(`${await total(DRIVER, { category: 'sms' })} calls`), 'SMS only');
    expect(rows(element).every((r) => cell(r, 'category') === 'SMS')).to.equal(true);
    choose(direction!, 'incoming');
    const incomingSms = await total(DRIVER, { category: 'sms', direction: 'incoming' });
    await waitUntil(() => count(element).startsWith(`${incomingSms} call`), 'incoming SMS only');
    expect(rows(element).every((r) => cell(r, 'direction') === 'Incoming')).to.equal(true);
    choose(category!, '');
    choose(direction!, '');
    const all = await total(DRIVER);
    await waitUntil(() => count(element).startsWith(`${all} calls`), 'every call again');
    const number = cell(rows(element)[0]!, 'number').replace(/\D/g, '').slice(-6);
    const before = widgetRequests(DRIVER).length;
    const search = $(element, 'input[type=search]');
    for (let i = 1; i <= number.length; i++) type(search, number.slice(0, i));
    const matching = await total(DRIVER, { query: number });
    await waitUntil(() => count(element).startsWith(`${matching} call`), 'the number’s calls');
    expect(rows(element).every((r) => cell(r, 'number').replace(/\D/g, '').includes(number))).to.equal(true);
    expect(widgetRequests(DRIVER).length - before).to.equal(1);
  });

  it('takes last month and a custom range, and refuses a range that ends before it starts, at the field', async () => {
    const element = await table(DRIVER);
    const [period] = selects(element);
    choose(period!, 'last_month');
    const lastMonth = days(monthStart(today(), -1), addDays(monthStart(today()), -1));
    const expected = await total(DRIVER, lastMonth);
    expect(expected).to.be.greaterThan(100);
    await waitUntil(() => count(element).startsWith(`${expected} calls`), 'last month');
    choose(period!, 'custom');
    // The custom range starts as the period it was chosen from: last month, whole.
    await element.updateComplete;
    const [from, to] = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=date]')];
    expect([from!.value, to!.value]).to.deep.equal([dayKey(monthStart(today(), -1)), dayKey(addDays(monthStart(today()), -1))]);
    await waitUntil(() => count(element).startsWith(`${expected} calls`), 'still last month');
    const requests = widgetRequests(DRIVER).length;
    from!.value = day(1);
    from!.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(textOf(element, '#range-error')).to.equal('The start must not be after the end.');
    expect(from!.getAttribute('aria-invalid')).to.equal('true');
    expect(from!.getAttribute('aria-describedby')).to.equal('range-error');
    // Last month's calls are not this period's: nothing of them stays under the refusal.
    expect(rows(element)).to.have.length(0);
    expect(element.shadowRoot!.querySelector('.count')).to.equal(null);
    expect(textOf(element, '[part~="empty"] h3')).to.equal('No calls for this period');
    expect(exportButton(element, 'CSV').getAttribute('aria-disabled')).to.equal('true');
    const exportsBefore = exportRequests(DRIVER).length;
    exportButton(element, 'CSV').click();
    await element.updateComplete;
    expect(exportRequests(DRIVER).length, 'nothing exported for a refused period').to.equal(exportsBefore);
    await expect(element).to.be.accessible();
    from!.value = day(-12);
    from!.dispatchEvent(new Event('change'));
    to!.value = day(-10);
    to!.dispatchEvent(new Event('change'));
    const custom = await total(DRIVER, days(addDays(today(), -12), addDays(today(), -10)));
    await waitUntil(() => count(element).startsWith(`${custom} call`), 'the custom range');
    expect(element.shadowRoot!.querySelector('#range-error')).to.equal(null);
    // Nothing was asked for while the range was wrong: one request for the right one.
    expect(widgetRequests(DRIVER).length - requests).to.equal(1);
  });

  it('opens on the period the page asks for, and on the last 30 days when it names none', async () => {
    const element = await mount<PorticoCallLogTable>(
      html`<portico-call-log-table .client=${business()} contract-id=${DISPATCH} period="last_12_months" locale="en"></portico-call-log-table>`,
    );
    const year = await total(DISPATCH, days(monthStart(today(), -11), addDays(monthStart(today(), 1), -1)));
    expect(year).to.be.greaterThan(90_000);
    await waitUntil(() => count(element).startsWith(`${year.toLocaleString('en')} calls`), 'a year of calls', { timeout: 10_000 });
    expect(selects(element)[0]!.value).to.equal('last_12_months');
    element.setAttribute('period', 'forever');
    await waitUntil(async () => count(element).startsWith(`${(await total(DISPATCH)).toLocaleString('en')} calls`), 'the last 30 days');
    expect(selects(element)[0]!.value).to.equal('last_30_days');
  });

  it('says when nothing matches', async () => {
    const element = await table(DRIVER);
    type($(element, 'input[type=search]'), '000000000000');
    const empty = await shows(element, '[part~="empty"]');
    expect(empty.innerText).to.contain('No calls');
    await expect(element).to.be.accessible();
  });

  it('shows a failed load in words with a retry, and fires portico-error', async () => {
    sim.faults.persist({ status: 503, path: '/calls' });
    const failed = oneEvent(document, 'portico-error');
    const element = await table(DRIVER);
    expect((await failed).detail.action).to.equal('load');
    const error = await shows(element, '[part~="error"]');
    expect(error.innerText).to.contain('Something went wrong on our side.');
    await expect(element).to.be.accessible();
    sim.faults.clear();
    error.querySelector('button')!.click();
    await waitUntil(() => rows(element).length > 0, 'loaded on retry');
  });

  it('keeps what it has when a later page fails, and offers to try again', async () => {
    const element = await table();
    sim.faults.persist({ status: 503, path: '/calls' });
    const port = viewport(element);
    port.scrollTop = port.scrollHeight / 2;
    port.dispatchEvent(new Event('scroll'));
    const alert = await shows(element, '[role=alert]');
    expect(alert.innerText).to.contain('Some calls could not be loaded.');
    expect(rows(element).length).to.equal(0);
    port.scrollTop = 0;
    port.dispatchEvent(new Event('scroll'));
    await waitUntil(() => rows(element).length > 10, 'the first rows are still there');
    sim.faults.clear();
    alert.querySelector('button')!.click();
    await waitUntil(() => !element.shadowRoot!.querySelector('[role=alert]'), 'the alert goes');
  });

  it('shows the summary of the period, per type and per day, with the same totals as the API', async () => {
    const element = await table(DRIVER);
    const expected = await business().request(callSummary, { params: { id: DRIVER }, query: { ...lastThirtyDays(), timeZone: PAGE_ZONE } });
    const toggle = $(element, '.tools button');
    toggle.click();
    await waitUntil(() => element.shadowRoot!.querySelector('portico-call-summary')?.shadowRoot?.querySelector('svg'), 'the chart', { timeout: 5000 });
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Show calls');
    const summary = element.shadowRoot!.querySelector('portico-call-summary')!;
    const totals = [...summary.shadowRoot!.querySelectorAll<HTMLElement>('.total')].map((t) => t.innerText.replace(/\s+/g, ' '));
    expect(totals).to.have.length(5);
    expect(totals[4]).to.contain(`${expected.total.count} in all`);
    expect(summary.shadowRoot!.querySelectorAll('rect.bar')).to.have.length(expected.days.length);
    expect(summary.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.contain(`${expected.days.length} days`);
    // The filters that do not apply to totals step aside.
    expect(selects(element).filter((s) => s.closest('label')!.hidden)).to.have.length(2);
    await expect(element).to.be.accessible();
    toggle.click();
    await waitUntil(() => rows(element).length > 0, 'back to the calls');
  });

  it('plays a recorded call inline, and says when a recording cannot be played', async () => {
    const element = await table();
    const recorded = rows(element).find((r) => r.querySelector('.play'))!;
    const who = cell(recorded, 'number');
    const play = recorded.querySelector<HTMLButtonElement>('.play')!;
    expect(play.getAttribute('aria-label')).to.equal(`Play the recording of the call with ${who}`);
    play.click();
    const player = await playerOf(element);
    const audio = (await shows(player, 'audio')) as HTMLAudioElement;
    expect(audio.src).to.match(/\/media\/recordings\/.+\.wav$/);
    expect(textOf(player, '.player-label')).to.contain(who);
    await expect(element).to.be.accessible({ ignoredRules: ['audio-caption'] });
    $(player, '.player button').click();
    await waitUntil(() => !element.shadowRoot!.querySelector('portico-call-player'), 'the player closes');
    sim.faults.persist({ status: 503, path: '/recording' });
    play.click();
    const failed = await shows(await playerOf(element), '.player [role=alert]');
    expect(failed.innerText).to.contain('The recording could not be played.');
  });

  it('plays another call afresh: the failure of the last one is not its', async () => {
    const element = await table();
    const recorded = rows(element).filter((r) => r.querySelector('.play'));
    expect(recorded.length).to.be.at.least(2);
    sim.faults.persist({ status: 503, path: '/recording' });
    recorded[0]!.querySelector<HTMLButtonElement>('.play')!.click();
    await shows(await playerOf(element), '.player [role=alert]');
    sim.faults.clear();
    recorded[1]!.querySelector<HTMLButtonElement>('.play')!.click();
    const player = await playerOf(element);
    await shows(player, 'audio');
    expect(player.shadowRoot!.querySelector('[role=alert]') === null).to.equal(true);
    expect(textOf(player, '.player-label')).to.contain(cell(recorded[1]!, 'number'));
  });

  it('lets the page style the player through its part', async () => {
    const element = await table();
    const style = document.createElement('style');
    style.textContent = 'portico-call-log-table::part(player) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      rows(element).find((r) => r.querySelector('.play'))!.querySelector<HTMLButtonElement>('.play')!.click();
      const box = await shows(await playerOf(element), '.player');
      expect(getComputedStyle(box).outlineColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('exports the current filter as CSV: every call, one row each', async () => {
    const element = await table(DRIVER);
    const [, category] = selects(element);
    choose(category!, 'voice');
    const voice = await total(DRIVER, { category: 'voice' });
    await waitUntil(() => count(element).startsWith(`${voice} call`));
    const download = nextDownload();
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.export button')].find((b) => b.textContent!.trim() === 'CSV')!.click();
    const file = await download;
    // Named by the period's first day on the customer's calendar.
    expect(file.name).to.equal(`calls-${day(-29)}.csv`);
    const lines = (await file.blob.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).to.contain('Date and time');
    expect(lines).to.have.length(voice + 1);
    expect(lines.slice(1).every((line) => line.includes('Call'))).to.equal(true);
    await waitUntil(() => textOf(element, '[role=status]').includes('is ready'), 'the file is announced');
  });

  for (const why of ['bundled with the page’s DOM code', 'refused by the page’s policy'] as const) {
    it(`exports when its worker cannot run (${why}): the page writes the file`, async () => {
      const Original = window.Worker;
      let started = 0;
      // As in a single-file bundle (the worker would evaluate the whole page) or under a policy without worker-src.
      class Unrunnable extends EventTarget {
        onerror: ((event: ErrorEvent) => void) | null = null;
        onmessage = null;
        onmessageerror = null;
        constructor() {
          super();
          if (why === 'refused by the page’s policy') throw new DOMException('Refused to create a worker', 'SecurityError');
          started++;
          queueMicrotask(() => this.onerror?.(new ErrorEvent('error', { message: 'Uncaught ReferenceError: HTMLElement is not defined', cancelable: true })));
        }
        postMessage(): void {}
        terminate(): void {}
      }
      window.Worker = Unrunnable as unknown as typeof Worker;
      try {
        const element = await table(DRIVER);
        const failures: Event[] = [];
        element.addEventListener('portico-error', (e) => failures.push(e));
        const all = await total(DRIVER, {});
        const download = nextDownload();
        exportButton(element, 'CSV').click();
        const file = await download;
        const lines = (await file.blob.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
        expect(lines).to.have.length(all + 1);
        expect(failures).to.deep.equal([]);
        expect(started).to.equal(why === 'refused by the page’s policy' ? 0 : 1);
      } finally {
        window.Worker = Original;
      }
    });
  }

  it('exports to Excel with dates as dates and costs as numbers, totalling what the API says', async () => {
    const element = await table(DRIVER, 'pl');
    const expected = await business().request(callSummary, { params: { id: DRIVER }, query: { ...lastThirtyDays(), timeZone: PAGE_ZONE } });
    const download = nextDownload();
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.export button')].find((b) => b.textContent!.trim() === 'Excel')!.click();
    const file = await download;
    expect(file.name).to.match(/^polaczenia-.+\.xlsx$/);
    const book = read(await file.blob.arrayBuffer(), { cellDates: true });
    expect(book.SheetNames).to.deep.equal(['Połączenia']);
    const sheet = book.Sheets['Połączenia']!;
    const data = utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(data).to.have.length(expected.total.count + 1);
    expect(data[1]![0]).to.be.instanceOf(Date);
    const costColumn = (data[0] as string[]).indexOf('Koszt');
    const sum = data.slice(1).reduce<number>((s, row) => s + (row[costColumn] as number), 0);
    expect(Math.round(sum * 100)).to.equal(expected.total.cost.amount);
  });

  it('shows export progress, and cancel stops it with no file', async () => {
    const element = await table();
    sim.latency = 400;
    const files = downloads();
    try {
      exportButton(element, 'Excel').click();
      const progress = await shows(element, '.progress');
      expect(progress.innerText).to.match(/Preparing the file… 0 of [\d,]+/);
      expect(progress.querySelector('progress')!.getAttribute('aria-labelledby')).to.equal('export-label');
      await waitUntil(() => exportRequests(DISPATCH).length === 1, 'the export asks for the calls');
      progress.querySelector('button')!.click();
      await waitUntil(() => !element.shadowRoot!.querySelector('.progress'), 'the progress goes');
      expect(exportButton(element, 'Excel').disabled).to.equal(false);
      // The cancelled export's calls arrive anyway; a second export of the same calls, asked
      // for after them, is done after the first would have been: only its file comes.
      await waitUntil(() => exportRequests(DISPATCH)[0]!.status !== 0, 'the cancelled export’s calls are answered');
      sim.latency = 0;
      const second = nextDownload();
      exportButton(element, 'CSV').click();
      await second;
      expect(files.names).to.deep.equal([`calls-${day(-29)}.csv`]);
    } finally {
      files.stop();
    }
  });

  it('says when an export fails, and fires portico-error for it', async () => {
    const element = await table(DRIVER);
    sim.faults.persist({ status: 503, path: '/calls' });
    const failed = oneEvent(element, 'portico-error');
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.export button')][1]!.click();
    expect((await failed).detail.action).to.equal('export');
    const message = await shows(element, '.export [role=alert]');
    expect(message.innerText).to.contain('The file could not be prepared.');
  });

  it('turns rows into cards at 280 px, with no horizontal scroll', async () => {
    const element = await table(DISPATCH, 'en', 280);
    await waitUntil(() => viewport(element).classList.contains('narrow'), 'cards');
    const port = viewport(element);
    expect(port.scrollWidth).to.be.at.most(port.clientWidth);
    const box = element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    const row = rows(element)[0]!;
    expect(row.getBoundingClientRect().height).to.equal(68);
    await expect(element).to.be.accessible();
  });

  it('sizes its rows by the widget’s font size', async () => {
    const element = await mount<PorticoCallLogTable>(
      html`<div style="width: 900px; --portico-font-size: 20px"><portico-call-log-table .client=${business()} contract-id=${DISPATCH} locale="en"></portico-call-log-table></div>`,
    ).then((box) => box.firstElementChild as PorticoCallLogTable);
    await waitUntil(() => rows(element).length > 0, 'the table loads');
    await waitUntil(() => rows(element)[0]!.getBoundingClientRect().height === 55, 'rows of 2.75 lines of 20 px');
    const port = viewport(element);
    port.scrollTop = 55 * 150;
    port.dispatchEvent(new Event('scroll'));
    await waitUntil(() => rows(element).some((r) => r.getAttribute('aria-rowindex') === '152'), 'the 151st call is drawn');
    const row = rows(element).find((r) => r.getAttribute('aria-rowindex') === '152')!;
    // Where the scroll put it: at the top of the viewport, under the sticky header.
    expect(Math.round(row.getBoundingClientRect().top - port.getBoundingClientRect().top)).to.be.within(0, 80);
  });

  it('speaks Polish: words, money and dates', async () => {
    const element = await table(DRIVER, 'pl');
    expect(textOf(element, '#title')).to.equal('Moje połączenia');
    expect(count(element)).to.match(/^\d[\d\s]* połącze(nie|nia|ń)(?=\s|$)/);
    expect(cell(rows(element)[0]!, 'cost')).to.match(/^\d+,\d\d zł$/);
    expect(cell(rows(element)[0]!, 'startedAt')).to.match(/^\d{1,2} [a-ząćęłńóśźż]{3}, \d{1,2}:\d\d$/);
    await expect(element).to.be.accessible();
  });

  it('later pages of the last list do not hold up the new one', async () => {
    const element = await table();
    // The next page of this list is slow to come.
    sim.faults.enqueue({ latency: 4000, path: `/v1/contracts/${DISPATCH}/calls` });
    const port = viewport(element);
    port.scrollTop = port.scrollHeight / 2;
    port.dispatchEvent(new Event('scroll'));
    await waitUntil(() => widgetRequests(DISPATCH).some((e) => e.path.includes('cursor=')), 'a later page is asked for');
    // A new list: sorted by cost.
    const costHeader = $(element, '.head .c-cost');
    costHeader.querySelector('button')!.click();
    await waitUntil(() => costHeader.getAttribute('aria-sort') === 'descending' && rows(element).length > 0 && !viewport(element).matches('[aria-busy="true"]'), 'sorted by cost');
    await element.updateComplete;
    const again = viewport(element);
    again.scrollTop = again.scrollHeight / 2;
    again.dispatchEvent(new Event('scroll'));
    const middle = Math.floor(again.scrollTop / 44);
    await waitUntil(() => rows(element).some((r) => Number(r.getAttribute('aria-rowindex')) - 2 === middle), 'the new list’s middle rows arrive', { timeout: 2500 });
    expect(count(element)).to.not.contain('Loading more');
  });

  it('a recording playing or a file being prepared does not carry over to another number', async () => {
    const element = await table();
    rows(element).find((r) => r.querySelector('.play'))!.querySelector<HTMLButtonElement>('.play')!.click();
    await shows(await playerOf(element), '.player');
    sim.latency = 400;
    const files = downloads();
    try {
      exportButton(element, 'CSV').click();
      await shows(element, '.progress');
      await waitUntil(() => exportRequests(DISPATCH).length === 1, 'the export asks for the calls');
      element.contractId = DRIVER;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('portico-call-player') === null).to.equal(true);
      expect(element.shadowRoot!.querySelector('.progress') === null).to.equal(true);
      sim.latency = 0;
      const expected = await total(DRIVER);
      await waitUntil(() => count(element).startsWith(`${expected} calls`), 'the other number’s calls', { timeout: 5000 });
      expect(element.shadowRoot!.querySelector('.progress') === null).to.equal(true);
      // The dropped export's calls arrive anyway. Back on the first number, the same export
      // asked for after them is done after the dropped one would have been: only its file comes.
      await waitUntil(() => exportRequests(DISPATCH)[0]!.status !== 0, 'the dropped export’s calls are answered');
      element.contractId = DISPATCH;
      await waitUntil(async () => count(element).startsWith(`${(await total(DISPATCH)).toLocaleString('en')} calls`), 'the first number again');
      const again = nextDownload();
      exportButton(element, 'CSV').click();
      await again;
      expect(files.names).to.have.length(1);
    } finally {
      files.stop();
    }
  });

  it('keeps focus on the export: Cancel when it starts, the format’s button when cancelled or done', async () => {
    const element = await table(DRIVER);
    sim.latency = 400;
    exportButton(element, 'CSV').focus();
    await sendKeys({ press: 'Enter' });
    await shows(element, '.progress');
    await waitUntil(() => focused(element) === 'Cancel', 'focus on Cancel');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !element.shadowRoot!.querySelector('.progress'), 'cancelled');
    await waitUntil(() => focused(element) === 'CSV', 'focus back on CSV');
    sim.latency = 0;
    const download = nextDownload();
    exportButton(element, 'Excel').focus();
    await sendKeys({ press: 'Enter' });
    await download;
    await waitUntil(() => !element.shadowRoot!.querySelector('.progress'), 'done');
    await waitUntil(() => focused(element) === 'Excel', 'focus back on Excel');
  });

  it('an export button with nothing to export keeps focus and does nothing', async () => {
    const element = await table(DRIVER);
    exportButton(element, 'Excel').focus();
    await waitUntil(() => focused(element) === 'Excel');
    type($(element, 'input[type=search]'), '000000000000');
    await shows(element, '[part~="empty"]');
    await element.updateComplete;
    expect(focused(element)).to.equal('Excel');
    expect(exportButton(element, 'Excel').getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    // An export that started would show its progress at the next render.
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.progress') === null).to.equal(true);
    expect(element.shadowRoot!.querySelector('.export [role=alert]') === null).to.equal(true);
  });

  it('closing the player puts focus back on the call’s play button', async () => {
    const element = await table();
    const play = rows(element).find((r) => r.querySelector('.play'))!.querySelector<HTMLButtonElement>('.play')!;
    const label = play.getAttribute('aria-label');
    play.focus();
    await sendKeys({ press: 'Enter' });
    const player = await playerOf(element);
    await shows(player, '.player audio');
    $(player, '.player button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !element.shadowRoot!.querySelector('portico-call-player'), 'the player closes');
    await waitUntil(() => focused(element) === label, 'focus back on the play button');
  });

  it('says a file is ready again when the same file is exported twice', async () => {
    const element = await table(DRIVER);
    let download = nextDownload();
    exportButton(element, 'CSV').click();
    await download;
    await waitUntil(() => textOf(element, '[role=status]').includes('is ready'), 'the file is announced');
    const region = $(element, '[role=status]');
    const said = (region.textContent ?? '').trim();
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push((region.textContent ?? '').trim()));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    try {
      download = nextDownload();
      exportButton(element, 'CSV').click();
      await download;
      await waitUntil(() => heard.includes('') && heard.at(-1) === said, 'the file is announced again', { timeout: 3000 });
    } finally {
      observer.disconnect();
    }
  });
});

describe('<portico-call-log-table source="pbx">: the PBX’s calls (T10)', () => {
  const trunk = () => clientFor(sim, sim.customers.trunk);

  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  /** What the API says matches in the PBX's log, asked independently of the widget. */
  async function pbxTotal(query: Partial<CallListQuery> = {}): Promise<number> {
    return (await trunk().request(pbxCallList, { query: { ...lastThirtyDays(), limit: 1, ...query } })).total;
  }

  /** The widget's own requests for the PBX's calls. */
  const pbxRequests = () => sim.log.filter((e) => e.path.startsWith('/v1/telephony/calls?') && e.path.includes('sort='));

  async function pbxTable(client = trunk(), locale = 'en', width = 1100): Promise<PorticoCallLogTable> {
    const element = await mount<PorticoCallLogTable>(
      html`<div style="width: ${width}px"><portico-call-log-table .client=${client} source="pbx" locale=${locale}></portico-call-log-table></div>`,
    ).then((box) => box.firstElementChild as PorticoCallLogTable);
    await waitUntil(() => rows(element).length > 0 || element.shadowRoot!.querySelector('[part~="empty"], [part~="error"]'), 'the table never loaded', { timeout: 10_000 });
    return element;
  }

  it('shows the PBX’s calls of the last 30 days, newest first, with the line each went through', async () => {
    const element = await pbxTable();
    const expected = await pbxTotal();
    expect(expected).to.be.greaterThan(10_000);
    expect(textOf(element, '#title')).to.equal('Call logs');
    expect(count(element)).to.equal(`${expected.toLocaleString('en')} calls · 200 of ${expected.toLocaleString('en')} loaded`);
    expect(textOf(element, '.head .c-account')).to.equal('Line');
    const lines = sim.world.customers.get(sim.customers.trunk)!.pbx!.lines.map((l) => l.number.replace(/\D/g, ''));
    const first = await trunk().request(pbxCallList, { query: { ...lastThirtyDays(), limit: 3 } });
    rows(element).slice(0, 3).forEach((row, i) => {
      expect(cell(row, 'account').replace(/\D/g, '')).to.equal(first.data[i]!.account.replace(/\D/g, ''));
      expect(lines).to.include(cell(row, 'account').replace(/\D/g, ''));
    });
    expect($(element, '[role=table]').getAttribute('aria-rowcount')).to.equal(String(expected + 1));
    // The line's column fits: no horizontal scroll.
    expect(viewport(element).scrollWidth).to.be.at.most(viewport(element).clientWidth);
    await expect(element).to.be.accessible();
  });

  it('sorts by cost, filters by type and direction, and searches by a number, as the API does', async () => {
    const element = await pbxTable();
    const costHeader = $(element, '.head .c-cost');
    costHeader.querySelector('button')!.click();
    await waitUntil(() => costHeader.getAttribute('aria-sort') === 'descending' && rows(element).length > 0 && !viewport(element).matches('[aria-busy="true"]'), 'sorted by cost');
    const costs = rows(element).map((r) => euro(cell(r, 'cost')));
    expect(costs).to.deep.equal([...costs].sort((a, b) => b - a));
    expect(costs[0]).to.be.greaterThan(0);
    const [, category, direction] = selects(element);
    choose(category!, 'sms');
    choose(direction!, 'outgoing');
    const texts = await pbxTotal({ category: 'sms', direction: 'outgoing' });
    expect(texts).to.be.greaterThan(0);
    await waitUntil(() => count(element).startsWith(`${texts.toLocaleString('en')} call`), 'outgoing SMS only');
    expect(rows(element).every((r) => cell(r, 'category') === 'SMS' && cell(r, 'direction') === 'Outgoing')).to.equal(true);
    choose(category!, '');
    choose(direction!, '');
    const line = cell(rows(element)[0]!, 'account').replace(/\D/g, '');
    type($(element, 'input[type=search]'), line);
    const onTheLine = await pbxTotal({ query: line });
    await waitUntil(() => count(element).startsWith(`${onTheLine.toLocaleString('en')} call`), 'the line’s calls');
    expect(pbxRequests().every((e) => !e.path.includes('/contracts/'))).to.equal(true);
  });

  it('shows the PBX’s summary for the period, with the same totals as the API', async () => {
    const element = await pbxTable();
    const expected = await trunk().request(pbxCallSummary, { query: { ...lastThirtyDays(), timeZone: PAGE_ZONE } });
    $(element, '.tools button').click();
    await waitUntil(() => element.shadowRoot!.querySelector('portico-call-summary')?.shadowRoot?.querySelector('svg'), 'the chart', { timeout: 5000 });
    const summary = element.shadowRoot!.querySelector('portico-call-summary')!;
    const totals = [...summary.shadowRoot!.querySelectorAll<HTMLElement>('.total')].map((t) => t.innerText.replace(/\s+/g, ' '));
    expect(totals[4]).to.contain(`${expected.total.count.toLocaleString('en')} in all`);
    expect(summary.shadowRoot!.querySelectorAll('rect.bar')).to.have.length(expected.days.length);
    await expect(element).to.be.accessible();
  });

  it('plays a recorded PBX call, from the keyboard, and focus comes back to its button', async () => {
    const element = await pbxTable();
    const recorded = rows(element).find((r) => r.querySelector('.play'))!;
    const play = recorded.querySelector<HTMLButtonElement>('.play')!;
    play.focus();
    await sendKeys({ press: 'Enter' });
    const player = await playerOf(element);
    const audio = (await shows(player, 'audio')) as HTMLAudioElement;
    expect(audio.src).to.match(/\/media\/recordings\/.+\.wav$/);
    expect(sim.log.some((e) => /^\/v1\/telephony\/calls\/pc_\w+\/recording$/.test(e.path) && e.status === 200)).to.equal(true);
    $(player, '.player button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !element.shadowRoot!.querySelector('portico-call-player'), 'the player closes');
    await waitUntil(() => focused(element) === play.getAttribute('aria-label'), 'focus back on the play button');
  });

  it('exports the PBX’s calls with their lines: the export starts at once, and a file of a number’s calls says each line', async () => {
    const element = await pbxTable(trunk(), 'pl');
    sim.latency = 400;
    exportButton(element, 'Excel').click();
    const progress = await shows(element, '.progress');
    expect(progress.innerText).to.match(/Przygotowywanie pliku… 0 z [\d\s ]+/);
    await waitUntil(() => sim.log.some((e) => e.path.startsWith('/v1/telephony/calls?') && e.path.includes('limit=2500')), 'the export asks for the calls');
    progress.querySelector('button')!.click();
    await waitUntil(() => !element.shadowRoot!.querySelector('.progress'), 'cancelled');
    sim.latency = 0;
    // A number's calls: few enough to write here.
    const someone = (await trunk().request(pbxCallList, { query: { ...lastThirtyDays(), direction: 'incoming', limit: 1 } })).data[0]!.from;
    type($(element, 'input[type=search]'), someone.slice(-9));
    const theirs = await pbxTotal({ query: someone.slice(-9) });
    await waitUntil(() => count(element).startsWith(`${theirs} połącze`), 'their calls');
    const download = nextDownload();
    exportButton(element, 'Excel').click();
    const file = await download;
    const sheet = read(await file.blob.arrayBuffer()).Sheets['Połączenia']!;
    const data = utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(data).to.have.length(theirs + 1);
    const header = data[0] as string[];
    expect(header.slice(0, 5)).to.deep.equal(['Data i godzina', 'Kierunek', 'Rodzaj', 'Konto', 'Od']);
    const lines = sim.world.customers.get(sim.customers.trunk)!.pbx!.lines.map((l) => l.number);
    expect(data.slice(1).every((row) => lines.includes(row[3] as string))).to.equal(true);
  });

  for (const [locale, title, message] of [
    ['pl', 'Logi połączeń są dostępne w wyższych pakietach usługi', 'Logi połączeń są wyłączone. W celu włączenia proszę skontaktować się ze swoim dostawcą usługi lub administratorem.'],
    ['en', 'Call logs come with higher packages', 'Call logs are turned off. To turn them on, please contact your service provider or administrator.'],
  ] as const) {
    it(`on a package without call logs says so, and who to ask, with nothing to try again (${locale})`, async () => {
      const failures: Event[] = [];
      const failed = (event: Event) => failures.push(event);
      document.addEventListener('portico-error', failed);
      try {
        const element = await pbxTable(clientFor(sim, sim.customers.prepaid), locale);
        const said = await shows(element, '[part~="empty"]');
        expect(said.querySelector('h3')!.textContent!.trim()).to.equal(title);
        expect(said.querySelector('p')!.textContent!.trim()).to.equal(message);
        expect(element.shadowRoot!.querySelector('[role=table], .filters, .export, button')).to.equal(null);
        expect(failures).to.have.length(0);
        await expect(element).to.be.accessible();
      } finally {
        document.removeEventListener('portico-error', failed);
      }
    });
  }

  it('for a customer without a PBX says there is none', async () => {
    const element = await pbxTable(clientFor(sim, sim.customers.hosting));
    const said = await shows(element, '[part~="empty"]');
    expect(said.innerText).to.contain('This account has no hosted PBX');
    expect(element.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('shows a failed load of the PBX’s calls with a retry', async () => {
    sim.faults.persist({ status: 503, path: '/v1/telephony/calls' });
    const element = await pbxTable();
    const error = await shows(element, '[part~="error"]');
    expect(error.innerText).to.contain('Something went wrong on our side.');
    sim.faults.clear();
    error.querySelector('button')!.click();
    await waitUntil(() => rows(element).length > 0, 'loaded on retry');
  });

  it('scrolls a year of the PBX’s calls, taller than a browser lays out, in proportion; a key moves a line or a screen of rows', async () => {
    const element = await mount<PorticoCallLogTable>(
      html`<div style="width: 1100px"><portico-call-log-table .client=${trunk()} source="pbx" period="last_12_months" locale="en"></portico-call-log-table></div>`,
    ).then((box) => box.firstElementChild as PorticoCallLogTable);
    await waitUntil(() => rows(element).length > 0, 'the year loads', { timeout: 10_000 });
    const total = Number($(element, '[role=table]').getAttribute('aria-rowcount')) - 1;
    expect(total).to.be.greaterThan(800_000);
    const port = viewport(element);
    // 44 px a row would be 35 million px: the body stops at 15 million, and the scroll bar spans every row.
    expect(port.scrollHeight).to.be.within(14_000_000, 15_100_000);
    const top = () => Math.min(...rows(element).filter((r) => r.getBoundingClientRect().bottom > port.getBoundingClientRect().top + 50).map((r) => Number(r.getAttribute('aria-rowindex'))));
    port.focus();
    await focusOn(element, port);
    const first = top();
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => top() > first, 'a screen down');
    const screen = top() - first;
    expect(screen).to.be.within(8, 16);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => top() > first + screen, 'a line down');
    expect(top() - first - screen).to.equal(1);
  });

  it('becomes cards at 320 px, the line read out but not shown', async () => {
    const element = await pbxTable(trunk(), 'en', 320);
    await waitUntil(() => viewport(element).classList.contains('narrow'), 'cards');
    const port = viewport(element);
    expect(port.scrollWidth).to.be.at.most(port.clientWidth);
    const account = rows(element)[0]!.querySelector<HTMLElement>('.c-account')!;
    expect(account.getBoundingClientRect().width).to.be.at.most(1);
    expect(account.textContent).to.match(/\+48/);
    await expect(element).to.be.accessible();
  });

  it('switching from a contract to the PBX shows the PBX’s calls, and drops the contract’s player', async () => {
    const element = await table();
    rows(element).find((r) => r.querySelector('.play'))!.querySelector<HTMLButtonElement>('.play')!.click();
    await shows(await playerOf(element), '.player');
    element.client = trunk();
    element.source = 'pbx';
    await waitUntil(async () => count(element).startsWith(`${(await pbxTotal()).toLocaleString('en')} calls`), 'the PBX’s calls', { timeout: 10_000 });
    expect(element.shadowRoot!.querySelector('portico-call-player')).to.equal(null);
    expect(textOf(element, '#title')).to.equal('Call logs');
  });
});
