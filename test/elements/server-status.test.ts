import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@portico/elements/server-status';
import type { PorticoServerStatus } from '@portico/elements';
import { $, clientFor, mount, requestsTo, shows, simulator, textOf } from './support.ts';
import { answered, holdPolls, watch } from './signals.ts';

const sim = await simulator();
const servers = () => sim.world.helpdesk.servers;
const server = (id: string) => servers().find((s) => s.id === id)!;
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
const cards = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.server')];
const card = (element: Element, name: string) => cards(element).find((c) => c.querySelector('h3')!.textContent === name)!;
const badgeOf = (root: Element) => root.querySelector('.badge')!.textContent!.trim();
const refresh = (element: Element) => $(element, 'header button');
const requests = () => requestsTo(sim, '/v1/helpdesk/server-status').length;

const dateTime = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** Every server and service working, no problem on record. */
function allWorking(): void {
  for (const s of servers()) {
    s.status = 'operational';
    s.services.forEach((service) => (service.status = 'operational'));
    s.incidents = [];
  }
}

async function status(locale = 'en'): Promise<PorticoServerStatus> {
  const customer = locale === 'pl' ? sim.customers.hosting : sim.customers.newcomer;
  const element = await mount<PorticoServerStatus>(html`<portico-server-status .client=${clientFor(sim, customer)} locale=${locale}></portico-server-status>`);
  await waitUntil(() => element.shadowRoot!.querySelector('[part~="summary"], [part~="empty"], [part~="error"]'), 'the status never loaded', { timeout: 5000 });
  return element;
}

