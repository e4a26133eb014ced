import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@portico/elements/top-up-form';
import '@portico/elements/bank-transfer';
import '@portico/elements/contract-list';
import '@portico/elements/contract-card';
import '@portico/elements/service-list';
import '@portico/elements/ticket-form';
import '@portico/elements/ticket-list';
import '@portico/elements/ticket-thread';
import type { PorticoBankTransfer, PorticoContractCard, PorticoServiceList, PorticoTicketForm, PorticoTicketList, PorticoTicketThread, PorticoTopUpForm } from '@portico/elements';
import { topUpAttachConfirmation, topUpCreate, type Permission } from '@portico/sdk/account';
import { contractRevealPuk, contractUpdateContact, serviceOrderCreate, serviceUpdate, simSwapCreate } from '@portico/sdk/contracts';
import { ticketClose, ticketCreate, ticketReply, ticketUpdateCc } from '@portico/sdk/helpdesk';
import { $, clientFor, mount, requestsTo, shows, simulator, textOf, type } from './support.ts';
import { answered, operations, watch, type Asked } from './signals.ts';

const sim = await simulator();
const PREPAID = sim.customers.prepaid;
const BUSINESS = sim.customers.business;
/** The business customer's answered ticket, with a CC recipient. */
const TICKET = 'tkt_655821';

const READ_ONLY = {
  en: 'Your portal user can view but not change anything here. An administrator of the account can change that.',
  pl: 'Twój użytkownik portalu może tu przeglądać, ale niczego nie zmieni. Może to zmienić administrator konta.',
};
const NOT_ALLOWED_TITLE = { en: 'Not available to your user', pl: 'Niedostępne dla Twojego użytkownika' };
const needs = {
  en: (permission: string) => `This needs the “${permission}” permission, which your portal user does not have. An administrator of the account can grant it.`,
  pl: (permission: string) => `Wymaga uprawnienia „${permission}”, którego Twój użytkownik portalu nie ma. Może je nadać administrator konta.`,
};

/** What the widget mounted last asked its client for. */
let asked: Asked[] = [];

/** A client whose sessions act as one portal user of the customer, as a reseller's backend mints them; its requests land in `asked`. */
function asUser(customerId: string, userId: string) {
  const client = clientFor(sim, customerId, { fetchSessionToken: async () => sim.createSession(customerId, undefined, userId) });
  asked = watch(client);
  return client;
}

