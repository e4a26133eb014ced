import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@portico/elements/phone-lines';
import type { PorticoPhoneLines } from '@portico/elements/phone-lines';
import { phoneLineConfigure, phoneLineList } from '@portico/sdk/telephony';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf, type } from './support.ts';
import { answered, holdPolls, operations, watch, type Asked, type HeldPolls } from './signals.ts';
import { asUser, expectAllUnavailable, expectAvailable, expectRefused, pressFromKeyboard, READ_ONLY } from './unavailable.ts';

const sim = await simulator();
const OFFICE_LINE = 'ln_office_887';
/** A phone's registration is decided per five minutes of the simulator's clock. */
const SIP_WINDOW = 5 * 60_000;

const pbxOf = (customer: string) => sim.world.customers.get(customer)!.pbx!;
const lineRecord = (customer: string, id: string) => pbxOf(customer).lines.find((l) => l.id === id)!;
const rows = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')];
const row = (element: Element, id: string) => element.shadowRoot!.querySelector<HTMLElement>(`tr[data-line="${id}"]`)!;
const cell = (tr: Element, column: string) => (tr.querySelector<HTMLElement>(`.c-${column} .cell-value`) ?? tr.querySelector<HTMLElement>(`.c-${column}`))!.innerText.replace(/\s+/g, ' ').trim();
const live = (element: Element) => textOf(element, '[role="status"][aria-live]');
const dialog = (element: Element) => $(element, '#configure-dialog') as HTMLDialogElement;
const linesAsked = () => requestsTo(sim, '/v1/telephony/lines').filter((r) => r.startsWith('GET'));

let asked: Asked[] = [];
let polls: HeldPolls | undefined;

async function lines(customer: string = sim.customers.prepaid, locale = 'en', width = 1200, client = clientFor(sim, customer)): Promise<PorticoPhoneLines> {
  asked = watch(client);
  const element = await mount<HTMLElement>(html`<div style="width: ${width}px"><portico-phone-lines .client=${client} locale=${locale}></portico-phone-lines></div>`).then(
    (box) => box.firstElementChild as PorticoPhoneLines,
  );
  await waitUntil(() => element.shadowRoot!.querySelector('tbody tr, [part~="empty"], [part~="error"]'), 'the lines never loaded', { timeout: 5000 });
  return element;
}

/** What the API says of a line's registration now. */
async function registrationNow(id: string): Promise<string> {
  const page = await clientFor(sim, sim.customers.prepaid).request(phoneLineList, { query: {} });
  return page.data.find((l) => l.id === id)!.sip.status;
}

/** Moves the simulator's clock, five minutes at a time, until the office's flaky phone changes. */
async function untilRegistrationChanges(id: string): Promise<string> {
  const before = await registrationNow(id);
  for (let i = 0; i < 200; i++) {
    sim.clock.advance(SIP_WINDOW);
    const now = await registrationNow(id);
    if (now !== before) return now;
  }
  throw new Error('the flaky phone never changed');
}

/** The next check of the registration, as if its interval had passed: asked, answered and shown. */
async function nextCheck(element: PorticoPhoneLines): Promise<void> {
  await answered(asked);
  await element.updateComplete;
  expect(polls!.run(), 'checks due').to.equal(1);
  await answered(asked);
  await element.updateComplete;
}

async function openConfigure(element: PorticoPhoneLines, id = OFFICE_LINE): Promise<HTMLDialogElement> {
  row(element, id).querySelector<HTMLButtonElement>('.configure')!.click();
  await waitUntil(() => dialog(element).open, 'the dialog opens');
  // The pickup groups are asked for as it opens.
  await answered(asked);
  await element.updateComplete;
  return dialog(element);
}

