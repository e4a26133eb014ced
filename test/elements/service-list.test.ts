import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@portico/elements/service-list';
import type { PorticoServiceList } from '@portico/elements';
import { serviceOrderCreate, serviceOrderRetrieve, serviceUpdate } from '@portico/sdk/contracts';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf, type } from './support.ts';
import { answered, holdPolls, operations, watch, type Asked, type HeldPolls } from './signals.ts';
import { expectWaitsForItsId } from './waiting.ts';

const sim = await simulator();
const DRIVER = 'ctr_2005';
const contract = (id: string) => sim.world.customers.get(sim.customers.business)!.contracts.find((c) => c.id === id)!;
const rows = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.service')];
const row = (element: Element, name: string) => rows(element).find((r) => r.querySelector('.name')!.textContent === name)!;
const names = (element: Element) => rows(element).map((r) => r.querySelector('.name')!.textContent);
const live = (element: Element) => textOf(element, '[role="status"][aria-live]');
/** Opens the order dialog of a service and presses Next; resolves once the order is accepted. */
async function order(element: PorticoServiceList, name: string): Promise<void> {
  row(element, name).querySelector<HTMLButtonElement>('.icon-button')!.click();
  await waitUntil(() => ($(element, '#order-dialog') as HTMLDialogElement).open);
  $(element, '#order-dialog button[type=submit]').click();
  await shows(element, '#order-result');
}

/** What the widget mounted last asked its client for. */
let asked: Asked[] = [];
/** The widget's polling, in the tests that run it themselves. */
let polls: HeldPolls | undefined;

async function services(id = DRIVER, locale = 'en'): Promise<PorticoServiceList> {
  const client = clientFor(sim, sim.customers.business);
  asked = watch(client);
  const element = await mount<PorticoServiceList>(html`<portico-service-list .client=${client} contract-id=${id} locale=${locale}></portico-service-list>`);
  await shows(element, '.service');
  return element;
}

/**
 * The next round of checks of the orders followed, as if its interval (2 s) had passed: once
 * what the widget asked for before it is answered and shown, the polls it has scheduled run,
 * and their answers are in and handled.
 */
async function nextRound(element: PorticoServiceList): Promise<void> {
  await answered(asked);
  await element.updateComplete;
  polls!.run();
  await answered(asked);
  await element.updateComplete;
}