/** A portal user added by the account's main administrator, as the portal-users widget adds one; its id. */
async function addUser(customerId: string, name: string, permissions: Permission[], access: 'full' | 'read_only'): Promise<string> {
  const admin = clientFor(sim, customerId);
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.pl`;
  const user = await admin.account.users.create({ name, email, role: 'user', permissions, access, canLogIn: true, twoFactorRequired: false, password: 'Nowy-uzytkownik-1' });
  return user.id;
}

/** The control is unavailable: aria-disabled, and described by a note in the widget that says `reason`. */
function expectUnavailable(element: Element, control: HTMLElement, reason: string): void {
  expect(control.getAttribute('aria-disabled'), 'aria-disabled').to.equal('true');
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const notes = ids.map((id) => element.shadowRoot!.getElementById(id)).filter((note) => note !== null);
  const note = notes.find((n) => n.textContent!.replace(/\s+/g, ' ').trim() === reason);
  expect(note, `a note that says "${reason}" describes the control`).to.not.equal(undefined);
  expect(note!.checkVisibility(), 'the reason is in view').to.equal(true);
}

/** Nothing was asked for `operation`: its request would have been asked in the turn of the click. */
async function expectNothingSent(operation: { id: string }, path: string, method = 'POST'): Promise<void> {
  expect(operations(asked, operation.id), `${operation.id} asked for`).to.deep.equal([]);
  await answered(asked);
  expect(requestsTo(sim, path).filter((r) => r.startsWith(method))).to.deep.equal([]);
}

/** The widget's content is refused: not available to the user, the permission named, no retry, no toolbar. */
async function expectRefused(element: Element, locale: 'en' | 'pl', permission: string, toolbar: string[] = []): Promise<void> {
  await shows(element, '[part~="error"]');
  expect(textOf(element, '.error-title')).to.equal(NOT_ALLOWED_TITLE[locale]);
  expect(textOf(element, '[part~="error"] p')).to.equal(needs[locale](permission));
  expect(element.shadowRoot!.querySelector('[part~="retry"]'), 'no retry').to.equal(null);
  for (const selector of toolbar) expect(element.shadowRoot!.querySelector(selector), `no ${selector}`).to.equal(null);
  await expect(element).to.be.accessible();
}

beforeEach(() => {
  sim.reset();
  sim.latency = 0;
  localStorage.removeItem(`portico.ticket-draft.${BUSINESS}`);
});

describe('finances: <portico-top-up-form>', () => {
  const form = (client: ReturnType<typeof asUser>, locale = 'en') => mount<PorticoTopUpForm>(html`<portico-top-up-form .client=${client} locale=${locale}></portico-top-up-form>`);

  it('a user with "finances" tops up', async () => {
    const element = await form(asUser(PREPAID, 'usr_1001_accounts'));
    type(await shows(element, '#amount'), '25');
    $(element, 'button.submit').click();
    await shows(element, '#result-title');
    expect(requestsTo(sim, '/v1/account/top-ups')).to.deep.equal(['POST 201']);
    expect(element.shadowRoot!.querySelector('[part~="unavailable"]')).to.equal(null);
  });

  it('a user without "finances": not available, the permission named, no form', async () => {
    const element = await form(asUser(PREPAID, 'usr_1001_office'), 'pl');
    await expectRefused(element, 'pl', 'Finanse', ['form', '#amount']);
  });

  it('a read-only user sees the balance, and where the form would be, why it is not there; a surrounding form is invalid with that reason', async () => {
    const viewer = await addUser(PREPAID, 'Biuro rachunkowe podglad', ['finances'], 'read_only');
    const element = await form(asUser(PREPAID, viewer));
    const state = await shows(element, '[part~="unavailable"]');
    expect(textOf(element, '[part~="summary"]')).to.contain('Available balance');
    expect(state.querySelector('h3')!.textContent).to.equal(NOT_ALLOWED_TITLE.en);
    expect(state.querySelector('p')!.textContent).to.equal(READ_ONLY.en);
    expect(element.shadowRoot!.querySelector('#amount'), 'no amount to type').to.equal(null);
    expect(element.validationMessage).to.equal(READ_ONLY.en);
    await expectNothingSent(topUpCreate, '/v1/account/top-ups');
    await expect(element).to.be.accessible();
  });
});

describe('finances: <portico-bank-transfer>', () => {
  /** A pending transfer top-up of the prepaid customer, made by its administrator. */
  const pending = async () => (await clientFor(sim, PREPAID).request(topUpCreate, { body: { amount: { amount: 15_000, currency: 'PLN' }, paymentMethodId: 'pm_transfer' } })).id;
  const transfer = (client: ReturnType<typeof asUser>, id: string, locale = 'en') =>
    mount<PorticoBankTransfer>(html`<portico-bank-transfer .client=${client} top-up-id=${id} locale=${locale}></portico-bank-transfer>`);

  it('a user with "finances" attaches the bank’s confirmation', async () => {
    const id = await pending();
    const element = await transfer(asUser(PREPAID, 'usr_1001_accounts'), id);
    const input = (await shows(element, '#file')) as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array(2000)], 'potwierdzenie.pdf', { type: 'application/pdf' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await shows(element, '#upload-result');
    expect(requestsTo(sim, `/v1/account/top-ups/${id}/confirmation`)).to.deep.equal(['POST 200']);
  });

  it('a user without "finances": not available, the permission named', async () => {
    const element = await transfer(asUser(PREPAID, 'usr_1001_office'), await pending());
    await expectRefused(element, 'en', 'Finances', ['.transfer', '#file']);
  });

  it('a read-only user sees where to send the money, and why there is no upload in its place', async () => {
    const id = await pending();
    const viewer = await addUser(PREPAID, 'Biuro rachunkowe podglad', ['finances'], 'read_only');
    const element = await transfer(asUser(PREPAID, viewer), id, 'pl');
    const note = await shows(element, '.confirmation [part~="unavailable"]');
    expect(note.textContent!.trim()).to.equal(READ_ONLY.pl);
    expect(textOf(element, '.transfer')).to.contain('PL61 1090 1014 0000 0712 1981 2874');
    expect(element.shadowRoot!.querySelector('#file'), 'no file to choose').to.equal(null);
    await expectNothingSent(topUpAttachConfirmation, `/v1/account/top-ups/${id}/confirmation`);
    await expect(element).to.be.accessible();
  });
});

describe('services: <portico-contract-list>', () => {
  const list = (client: ReturnType<typeof asUser>, locale = 'en') => mount(html`<portico-contract-list .client=${client} locale=${locale}></portico-contract-list>`);

  it('a user with "services" and a read-only user search and filter the numbers', async () => {
    for (const user of ['usr_1002_fleet', 'usr_1002_audit']) {
      const element = await list(asUser(BUSINESS, user));
      await shows(element, '.item');
      expect(element.shadowRoot!.querySelector('[role="search"] input[type="search"]'), `${user} searches`).to.not.equal(null);
    }
  });

  it('a user without "services": not available, the permission named, no search or filters', async () => {
    const helpdesk = await addUser(BUSINESS, 'Recepcja', ['support'], 'full');
    const element = await list(asUser(BUSINESS, helpdesk), 'pl');
    await expectRefused(element, 'pl', 'Usługi', ['[role="search"]', 'select']);
  });
});

describe('services: <portico-contract-card>', () => {
  const card = async (client: ReturnType<typeof asUser>, locale = 'en') => {
    const element = await mount<PorticoContractCard>(html`<portico-contract-card .client=${client} contract-id="ctr_2006" locale=${locale}></portico-contract-card>`);
    await shows(element, '.details');
    return element;
  };
  const pukButton = (element: Element) => $(element, '.puk button');
  const dialog = (element: Element, id: string) => $(element, `#${id}`) as HTMLDialogElement;

  it('a user with "services" reveals the PUK, and opens the contact change and the SIM order', async () => {
    const element = await card(asUser(BUSINESS, 'usr_1002_fleet'));
    await answered(asked);
    expect(element.shadowRoot!.querySelector('[part~="unavailable"]')).to.equal(null);
    pukButton(element).click();
    await shows(element, '#puk-code');
    pukButton(element).click();
    $(element, '#edit-contact').click();
    await waitUntil(() => dialog(element, 'contact-dialog').open, 'the contact dialog opens');
    dialog(element, 'contact-dialog').close();
    $(element, '#order-sim').click();
    await waitUntil(() => dialog(element, 'swap-dialog').open, 'the order dialog opens');
    dialog(element, 'swap-dialog').close();
  });

  it('a user without "services": not available, the permission named, no actions', async () => {
    const helpdesk = await addUser(BUSINESS, 'Recepcja', ['support'], 'full');
    const element = await mount(html`<portico-contract-card .client=${asUser(BUSINESS, helpdesk)} contract-id="ctr_2006" locale="en"></portico-contract-card>`);
    await expectRefused(element, 'en', 'Services', ['[part~="actions"]', '.puk button']);
    expect($(element, '#title').textContent, 'the title for assistive tech says it too').to.equal(NOT_ALLOWED_TITLE.en);
  });

  for (const locale of ['en', 'pl'] as const) {
    it(`a read-only user sees the contract, with the PUK, the contact change and the SIM order unavailable and why, said once (${locale})`, async () => {
      const element = await card(asUser(BUSINESS, 'usr_1002_audit'), locale);
      await shows(element, '[part~="unavailable"]');
      expect(element.shadowRoot!.querySelectorAll('[part~="unavailable"]').length, 'said once').to.equal(1);
      for (const control of [pukButton(element), $(element, '#edit-contact'), $(element, '#order-sim')]) {
        expectUnavailable(element, control, READ_ONLY[locale]);
        control.click();
      }
      await element.updateComplete;
      expect(dialog(element, 'contact-dialog').open || dialog(element, 'swap-dialog').open, 'no dialog opens').to.equal(false);
      expect(element.shadowRoot!.querySelector('#puk-code')).to.equal(null);
      for (const operation of [contractRevealPuk, contractUpdateContact, simSwapCreate]) expect(operations(asked, operation.id)).to.deep.equal([]);
      await answered(asked);
      expect(requestsTo(sim, '/v1/contracts/ctr_2006/').filter((r) => !r.startsWith('GET'))).to.deep.equal([]);
      // Looking elsewhere is not a change: the way to the calls and the services stays.
      const navigation = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button:not([data-unavailable])')];
      expect(navigation.map((b) => b.getAttribute('aria-disabled') === 'true')).to.deep.equal([false, false]);
      await expect(element).to.be.accessible();
    });
  }
});

