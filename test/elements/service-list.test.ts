import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@portico/elements/service-list';
import type { PorticoServiceList } from '@portico/elements';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf, type } from './support.ts';

const sim = await simulator();
const DRIVER = 'ctr_2005';
const contract = (id: string) => sim.world.customers.get(sim.customers.business)!.contracts.find((c) => c.id === id)!;
const rows = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.service')];
const row = (element: Element, name: string) => rows(element).find((r) => r.querySelector('.name')!.textContent === name)!;

async function services(id = DRIVER, locale = 'en'): Promise<PorticoServiceList> {
  const element = await mount<PorticoServiceList>(html`<portico-service-list .client=${clientFor(sim, sim.customers.business)} contract-id=${id} locale=${locale}></portico-service-list>`);
  await shows(element, '.service');
  return element;
}

describe('<portico-service-list>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
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
    expect(requestsTo(sim, '/v1/contracts/ctr_2008/services/voicemail').filter((r) => r.startsWith('PATCH'))).to.deep.equal([]);
    type(rings, '25');
    $(element, '#details-voicemail button[type=submit]').click();
    await waitUntil(() => textOf(element, '[role="status"][aria-live]') === 'Settings of Voicemail saved.');
    expect(contract('ctr_2008').services.get('voicemail')!.values.rings).to.equal(25);
    await expect(element).to.be.accessible();
  });

  it('activates a service as the portal does: description → whom to notify → Next → accepted; then follows the order to the end', async () => {
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
    const settled = await completed;
    expect(settled.detail.order.status).to.equal('completed');
    await waitUntil(() => row(element, 'Data pack 10 GB').querySelector('.badge')!.textContent!.trim() === 'Active', 'the service is active', { timeout: 5000 });
    expect(textOf(element, '[role="status"][aria-live]')).to.equal('Data pack 10 GB activated.');
  });

  it('a failed order says why, and the service stays as it was', async () => {
    const element = await services('ctr_2014');
    row(element, 'International calls').querySelector<HTMLButtonElement>('.icon-button')!.click();
    await waitUntil(() => ($(element, '#order-dialog') as HTMLDialogElement).open);
    $(element, '#order-dialog button[type=submit]').click();
    await shows(element, '#order-result');
    $(element, '#order-dialog .dialog-actions button').click();
    sim.clock.advance(11_000);
    await waitUntil(() => textOf(element, '[role="status"][aria-live]').startsWith('The order for International calls failed.'), 'the failure is announced', { timeout: 5000 });
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
    expect(requestsTo(sim, `/v1/contracts/${DRIVER}/service-orders`)).to.deep.equal([]);
  });
});
