import { expect, html, waitUntil } from '@open-wc/testing';
import '@portico/elements/extensions';
import '@portico/elements/top-up-form';
import '@portico/elements/ticket-list';
import '@portico/elements/call-log-table';
import type { PorticoCallLogTable } from '@portico/elements';
import { $, clientFor, mount, requestsTo, shows, simulator, textOf } from './support.ts';

const sim = await simulator();

/** A client whose sessions act as one portal user of the customer, as a reseller's backend mints them. */
const asUser = (customerId: string, userId: string) => clientFor(sim, customerId, { fetchSessionToken: async () => sim.createSession(customerId, undefined, userId) });

/**
 * A portal user who may not see what a widget shows gets it said — which permission is
 * missing and who can grant it — with no retry that could not help, and no portico-error loop.
 */
describe('widgets for a portal user without the permission they need', () => {
  beforeEach(() => sim.reset());

  it('the extensions of a user without "telephony": not available, the permission named, no retry', async () => {
    const element = await mount(html`<portico-extensions .client=${asUser(sim.customers.prepaid, 'usr_1001_accounts')} locale="pl"></portico-extensions>`);
    const alert = await shows(element, '[part~="error"]');
    expect(textOf(element, '.error-title')).to.equal('Niedostępne dla Twojego użytkownika');
    expect(alert.textContent).to.contain('Wymaga uprawnienia „Telefonia”, którego Twój użytkownik portalu nie ma. Może je nadać administrator konta.');
    expect(element.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('the top-up form of a user without "finances", in English', async () => {
    const element = await mount(html`<portico-top-up-form .client=${asUser(sim.customers.prepaid, 'usr_1001_office')} locale="en"></portico-top-up-form>`);
    await shows(element, '[part~="error"]');
    expect(textOf(element, '.error-title')).to.equal('Not available to your user');
    expect(textOf(element, '[part~="error"] p')).to.equal('This needs the “Finances” permission, which your portal user does not have. An administrator of the account can grant it.');
    expect(element.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
  });

  it('the same widgets for users who have the permission show their content', async () => {
    const extensions = await mount(html`<portico-extensions .client=${asUser(sim.customers.prepaid, 'usr_1001_office')} locale="pl"></portico-extensions>`);
    await shows(extensions, '[data-edit]');
    const tickets = await mount(html`<portico-ticket-list .client=${asUser(sim.customers.prepaid, 'usr_1001_office')} locale="pl"></portico-ticket-list>`);
    await shows(tickets, '.item');
    expect(requestsTo(sim, '/v1/helpdesk/tickets').every((r) => r.endsWith(' 200'))).to.equal(true);
  });

  it('a failure that trying again may mend still offers to try again', async () => {
    sim.faults.enqueue({ status: 503, path: '/v1/telephony/extensions' });
    const element = await mount(html`<portico-extensions .client=${asUser(sim.customers.prepaid, 'usr_1001_office')} locale="en"></portico-extensions>`);
    await shows(element, '[part~="retry"]');
    expect(textOf(element, '.error-title')).to.equal('We couldn’t load this');
    $(element, '[part~="retry"]').click();
    await shows(element, '[data-edit]');
  });
});

describe('the call log for a portal user without "recordings"', () => {
  beforeEach(() => sim.reset());

  it('shows the calls; a recording is not offered to play, the reason said once, and nothing is asked for', async () => {
    const element = await mount<PorticoCallLogTable>(html`<portico-call-log-table .client=${asUser(sim.customers.trunk, 'usr_1005_reception')} source="pbx" locale="pl"></portico-call-log-table>`);
    const play = await shows(element, 'button.play');
    // Known once the session's permissions are in: asked by the first render that needs them.
    await waitUntil(() => play.getAttribute('aria-disabled') === 'true', 'the recording is not offered');
    expect(textOf(element, '#recordings-unavailable')).to.equal('Wymaga uprawnienia „Nagrania rozmów”, którego Twój użytkownik portalu nie ma. Może je nadać administrator konta.');
    expect(play.getAttribute('aria-describedby')).to.equal('recordings-unavailable');
    play.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('portico-call-player')).to.equal(null);
    expect(sim.log.filter((entry) => entry.path.includes('/recording')).length, 'no recording asked for').to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('a user who has it plays one', async () => {
    const element = await mount(html`<portico-call-log-table .client=${asUser(sim.customers.trunk, 'usr_1005_quality')} source="pbx" locale="pl"></portico-call-log-table>`);
    const play = await shows(element, 'button.play');
    expect(element.shadowRoot!.querySelector('#recordings-unavailable')).to.equal(null);
    play.click();
    const player = await shows(element, 'portico-call-player');
    await shows(player, 'audio');
  });
});