describe('services: <portico-service-list>', () => {
  const services = async (client: ReturnType<typeof asUser>, id = 'ctr_2005', locale = 'en') => {
    const element = await mount<PorticoServiceList>(html`<portico-service-list .client=${client} contract-id=${id} locale=${locale}></portico-service-list>`);
    await shows(element, '.service');
    return element;
  };
  const row = (element: Element, name: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.service')].find((r) => r.querySelector('.name')!.textContent === name)!;
  const open = async (element: PorticoServiceList, name: string, id: string) => {
    row(element, name).querySelector<HTMLButtonElement>('.toggle')!.click();
    await element.updateComplete;
    return $(element, `#details-${id}`);
  };

  it('a user with "services" orders a change and changes a setting', async () => {
    const element = await services(asUser(BUSINESS, 'usr_1002_fleet'), 'ctr_2008');
    await answered(asked);
    expect(element.shadowRoot!.querySelector('[part~="unavailable"]')).to.equal(null);
    const details = await open(element, 'Voicemail', 'voicemail');
    type($(element, '#voicemail-rings'), '25');
    details.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => requestsTo(sim, '/v1/contracts/ctr_2008/services/voicemail').includes('PATCH 200'), 'the setting is saved');
    $(element, '.service .icon-button').click();
    await waitUntil(() => ($(element, '#order-dialog') as HTMLDialogElement).open, 'the order dialog opens');
    ($(element, '#order-dialog') as HTMLDialogElement).close();
  });

  it('a user without "services": not available, the permission named, no filter', async () => {
    const helpdesk = await addUser(BUSINESS, 'Recepcja', ['support'], 'full');
    const element = await mount(html`<portico-service-list .client=${asUser(BUSINESS, helpdesk)} contract-id="ctr_2005" locale="pl"></portico-service-list>`);
    await expectRefused(element, 'pl', 'Usługi', ['[part~="filter"]']);
  });

  it('a read-only user sees the services and their settings, with every order unavailable and why, and no setting to change', async () => {
    const element = await services(asUser(BUSINESS, 'usr_1002_audit'), 'ctr_2008');
    const note = await shows(element, '#changes-unavailable');
    expect(note.textContent!.trim()).to.equal(READ_ONLY.en);
    expect(element.shadowRoot!.querySelector('[part~="filter"]'), 'the filter stays').to.not.equal(null);
    const switches = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.service .icon-button')];
    expect(switches.length).to.be.greaterThan(0);
    for (const control of switches) expectUnavailable(element, control, READ_ONLY.en);
    switches[0]!.click();
    await element.updateComplete;
    expect(($(element, '#order-dialog') as HTMLDialogElement | null)?.open ?? false, 'no order dialog').to.equal(false);
    const details = await open(element, 'Voicemail', 'voicemail');
    expect(details.querySelector('input, select'), 'settings shown as they are').to.equal(null);
    expect(details.querySelector('[part~="unavailable"]')!.textContent!.trim()).to.equal(READ_ONLY.en);
    expect(details.querySelector('button[type=submit]'), 'no Save').to.equal(null);
    await expectNothingSent(serviceOrderCreate, '/v1/contracts/ctr_2008/service-orders');
    expect(operations(asked, serviceUpdate.id)).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });
});