describe('<portico-service-list>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  afterEach(() => {
    polls?.restore();
    polls = undefined;
  });

  it('without a contract-id it waits quietly: no request, no portico-error, one line in the console', async () => {
    await expectWaitsForItsId<PorticoServiceList>({ tag: 'portico-service-list', attribute: 'contract-id', client: clientFor(sim, sim.customers.business), give: (list) => (list.contractId = DRIVER), content: '.service' });
  });

  it('a service’s name shows that it opens: a chevron that turns when it does', async () => {
    const element = await services();
    const toggle = $(element, '.toggle');
    const chevron = () => getComputedStyle(toggle.querySelector('.name')!, '::after');
    expect(chevron().content).to.equal('""');
    expect(chevron().borderRightStyle).to.equal('solid');
    // No animation to wait for: the turn is read where it ends.
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const closed = chevron().transform;
      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(chevron().transform, 'the chevron turns').to.not.equal(closed);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('filters all, active and inactive, with the choice pressed', async () => {
    const element = await services();
    const all = rows(element).length;
    const [, active, inactive] = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.filter button')];
    active!.click();
    await waitUntil(() => rows(element).length === 2, 'two active');
    expect(active!.getAttribute('aria-pressed')).to.equal('true');
    expect(rows(element).map((r) => r.querySelector('.badge')!.textContent!.trim())).to.deep.equal(['Active', 'Active']);
    inactive!.click();
    await waitUntil(() => rows(element).length === all - 2, 'the rest');
    await expect(element).to.be.accessible();
  });

  it('speaks the widget’s language, content included', async () => {
    const element = await services(DRIVER, 'pl');
    expect(textOf(element, '#title')).to.equal('Lista usług');
    expect(rows(element).some((r) => r.querySelector('.name')!.textContent === 'Blokada usług Premium Rate')).to.equal(true);
    expect(requestsTo(sim, `/v1/contracts/${DRIVER}/services`).length).to.be.greaterThan(0);
  });

  it('opens a service to its description and settings, and saves a valid change only', async () => {
    const element = await services('ctr_2008');
    const voicemail = row(element, 'Voicemail');
    const toggle = voicemail.querySelector<HTMLButtonElement>('.toggle')!;
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(element, '#details-voicemail')).to.contain('Unanswered calls go to voicemail');
    const rings = $(element, '#voicemail-rings');
    type(rings, '27');
    $(element, '#details-voicemail button[type=submit]').click();
    await element.updateComplete;
    expect(textOf(element, '#voicemail-rings-error')).to.equal('Use steps of 5.');
    expect(rings.getAttribute('aria-describedby')).to.contain('voicemail-rings-error');
    // A save asks for its request in the same turn as the click: this one asked for none.
    expect(operations(asked, serviceUpdate.id), 'saves asked for').to.deep.equal([]);
    expect(requestsTo(sim, '/v1/contracts/ctr_2008/services/voicemail').filter((r) => r.startsWith('PATCH'))).to.deep.equal([]);
    type(rings, '25');
    $(element, '#details-voicemail button[type=submit]').click();
    await waitUntil(() => textOf(element, '[role="status"][aria-live]') === 'Settings of Voicemail saved.');
    expect(contract('ctr_2008').services.get('voicemail')!.values.rings).to.equal(25);
    // The valid save is the only one that ever reached the simulator.
    expect(operations(asked, serviceUpdate.id)).to.deep.equal([serviceUpdate.id]);
    expect(requestsTo(sim, '/v1/contracts/ctr_2008/services/voicemail').filter((r) => r.startsWith('PATCH'))).to.deep.equal(['PATCH 200']);
    await expect(element).to.be.accessible();
  });

  it('activates a service as the portal does: description → whom to notify → Next → accepted; then follows the order to the end', async () => {
    polls = holdPolls();
    const element = await services();
    const accepted = oneEvent(element, 'portico-service-order');
    row(element, 'Data pack 10 GB').querySelector<HTMLButtonElement>('.icon-button')!.click();
    const dialog = $(element, '#order-dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open);
    expect(textOf(element, '#order-dialog')).to.contain('An extra 10 GB every billing period');
    expect(textOf(element, '#order-dialog')).to.contain('The SIM user (Marek Nowak)');
    const [user] = [...dialog.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    user!.click();
    await expect(element).to.be.accessible();
    $(element, '#order-dialog button[type=submit]').click();
    const { detail } = await accepted;
    expect(detail.order.notify).to.deep.equal({ user: false, admin: true });
    await shows(element, '#order-result');
    expect(textOf(element, '#order-dialog')).to.contain(`Order ${detail.order.number} has been accepted`);
    $(element, '#order-dialog .dialog-actions button').click();
    await waitUntil(() => !dialog.open);
    await waitUntil(() => row(element, 'Data pack 10 GB').innerText.includes('Activation accepted'), 'the order shows on its service');
    await focusOn(element, row(element, 'Data pack 10 GB').querySelector('.toggle'));
    const completed = oneEvent(element, 'portico-service-order');
    sim.clock.advance(11_000);
    // The next round of checks finds the order done.
    await nextRound(element);
    const settled = await completed;
    expect(settled.detail.order.status).to.equal('completed');
    await waitUntil(() => row(element, 'Data pack 10 GB').querySelector('.badge')!.textContent!.trim() === 'Active', 'the service is active', { timeout: 5000 });
    expect(textOf(element, '[role="status"][aria-live]')).to.equal('Data pack 10 GB activated.');
  });

  it('a failed order says why, and the service stays as it was', async () => {
    polls = holdPolls();
    const element = await services('ctr_2014');
    row(element, 'International calls').querySelector<HTMLButtonElement>('.icon-button')!.click();
    await waitUntil(() => ($(element, '#order-dialog') as HTMLDialogElement).open);
    $(element, '#order-dialog button[type=submit]').click();
    await shows(element, '#order-result');
    $(element, '#order-dialog .dialog-actions button').click();
    sim.clock.advance(11_000);
    await nextRound(element);
    await waitUntil(() => textOf(element, '[role="status"][aria-live]').startsWith('The order for International calls failed.'), 'the failure is announced');
    expect(textOf(element, '[role="status"][aria-live]')).to.contain('credit check was not passed');
    await waitUntil(() => !row(element, 'International calls').innerText.includes('Activation'), 'no order left on it');
    expect(row(element, 'International calls').querySelector('.badge')!.textContent!.trim()).to.equal('Inactive');
  });

  it('a refused order says why in the dialog, and a retry of the same action is the same order', async () => {
    const element = await services();
    row(element, 'Caller ID restriction (CLIR)').querySelector<HTMLButtonElement>('.icon-button')!.click();
    await waitUntil(() => ($(element, '#order-dialog') as HTMLDialogElement).open);
    sim.faults.enqueue({ loseResponse: true, path: `/v1/contracts/${DRIVER}/service-orders` });
    $(element, '#order-dialog button[type=submit]').click();
    await shows(element, '#order-error');
    $(element, '#order-dialog button[type=submit]').click();
    await shows(element, '#order-result');
    expect(contract(DRIVER).orders.length).to.equal(1);
    const keys = sim.log.filter((e) => e.path === `/v1/contracts/${DRIVER}/service-orders` && e.method === 'POST').map((e) => e.idempotencyKey);
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('a number that is not active shows why nothing can be ordered; an annex service says whom to ask', async () => {
    const suspended = sim.world.customers.get(sim.customers.business)!.contracts.find((c) => c.status === 'suspended')!;
    const element = await services(suspended.id);
    expect(textOf(element)).to.contain('its services cannot be changed until it is active again');
    expect(element.shadowRoot!.querySelector('.icon-button')).to.equal(null);
    const annex = row(element, 'MultiSIM');
    expect(annex.innerText).to.contain('Needs an annex');
  });

  it('portico-service-order-submit is cancelable: nothing is sent', async () => {
    const element = await services();
    element.addEventListener('portico-service-order-submit', (event) => event.preventDefault(), { once: true });
    row(element, 'Data pack 50 GB').querySelector<HTMLButtonElement>('.icon-button')!.click();
    await waitUntil(() => ($(element, '#order-dialog') as HTMLDialogElement).open);
    $(element, '#order-dialog button[type=submit]').click();
    await element.updateComplete;
    // The order is asked for in the same turn as the click, right after the event: none was.
    expect(operations(asked, serviceOrderCreate.id), 'orders asked for').to.deep.equal([]);
    await answered(asked);
    expect(requestsTo(sim, `/v1/contracts/${DRIVER}/service-orders`)).to.deep.equal([]);
    expect(($(element, '#order-dialog') as HTMLDialogElement).open).to.equal(true);
  });

  it('choosing another number closes the order dialog and shows nothing of the last number while the new one loads', async () => {
    const element = await services();
    row(element, 'Data pack 10 GB').querySelector<HTMLButtonElement>('.icon-button')!.click();
    const dialog = $(element, '#order-dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open);
    sim.latency = 400;
    element.contractId = 'ctr_2008';
    await element.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(element.shadowRoot!.querySelector('#order-dialog button[type=submit]') === null).to.equal(true);
    expect(rows(element).length).to.equal(0);
    expect(element.shadowRoot!.querySelector('.icon-button') === null).to.equal(true);
    // The button that opened the dialog went with the last number's rows: focus goes to the title.
    await focusOn(element, $(element, '#title'), 'focus on the widget’s title, not lost to the page');
    await waitUntil(() => names(element).includes('Voicemail'), 'the new number’s services', { timeout: 5000 });
    expect(element.shadowRoot!.activeElement === $(element, '#title'), 'focus stays while the new number loads').to.equal(true);
    sim.latency = 0;
    // Everything the change of number led to has been asked for, answered and shown: no order.
    await answered(asked);
    await element.updateComplete;
    expect(operations(asked, serviceOrderCreate.id, serviceOrderRetrieve.id), 'orders asked for or checked').to.deep.equal([]);
    expect(requestsTo(sim, '/v1/contracts/ctr_2008/service-orders')).to.deep.equal([]);
    expect(requestsTo(sim, `/v1/contracts/${DRIVER}/service-orders`)).to.deep.equal([]);
  });

  it('an order answered after the number changed is not shown on the new number', async () => {
    const element = await services();
    row(element, 'Data pack 10 GB').querySelector<HTMLButtonElement>('.icon-button')!.click();
    const dialog = $(element, '#order-dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open);
    sim.faults.enqueue({ latency: 800, path: `/v1/contracts/${DRIVER}/service-orders` });
    $(element, '#order-dialog button[type=submit]').click();
    await waitUntil(() => sim.log.some((e) => e.method === 'POST' && e.path === `/v1/contracts/${DRIVER}/service-orders`), 'the order is sent');
    element.contractId = 'ctr_2008';
    await waitUntil(() => names(element).includes('Voicemail'), 'the new number’s services', { timeout: 5000 });
    // The order's answer is in (or the request was given up), and the widget done with it.
    expect(operations(asked, serviceOrderCreate.id)).to.deep.equal([serviceOrderCreate.id]);
    await answered(asked);
    await element.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(element.shadowRoot!.querySelector('#order-result') === null).to.equal(true);
    expect(live(element)).to.equal('');
    expect(contract('ctr_2008').orders.length).to.equal(0);
  });

  it('an order being checked when the number changes is not announced on the new number', async () => {
    polls = holdPolls();
    const element = await services();
    await order(element, 'Data pack 10 GB');
    $(element, '#order-dialog .dialog-actions button').click();
    const orders = `/v1/contracts/${DRIVER}/service-orders/`;
    sim.faults.enqueue({ latency: 1500, path: orders });
    // The first check, 2 s after the order: still on its way when the number changes.
    await answered(asked);
    expect(polls.run(), 'checks due').to.equal(1);
    await waitUntil(() => sim.log.some((e) => e.method === 'GET' && e.path.startsWith(orders)), 'a check is under way', { timeout: 5000 });
    // Done by the time the check is answered.
    sim.clock.advance(11_000);
    element.contractId = 'ctr_2008';
    await waitUntil(() => names(element).includes('Voicemail'), 'the new number’s services', { timeout: 5000 });
    // The slow check answered (or given up) and handled, and the round after it run.
    await nextRound(element);
    expect(live(element)).to.not.contain('Data pack 10 GB');
    expect(requestsTo(sim, '/v1/contracts/ctr_2008/service-orders')).to.deep.equal([]);
  });

  it('an order being checked when the number changes is not followed on the new number', async () => {
    polls = holdPolls();
    const element = await services();
    await order(element, 'Data pack 10 GB');
    $(element, '#order-dialog .dialog-actions button').click();
    const orders = `/v1/contracts/${DRIVER}/service-orders/`;
    sim.faults.enqueue({ latency: 1500, path: orders });
    // The first check, 2 s after the order: still on its way when the number changes.
    await answered(asked);
    expect(polls.run(), 'checks due').to.equal(1);
    await waitUntil(() => sim.log.some((e) => e.method === 'GET' && e.path.startsWith(orders)), 'a check is under way', { timeout: 5000 });
    element.contractId = 'ctr_2008';
    await waitUntil(() => names(element).includes('Voicemail'), 'the new number’s services', { timeout: 5000 });
    // Past the slow answer (1.5 s) and the next round of checks (2 s after it).
    await nextRound(element);
    expect(requestsTo(sim, '/v1/contracts/ctr_2008/service-orders')).to.deep.equal([]);
    expect(requestsTo(sim, orders).length).to.equal(1);
  });

  it('stops following an order the API no longer knows', async () => {
    polls = holdPolls();
    const element = await services();
    await order(element, 'Data pack 10 GB');
    const orders = `/v1/contracts/${DRIVER}/service-orders/`;
    sim.faults.persist({ status: 404, path: orders });
    await nextRound(element);
    expect(requestsTo(sim, orders), 'the order is checked').to.deep.equal(['GET 404']);
    // The next round would come 2 s later: nothing is left to check in it.
    expect(polls.pending, 'checks scheduled').to.equal(0);
    await nextRound(element);
    expect(requestsTo(sim, orders)).to.deep.equal(['GET 404']);
  });

  it('follows an order placed here to its end, even when the list loaded after it no longer shows it', async () => {
    polls = holdPolls();
    const element = await services();
    const told: string[] = [];
    element.addEventListener('portico-service-order', (event) => told.push(event.detail.order.status));
    // The list asked for once the order is accepted is answered only after the order is done.
    sim.faults.enqueue({ latency: 300, path: `/v1/contracts/${DRIVER}/services`, method: 'GET' });
    await order(element, 'Data pack 10 GB');
    sim.clock.advance(11_000);
    await nextRound(element);
    expect(row(element, 'Data pack 10 GB').querySelector('.badge')!.textContent!.trim()).to.equal('Active');
    await waitUntil(() => live(element) === 'Data pack 10 GB activated.', 'the order is told done');
    expect(told).to.deep.equal(['accepted', 'completed']);
    expect(polls.pending, 'nothing left to check').to.equal(0);
  });

  it('ticking whom to notify after a lost answer is still the same order: one key, one order', async () => {
    const element = await services();
    row(element, 'Caller ID restriction (CLIR)').querySelector<HTMLButtonElement>('.icon-button')!.click();
    const dialog = $(element, '#order-dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open);
    sim.faults.enqueue({ loseResponse: true, path: `/v1/contracts/${DRIVER}/service-orders` });
    $(element, '#order-dialog button[type=submit]').click();
    await shows(element, '#order-error');
    dialog.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await element.updateComplete;
    $(element, '#order-dialog button[type=submit]').click();
    await shows(element, '#order-result');
    expect(textOf(element, '#order-dialog')).to.contain(`Order ${contract(DRIVER).orders[0]!.number} has been accepted`);
    expect(contract(DRIVER).orders.length).to.equal(1);
    const keys = sim.log.filter((e) => e.path === `/v1/contracts/${DRIVER}/service-orders` && e.method === 'POST').map((e) => e.idempotencyKey);
    expect(keys.length).to.be.at.least(2);
    expect(new Set(keys).size).to.equal(1);
  });

  it('says "saved" again when the same settings are saved twice', async () => {
    const element = await services('ctr_2008');
    row(element, 'Voicemail').querySelector<HTMLButtonElement>('.toggle')!.click();
    await element.updateComplete;
    type($(element, '#voicemail-rings'), '25');
    $(element, '#details-voicemail button[type=submit]').click();
    await waitUntil(() => live(element) === 'Settings of Voicemail saved.', 'saved');
    const region = $(element, '[role="status"][aria-live]');
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push((region.textContent ?? '').trim()));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    await waitUntil(() => !element.shadowRoot!.querySelector('#details-voicemail .save .spinner'), 'save done');
    type($(element, '#voicemail-rings'), '30');
    $(element, '#details-voicemail button[type=submit]').click();
    try {
      await waitUntil(() => heard.includes('') && heard.at(-1) === 'Settings of Voicemail saved.', 'the message is said again', { timeout: 3000 });
    } finally {
      observer.disconnect();
    }
  });

  it('writes numbers and yes / no in the widget’s language', async () => {
    const suspended = sim.world.customers.get(sim.customers.business)!.contracts.find((c) => c.status === 'suspended')!;
    suspended.services.set('voicemail', { ...suspended.services.get('voicemail')!, status: 'active', values: { rings: 12500, smsNotice: false } });
    const element = await services(suspended.id, 'pl');
    row(element, 'Poczta głosowa').querySelector<HTMLButtonElement>('.toggle')!.click();
    await element.updateComplete;
    const details = textOf(element, '#details-voicemail');
    expect(details).to.contain('Przekierowanie po 12 500 s');
    expect(details).to.contain('SMS o nowej wiadomości Nie');
  });
});