describe('<portico-phone-lines>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  afterEach(() => {
    polls?.restore();
    polls = undefined;
    Reflect.deleteProperty(document, 'visibilityState');
  });

  it('shows a skeleton while loading, then every column of the portal’s list, in words', async () => {
    sim.faults.enqueue({ latency: 400, path: '/v1/telephony/lines' });
    const client = clientFor(sim, sim.customers.prepaid);
    const element = await mount<PorticoPhoneLines>(html`<portico-phone-lines .client=${client} locale="en"></portico-phone-lines>`);
    const loading = await shows(element, '.loading[aria-busy="true"]');
    expect(loading.innerText).to.not.contain('Account');
    await shows(element, 'tbody tr');
    expect(textOf(element, '#title')).to.equal('Phone lines');
    const headers = [...element.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Account', 'Unused for', 'Available funds', 'Type', 'Product', 'Pickup group', 'Location', 'Forwarding', 'SIP registration', 'IP phone model', 'Actions']);
    const first = row(element, OFFICE_LINE);
    expect(cell(first, 'number')).to.equal('+48 22 380 98 87');
    expect(cell(first, 'unused')).to.equal('9 days');
    expect(cell(first, 'funds')).to.equal('PLN 4.99');
    expect(cell(first, 'type')).to.equal('Credit');
    expect(cell(first, 'product')).to.equal('IP Telephony Standard');
    expect(cell(first, 'location')).to.equal('Lokalizacja domyślna');
    expect(cell(first, 'forwarding')).to.equal('Off');
    expect(cell(first, 'phone')).to.equal('VP530P 23.70.0.10');
    expect(cell(first, 'sip')).to.match(/^(Registered since .+, at 192\.168\.1\.20|Not registered since .+)$/);
    const second = row(element, 'ln_office_986');
    expect(cell(second, 'product')).to.equal('IP Telephony Plus');
    // A line whose phone never registered says so, with a badge in words, not colour alone.
    expect(cell(second, 'sip')).to.equal('Not registered No phone has registered yet');
    expect(second.querySelector('.badge svg'), 'an icon with the words').to.exist;
    // Nothing in a cell is a dash to the eye, a word to a screen reader.
    expect(second.querySelector('.c-phone .visually-hidden')!.textContent).to.equal('none');
    expect(textOf(element, 'header')).to.contain('2 lines');
    await expect(element).to.be.accessible();
  });

  it('speaks Polish, words of the portal included', async () => {
    const element = await lines(sim.customers.prepaid, 'pl');
    expect(textOf(element, '#title')).to.equal('Linie telefoniczne');
    const headers = [...element.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers.slice(0, 3)).to.deep.equal(['Konto', 'Nieużywana od', 'Dostępne środki']);
    const first = row(element, OFFICE_LINE);
    expect(cell(first, 'unused')).to.equal('9 dni');
    expect(cell(first, 'funds')).to.equal('4,99 zł');
    expect(cell(first, 'type')).to.equal('Kredyt');
    expect(cell(first, 'product')).to.equal('Telefonia IP standard');
    expect(cell(first, 'forwarding')).to.equal('Wyłączone');
    expect(first.querySelector<HTMLButtonElement>('.configure')!.textContent!.trim()).to.equal('Konfiguruj');
    expect(first.querySelector<HTMLButtonElement>('.configure')!.getAttribute('aria-label')).to.equal('Konfiguruj linię +48 22 380 98 87');
    expect(cell(row(element, 'ln_office_986'), 'sip')).to.equal('Niezarejestrowany Żaden telefon nie był jeszcze zarejestrowany');
    expect(textOf(element, 'header')).to.contain('2 linie');
    await expect(element).to.be.accessible();
  });

  it('shows a trunk’s eight lines: debit and credit, forwarding and pickup groups', async () => {
    const element = await lines(sim.customers.trunk);
    expect(rows(element)).to.have.length(8);
    expect(cell(row(element, 'ln_trunk_1'), 'type')).to.equal('Debit');
    expect(cell(row(element, 'ln_trunk_1'), 'pickupGroup')).to.equal('Rejestracja');
    expect(cell(row(element, 'ln_trunk_6'), 'forwarding')).to.equal('To +48 601 200 300, when no one answers');
    expect(cell(row(element, 'ln_trunk_8'), 'unused')).to.equal('41 days');
    expect(textOf(element, 'header')).to.contain('8 lines');
  });

  it('says when the PBX has no lines, and when the account has no PBX at all', async () => {
    pbxOf(sim.customers.prepaid).lines = [];
    const empty = await lines();
    expect(textOf(empty, '[part~="empty"]')).to.contain('No phone lines');
    await expect(empty).to.be.accessible();
    const failures: Event[] = [];
    const listening = new AbortController();
    document.addEventListener('portico-error', (e) => failures.push(e), { signal: listening.signal });
    const none = await lines(sim.customers.hosting, 'pl');
    expect(textOf(none, '[part~="empty"]')).to.contain('Brak centrali IP');
    listening.abort();
    expect(failures, 'no PBX is a state, not a failure').to.have.length(0);
    expect(textOf(none, '[part~="empty"]')).to.contain('Można ją zamówić u dostawcy usługi.');
  });

  it('says why the lines could not be loaded, and tries again', async () => {
    sim.faults.persist({ status: 503, path: '/v1/telephony/lines' });
    const client = clientFor(sim, sim.customers.prepaid);
    const element = await mount<PorticoPhoneLines>(html`<portico-phone-lines .client=${client} locale="en"></portico-phone-lines>`);
    const failed = await oneEvent(element, 'portico-error');
    expect(failed.detail.action).to.equal('load');
    const error = await shows(element, '[part~="error"]');
    expect(error.innerText).to.contain('Something went wrong on our side.');
    await expect(element).to.be.accessible();
    sim.faults.clear();
    $(element, '[part~="error"] button').click();
    await shows(element, 'tbody tr');
    await focusOn(element, $(element, '#title'), 'focus waits on the title, not lost with the retry button');
  });

  it('follows the registration live: a phone that goes offline is said politely, and the lines stay on screen while they load', async () => {
    polls = holdPolls();
    const element = await lines();
    const registrations: string[] = [];
    element.addEventListener('portico-phone-line-registration', (e) => registrations.push(`${e.detail.previous.status}→${e.detail.line.sip.status}`));
    const before = row(element, OFFICE_LINE).querySelector('.badge')!.textContent!.trim();
    const now = await untilRegistrationChanges(OFFICE_LINE);
    // The next check is slow: the lines it replaces stay meanwhile.
    sim.faults.enqueue({ latency: 300, path: '/v1/telephony/lines' });
    await answered(asked);
    await element.updateComplete;
    polls.run();
    await waitUntil(() => $(element, '.results').getAttribute('aria-busy') === 'true', 'the check is under way');
    expect(rows(element)).to.have.length(2);
    expect(row(element, OFFICE_LINE).querySelector('.badge')!.textContent!.trim()).to.equal(before);
    await answered(asked);
    await element.updateComplete;
    const expected = now === 'registered' ? 'Line +48 22 380 98 87: the phone is registered again.' : 'Line +48 22 380 98 87: the phone went offline.';
    await waitUntil(() => live(element) === expected, `the live region says: ${expected}, not ${live(element)}; badge ${row(element, OFFICE_LINE).querySelector('.badge')!.textContent!.trim()}`);
    expect($(element, '[role="status"][aria-live]').getAttribute('aria-live')).to.equal('polite');
    expect(row(element, OFFICE_LINE).querySelector('.badge')!.textContent!.trim()).to.equal(now === 'registered' ? 'Registered' : 'Not registered');
    expect(registrations).to.deep.equal([`${now === 'registered' ? 'unregistered' : 'registered'}→${now}`]);
    // And back again, at a later check.
    const back = await untilRegistrationChanges(OFFICE_LINE);
    await nextCheck(element);
    await waitUntil(() => row(element, OFFICE_LINE).querySelector('.badge')!.textContent!.trim() === (back === 'registered' ? 'Registered' : 'Not registered'), 'the badge follows');
    expect(registrations).to.have.length(2);
  });

  it('says nothing when nothing changed, and says in Polish what did', async () => {
    polls = holdPolls();
    const element = await lines(sim.customers.prepaid, 'pl');
    await nextCheck(element);
    expect(live(element)).to.equal('');
    const now = await untilRegistrationChanges(OFFICE_LINE);
    await nextCheck(element);
    await waitUntil(
      () => live(element) === (now === 'registered' ? 'Linia +48 22 380 98 87: telefon jest znów zarejestrowany.' : 'Linia +48 22 380 98 87: telefon przestał być zarejestrowany.'),
      'said in Polish',
    );
  });

  it('a check that fails keeps the lines, says they may be out of date, and the next check clears it', async () => {
    polls = holdPolls();
    const element = await lines();
    sim.faults.persist({ status: 503, path: '/v1/telephony/lines' });
    await nextCheck(element);
    const alert = await shows(element, '.alert[role="alert"]');
    expect(alert.innerText).to.contain('The registration could not be checked again');
    expect(rows(element)).to.have.length(2);
    await expect(element).to.be.accessible();
    sim.faults.clear();
    await nextCheck(element);
    await waitUntil(() => !element.shadowRoot!.querySelector('.alert[role="alert"]'), 'the warning goes');
  });

  it('pauses its checks while the page is hidden, and looks again as soon as it is seen', async () => {
    polls = holdPolls();
    const element = await lines();
    await answered(asked);
    await element.updateComplete;
    expect(polls.pending, 'a check is scheduled').to.equal(1);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    const before = linesAsked().length;
    polls.run();
    await answered(asked);
    await element.updateComplete;
    expect(linesAsked().length, 'nothing asked while hidden').to.equal(before);
    expect(polls.pending, 'nothing scheduled while hidden').to.equal(0);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await answered(asked);
    await element.updateComplete;
    expect(linesAsked().length, 'checked again once seen').to.equal(before + 1);
    expect(polls.pending, 'and scheduled again').to.equal(1);
  });

  it('configures forwarding and the pickup group, by keyboard, checking the number before sending', async () => {
    const element = await lines();
    const saved = oneEvent(element, 'portico-phone-line-saved');
    const opener = row(element, OFFICE_LINE).querySelector<HTMLButtonElement>('.configure')!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(element).open, 'the dialog opens');
    await answered(asked);
    await element.updateComplete;
    expect(textOf(element, '#configure-title')).to.equal('Line +48 22 380 98 87');
    expect(($(element, '#forward-to').closest('.field') as HTMLElement).hidden, 'the number waits for forwarding').to.equal(true);
    $(element, '#forward').focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    const to = $(element, '#forward-to') as HTMLInputElement;
    to.focus();
    await sendKeys({ type: '601 200 300' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(textOf(element, '#forward-to-error')).to.equal('Enter the number in international format: + and the country code, e.g. +48 601 200 300.');
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(to.getAttribute('aria-describedby')).to.contain('forward-to-error');
    await focusOn(element, to, 'focus on the number');
    expect(operations(asked, phoneLineConfigure.id), 'nothing sent').to.deep.equal([]);
    type(to, '+48 22 380 98 87');
    $(element, '#configure-dialog button[type=submit]').click();
    await element.updateComplete;
    expect(textOf(element, '#forward-to-error')).to.equal('Calls cannot be forwarded to the line itself.');
    expect(operations(asked, phoneLineConfigure.id), 'nothing sent').to.deep.equal([]);
    type(to, '+48 601 200 301');
    // Tab goes from the number to the chosen "when"; the arrow keys move the choice.
    to.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect([...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="when"]')].find((r) => r.checked)!.value).to.equal('busy');
    const group = $(element, '#pickup-group') as HTMLSelectElement;
    expect([...group.options].map((o) => o.textContent!.trim())).to.deep.equal(['None', 'Biuro']);
    group.value = 'Biuro';
    group.dispatchEvent(new Event('change'));
    await expect(element).to.be.accessible();
    $(element, '#configure-dialog button[type=submit]').focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail.line.forwarding).to.deep.equal({ enabled: true, to: '+48601200301', when: 'busy' });
    await waitUntil(() => !dialog(element).open, 'the dialog closes');
    expect(cell(row(element, OFFICE_LINE), 'forwarding')).to.equal('To +48 601 200 301, when the line is busy');
    expect(cell(row(element, OFFICE_LINE), 'pickupGroup')).to.equal('Biuro');
    expect(lineRecord(sim.customers.prepaid, OFFICE_LINE).forwarding.to).to.equal('+48601200301');
    expect(requestsTo(sim, `/v1/telephony/lines/${OFFICE_LINE}/configuration`)).to.deep.equal(['PUT 200']);
    await waitUntil(() => live(element) === 'Line +48 22 380 98 87 saved.', 'the save is announced');
    await focusOn(element, opener, 'focus back on Configure');
  });

  it('a line changed elsewhere meanwhile is not overwritten: the conflict is explained, and the latest settings shown', async () => {
    const element = await lines();
    await openConfigure(element);
    $(element, '#forward').click();
    await element.updateComplete;
    type($(element, '#forward-to'), '+48 601 200 301');
    // Someone else forwards the line meanwhile.
    const record = lineRecord(sim.customers.prepaid, OFFICE_LINE);
    record.forwarding = { enabled: true, to: '+48226100100', when: 'always' };
    record.version++;
    $(element, '#configure-dialog button[type=submit]').click();
    const message = await shows(element, '#configure-message');
    expect(message.innerText).to.contain('This line was changed elsewhere while it was being edited, so these changes were not saved.');
    await focusOn(element, message, 'focus on the explanation');
    expect(requestsTo(sim, `/v1/telephony/lines/${OFFICE_LINE}/configuration`)).to.deep.equal(['PUT 412']);
    expect(record.forwarding.to).to.equal('+48226100100');
    // What was typed stays until the latest is asked for; the list behind shows the other change.
    expect(($(element, '#forward-to') as HTMLInputElement).value).to.equal('+48 601 200 301');
    await waitUntil(() => cell(row(element, OFFICE_LINE), 'forwarding') === 'To +48 22 610 01 00, always', 'the list loads again');
    await expect(element).to.be.accessible();
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('#configure-dialog button')].find((b) => b.textContent!.includes('Show the latest settings'))!.click();
    await waitUntil(() => ($(element, '#forward-to') as HTMLInputElement).value === '+48 22 610 01 00', 'the latest settings in the form');
    expect(element.shadowRoot!.querySelector('#configure-message')).to.equal(null);
    $(element, '#configure-dialog button[type=submit]').click();
    await waitUntil(() => !dialog(element).open, 'saved against the latest version');
    expect(requestsTo(sim, `/v1/telephony/lines/${OFFICE_LINE}/configuration`)).to.deep.equal(['PUT 412', 'PUT 200']);
  });

  it('the API’s refusal is said at its field: a pickup group removed meanwhile', async () => {
    const element = await lines();
    await openConfigure(element);
    const group = $(element, '#pickup-group') as HTMLSelectElement;
    group.value = 'Biuro';
    group.dispatchEvent(new Event('change'));
    pbxOf(sim.customers.prepaid).pickupGroups = [];
    $(element, '#configure-dialog button[type=submit]').click();
    const error = await shows(element, '#pickup-group-error');
    expect(error.innerText).to.equal('This pickup group no longer exists. Choose another one.');
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    await focusOn(element, group, 'focus on the pickup group');
    expect(requestsTo(sim, `/v1/telephony/lines/${OFFICE_LINE}/configuration`)).to.deep.equal(['PUT 422']);
  });

  it('the pickup groups that cannot be loaded are said in the dialog, with a retry; the line’s own group stays offered', async () => {
    pbxOf(sim.customers.prepaid).lines[0]!.pickupGroup = 'Biuro';
    pbxOf(sim.customers.prepaid).pickupGroups = ['Biuro', 'Recepcja'];
    const element = await lines();
    sim.faults.persist({ status: 503, path: '/v1/telephony/pbx' });
    const reported = oneEvent(element, 'portico-error');
    await openConfigure(element);
    expect((await reported).detail.action).to.equal('load');
    const error = await shows(element, '.groups-error');
    expect(error.innerText).to.contain('The pickup groups could not be loaded.');
    const options = () => [...($(element, '#pickup-group') as HTMLSelectElement).options].map((o) => o.textContent!.trim());
    expect(options()).to.deep.equal(['None', 'Biuro']);
    sim.faults.clear();
    error.querySelector('button')!.click();
    await waitUntil(() => options().length === 3, 'the groups after the retry');
    expect(options()).to.deep.equal(['None', 'Biuro', 'Recepcja']);
    expect(element.shadowRoot!.querySelector('.groups-error')).to.equal(null);
  });

  it('Escape closes the dialog with nothing saved, and focus goes back to its button', async () => {
    const element = await lines();
    const opener = row(element, 'ln_office_986').querySelector<HTMLButtonElement>('.configure')!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(element).open);
    expect(textOf(element, '#configure-title')).to.equal('Line +48 22 380 99 86');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(element).open);
    await focusOn(element, opener, 'focus back on Configure');
    expect(requestsTo(sim, '/v1/telephony/lines/ln_office_986/configuration')).to.deep.equal([]);
  });

  it('turns rows into cards at 360 px, with no horizontal scroll', async () => {
    const element = await lines(sim.customers.trunk, 'pl', 360);
    const box = $(element, '[part~="base"]');
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    const card = row(element, 'ln_trunk_6');
    expect(getComputedStyle(card).display).to.equal('grid');
    // Each value says what it is, in the card.
    expect(card.querySelector<HTMLElement>('.c-forwarding .cell-label')!.offsetParent, 'labels shown').to.not.equal(null);
    expect(card.innerText).to.contain('Przekierowanie');
    await expect(element).to.be.accessible();
  });

  describe('for a portal user', () => {
    it('a user with "telephony" and full access configures a line: nothing is said unavailable', async () => {
      const element = await lines(sim.customers.prepaid, 'en', 1200, asUser(sim, sim.customers.prepaid, 'usr_1001_office'));
      await answered(asked);
      expectAvailable(element, row(element, OFFICE_LINE).querySelector<HTMLElement>('.configure')!);
      await openConfigure(element);
      const group = $(element, '#pickup-group') as HTMLSelectElement;
      group.value = 'Biuro';
      group.dispatchEvent(new Event('change'));
      $(element, '#configure-dialog button[type=submit]').click();
      await waitUntil(() => !dialog(element).open, 'the dialog closes');
      expect(requestsTo(sim, `/v1/telephony/lines/${OFFICE_LINE}/configuration`)).to.deep.equal(['PUT 200']);
      await expect(element).to.be.accessible();
    });

    it('a read-only user sees the lines and their registration; Configure is unavailable, said once, and the keyboard sends nothing (Polish)', async () => {
      const element = await lines(sim.customers.trunk, 'pl', 1200, asUser(sim, sim.customers.trunk, 'usr_1005_quality'));
      const note = await shows(element, '#configure-unavailable');
      expect(note.textContent!.trim()).to.equal(READ_ONLY.pl);
      expect(rows(element).length).to.equal(8);
      const buttons = expectAllUnavailable(element, '.configure', READ_ONLY.pl);
      expect(buttons.length).to.equal(8);
      await pressFromKeyboard(buttons[0]!);
      expect(dialog(element).open, 'no dialog').to.equal(false);
      await answered(asked);
      expect(operations(asked, phoneLineConfigure.id)).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('a user without "telephony": not available, with no count or check', async () => {
      const element = await lines(sim.customers.prepaid, 'en', 1200, asUser(sim, sim.customers.prepaid, 'usr_1001_accounts'));
      await expectRefused(element, 'en', 'Telephony', ['.checked', 'table', '[part~="unavailable"]']);
    });
  });
});