describe('support: <portico-ticket-form>', () => {
  const form = (client: ReturnType<typeof asUser>, locale = 'en') => mount<PorticoTicketForm>(html`<portico-ticket-form .client=${client} locale=${locale}></portico-ticket-form>`);

  it('a user with "support" files a ticket', async () => {
    const element = await form(asUser(BUSINESS, 'usr_1002_fleet'));
    const department = (await shows(element, '#departmentId')) as HTMLSelectElement;
    department.value = 'dep_technical';
    department.dispatchEvent(new Event('change'));
    type($(element, '#subject'), 'Brak zasięgu LTE w Strykowie');
    type($(element, '#message'), 'Od rana telefony w magazynie łapią tylko zasięg 2G. Prosimy o sprawdzenie.');
    await element.updateComplete;
    $(element, '[part~="submit"]').click();
    await shows(element, '#result-title');
    expect(requestsTo(sim, '/v1/helpdesk/tickets').filter((r) => r.startsWith('POST'))).to.deep.equal(['POST 201']);
  });

  it('a user without "support": not available, the permission named, no form', async () => {
    const element = await form(asUser(BUSINESS, 'usr_1002_audit'), 'pl');
    await expectRefused(element, 'pl', 'Pomoc techniczna', ['form', '#subject']);
  });

  it('a read-only user with "support" is told, where the form would be, why it is not there', async () => {
    const viewer = await addUser(BUSINESS, 'Recepcja podglad', ['support'], 'read_only');
    const element = await form(asUser(BUSINESS, viewer));
    const state = await shows(element, '[part~="unavailable"]');
    expect(state.querySelector('h3')!.textContent).to.equal(NOT_ALLOWED_TITLE.en);
    expect(state.querySelector('p')!.textContent).to.equal(READ_ONLY.en);
    expect(element.shadowRoot!.querySelector('form'), 'no form').to.equal(null);
    await expectNothingSent(ticketCreate, '/v1/helpdesk/tickets');
    await expect(element).to.be.accessible();
  });
});

