import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@portico/elements/pbx-dashboard';
import type { PorticoPbxDashboard } from '@portico/elements/pbx-dashboard';
import type { ClientCore } from '@portico/sdk/core';
import { pbxCallRecent, pbxCallRecording, pbxRetrieve } from '@portico/sdk/telephony';
import { $, clientFor, focusOn, mount, shows, simulator, textOf } from './support.ts';
import { answered, operations, watch } from './signals.ts';
import { asUser, expectAllUnavailable, expectAvailable, needs, NOT_ALLOWED_TITLE, pressFromKeyboard } from './unavailable.ts';

const sim = await simulator();
const DAY = 86_400_000;

const panel = (element: Element, id: string) => $(element, `.panel--${id}`);
const panelText = (element: Element, id: string) => panel(element, id).innerText.replace(/\s+/g, ' ').trim();
const calls = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.panel--calls tbody tr')];
const range = (element: Element) => (element.shadowRoot!.querySelector<HTMLElement>('#calls-range')?.innerText ?? '').replace(/\s+/g, ' ').trim();
const pagerButton = (element: Element, label: string) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pager button')].find((b) => b.textContent!.trim() === label)!;
const live = (element: Element) => textOf(element, '[role="status"][aria-live]');
const focused = (element: Element) => element.shadowRoot!.activeElement;

async function dashboard(customer: string = sim.customers.prepaid, locale = 'en', width = 1000, client: ClientCore = clientFor(sim, customer)): Promise<PorticoPbxDashboard> {
  const element = await mount<HTMLElement>(html`<div style="width: ${width}px"><portico-pbx-dashboard .client=${client} locale=${locale}></portico-pbx-dashboard></div>`).then(
    (box) => box.firstElementChild as PorticoPbxDashboard,
  );
  await waitUntil(() => element.shadowRoot!.querySelectorAll('.panel:not([aria-busy="true"])').length === element.shadowRoot!.querySelectorAll('.panel').length, 'the panels never loaded', { timeout: 8000 });
  return element;
}

