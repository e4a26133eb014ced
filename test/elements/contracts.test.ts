import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@portico/elements/contract-list';
import '@portico/elements/contract-card';
import type { PorticoContractCard, PorticoContractList } from '@portico/elements';
import { simSwapCreate } from '@portico/sdk/contracts';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf, type } from './support.ts';
import { answered, holdTimers, operations, watch, type Asked } from './signals.ts';
import { expectWaitsForItsId } from './waiting.ts';

const sim = await simulator();
const business = () => clientFor(sim, sim.customers.business);
/** What the widget mounted last asked its client for. */
let asked: Asked[] = [];
/** A client for the business customer, whose requests the test follows. */
function watched() {
  const client = business();
  asked = watch(client);
  return client;
}
const contracts = () => sim.world.customers.get(sim.customers.business)!.contracts;
const nbsp = (text: string) => text.replace(/\s/g, ' ');
const items = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item')];
const spaced = (msisdn: string) => msisdn.replace(/^\+48(\d{3})(\d{3})(\d{3})$/, '+48 $1 $2 $3');

/** Every text the live region takes from now on: a message said again shows up again. */
function liveRegion(element: Element): string[] {
  const region = $(element, '[role="status"][aria-live]');
  const said: string[] = [];
  new MutationObserver(() => said.push((region.textContent ?? '').trim())).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

/** The contract list's wait for typing to stop, held: a search typed is sent when the test runs it. */
const holdTyping = () => holdTimers(/\/contract-list\.component\.ts\b/);

async function list(attributes = ''): Promise<PorticoContractList> {
  const element = await mount<PorticoContractList>(html`<portico-contract-list .client=${watched()} locale="en" page-size=${attributes === 'small' ? 10 : 25}></portico-contract-list>`);
  await shows(element, '.item');
  return element;
}

describe('<portico-contract-list>', () => {
  beforeEach(() => sim.reset());

  it('shows every number with its user, plan, status in words and end date, and says how many', async () => {
    const element = await list();
    expect(items(element).length).to.equal(contracts().length);
    expect(textOf(element, '.count')).to.equal(`${contracts().length} numbers`);
    const first = nbsp(items(element)[0]!.innerText);
    expect(first).to.contain('+48 601 200 300');
    expect(first).to.contain('Dyspozytornia · Agnieszka Wróbel');
    expect(first).to.contain('Active');
    await expect(element).to.be.accessible();
  });

  it('searches as one types, without diacritics, with one request after typing stops', async () => {
    const element = await list();
    const before = requestsTo(sim, '/v1/contracts?').length;
    const search = $(element, 'input[type=search]');
    for (const text of ['w', 'wo', 'woj', 'wojc', 'wojcik']) type(search, text);
    await waitUntil(() => items(element).length === 1, 'one result');
    expect(nbsp(items(element)[0]!.innerText)).to.contain('Krzysztof Wójcik');
    expect(textOf(element, '.count')).to.equal('1 number');
    expect(requestsTo(sim, '/v1/contracts?').length - before).to.equal(1);
  });

  it('filters by status and plan; no match offers to clear the filters', async () => {
    const element = await list();
    const [status, plan] = [...element.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')];
    status!.value = 'suspended';
    status!.dispatchEvent(new Event('change'));
    await waitUntil(() => items(element).every((item) => item.innerText.includes('Suspended')) && items(element).length < 5);
    await waitUntil(() => plan!.options.length > 2, 'plans loaded');
    plan!.value = [...plan!.options].find((o) => o.text.startsWith('Biznes Pro'))!.value;
    plan!.dispatchEvent(new Event('change'));
    const empty = await shows(element, '[part="empty"]');
    expect(empty.innerText).to.contain('No numbers match');
    await expect(element).to.be.accessible();
    empty.querySelector('button')!.click();
    await waitUntil(() => items(element).length === contracts().length, 'everything again');
    expect(element.shadowRoot!.activeElement?.getAttribute('type')).to.equal('search');
  });

  it('loads more on demand, and keyboard focus continues where the new numbers begin', async () => {
    const element = await list('small');
    expect(items(element).length).to.equal(10);
    expect(textOf(element, '.count')).to.equal(`Showing 10 of ${contracts().length}`);
    $(element, '.more').click();
    await waitUntil(() => items(element).length === 20);
    expect(element.shadowRoot!.activeElement === items(element)[10], 'where focus is').to.equal(true);
  });

  it('choosing a number fires portico-contract-select and marks it current; arrows move between numbers', async () => {
    const element = await list();
    items(element)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(element.shadowRoot!.activeElement === items(element)[2], 'where focus is').to.equal(true);
    const chosen = oneEvent(element, 'portico-contract-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await chosen;
    expect(detail.contractId).to.equal(contracts()[2]!.id);
    await element.updateComplete;
    expect(items(element)[2]!.getAttribute('aria-current')).to.equal('true');
  });

  it('a "Show more" answered after a new search is dropped: the results and the focus in the search field stay', async () => {
    const element = await list('small');
    sim.faults.enqueue({ latency: 700, path: '/v1/contracts', method: 'GET' });
    $(element, '.more').click();
    const search = $(element, 'input[type=search]');
    search.focus();
    type(search, 'wojcik');
    await waitUntil(() => items(element).length === 1, 'the search result');
    // The late page answered (or given up), and the widget done with it.
    await answered(asked);
    await element.updateComplete;
    expect(items(element).length).to.equal(1);
    expect(nbsp(items(element)[0]!.innerText)).to.contain('Krzysztof Wójcik');
    expect(element.shadowRoot!.activeElement === search, 'focus stays in the search field').to.equal(true);
  });

  it('a failed "Show more" says so at the button, which loads the numbers on a second try', async () => {
    const element = await list('small');
    sim.faults.enqueue({ status: 503, path: '/v1/contracts', method: 'GET' });
    $(element, '.more').click();
    const alert = await shows(element, '[role="alert"]');
    expect(alert.innerText).to.contain('The next numbers could not be loaded.');
    expect(items(element).length).to.equal(10);
    await expect(element).to.be.accessible();
    // "Show more" stays, to try again.
    $(element, '.more').click();
    await waitUntil(() => items(element).length === 20, 'the next numbers');
    expect(element.shadowRoot!.querySelector('[role="alert"]') === null, 'the error is gone').to.equal(true);
  });

  it('clearing the filters also cancels a search still waiting for typing to stop', async () => {
    const element = await list();
    const typing = holdTyping();
    try {
      const search = $(element, 'input[type=search]');
      type(search, 'zzzz');
      typing.run();
      const empty = await shows(element, '[part="empty"]');
      type(search, 'zzzzq');
      expect(typing.pending, 'a search waits for typing to stop').to.equal(1);
      empty.querySelector('button')!.click();
      expect(typing.pending, 'the search waiting is cancelled').to.equal(0);
      await waitUntil(() => items(element).length === contracts().length, 'everything again');
      expect((search as HTMLInputElement).value).to.equal('');
    } finally {
      typing.restore();
    }
  });

  it('a failed search says so, and a retry recovers', async () => {
    sim.faults.enqueue({ status: 503, path: '/v1/contracts' });
    const element = await mount<PorticoContractList>(html`<portico-contract-list .client=${business()} locale="pl"></portico-contract-list>`);
    const alert = await shows(element, '[role="alert"]');
    expect(alert.innerText).to.contain('Wystąpił błąd po naszej stronie');
    $(element, 'button[part~="retry"]').click();
    await shows(element, '.item');
  });
});

async function card(id = 'ctr_2006', extra: { pukVisibleFor?: number } = {}): Promise<PorticoContractCard> {
  const element = await mount<PorticoContractCard>(
    html`<portico-contract-card .client=${watched()} contract-id=${id} locale="en" puk-visible-for=${extra.pukVisibleFor ?? 30}></portico-contract-card>`,
  );
  await shows(element, '.details');
  return element;
}

const dialogOf = (element: Element, id: string) => $(element, `#${id}`) as HTMLDialogElement;
const action = (element: Element, label: string) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.includes(label))!;

async function openSwap(element: Element): Promise<void> {
  action(element, 'Order a new SIM').click();
  await waitUntil(() => dialogOf(element, 'swap-dialog').open, 'the order dialog opens');
}

function fillAddress(element: Element, street = 'ul. Magazynowa 4'): void {
  type($(element, '#street'), street);
  type($(element, '#city'), 'Pruszków');
  type($(element, '#postal-code'), '05-800');
}

const swapPosts = () => sim.log.filter((e) => e.method === 'POST' && e.path === '/v1/contracts/ctr_2006/sim-swaps');

describe('<portico-contract-card>', () => {
  beforeEach(() => sim.reset());
  afterEach(() => {
    sim.latency = 0;
  });

  it('without a contract-id it waits quietly: no request, no portico-error, one line in the console', async () => {
    await expectWaitsForItsId<PorticoContractCard>({ tag: 'portico-contract-card', attribute: 'contract-id', client: business(), give: (card) => (card.contractId = 'ctr_2006'), content: '.details' });
  });

  it('keeps one title from loading to the contract: focus put on it stays', async () => {
    sim.latency = 300;
    const element = await mount<PorticoContractCard>(html`<portico-contract-card .client=${watched()} contract-id="ctr_2006" locale="en"></portico-contract-card>`);
    element.focus();
    expect(element.shadowRoot!.activeElement?.id).to.equal('title');
    await shows(element, '.details');
    expect(element.shadowRoot!.activeElement?.id, 'still on the title, now the number').to.equal('title');
    expect(textOf(element, '#title')).to.match(/^\+48 /);
  });

  it('shows the number, status, plan, end date, SIM user and ICCID; the PUK is not in the page', async () => {
    const element = await card();
    const record = contracts().find((c) => c.id === 'ctr_2006')!;
    const text = nbsp(textOf(element));
    expect(textOf(element, '#title')).to.equal(nbsp(record.msisdn.replace(/^\+48(\d{3})(\d{3})(\d{3})$/, '+48 $1 $2 $3')));
    for (const part of ['Biznes 30 GB', 'Krzysztof Wójcik', 'Active', record.iccid.slice(0, 4)]) expect(text).to.contain(part);
    expect(element.shadowRoot!.innerHTML).not.to.contain(record.puk);
    await expect(element).to.be.accessible();
  });

  it('shows the PUK only when asked, then hides it again by itself', async () => {
    const element = await card('ctr_2006', { pukVisibleFor: 2 });
    const record = contracts().find((c) => c.id === 'ctr_2006')!;
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.puk button')][0]!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('#puk-code')?.textContent === record.puk, 'the PUK appears');
    expect(textOf(element, '[role="status"][aria-live]')).to.equal('PUK shown. It hides itself in 2 seconds.');
    await waitUntil(() => !element.shadowRoot!.innerHTML.includes(record.puk), 'the PUK hides itself', { timeout: 4000 });
  });

  it('edits the contact data in a dialog; a bad e-mail is refused at its field; focus returns to the button', async () => {
    const element = await card();
    const updated = oneEvent(element, 'portico-contact-update');
    const opener = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.includes('Edit contact data'))!;
    opener.click();
    await waitUntil(() => dialogOf(element, 'contact-dialog').open);
    await expect(element).to.be.accessible();
    type($(element, '#email'), 'krzysztof@');
    $(element, '#contact-dialog button[type=submit]').click();
    await element.updateComplete;
    expect(textOf(element, '#email-error')).to.equal('Enter an e-mail address such as anna.nowak@example.pl.');
    expect($(element, '#email').getAttribute('aria-invalid')).to.equal('true');
    type($(element, '#email'), 'k.wojcik@transbud-logistyka.pl');
    type($(element, '#phone'), '601 555 444');
    $(element, '#contact-dialog button[type=submit]').click();
    const { detail } = await updated;
    expect(detail.contract.simUser.phone).to.equal('+48601555444');
    await waitUntil(() => !dialogOf(element, 'contact-dialog').open);
    await focusOn(element, opener, 'focus returns to the button that opened the dialog');
    expect(textOf(element, '[role="status"][aria-live]')).to.equal('Contact data saved.');
    expect(nbsp(textOf(element, '.details'))).to.contain('+48 601 555 444');
  });

  it('a change made meanwhile by someone else is not overwritten; the typed change is kept for a second save', async () => {
    const element = await card();
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')][0]!.click();
    await waitUntil(() => dialogOf(element, 'contact-dialog').open);
    type($(element, '#last-name'), 'Wójcik-Kowalska');
    const record = contracts().find((c) => c.id === 'ctr_2006')!;
    record.simUser = { ...record.simUser, email: 'changed@elsewhere.pl' };
    record.version++;
    $(element, '#contact-dialog button[type=submit]').click();
    await shows(element, '#dialog-message');
    expect(textOf(element, '#dialog-message')).to.contain('Someone changed this number’s data while you were editing');
    expect(($(element, '#last-name') as HTMLInputElement).value).to.equal('Wójcik-Kowalska');
    await waitUntil(() => nbsp(textOf(element, '.details')).includes('changed@elsewhere.pl'), 'the latest data is shown');
    $(element, '#contact-dialog button[type=submit]').click();
    await waitUntil(() => !dialogOf(element, 'contact-dialog').open);
    expect(record.simUser.lastName).to.equal('Wójcik-Kowalska');
  });

  it('orders a new SIM by courier; the address is checked first; a lost card shows as blocked', async () => {
    const element = await card();
    const ordered = oneEvent(element, 'portico-sim-swap');
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')][1]!.click();
    await waitUntil(() => dialogOf(element, 'swap-dialog').open);
    ($(element, 'input[name=reason][value=lost]') as HTMLInputElement).click();
    await element.updateComplete;
    expect(textOf(element, '#swap-dialog')).to.contain('A lost or stolen card is blocked at once');
    type($(element, '#street'), 'ul. Magazynowa 4');
    type($(element, '#city'), 'Pruszków');
    type($(element, '#postal-code'), '05800');
    $(element, '#swap-dialog button[type=submit]').click();
    await element.updateComplete;
    expect(textOf(element, '#postal-code-error')).to.equal('Enter a postal code such as 00-850.');
    // An order is asked for in the same turn as the click: none was.
    expect(operations(asked, simSwapCreate.id), 'orders asked for').to.deep.equal([]);
    expect(requestsTo(sim, '/v1/contracts/ctr_2006/sim-swaps')).to.deep.equal([]);
    type($(element, '#postal-code'), '05-800');
    $(element, '#swap-dialog button[type=submit]').click();
    const { detail } = await ordered;
    expect(detail.simSwap.delivery).to.deep.equal({ method: 'courier', address: { recipient: 'Krzysztof Wójcik', street: 'ul. Magazynowa 4', postalCode: '05-800', city: 'Pruszków' } });
    await shows(element, '#ordered');
    expect(textOf(element, '#ordered')).to.contain(detail.simSwap.number);
    await waitUntil(() => textOf(element, 'header').includes('Blocked'), 'the lost card is blocked');
  });

  it('focus goes to the confirmation of the order, not back to the button, and stays there', async () => {
    const element = await card();
    await openSwap(element);
    fillAddress(element);
    $(element, '#swap-dialog button[type=submit]').click();
    const confirmation = await shows(element, '#ordered');
    await waitUntil(() => !dialogOf(element, 'swap-dialog').open, 'the dialog closes');
    await focusOn(element, confirmation, 'focus moves to the confirmation');
    // The contract loaded again after the order (a lost card is blocked) is in and shown.
    await answered(asked);
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement === confirmation, 'focus stays on the confirmation').to.equal(true);
  });

  it('a retry after a lost answer orders one SIM card and confirms it, even after reopening the dialog and editing', async () => {
    const element = await card();
    const record = contracts().find((c) => c.id === 'ctr_2006')!;
    const before = record.simSwaps.length;
    await openSwap(element);
    fillAddress(element);
    sim.faults.enqueue({ loseResponse: true, path: '/v1/contracts/ctr_2006/sim-swaps', method: 'POST' });
    $(element, '#swap-dialog button[type=submit]').click();
    await shows(element, '#dialog-message');
    expect(record.simSwaps.length, 'the card was ordered; only the answer was lost').to.equal(before + 1);
    $(element, '#swap-dialog .dialog-actions button[type=button]').click();
    await waitUntil(() => !dialogOf(element, 'swap-dialog').open, 'the dialog closes');
    await openSwap(element);
    type($(element, '#street'), 'ul. Magazynowa 6');
    const ordered = oneEvent(element, 'portico-sim-swap');
    $(element, '#swap-dialog button[type=submit]').click();
    await shows(element, '#ordered');
    const { detail } = await ordered;
    expect(record.simSwaps.length, 'one card ordered').to.equal(before + 1);
    expect(detail.simSwap.id).to.equal(record.simSwaps[0]!.id);
    expect(textOf(element, '#ordered')).to.contain(detail.simSwap.number);
    expect(new Set(swapPosts().map((e) => e.idempotencyKey)).size, 'one key for the action').to.equal(1);
    expect(element.shadowRoot!.querySelector('#dialog-message') === null, 'no error left').to.equal(true);
  });

  it('closing the order dialog while the order is on its way does not let it be sent a second time', async () => {
    const element = await card();
    await openSwap(element);
    fillAddress(element);
    sim.latency = 600;
    $(element, '#swap-dialog button[type=submit]').click();
    await waitUntil(() => swapPosts().length === 1, 'the order is on its way');
    $(element, '#swap-dialog .dialog-actions button[type=button]').click();
    await waitUntil(() => !dialogOf(element, 'swap-dialog').open, 'the dialog closes');
    await openSwap(element);
    const submit = $(element, '#swap-dialog button[type=submit]');
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    expect(submit.textContent).to.contain('Ordering…');
    submit.click();
    // The order is asked for in the same turn as the click: this press asked for none.
    expect(operations(asked, simSwapCreate.id), 'orders asked for').to.have.length(1);
    await shows(element, '#ordered');
    await answered(asked);
    expect(swapPosts().length).to.equal(1);
  });

  it('says a repeated result again: a second PUK reveal, a second save of the contact data', async () => {
    const element = await card();
    const said = liveRegion(element);
    const pukButton = () => $(element, '.puk button');
    pukButton().click();
    await waitUntil(() => said.includes('PUK shown. It hides itself in 30 seconds.'), 'the PUK is announced');
    pukButton().click();
    await waitUntil(() => element.shadowRoot!.querySelector('#puk-code') === null, 'the PUK is hidden');
    said.length = 0;
    pukButton().click();
    await waitUntil(() => said.includes('PUK shown. It hides itself in 30 seconds.'), 'the PUK is announced again');
    for (const time of ['first', 'second']) {
      said.length = 0;
      action(element, 'Edit contact data').click();
      await waitUntil(() => dialogOf(element, 'contact-dialog').open);
      $(element, '#contact-dialog button[type=submit]').click();
      await waitUntil(() => !dialogOf(element, 'contact-dialog').open);
      await waitUntil(() => said.includes('Contact data saved.'), `the ${time} save is announced`);
    }
  });

  it('switching to another number closes the dialog, drops the draft, and a save still on its way for the last one changes nothing', async () => {
    const element = await card();
    const a = contracts().find((c) => c.id === 'ctr_2006')!;
    const b = contracts().find((c) => c.id === 'ctr_2005')!;
    const updates: Event[] = [];
    element.addEventListener('portico-contact-update', (event) => updates.push(event));
    action(element, 'Edit contact data').click();
    await waitUntil(() => dialogOf(element, 'contact-dialog').open);
    type($(element, '#last-name'), 'Nowakowska');
    sim.faults.enqueue({ latency: 600, path: '/v1/contracts/ctr_2006/sim-user', method: 'PUT' });
    $(element, '#contact-dialog button[type=submit]').click();
    await waitUntil(() => requestsTo(sim, '/v1/contracts/ctr_2006/sim-user').length === 1, 'the save is on its way');
    sim.latency = 300;
    element.contractId = 'ctr_2005';
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('dialog[open]') === null, 'no dialog open').to.equal(true);
    expect(textOf(element), 'nothing of the last number while the next loads').not.to.contain(spaced(a.msisdn));
    expect(textOf(element)).not.to.contain('Nowakowska');
    await waitUntil(() => textOf(element, '#title') === spaced(b.msisdn), 'the next number is shown', { timeout: 3000 });
    sim.latency = 0;
    action(element, 'Edit contact data').click();
    await waitUntil(() => dialogOf(element, 'contact-dialog').open);
    expect(($(element, '#last-name') as HTMLInputElement).value).to.equal(b.simUser.lastName);
    expect($(element, '#contact-dialog button[type=submit]').getAttribute('aria-disabled')).to.equal('false');
    // The save for the last number reaches its end meanwhile, and the widget is done with it.
    await answered(asked);
    await element.updateComplete;
    expect(dialogOf(element, 'contact-dialog').open, 'the dialog of this number stays open').to.equal(true);
    expect(textOf(element, '#title')).to.equal(spaced(b.msisdn));
    expect(nbsp(textOf(element, '.details'))).not.to.contain('Nowakowska');
    expect(textOf(element, '[role="status"][aria-live]')).to.equal('');
    expect(updates.length).to.equal(0);
  });

  it('a save that fails after its dialog was closed says so on the card; reviewing brings back the changes and why', async () => {
    const element = await card();
    const record = contracts().find((c) => c.id === 'ctr_2006')!;
    const opener = action(element, 'Edit contact data');
    opener.click();
    await waitUntil(() => dialogOf(element, 'contact-dialog').open);
    type($(element, '#last-name'), 'Wójcik-Kowalska');
    sim.faults.enqueue({ status: 403, latency: 400, path: '/v1/contracts/ctr_2006/sim-user', method: 'PUT' });
    $(element, '#contact-dialog button[type=submit]').click();
    await waitUntil(() => requestsTo(sim, '/v1/contracts/ctr_2006/sim-user').length === 1, 'the save is on its way');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(element, 'contact-dialog').open, 'Escape closes the dialog');
    const failure = await shows(element, '#contact-failure');
    expect(failure.textContent).to.equal('Your changes to the SIM user’s data were not saved.');
    expect(failure.closest('[role=alert]') === null).to.equal(false);
    await focusOn(element, failure, 'focus goes to what happened to the save');
    await expect(element).to.be.accessible();
    expect(record.simUser.lastName).to.equal('Wójcik');
    // Reviewing: the dialog, with the typed change and the reason it was refused.
    failure.parentElement!.querySelector('button')!.click();
    await waitUntil(() => dialogOf(element, 'contact-dialog').open, 'the dialog opens again');
    expect(($(element, '#last-name') as HTMLInputElement).value).to.equal('Wójcik-Kowalska');
    expect(textOf(element, '#dialog-message')).to.equal('Your account is not allowed to do this. Ask your administrator.');
    expect(element.shadowRoot!.querySelector('#contact-failure') === null, 'the card no longer repeats it').to.equal(true);
    $(element, '#contact-dialog button[type=submit]').click();
    await waitUntil(() => !dialogOf(element, 'contact-dialog').open, 'saved, the dialog closes');
    expect(record.simUser.lastName).to.equal('Wójcik-Kowalska');
    await focusOn(element, action(element, 'Edit contact data'), 'focus returns to the card’s button');
  });

  it('an order that fails after its dialog was closed says so on the card, and is not sent twice when tried again', async () => {
    const element = await card();
    const record = contracts().find((c) => c.id === 'ctr_2006')!;
    const before = record.simSwaps.length;
    await openSwap(element);
    fillAddress(element);
    sim.faults.enqueue({ loseResponse: true, latency: 400, path: '/v1/contracts/ctr_2006/sim-swaps', method: 'POST' });
    $(element, '#swap-dialog button[type=submit]').click();
    await waitUntil(() => swapPosts().length === 1, 'the order is on its way');
    $(element, '#swap-dialog .dialog-actions button[type=button]').click();
    await waitUntil(() => !dialogOf(element, 'swap-dialog').open, 'the dialog closes');
    const failure = await shows(element, '#swap-failure');
    expect(failure.textContent).to.equal('The new SIM card was not ordered.');
    failure.parentElement!.querySelector('button')!.click();
    await waitUntil(() => dialogOf(element, 'swap-dialog').open, 'the dialog opens again');
    expect(($(element, '#street') as HTMLInputElement).value).to.equal('ul. Magazynowa 4');
    $(element, '#swap-dialog button[type=submit]').click();
    await shows(element, '#ordered');
    expect(record.simSwaps.length, 'one card ordered').to.equal(before + 1);
    expect(element.shadowRoot!.querySelector('#swap-failure') === null).to.equal(true);
  });

  it('a name longer than the contract allows is refused at its field, with the contract’s limit, before anything is sent', async () => {
    const element = await card();
    action(element, 'Edit contact data').click();
    await waitUntil(() => dialogOf(element, 'contact-dialog').open);
    type($(element, '#first-name'), 'K'.repeat(61));
    $(element, '#contact-dialog button[type=submit]').click();
    await element.updateComplete;
    expect(textOf(element, '#first-name-error')).to.equal('Use at most 60 characters.');
    await focusOn(element, $(element, '#first-name'), 'focus on the field to fix');
    expect(requestsTo(sim, '/v1/contracts/ctr_2006/sim-user')).to.deep.equal([]);
    type($(element, '#first-name'), 'K'.repeat(60));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#first-name-error') === null, 'fixed, the problem goes').to.equal(true);
  });

  it('a save and an order that both fail after their dialogs were closed are each said on the card, each with its way back', async () => {
    const element = await card();
    action(element, 'Edit contact data').click();
    await waitUntil(() => dialogOf(element, 'contact-dialog').open);
    type($(element, '#last-name'), 'Wójcik-Kowalska');
    sim.faults.enqueue({ status: 503, latency: 400, path: '/v1/contracts/ctr_2006/sim-user', method: 'PUT' });
    $(element, '#contact-dialog button[type=submit]').click();
    await waitUntil(() => requestsTo(sim, '/v1/contracts/ctr_2006/sim-user').length === 1, 'the save is on its way');
    $(element, '#contact-dialog .dialog-actions button[type=button]').click();
    await waitUntil(() => !dialogOf(element, 'contact-dialog').open, 'the contact dialog closes');
    await openSwap(element);
    fillAddress(element);
    sim.faults.enqueue({ status: 503, latency: 400, path: '/v1/contracts/ctr_2006/sim-swaps', method: 'POST' });
    $(element, '#swap-dialog button[type=submit]').click();
    await waitUntil(() => swapPosts().length === 1, 'the order is on its way');
    $(element, '#swap-dialog .dialog-actions button[type=button]').click();
    await waitUntil(() => !dialogOf(element, 'swap-dialog').open, 'the order dialog closes');
    await shows(element, '#contact-failure');
    await shows(element, '#swap-failure');
    await expect(element).to.be.accessible();
    $(element, '#contact-failure').parentElement!.querySelector('button')!.click();
    await waitUntil(() => dialogOf(element, 'contact-dialog').open, 'the contact dialog opens again');
    expect(($(element, '#last-name') as HTMLInputElement).value).to.equal('Wójcik-Kowalska');
    expect(element.shadowRoot!.querySelector('#swap-failure') === null, 'the order’s failure is still said').to.equal(false);
    $(element, '#contact-dialog .dialog-actions button[type=button]').click();
    await waitUntil(() => !dialogOf(element, 'contact-dialog').open, 'the contact dialog closes');
    $(element, '#swap-failure').parentElement!.querySelector('button')!.click();
    await waitUntil(() => dialogOf(element, 'swap-dialog').open, 'the order dialog opens again');
    expect(($(element, '#street') as HTMLInputElement).value).to.equal('ul. Magazynowa 4');
  });

  it('asks the host page to route to the calls and the services', async () => {
    const element = await card();
    const asked: string[] = [];
    element.addEventListener('portico-navigate', (event) => asked.push(`${event.detail.to}:${event.detail.contractId}`));
    const buttons = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')];
    buttons.find((b) => b.textContent!.includes('Call history'))!.click();
    buttons.find((b) => b.textContent!.includes('Services'))!.click();
    expect(asked).to.deep.equal(['calls:ctr_2006', 'services:ctr_2006']);
  });

  it('a terminated contract can only be looked at', async () => {
    const ended = contracts().find((c) => c.status === 'terminated')!;
    const element = await card(ended.id);
    const labels = [...element.shadowRoot!.querySelectorAll('.actions button')].map((b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['Call history', 'Services']);
    expect(element.shadowRoot!.querySelector('.puk button')).to.equal(null);
  });

  it('switching to another number hides the PUK of the last one at once', async () => {
    const element = await card();
    const record = contracts().find((c) => c.id === 'ctr_2006')!;
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.puk button')][0]!.click();
    await waitUntil(() => element.shadowRoot!.innerHTML.includes(record.puk));
    element.contractId = 'ctr_2005';
    await element.updateComplete;
    expect(element.shadowRoot!.innerHTML).not.to.contain(record.puk);
  });
});