describe('<portico-server-status>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  it('checks again by itself while it is on the page, and shows what changed', async () => {
    const polls = holdPolls();
    try {
      const client = clientFor(sim, sim.customers.hosting);
      const asked = watch(client);
      const element = await mount<PorticoServerStatus>(html`<portico-server-status .client=${client} locale="en" refresh-every="0.2"></portico-server-status>`);
      await shows(element, '[part~="summary"]');
      allWorking();
      // The next check, 0.2 s later.
      await answered(asked);
      await element.updateComplete;
      expect(polls.run(), 'checks due').to.equal(1);
      await waitUntil(() => element.shadowRoot!.querySelector('[part~="summary"] h3')?.textContent === 'All systems are working', 'the next check shows the fix', { timeout: 3000 });
      await answered(asked);
      expect(polls.pending, 'the check after it, while on the page').to.equal(1);
      element.remove();
      const checks = requests();
      const asks = asked.length;
      // Off the page, no check is left to come, and running what is there asks for nothing.
      expect(polls.pending, 'checks scheduled once it left the page').to.equal(0);
      polls.run();
      await answered(asked);
      expect(asked.length, 'checks asked for once it left the page').to.equal(asks);
      expect(requests(), 'no checks once it left the page').to.equal(checks);
    } finally {
      polls.restore();
    }
  });

  it('shows a skeleton while loading, then says one server has problems, and each server with its services in words', async () => {
    sim.latency = 300;
    const element = await mount<PorticoServerStatus>(html`<portico-server-status .client=${clientFor(sim, sim.customers.hosting)} locale="en"></portico-server-status>`);
    const loading = await shows(element, '.loading[aria-busy="true"]');
    expect(loading.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    const summary = await shows(element, '[part~="summary"]');
    expect(textOf(element, '#title')).to.equal('Server status');
    expect(summary.querySelector('h3')!.textContent).to.equal('One server has problems');
    expect(plain(summary.innerText)).to.contain('We are working on it. Updates are below.');
    expect(summary.getAttribute('role')).to.equal('status');
    expect(cards(element).map((c) => c.querySelector('h3')!.textContent)).to.deep.equal(servers().map((s) => s.name));
    const words = { operational: 'Working', degraded: 'Slower than usual', outage: 'Not working', maintenance: 'Maintenance' };
    for (const record of servers()) {
      const item = card(element, record.name);
      expect(badgeOf(item.querySelector('.server-head')!), record.id).to.equal(words[record.status]);
      expect(plain(item.innerText), record.id).to.contain(record.location.en);
      const services = [...item.querySelectorAll('.services li')].map((li) => `${li.querySelector('span')!.textContent} ${badgeOf(li)}`);
      expect(services, record.id).to.deep.equal(record.services.map((s) => `${s.name.en} ${words[s.status]}`));
    }
    expect($(element, '.services').getAttribute('aria-label')).to.equal('Services');
    await expect(element).to.be.accessible();
  });

  it('shows uptime as a percentage, and never rounds a server that was down up to 100%', async () => {
    const element = await status();
    expect(plain(card(element, 'www1.fiberlink.example').querySelector('p.muted')!.textContent!)).to.equal('Warsaw (WAW-1) · 99.89% uptime in the last 30 days');
    expect(plain(card(element, 'mail1.fiberlink.example').querySelector('p.muted')!.textContent!)).to.contain('99.96% uptime');
    expect(plain(card(element, 'ns1.fiberlink.example').querySelector('p.muted')!.textContent!)).to.contain('100.00% uptime');
    // Down for about two minutes in thirty days: 99.995%, which is not 100%.
    expect(server('srv_sip1').uptime).to.equal(0.99995);
    expect(plain(card(element, 'sip1.fiberlink.example').querySelector('p.muted')!.textContent!)).to.contain('99.99% uptime');
  });

  it('shows each problem with its state, since when, and its updates, newest first', async () => {
    const element = await status();
    const mail = card(element, 'mail1.fiberlink.example');
    const incident = server('srv_mail1').incidents[0]!;
    expect(mail.querySelector('.incidents h4')!.textContent).to.equal('Current and recent problems');
    const shown = mail.querySelector('.incident')!;
    expect(shown.querySelector('strong')!.textContent).to.equal(incident.title.en);
    expect(badgeOf(shown)).to.equal('Cause found');
    expect(plain(shown.querySelector('p.muted')!.textContent!)).to.equal(`Since ${dateTime(incident.startedAt, 'en')}`);
    const updates = [...shown.querySelectorAll('.updates li')];
    expect(updates.map((li) => plain(li.textContent!))).to.deep.equal(incident.updates.map((u) => `${dateTime(u.at, 'en')} ${u.message.en}`));
    expect(updates.map((li) => li.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(incident.updates.map((u) => u.at));
    // A resolved one says when it was resolved.
    const resolved = card(element, 'www1.fiberlink.example').querySelector('.incident')!;
    const old = server('srv_www1').incidents[0]!;
    expect(badgeOf(resolved)).to.equal('Resolved');
    expect(plain(resolved.querySelector('p.muted')!.textContent!)).to.equal(`Resolved ${dateTime(old.resolvedAt!, 'en')}`);
    // Planned work being watched.
    expect(badgeOf(card(element, 'vps-node-07.fiberlink.example').querySelector('.incident')!)).to.equal('Fixed, monitoring');
    // A server without problems has no problem section.
    expect(card(element, 'sip1.fiberlink.example').querySelector('.incidents')).to.equal(null);
  });

  it('says all systems are working when every server and service works and there is no problem', async () => {
    allWorking();
    const element = await status();
    const summary = $(element, '[part~="summary"]');
    expect(summary.querySelector('h3')!.textContent).to.equal('All systems are working');
    expect(plain(summary.innerText)).to.contain('No known problems right now.');
    expect(summary.classList.contains('alert--success')).to.equal(true);
    expect(element.shadowRoot!.querySelector('.incidents')).to.equal(null);
    expect(cards(element).every((c) => badgeOf(c.querySelector('.server-head')!) === 'Working')).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('a server up but with a service down counts as having problems', async () => {
    allWorking();
    server('srv_sip2').services[1]!.status = 'outage';
    const element = await status();
    expect($(element, '[part~="summary"]').querySelector('h3')!.textContent).to.equal('One server has problems');
    expect(badgeOf([...card(element, 'sip2.fiberlink.example').querySelectorAll('.services li')][1]!)).to.equal('Not working');
  });

  it('counts the servers with problems', async () => {
    server('srv_www1').status = 'outage';
    const element = await status();
    expect($(element, '[part~="summary"]').querySelector('h3')!.textContent).to.equal('2 servers have problems');
  });

  it('Refresh asks again and shows what changed, keeping the last status on screen meanwhile', async () => {
    const element = await status();
    expect(textOf(element, '.checked')).to.match(/^Checked at \d{1,2}:\d{2}/);
    expect(refresh(element).textContent!.trim()).to.equal('Refresh');
    const before = requests();
    allWorking();
    sim.latency = 300;
    refresh(element).click();
    await waitUntil(() => refresh(element).getAttribute('aria-disabled') === 'true', 'the button says it is busy');
    refresh(element).click(); // impatient: a busy button does nothing
    expect(element.shadowRoot!.querySelector('[part~="summary"] h3')!.textContent, 'the last status stays meanwhile').to.equal('One server has problems');
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="summary"] h3')!.textContent === 'All systems are working', 'the new status', { timeout: 5000 });
    expect(refresh(element).getAttribute('aria-disabled')).to.equal('false');
    expect(requests() - before).to.equal(1);
  });

  it('a refresh that fails keeps the last status on screen, says so, and its retry recovers', async () => {
    const element = await status();
    const checked = textOf(element, '.checked');
    sim.faults.persist({ status: 503, path: '/helpdesk/server-status' });
    refresh(element).click();
    const error = await shows(element, '[part~="error"]');
    expect(plain(error.innerText)).to.contain('Something went wrong on our side');
    // What was last known stays, with the time it was checked.
    expect($(element, '[part~="summary"]').querySelector('h3')!.textContent).to.equal('One server has problems');
    expect(cards(element).length).to.equal(servers().length);
    expect(textOf(element, '.checked')).to.equal(checked);
    await expect(element).to.be.accessible();
    sim.faults.clear();
    allWorking();
    sim.latency = 300;
    error.querySelector('button')!.click();
    await waitUntil(() => refresh(element).getAttribute('aria-disabled') === 'true', 'checking again');
    expect(element.shadowRoot!.querySelector('[part~="summary"] h3')?.textContent, 'the last status stays while it is retried').to.equal('One server has problems');
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="summary"] h3')?.textContent === 'All systems are working', 'the new status', { timeout: 5000 });
    expect(element.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it('offline, each new check keeps the failure and the last status on screen, so the alert is not read out again', async () => {
    const element = await status();
    sim.faults.persist({ status: 503, path: '/helpdesk/server-status' });
    refresh(element).click();
    const alert = await shows(element, '[role="alert"]');
    const same = () => element.shadowRoot!.querySelector('[role="alert"]') === alert;
    // Still offline, on a slow line: each check takes a while to fail.
    sim.faults.persist({ status: 503, latency: 300, path: '/helpdesk/server-status' });
    for (let check = 1; check <= 2; check++) {
      const before = requests();
      refresh(element).click();
      await waitUntil(() => refresh(element).getAttribute('aria-disabled') === 'true', `check ${check} under way`);
      expect(same(), `check ${check}: the alert stays while checking`).to.equal(true);
      expect(alert.querySelector('button')!.getAttribute('aria-disabled'), 'its retry says it is checking').to.equal('true');
      expect(element.shadowRoot!.querySelector('[part~="summary"] h3')?.textContent, 'the last status stays').to.equal('One server has problems');
      await waitUntil(() => requests() - before === 1 && refresh(element).getAttribute('aria-disabled') === 'false', `check ${check} failed`, { timeout: 5000 });
      expect(same(), `check ${check}: the same alert, not a new one`).to.equal(true);
      expect(plain(alert.innerText)).to.contain('Something went wrong on our side');
      expect(cards(element).length).to.equal(servers().length);
    }
    sim.faults.clear();
    refresh(element).click();
    await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"]') === null && refresh(element).getAttribute('aria-disabled') === 'false', 'back online: the alert goes');
    expect(cards(element).length).to.equal(servers().length);
  });

  it('offline from the start, a retry keeps the failure on screen until a check succeeds', async () => {
    sim.faults.persist({ status: 503, path: '/helpdesk/server-status' });
    const element = await status();
    const alert = await shows(element, '[role="alert"]');
    expect(plain(alert.innerText)).to.contain('We couldn’t load this');
    sim.faults.persist({ status: 503, latency: 300, path: '/helpdesk/server-status' });
    const before = requests();
    alert.querySelector('button')!.click();
    await waitUntil(() => alert.querySelector('button')!.getAttribute('aria-disabled') === 'true', 'its retry says it is checking');
    expect(element.shadowRoot!.querySelector('[role="alert"]') === alert, 'the alert stays while checking').to.equal(true);
    await waitUntil(() => requests() - before === 1 && alert.querySelector('button')!.getAttribute('aria-disabled') === 'false', 'the retry failed', { timeout: 5000 });
    expect(element.shadowRoot!.querySelector('[role="alert"]') === alert, 'the same alert, not a new one').to.equal(true);
    await expect(element).to.be.accessible();
    sim.faults.clear();
    alert.querySelector('button')!.click();
    await shows(element, '[part~="summary"]');
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('Refresh works from the keyboard', async () => {
    const element = await status();
    const before = requests();
    server('srv_mail1').status = 'outage';
    refresh(element).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => badgeOf(card(element, 'mail1.fiberlink.example').querySelector('.server-head')!) === 'Not working', 'the new status');
    expect(requests() - before).to.equal(1);
    expect(element.shadowRoot!.activeElement === refresh(element), 'focus stays on Refresh').to.equal(true);
  });

  it('says so when there is no server to report', async () => {
    servers().length = 0;
    const element = await status();
    const empty = await shows(element, '[part~="empty"]');
    expect(plain(empty.innerText)).to.contain('No servers to show');
    expect(plain(empty.innerText)).to.contain('Your services do not depend on servers we report here.');
    await expect(element).to.be.accessible();
  });

  it('a failed load says why, fires portico-error, and a retry recovers', async () => {
    sim.faults.persist({ status: 503, path: '/helpdesk/server-status' });
    const failed = oneEvent(document, 'portico-error');
    const element = await status();
    expect((await failed).detail.action).to.equal('load');
    const error = await shows(element, '[part~="error"]');
    expect(plain(error.innerText)).to.contain('We couldn’t load this');
    expect(plain(error.innerText)).to.contain('Something went wrong on our side');
    await expect(element).to.be.accessible();
    sim.faults.clear();
    error.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    await shows(element, '[part~="summary"]');
    expect(cards(element).length).to.equal(servers().length);
  });

  it('speaks Polish, content included', async () => {
    const element = await status('pl');
    expect(textOf(element, '#title')).to.equal('Status serwerów');
    expect($(element, '[part~="summary"]').querySelector('h3')!.textContent).to.equal('Jeden serwer ma problemy');
    expect(refresh(element).textContent!.trim()).to.equal('Odśwież');
    expect(textOf(element, '.checked')).to.match(/^Sprawdzono o \d{2}:\d{2}$/);
    const mail = card(element, 'mail1.fiberlink.example');
    expect(badgeOf(mail.querySelector('.server-head')!)).to.equal('Działa wolniej');
    expect(plain(mail.querySelector('p.muted')!.textContent!)).to.match(/^Warszawa \(WAW-1\) · Dostępność w ostatnich 30 dniach: 99,96\s?%$/);
    expect(plain(mail.querySelector('.incident strong')!.textContent!)).to.equal(server('srv_mail1').incidents[0]!.title.pl);
    expect(badgeOf(mail.querySelector('.incident')!)).to.equal('Znaleziono przyczynę');
    expect(plain(mail.querySelector('.updates li')!.textContent!)).to.contain(server('srv_mail1').incidents[0]!.updates[0]!.message.pl);
    expect($(element, '[part="base"]').getAttribute('lang')).to.equal('pl');
    await expect(element).to.be.accessible();
    allWorking();
    refresh(element).click();
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="summary"] h3')?.textContent === 'Wszystkie systemy działają', 'all working, in Polish');
  });
});