describe('<portico-pbx-dashboard>', () => {
  let start: number;
  before(() => {
    start = sim.clock.now();
  });
  beforeEach(() => {
    sim.clock.set(start);
    sim.reset();
    sim.latency = 0;
  });

  it('shows every panel’s skeleton while it loads, then the account, the PBX, the recent calls and the contact', async () => {
    sim.latency = 300;
    const element = await mount<PorticoPbxDashboard>(html`<portico-pbx-dashboard .client=${clientFor(sim, sim.customers.prepaid)} locale="en"></portico-pbx-dashboard>`);
    await waitUntil(() => element.shadowRoot!.querySelectorAll('.panel .loading[aria-busy="true"]').length === 4, 'four skeletons');
    sim.latency = 0;
    await waitUntil(() => element.shadowRoot!.querySelectorAll('.panel .loading').length === 0, 'loaded', { timeout: 5000 });
    const client = clientFor(sim, sim.customers.prepaid);
    const pbx = await client.request(pbxRetrieve, {});
    expect(textOf(element, '#title')).to.equal('Dashboard');
    const account = panelText(element, 'account');
    expect(account).to.match(/^Account .+ Login: \S+ Balance PLN [\d,.]+ Credit limit None$/);
    expect(panelText(element, 'pbx')).to.contain('Package IP Telephony Standard');
    expect(panelText(element, 'pbx')).to.contain('2 phone lines 3 extensions 0 hunt groups Call logs: off on this package');
    expect(pbx.counts.unregisteredLines, 'the line with no phone at least').to.be.at.least(1);
    const warning = panel(element, 'pbx').querySelector<HTMLElement>('.unregistered')!;
    expect(warning.innerText).to.equal(
      pbx.counts.unregisteredLines === 1 ? 'One phone line is not registered: its phone cannot make or take calls.' : '2 phone lines are not registered: their phones cannot make or take calls.',
    );
    expect(panelText(element, 'contact')).to.equal(`Contact information Contact Anna Kowalczyk Phone +48 22 380 98 87 Address ul. Grójecka 41/3, 02-031 Warszawa E-mail ${pbx.contact.email}`);
    const recent = await client.request(pbxCallRecent, { query: { limit: 10 } });
    expect(calls(element)).to.have.length(Math.min(10, recent.total));
    const headers = [...element.shadowRoot!.querySelectorAll('.panel--calls thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Date/time', 'Account', 'From', 'To', 'Duration', 'Cost', 'Recording']);
    expect(range(element)).to.equal(`Page 1 of ${Math.ceil(recent.total / 10)} · 1–10 of ${recent.total}`);
    const first = calls(element)[0]!;
    // The office's two Warsaw lines, written with their area code.
    const written: Record<string, string> = { '+48223809887': '+48 22 380 98 87', '+48223809986': '+48 22 380 99 86' };
    expect(first.querySelector('.c-account')!.textContent).to.contain(written[recent.data[0]!.account]);
    await expect(element).to.be.accessible();
  });

  it('a postpaid trunk: the amount due and the credit limit, the package and its counts', async () => {
    const element = await dashboard(sim.customers.trunk);
    expect(panelText(element, 'account')).to.match(/Amount due PLN 1,842\.50 Credit limit PLN 10,000\.00$/);
    expect(panelText(element, 'pbx')).to.contain('Package Business Trunk');
    expect(panelText(element, 'pbx')).to.contain('8 phone lines 40 extensions 4 hunt groups Call logs: on');
  });

  it('speaks Polish', async () => {
    const element = await dashboard(sim.customers.trunk, 'pl');
    expect(textOf(element, '#title')).to.equal('Pulpit');
    expect(panelText(element, 'account')).to.match(/Do zapłaty 1842,50 zł Limit kredytowy 10 000,00 zł$/);
    expect(panelText(element, 'pbx')).to.contain('Pakiet Biznes Trunk');
    expect(panelText(element, 'pbx')).to.contain('8 linii telefonicznych 40 numerów wewnętrznych 4 grupy poszukiwawcze Logi połączeń: włączone');
    expect(panelText(element, 'contact')).to.contain('Informacje kontaktowe Kontakt Tomasz Zieliński (IT)');
    expect([...element.shadowRoot!.querySelectorAll('.panel--calls thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Data/czas', 'Konto', 'Od', 'Do', 'Czas trwania', 'Koszt', 'Nagranie']);
    expect(range(element)).to.match(/^Strona 1 z [\d\s]+ · 1–10 z [\d\s]+$/);
    await expect(element).to.be.accessible();
  });

  it('one panel that fails says so with a retry, and the others stay', async () => {
    sim.faults.persist({ status: 503, path: '/v1/telephony/pbx' });
    const failures: string[] = [];
    const box = await mount<HTMLElement>(html`<div></div>`);
    box.addEventListener('portico-error', (e) => failures.push(e.detail.action));
    const element = document.createElement('portico-pbx-dashboard');
    element.client = clientFor(sim, sim.customers.prepaid);
    element.locale = 'en';
    box.append(element);
    await waitUntil(() => element.shadowRoot?.querySelector('.panel--pbx [part~="error"]') && calls(element).length, 'the PBX fails, the calls come', { timeout: 5000 });
    expect(panelText(element, 'pbx')).to.contain('This could not be loaded. Something went wrong on our side.');
    expect(panelText(element, 'account')).to.contain('Balance');
    expect(failures).to.include('load');
    await expect(element).to.be.accessible();
    sim.faults.clear();
    panel(element, 'pbx').querySelector<HTMLButtonElement>('[part~="error"] button')!.click();
    await waitUntil(() => panelText(element, 'pbx').includes('Package IP Telephony Standard'), 'the PBX after the retry');
    await waitUntil(() => panelText(element, 'contact').includes('Anna Kowalczyk'), 'and its contact');
  });

  it('the recent calls fail on their own, and try again', async () => {
    sim.faults.persist({ status: 503, path: '/v1/telephony/calls/recent' });
    const element = await dashboard();
    expect(panelText(element, 'calls')).to.contain('This could not be loaded.');
    expect(panelText(element, 'account')).to.contain('Balance');
    sim.faults.clear();
    panel(element, 'calls').querySelector<HTMLButtonElement>('[part~="error"] button')!.click();
    await waitUntil(() => calls(element).length > 0, 'the calls after the retry');
  });

  it('pages through the recent calls by keyboard, as the portal does, and says which page it shows', async () => {
    const element = await dashboard(sim.customers.trunk);
    const total = (await clientFor(sim, sim.customers.trunk).request(pbxCallRecent, { query: { limit: 1 } })).total;
    const pages = Math.ceil(total / 10);
    const format = (n: number) => new Intl.NumberFormat('en').format(n);
    const firstPage = calls(element).map((row) => row.innerText);
    const previous = pagerButton(element, 'Previous page');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    previous.focus();
    await sendKeys({ press: 'Enter' });
    expect(range(element), 'nowhere to go').to.equal(`Page 1 of ${format(pages)} · 1–10 of ${format(total)}`);
    const next = pagerButton(element, 'Next page');
    next.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => range(element) === `Page 2 of ${format(pages)} · 11–20 of ${format(total)}`, 'the second page');
    expect(calls(element).map((row) => row.innerText)).to.not.deep.equal(firstPage);
    expect(focused(element) === next, 'focus stays on Next').to.equal(true);
    await waitUntil(() => live(element) === `Page 2 of ${format(pages)}`, 'the page is said');
    pagerButton(element, 'Previous page').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => range(element).startsWith('Page 1 of'), 'back to the first page');
    expect(calls(element).map((row) => row.innerText)).to.deep.equal(firstPage);
    // Pages of another size start again from the first.
    pagerButton(element, 'Next page').click();
    await waitUntil(() => range(element).startsWith('Page 2 of'), 'the second page again');
    element.pageSize = 5;
    await waitUntil(() => range(element) === `Page 1 of ${format(Math.ceil(total / 5))} · 1–5 of ${format(total)}`, 'the first page of five');
    expect(calls(element)).to.have.length(5);
  });

  it('plays a call’s recording in the page: the <audio> gets a link that answers audio', async () => {
    const element = await dashboard(sim.customers.trunk);
    const play = await waitUntil(() => element.shadowRoot!.querySelector<HTMLButtonElement>('.panel--calls .play'), 'a recorded call on the first page').then(
      () => element.shadowRoot!.querySelector<HTMLButtonElement>('.panel--calls .play')!,
    );
    expect(play.getAttribute('aria-label')).to.match(/^Play the recording of the call from .+ to .+, .+$/);
    play.focus();
    await sendKeys({ press: 'Enter' });
    const audio = (await shows(element, '#call-player audio')) as HTMLAudioElement;
    expect(play.getAttribute('aria-expanded')).to.equal('true');
    const answer = await fetch(audio.src);
    expect(answer.ok).to.equal(true);
    expect(answer.headers.get('content-type')).to.contain('audio/');
    await expect(element).to.be.accessible({ ignoredRules: ['audio-caption'] });
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('#call-player button')].find((b) => b.textContent!.trim() === 'Close the player')!.click();
    await waitUntil(() => !element.shadowRoot!.querySelector('#call-player'), 'the player closes');
    await focusOn(element, play, 'focus back on the call’s play button');
  });

  it('says when a recording cannot be played', async () => {
    const element = await dashboard(sim.customers.trunk);
    await waitUntil(() => element.shadowRoot!.querySelector('.panel--calls .play'));
    sim.faults.persist({ status: 503, path: '/recording' });
    element.shadowRoot!.querySelector<HTMLButtonElement>('.panel--calls .play')!.click();
    const failed = await shows(element, '#call-player [role="alert"]');
    expect(failed.innerText).to.contain('The recording could not be played.');
  });

  it('an account without a PBX: the account shows, the PBX panel says why, and nothing else pretends', async () => {
    const failures: string[] = [];
    const listening = new AbortController();
    document.addEventListener('portico-error', (e) => failures.push((e.composedPath()[0] as Element).localName), { signal: listening.signal });
    const element = await dashboard(sim.customers.hosting, 'pl');
    expect(panelText(element, 'account')).to.contain('Saldo');
    expect(panelText(element, 'pbx')).to.contain('Brak centrali IP');
    expect(panelText(element, 'calls')).to.contain('Brak centrali IP');
    expect(element.shadowRoot!.querySelector('.panel--contact')).to.equal(null);
    listening.abort();
    expect(failures, 'no PBX is a state, not a failure').to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('says when there was no call in the last 30 days', async () => {
    // A month and more since the last call on the log.
    sim.clock.advance(31 * DAY);
    const element = await dashboard(sim.customers.prepaid);
    expect(textOf(element, '.panel--calls [part~="empty"]')).to.contain('No recent calls');
    expect(textOf(element, '.panel--calls [part~="empty"]')).to.contain('No call went through the PBX in the last 30 days.');
    await expect(element).to.be.accessible();
  });

  it('fits 360 px: panels stack and calls become cards, with no horizontal scroll', async () => {
    const element = await dashboard(sim.customers.trunk, 'pl', 360);
    const box = $(element, '[part~="base"]');
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    const row = calls(element)[0]!;
    expect(getComputedStyle(row).display).to.equal('grid');
    expect(row.querySelector<HTMLElement>('.c-cost .cell-label')!.offsetParent, 'each value named').to.not.equal(null);
    await expect(element).to.be.accessible();
  });

  it('tells the page of a failed panel with portico-error', async () => {
    sim.faults.persist({ status: 503, path: '/v1/account/balance' });
    const box = await mount<HTMLElement>(html`<div></div>`);
    const failed = oneEvent(box, 'portico-error');
    const element = document.createElement('portico-pbx-dashboard');
    element.client = clientFor(sim, sim.customers.prepaid);
    box.append(element);
    expect((await failed).detail.action).to.equal('load');
    await waitUntil(() => element.shadowRoot?.querySelector('.panel--account [part~="error"]'), 'the account panel fails');
    await waitUntil(() => panelText(element, 'pbx').includes('Package'), 'the PBX panel still shows');
  });

  describe('for a portal user', () => {
    /** The play buttons of the first page of recent calls, once it is there. */
    const playButtons = async (element: Element) => {
      await waitUntil(() => element.shadowRoot!.querySelector('.panel--calls .play'), 'a recorded call on the first page');
      return [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.panel--calls .play')];
    };

    it('a read-only user with "recordings" plays a call’s recording: only reading, nothing is said unavailable', async () => {
      const client = asUser(sim, sim.customers.trunk, 'usr_1005_quality');
      const asked = watch(client);
      const element = await dashboard(sim.customers.trunk, 'en', 1000, client);
      await answered(asked);
      const [play] = await playButtons(element);
      expectAvailable(element, play!);
      play!.click();
      await shows(element, '#call-player audio');
      expect(operations(asked, pbxCallRecording.id)).to.deep.equal([pbxCallRecording.id]);
      expect(sim.log.filter((e) => e.path.endsWith('/recording')).map((e) => e.status)).to.deep.equal([200]);
      await expect(element).to.be.accessible({ ignoredRules: ['audio-caption'] });
    });

    it('a user without "recordings" sees the calls; Play is unavailable with the permission named, said once, and the keyboard asks for no recording (Polish)', async () => {
      const client = asUser(sim, sim.customers.trunk, 'usr_1005_reception');
      const asked = watch(client);
      const element = await dashboard(sim.customers.trunk, 'pl', 1000, client);
      const note = await shows(element, '#play-unavailable');
      expect(note.textContent!.trim()).to.equal(needs.pl('Nagrania rozmów'));
      expect(element.shadowRoot!.querySelectorAll('[part~="unavailable"]').length, 'said once').to.equal(1);
      expect(calls(element).length).to.equal(10);
      const buttons = expectAllUnavailable(element, '.panel--calls .play', needs.pl('Nagrania rozmów'));
      await pressFromKeyboard(buttons[0]!);
      expect(element.shadowRoot!.querySelector('#call-player'), 'no player').to.equal(null);
      await answered(asked);
      expect(operations(asked, pbxCallRecording.id)).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('a user without "telephony": the account shows; the PBX and its calls are not available, with no retry', async () => {
      const element = await dashboard(sim.customers.prepaid, 'en', 1000, asUser(sim, sim.customers.prepaid, 'usr_1001_accounts'));
      expect(panelText(element, 'account')).to.contain('Balance');
      for (const id of ['pbx', 'calls']) {
        expect(panel(element, id).querySelector('.error-title')!.textContent).to.equal(NOT_ALLOWED_TITLE.en);
        expect(panelText(element, id)).to.contain(needs.en('Telephony'));
      }
      expect(element.shadowRoot!.querySelector('[part~="retry"]'), 'no retry').to.equal(null);
      expect(element.shadowRoot!.querySelector('.panel--contact'), 'no contact of a PBX not shown').to.equal(null);
      await expect(element).to.be.accessible();
    });
  });
});