describe('support: <portico-ticket-list>', () => {
  const list = async (client: ReturnType<typeof asUser>, locale = 'en') => mount<PorticoTicketList>(html`<portico-ticket-list .client=${client} locale=${locale}></portico-ticket-list>`);
  const openButton = (element: Element) => $(element, 'header .button--primary');

  it('a user with "support" asks to open a ticket', async () => {
    const element = await list(asUser(BUSINESS, 'usr_1002_fleet'));
    await shows(element, '.item');
    await answered(asked);
    const asking = oneEvent(element, 'portico-ticket-new');
    openButton(element).click();
    await asking;
    expect(openButton(element).getAttribute('aria-disabled')).to.equal('false');
  });

  it('a user without "support": not available, the permission named, no "Open ticket" or filter', async () => {
    const element = await list(asUser(BUSINESS, 'usr_1002_audit'));
    await expectRefused(element, 'en', 'Support', ['header button', '[part~="filter"]']);
  });

  it('a read-only user with "support" sees the tickets, with "Open ticket" unavailable and why', async () => {
    const viewer = await addUser(BUSINESS, 'Recepcja podglad', ['support'], 'read_only');
    const element = await list(asUser(BUSINESS, viewer), 'pl');
    await shows(element, '.item');
    await shows(element, '[part~="unavailable"]');
    expectUnavailable(element, openButton(element), READ_ONLY.pl);
    let asking = 0;
    element.addEventListener('portico-ticket-new', () => asking++);
    openButton(element).click();
    // Reached from the keyboard, as the reason is: pressed there, it does nothing either.
    openButton(element).focus();
    expect(element.shadowRoot!.activeElement === openButton(element), 'focusable').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(asking, 'no portico-ticket-new').to.equal(0);
    expect(element.shadowRoot!.querySelector('[part~="filter"]'), 'the filter stays').to.not.equal(null);
    await expect(element).to.be.accessible();
  });
});

describe('support: <portico-ticket-thread>', () => {
  const thread = async (client: ReturnType<typeof asUser>, locale = 'en') => {
    const element = await mount<PorticoTicketThread>(html`<portico-ticket-thread .client=${client} ticket-id=${TICKET} locale=${locale}></portico-ticket-thread>`);
    await shows(element, '.history');
    return element;
  };

  it('a user with "support" replies, closes and changes the CC recipients', async () => {
    const element = await thread(asUser(BUSINESS, 'usr_1002_fleet'));
    await answered(asked);
    expect(element.shadowRoot!.querySelector('[part~="unavailable"]')).to.equal(null);
    $(element, '.chip button').click();
    await waitUntil(() => requestsTo(sim, `/v1/helpdesk/tickets/${TICKET}/cc`).includes('PUT 200'), 'the CC list is saved');
    $(element, '#reply-button').click();
    await shows(element, '#reply');
    $(element, '#close').click();
    await shows(element, '#close-question');
  });

  it('a user without "support": not available, the permission named', async () => {
    const element = await mount(html`<portico-ticket-thread .client=${asUser(BUSINESS, 'usr_1002_audit')} ticket-id=${TICKET} locale="pl"></portico-ticket-thread>`);
    await expectRefused(element, 'pl', 'Pomoc techniczna', ['#reply-button', '.cc']);
    expect(textOf(element, '#title'), 'the title says it too').to.equal(NOT_ALLOWED_TITLE.pl);
  });

  for (const locale of ['en', 'pl'] as const) {
    it(`a read-only user with "support" reads the ticket, with reply, close and the CC recipients unavailable and why (${locale})`, async () => {
      const viewer = await addUser(BUSINESS, 'Recepcja podglad', ['support'], 'read_only');
      const element = await thread(asUser(BUSINESS, viewer), locale);
      await shows(element, '#actions-unavailable');
      const reply = $(element, '#reply-button');
      const close = $(element, '#close');
      const remove = $(element, '.chip button');
      for (const control of [reply, close, remove]) {
        expectUnavailable(element, control, READ_ONLY[locale]);
        control.click();
      }
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('#reply'), 'no reply form').to.equal(null);
      expect(element.shadowRoot!.querySelector('#close-question'), 'no question to close').to.equal(null);
      expect(element.shadowRoot!.querySelector('#cc-new'), 'no address to add').to.equal(null);
      expect(textOf(element, '#cc-unavailable')).to.equal(READ_ONLY[locale]);
      for (const operation of [ticketReply, ticketClose, ticketUpdateCc]) expect(operations(asked, operation.id)).to.deep.equal([]);
      await answered(asked);
      expect(requestsTo(sim, `/v1/helpdesk/tickets/${TICKET}/`)).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });
  }
});
