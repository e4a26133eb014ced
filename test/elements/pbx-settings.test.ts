import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@portico/elements/pbx-settings';
import type { PorticoPbxSettings } from '@portico/elements/pbx-settings';
import type { ClientCore } from '@portico/sdk/core';
import { pbxCheckSettings, pbxUpdateSettings, telephonyApi, type PbxSettings } from '@portico/sdk/telephony';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf, type } from './support.ts';
import { answered, holdTimers, operations, watch, type Asked, type HeldTimers } from './signals.ts';
import { asUser, expectAllUnavailable, expectAvailable, expectRefused, READ_ONLY } from './unavailable.ts';

const sim = await simulator();
const TRUNK = sim.customers.trunk;
const OFFICE = sim.customers.prepaid;
const SETTINGS = '/v1/telephony/pbx/settings';

/** What the API keeps of a customer's settings. */
const saved = (customer: string = TRUNK): PbxSettings => sim.world.customers.get(customer)!.pbx!.settings;

/** A request a widget sent, with what it sent. */
interface Sent {
  operation: string;
  body: unknown;
  ifMatch: unknown;
}

/** Records what the widget sends through `client`: the operation, its body and its If-Match. */
function record(client: ClientCore): Sent[] {
  const sent: Sent[] = [];
  const request = client.request.bind(client);
  client.request = ((...args: Parameters<ClientCore['request']>) => {
    const [operation, input, options] = args;
    sent.push({ operation: operation.id, body: (input as { body?: unknown }).body, ifMatch: options?.ifMatch });
    return request(...args);
  }) as ClientCore['request'];
  return sent;
}

let asked: Asked[] = [];
let sent: Sent[] = [];
/** The sections' wait for typing to pause before a check, held: a check is asked for when the test runs it. */
let checks: HeldTimers | undefined;
const holdChecks = () => (checks = holdTimers(/\/pbx-settings\/dial-plan-check\.ts\b/));

async function settings(customer: string = TRUNK, locale = 'en', width?: number, client = clientFor(sim, customer)): Promise<PorticoPbxSettings> {
  asked = watch(client);
  sent = record(client);
  const widget = html`<portico-pbx-settings .client=${client} locale=${locale}></portico-pbx-settings>`;
  const element = width
    ? ((await mount<HTMLElement>(html`<div style="width: ${width}px">${widget}</div>`)).firstElementChild as PorticoPbxSettings)
    : await mount<PorticoPbxSettings>(widget);
  await shows(element, '#parking-save');
  return element;
}

const input = (element: Element, id: string) => $(element, `#${id}`) as HTMLInputElement;
/** Leaves a field, as a person does after typing: its `change`. */
const leave = (field: HTMLElement) => field.dispatchEvent(new Event('change', { bubbles: true }));
/** A section's result, or '' while it has none. */
const notice = (element: Element, section: string) => (element.shadowRoot!.querySelector(`#${section}-notice`) ? textOf(element, `#${section}-notice`) : '');
const live = (element: Element) => textOf(element, '[part~="base"] > [role="status"]');
const conflicts = (element: Element, id: string) => textOf(element, `#${id}-conflicts`);
const conflictsShown = (element: Element, id: string) => shows(element, `#${id}-conflicts`, `no conflicts at #${id}`);
const saves = () => sent.filter((s) => s.operation === pbxUpdateSettings.id);

describe('<portico-pbx-settings>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  afterEach(() => {
    checks?.restore();
    checks = undefined;
  });

  describe('states', () => {
    it('shows its loading state, then the four sections with what is saved', async () => {
      sim.faults.enqueue({ latency: 300, path: SETTINGS });
      const element = await mount<PorticoPbxSettings>(html`<portico-pbx-settings .client=${clientFor(sim, TRUNK)} locale="en"></portico-pbx-settings>`);
      await shows(element, '.loading[aria-busy="true"]');
      expect(textOf(element, '.loading')).to.equal('Loading…');
      await shows(element, '#parking-save');
      expect([...element.shadowRoot!.querySelectorAll('.section h3')].map((h) => h.textContent)).to.deep.equal(['Intercom', 'Abbreviated dialling', 'Incoming calls', 'Call parking']);
      expect(input(element, 'intercom-enabled').checked).to.equal(true);
      expect(input(element, 'intercom-prefix').value).to.equal('*9');
      expect(input(element, 'intercom-extension-length').value).to.equal('3');
      expect(input(element, 'abbreviated-length').value).to.equal('2');
      expect([...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[id$="-code"]')].map((i) => i.value)).to.deep.equal(['70', '71', '72', '73']);
      expect([...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[id$="-name"]')][0]!.value).to.equal('Pogotowie ratunkowe');
      expect(input(element, 'incoming-distinctive-ring').checked).to.equal(true);
      const group = $(element, '#incoming-pickup-group') as HTMLSelectElement;
      expect(group.value).to.equal('Rejestracja');
      expect([...group.options].map((o) => o.text)).to.deep.equal(['None', 'Rejestracja', 'Gabinety', 'Laboratorium', 'Administracja']);
      expect(input(element, 'incoming-pickup-prefix').value).to.equal('*8');
      expect(input(element, 'parking-park-prefix').value).to.equal('*6');
      expect(input(element, 'parking-retrieve-prefix').value).to.equal('*7');
      await expect(element).to.be.accessible();
    });

    it('a failed load says why and tries again', async () => {
      sim.faults.enqueue({ status: 503, path: SETTINGS });
      const element = await mount<PorticoPbxSettings>(html`<portico-pbx-settings .client=${clientFor(sim, TRUNK)} locale="en"></portico-pbx-settings>`);
      const failed = oneEvent(element, 'portico-error');
      await shows(element, '[part~="error"] button');
      expect((await failed).detail.action).to.equal('load');
      expect(textOf(element, '[part~="error"]')).to.contain('Something went wrong on our side');
      await expect(element).to.be.accessible();
      $(element, '[part~="error"] button').click();
      await shows(element, '#parking-save');
      expect(input(element, 'parking-park-prefix').value).to.equal('*6');
    });

    it('a customer without a PBX is told so, once, with nothing to retry', async () => {
      const client = clientFor(sim, sim.customers.hosting);
      const calls = watch(client);
      const failures: Event[] = [];
      const element = await mount<PorticoPbxSettings>(html`<portico-pbx-settings .client=${client} locale="en" @portico-error=${(e: Event) => failures.push(e)}></portico-pbx-settings>`);
      await shows(element, '[part~="empty"]');
      await answered(calls);
      await element.updateComplete;
      expect(textOf(element, '[part~="empty"]')).to.equal('No PBX on this account These settings belong to a hosted PBX (IP Centrex), which this account does not have. It can be ordered from your provider.');
      expect(element.shadowRoot!.querySelector('button'), 'no retry').to.equal(null);
      expect(requestsTo(sim, '/v1/telephony/pbx')).to.deep.equal(['GET 403', 'GET 403']);
      expect(failures, 'a state, not a failure').to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('speaks Polish: the portal’s words', async () => {
      const element = await settings(TRUNK, 'pl');
      expect(textOf(element, '#title')).to.equal('Ustawienia centrali');
      expect([...element.shadowRoot!.querySelectorAll('.section h3')].map((h) => h.textContent)).to.deep.equal(['Interkom', 'Wybieranie skrócone', 'Połączenia przychodzące', 'Parkowanie połączeń']);
      const labels = [...element.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
      for (const label of ['Prefiks interkomu', 'Długość numeru wewnętrznego', 'Długość numeru skróconego', 'Rozróżnienie dzwonka w połączeniach wewnętrznych', 'Grupa przechwytywania', 'Prefiks grupy przechwytywania (opcjonalnie)', 'Prefiks parkowania (opcjonalnie)', 'Prefiks podjęcia zaparkowanego połączenia (opcjonalnie)']) {
        expect(labels, label).to.include(label);
      }
      expect(textOf(element, '#parking')).to.contain('Zapisz');
      await expect(element).to.be.accessible();
    });
  });

  describe('saving a section', () => {
    it('sends only its section, against the version shown; the other sections keep their edits', async () => {
      const element = await settings();
      type(input(element, 'intercom-prefix'), '*4');
      type(input(element, 'parking-park-prefix'), '*5');
      await element.updateComplete;
      expect(textOf(element, '#intercom')).to.contain('Unsaved changes');
      const announced = oneEvent(element, 'portico-pbx-settings-saved');
      $(element, '#parking-save').click();
      const { detail } = await announced;
      expect(detail.section).to.equal('parking');
      expect(detail.settings.version).to.equal(2);
      expect(saves()).to.deep.equal([{ operation: pbxUpdateSettings.id, body: { parking: { parkPrefix: '*5', retrievePrefix: '*7' } }, ifMatch: 1 }]);
      expect(saved().parking.parkPrefix).to.equal('*5');
      expect(saved().intercom.prefix, 'the intercom is not saved with it').to.equal('*9');
      await waitUntil(() => live(element) === 'Call parking: saved.', 'the save is announced');
      expect(textOf(element, '#parking-notice')).to.equal('Saved.');
      expect(textOf(element, '#parking')).to.not.contain('Unsaved changes');
      // The intercom's edit stays, unsaved, and is saved against the version the parking's save left.
      expect(input(element, 'intercom-prefix').value).to.equal('*4');
      expect(textOf(element, '#intercom')).to.contain('Unsaved changes');
      $(element, '#intercom-save').click();
      await waitUntil(() => saved().intercom.prefix === '*4', 'the intercom is saved');
      expect(saves()[1]).to.deep.equal({ operation: pbxUpdateSettings.id, body: { intercom: { enabled: true, prefix: '*4', extensionLength: 3 } }, ifMatch: 2 });
      expect(saved().version).to.equal(3);
      expect(requestsTo(sim, SETTINGS).filter((r) => r.startsWith('PATCH'))).to.deep.equal(['PATCH 200', 'PATCH 200']);
    });

    it('a section being saved is busy on its own: the others can be edited and saved meanwhile', async () => {
      const element = await settings();
      type(input(element, 'parking-park-prefix'), '*5');
      sim.faults.enqueue({ latency: 300, path: SETTINGS, method: 'PATCH' });
      $(element, '#parking-save').click();
      await element.updateComplete;
      await waitUntil(() => $(element, '#parking-save').getAttribute('aria-disabled') === 'true', 'busy');
      expect(textOf(element, '#parking-save')).to.equal('Saving…');
      expect($(element, '#intercom-save').getAttribute('aria-disabled')).to.equal('false');
      expect(textOf(element, '#intercom-save')).to.equal('Save');
      // A second press while busy sends nothing more.
      $(element, '#parking-save').click();
      type(input(element, 'intercom-prefix'), '*4');
      await waitUntil(() => notice(element, 'parking') === 'Saved.', 'saved');
      expect(saves().length).to.equal(1);
      expect(input(element, 'intercom-prefix').value).to.equal('*4');
    });

    it('two sections saved at once are saved in turn, neither refused for the other’s new version', async () => {
      const element = await settings();
      type(input(element, 'intercom-prefix'), '*3');
      type(input(element, 'parking-retrieve-prefix'), '*2');
      await element.updateComplete;
      $(element, '#intercom-save').click();
      $(element, '#parking-save').click();
      await waitUntil(() => saves().length === 2 && notice(element, 'parking') === 'Saved.' && notice(element, 'intercom') === 'Saved.', 'both saved');
      expect(saves().map((s) => s.ifMatch)).to.deep.equal([1, 2]);
      expect(saved().intercom.prefix).to.equal('*3');
      expect(saved().parking.retrievePrefix).to.equal('*2');
    });

    it('saves the abbreviated numbers: one added, one removed, one edited inline', async () => {
      const element = await settings();
      const rows = () => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.number-row')];
      rows()[1]!.querySelector<HTMLButtonElement>('.remove')!.click();
      await element.updateComplete;
      expect(rows().length).to.equal(3);
      type(rows()[0]!.querySelector<HTMLInputElement>('[id$="-name"]')!, 'Pogotowie');
      $(element, '#abbreviated-add').click();
      await element.updateComplete;
      const added = rows()[3]!;
      await focusOn(element, added.querySelector('[id$="-code"]'), 'the new row’s code is focused');
      type(added.querySelector<HTMLInputElement>('[id$="-code"]')!, '74');
      type(added.querySelector<HTMLInputElement>('[id$="-name"]')!, 'Przychodnia Bielany');
      type(added.querySelector<HTMLInputElement>('[id$="-target"]')!, '+48 22 610 02 00');
      $(element, '#abbreviated-save').click();
      await waitUntil(() => notice(element, 'abbreviated') === 'Saved.', 'saved');
      expect(saved().abbreviatedDialing.numbers).to.deep.equal([
        { code: '70', target: '999', name: 'Pogotowie' },
        { code: '72', target: '+48228340011', name: 'Apteka Centralna' },
        { code: '73', target: '+48224567890', name: 'Diagnostyka — laboratorium zewnętrzne' },
        { code: '74', target: '+48226100200', name: 'Przychodnia Bielany' },
      ]);
    });

    it('chooses a pickup group from the PBX’s, or none', async () => {
      const element = await settings();
      const group = $(element, '#incoming-pickup-group') as HTMLSelectElement;
      group.value = '';
      group.dispatchEvent(new Event('change', { bubbles: true }));
      input(element, 'incoming-distinctive-ring').click();
      await element.updateComplete;
      $(element, '#incoming-save').click();
      await waitUntil(() => notice(element, 'incoming') === 'Saved.', 'saved');
      expect(saved().incomingCalls).to.deep.equal({ distinctiveRing: false, pickupGroup: null, pickupPrefix: '*8' });
    });

    it('a failed save keeps what was typed, says why, and saves on a second try', async () => {
      const element = await settings();
      type(input(element, 'parking-park-prefix'), '*5');
      sim.faults.enqueue({ status: 503, path: SETTINGS, method: 'PATCH' });
      const failed = oneEvent(element, 'portico-error');
      $(element, '#parking-save').click();
      expect((await failed).detail.action).to.equal('submit');
      await shows(element, '#parking-error');
      expect(textOf(element, '#parking-error')).to.equal('This section was not saved. Something went wrong on our side. Try again in a moment.');
      await focusOn(element, $(element, '#parking-error'), 'focus on why');
      expect(input(element, 'parking-park-prefix').value).to.equal('*5');
      expect(saved().parking.parkPrefix).to.equal('*6');
      await expect(element).to.be.accessible();
      $(element, '#parking-save').click();
      await waitUntil(() => saved().parking.parkPrefix === '*5', 'saved on the second try');
    });

    it('undoing a section’s changes brings back what is saved, and the others keep theirs', async () => {
      const element = await settings();
      type(input(element, 'parking-park-prefix'), '*5');
      type(input(element, 'incoming-pickup-prefix'), '*1');
      await element.updateComplete;
      [...$(element, '#parking').querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.trim() === 'Undo changes')!.click();
      await element.updateComplete;
      expect(input(element, 'parking-park-prefix').value).to.equal('*6');
      expect(input(element, 'incoming-pickup-prefix').value).to.equal('*1');
      await focusOn(element, $(element, '#parking-save'));
      await waitUntil(() => live(element) === 'Call parking: changes undone.');
    });
  });

  describe('what a change would break, before it is saved', () => {
    it('an extension length of 4 lists the 40 extensions that would no longer fit: a count, the first few, and the rest on demand', async () => {
      holdChecks();
      const element = await settings();
      const length = input(element, 'intercom-extension-length');
      type(length, '4');
      await element.updateComplete;
      // Nothing is asked while typing goes on.
      expect(operations(asked, pbxCheckSettings.id)).to.deep.equal([]);
      expect(textOf(element, '#intercom .check')).to.equal('Checking the dial plan…');
      expect(checks!.run()).to.equal(1);
      await conflictsShown(element, 'intercom-extension-length');
      expect(conflicts(element, 'intercom-extension-length')).to.equal(
        '40 extensions would no longer have 4 digits: Extension 100 (Rejestracja 1) Extension 101 (Rejestracja 2) Extension 102 (Rejestracja 3) …and 37 more. Show all 40',
      );
      expect(textOf(element, '#intercom .check')).to.equal('This change collides with the dial plan in 40 places (see the field marked). Saving is refused until they are resolved.');
      expect(length.getAttribute('aria-invalid')).to.equal('true');
      expect(length.getAttribute('aria-describedby')).to.contain('intercom-extension-length-conflicts');
      const all = $(element, '#intercom-extension-length-conflicts button');
      expect(all.getAttribute('aria-expanded')).to.equal('false');
      all.click();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelectorAll('#intercom-extension-length-conflicts .entries li').length).to.equal(40);
      expect(conflicts(element, 'intercom-extension-length')).to.contain('Extension 139 (Portiernia)');
      expect(all.getAttribute('aria-expanded')).to.equal('true');
      await expect(element).to.be.accessible();
      // Checked, not saved.
      expect(operations(asked, pbxCheckSettings.id, pbxUpdateSettings.id)).to.deep.equal([pbxCheckSettings.id]);
      expect(saved().intercom.extensionLength).to.equal(3);
      // Back to 3: nothing to check, nothing listed.
      type(length, '3');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('#intercom-extension-length-conflicts')).to.equal(null);
      expect(checks!.pending).to.equal(0);
    });

    it('says it in Polish, with Polish plurals', async () => {
      holdChecks();
      const element = await settings(TRUNK, 'pl');
      type(input(element, 'intercom-extension-length'), '4');
      await element.updateComplete;
      checks!.run();
      await conflictsShown(element, 'intercom-extension-length');
      expect(conflicts(element, 'intercom-extension-length')).to.equal(
        '40 numerów wewnętrznych nie będzie mieć 4 cyfr: Numer wewnętrzny 100 (Rejestracja 1) Numer wewnętrzny 101 (Rejestracja 2) Numer wewnętrzny 102 (Rejestracja 3) …i jeszcze 37. Pokaż wszystkie (40)',
      );
      expect(textOf(element, '#intercom .check')).to.equal('Ta zmiana koliduje z planem numeracji w 40 miejscach (zobacz zaznaczone pole). Zapis zostanie odrzucony, dopóki kolizje nie znikną.');
      // Two to four: the "few" form.
      type(input(element, 'incoming-pickup-prefix'), '50');
      leave(input(element, 'incoming-pickup-prefix'));
      await conflictsShown(element, 'incoming-pickup-prefix');
      expect(conflicts(element, 'incoming-pickup-prefix')).to.equal(
        '50 to początek 4 numerów: Grupa poszukiwawcza 500 (Rejestracja) Grupa poszukiwawcza 501 (Laboratorium) Grupa poszukiwawcza 502 (Gabinety pediatryczne) Grupa poszukiwawcza 503 (Administracja)',
      );
      expect(textOf(element, '#incoming .check')).to.equal('Ta zmiana koliduje z planem numeracji w 4 miejscach (zobacz zaznaczone pole). Zapis zostanie odrzucony, dopóki kolizje nie znikną.');
    });

    it('a prefix that is hunt group 500, or that begins the abbreviated codes, is listed at its field once the field is left', async () => {
      const element = await settings();
      const park = input(element, 'parking-park-prefix');
      type(park, '500');
      leave(park);
      await conflictsShown(element, 'parking-park-prefix');
      expect(conflicts(element, 'parking-park-prefix')).to.equal('500 is already hunt group 500 (Rejestracja).');
      expect(textOf(element, '#parking .check')).to.equal('This change collides with the dial plan (see the field marked). Saving is refused until it is resolved.');
      const pickup = input(element, 'incoming-pickup-prefix');
      type(pickup, '7');
      leave(pickup);
      await conflictsShown(element, 'incoming-pickup-prefix');
      expect(conflicts(element, 'incoming-pickup-prefix')).to.equal(
        '7 begins 4 numbers: Abbreviated number 70 (Pogotowie ratunkowe) Abbreviated number 71 (Szpital Bielański) Abbreviated number 72 (Apteka Centralna) Abbreviated number 73 (Diagnostyka — laboratorium zewnętrzne)',
      );
      // A prefix begun by another: *6 is the park prefix.
      const intercom = input(element, 'intercom-prefix');
      type(intercom, '*61');
      leave(intercom);
      await conflictsShown(element, 'intercom-prefix');
      expect(conflicts(element, 'intercom-prefix')).to.equal('*61 begins with the park prefix *6: the PBX would connect it before the last digits.');
      // A free one: nothing collides, and it says so.
      type(intercom, '*3');
      leave(intercom);
      await waitUntil(() => textOf(element, '#intercom .check') === 'Nothing in the dial plan collides with these changes.', 'the all-clear');
      expect(element.shadowRoot!.querySelector('#intercom-prefix-conflicts')).to.equal(null);
      expect(saves()).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('a new code of an abbreviated number that another already is', async () => {
      const element = await settings();
      $(element, '#abbreviated-add').click();
      await element.updateComplete;
      const row = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.number-row')][4]!;
      const code = row.querySelector<HTMLInputElement>('[id$="-code"]')!;
      type(code, '10');
      type(row.querySelector<HTMLInputElement>('[id$="-name"]')!, 'Recepcja');
      type(row.querySelector<HTMLInputElement>('[id$="-target"]')!, '100');
      leave(code);
      await conflictsShown(element, code.id);
      expect(conflicts(element, code.id)).to.equal(
        '10 begins 10 numbers: Extension 100 (Rejestracja 1) Extension 101 (Rejestracja 2) Extension 102 (Rejestracja 3) …and 7 more. Show all 10',
      );
    });

    it('a section saved meanwhile changes the plan: a section with edits is checked again', async () => {
      holdChecks();
      const element = await settings();
      type(input(element, 'intercom-prefix'), '*5');
      await element.updateComplete;
      checks!.run();
      await waitUntil(() => textOf(element, '#intercom .check') === 'Nothing in the dial plan collides with these changes.');
      type(input(element, 'parking-park-prefix'), '*5');
      await element.updateComplete;
      $(element, '#parking-save').click();
      await waitUntil(() => notice(element, 'parking') === 'Saved.');
      await element.updateComplete;
      expect(checks!.run()).to.be.greaterThan(0);
      await conflictsShown(element, 'intercom-prefix');
      expect(conflicts(element, 'intercom-prefix')).to.equal('*5 is already the park prefix *5.');
    });
  });

  describe('the form’s own checks, before any request', () => {
    it('says at the field what is wrong with a prefix or a length, and sends nothing', async () => {
      holdChecks();
      const element = await settings();
      const prefix = input(element, 'intercom-prefix');
      type(prefix, '9a');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('#intercom-prefix-error'), 'not while typing').to.equal(null);
      leave(prefix);
      await element.updateComplete;
      expect(textOf(element, '#intercom-prefix-error')).to.equal('Use only digits, * and #.');
      expect(prefix.getAttribute('aria-invalid')).to.equal('true');
      expect(prefix.getAttribute('aria-describedby')).to.equal('intercom-prefix-hint intercom-prefix-error');
      type(prefix, '*9999');
      leave(prefix);
      await element.updateComplete;
      expect(textOf(element, '#intercom-prefix-error')).to.equal('Use 1 to 4 characters.');
      type(input(element, 'intercom-extension-length'), '9');
      $(element, '#intercom-save').click();
      await element.updateComplete;
      expect(textOf(element, '#intercom-extension-length-error')).to.equal('Enter a number from 2 to 6.');
      await focusOn(element, prefix, 'focus on the first field to fix');
      expect(checks!.pending, 'no check waits').to.equal(0);
      expect(operations(asked, pbxCheckSettings.id, pbxUpdateSettings.id)).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('an intercom switched on needs a prefix', async () => {
      const element = await settings(OFFICE);
      expect(input(element, 'intercom-enabled').checked).to.equal(false);
      input(element, 'intercom-enabled').click();
      await element.updateComplete;
      expect(textOf(element, '#intercom-prefix-error')).to.equal('Enter a prefix: an intercom that is on is dialled with it.');
      $(element, '#intercom-save').click();
      await focusOn(element, input(element, 'intercom-prefix'));
      expect(operations(asked, pbxCheckSettings.id, pbxUpdateSettings.id)).to.deep.equal([]);
      type(input(element, 'intercom-prefix'), '*9');
      $(element, '#intercom-save').click();
      await waitUntil(() => saved(OFFICE).intercom.enabled, 'saved');
      expect(saved(OFFICE).intercom.prefix).to.equal('*9');
    });

    it('codes have the configured length, digits only, once each; a name and a number to call are needed', async () => {
      const element = await settings();
      const length = input(element, 'abbreviated-length');
      type(length, '3');
      leave(length);
      await element.updateComplete;
      const codes = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[id$="-code"]')];
      expect(codes.map((c) => textOf(element, `#${c.id}-error`))).to.deep.equal(Array(4).fill('Enter 3 digits.'));
      type(length, '2');
      $(element, '#abbreviated-add').click();
      await element.updateComplete;
      const row = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.number-row')][4]!;
      type(row.querySelector<HTMLInputElement>('[id$="-code"]')!, '71');
      type(row.querySelector<HTMLInputElement>('[id$="-target"]')!, '22-abc');
      $(element, '#abbreviated-save').click();
      await element.updateComplete;
      const id = row.querySelector('[id$="-code"]')!.id.replace(/-code$/, '');
      expect(textOf(element, `#${id}-code-error`)).to.equal('Code 71 is used more than once.');
      expect(textOf(element, `#${id}-name-error`)).to.equal('Enter a name.');
      expect(textOf(element, `#${id}-target-error`)).to.equal('Digits, with + only in front, e.g. +48226100100.');
      expect(operations(asked, pbxCheckSettings.id, pbxUpdateSettings.id)).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('in Polish too', async () => {
      const element = await settings(TRUNK, 'pl');
      const length = input(element, 'abbreviated-length');
      type(length, '3');
      leave(length);
      const prefix = input(element, 'parking-park-prefix');
      type(prefix, 'ab');
      leave(prefix);
      await element.updateComplete;
      expect(textOf(element, `#${element.shadowRoot!.querySelector('[id$="-code"]')!.id}-error`)).to.equal('Wpisz 3 cyfry.');
      expect(textOf(element, '#parking-park-prefix-error')).to.equal('Użyj tylko cyfr oraz znaków * i #.');
    });
  });

  describe('the API’s refusal', () => {
    it('is listed at the field, as the check lists it; the typed value stays', async () => {
      holdChecks();
      const element = await settings();
      const park = input(element, 'parking-park-prefix');
      type(park, '500');
      // Saved before the pause is over: no check has been asked for.
      $(element, '#parking-save').click();
      await shows(element, '#parking-error');
      expect(requestsTo(sim, SETTINGS)).to.deep.equal(['GET 200', 'PATCH 422']);
      expect(conflicts(element, 'parking-park-prefix')).to.equal('500 is already hunt group 500 (Rejestracja).');
      expect(textOf(element, '#parking-error')).to.equal('This section was not saved. This change collides with the dial plan (see the field marked). Saving is refused until it is resolved.');
      expect(park.value).to.equal('500');
      await focusOn(element, park, 'focus on the field refused');
      await expect(element).to.be.accessible();
      // An edit: the refusal was of what was there before.
      type(park, '*5');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('#parking-park-prefix-conflicts')).to.equal(null);
      expect(element.shadowRoot!.querySelector('#parking-error')).to.equal(null);
    });

    it('of an extension length lists every extension it would leave', async () => {
      holdChecks();
      const element = await settings();
      type(input(element, 'intercom-extension-length'), '4');
      $(element, '#intercom-save').click();
      await conflictsShown(element, 'intercom-extension-length');
      expect(conflicts(element, 'intercom-extension-length')).to.match(/^40 extensions would no longer have 4 digits: Extension 100 \(Rejestracja 1\)/);
      expect(saved().intercom.extensionLength).to.equal(3);
    });
  });

  describe('a change made elsewhere', () => {
    it('is explained, and the reload keeps the section’s edits when the section itself was not changed there', async () => {
      const element = await settings();
      // Someone else saves the intercom meanwhile: the version moves on.
      await telephonyApi(clientFor(sim, TRUNK)).settings.update({ intercom: { enabled: true, prefix: '*4', extensionLength: 3 } }, { ifMatch: 1 });
      type(input(element, 'parking-park-prefix'), '*5');
      $(element, '#parking-save').click();
      await shows(element, '#parking-conflict');
      expect(textOf(element, '#parking-conflict')).to.equal('These settings were changed elsewhere after they were loaded, so this section was not saved.');
      await focusOn(element, $(element, '#parking-conflict'));
      await expect(element).to.be.accessible();
      $(element, '#parking-reload').click();
      await shows(element, '#parking-notice');
      expect(textOf(element, '#parking-notice')).to.equal('The latest settings are loaded. This section was not changed elsewhere: your changes are kept, save them again.');
      expect(input(element, 'parking-park-prefix').value).to.equal('*5');
      expect(input(element, 'intercom-prefix').value, 'the other’s change is shown').to.equal('*4');
      $(element, '#parking-save').click();
      await waitUntil(() => saved().parking.parkPrefix === '*5', 'saved against the latest version');
      expect(saves().map((s) => s.ifMatch)).to.deep.equal([1, 2]);
    });

    it('a reload that fails says so, and its retry brings the latest', async () => {
      const element = await settings();
      await telephonyApi(clientFor(sim, TRUNK)).settings.update({ intercom: { enabled: true, prefix: '*4', extensionLength: 3 } }, { ifMatch: 1 });
      type(input(element, 'parking-park-prefix'), '*5');
      $(element, '#parking-save').click();
      await shows(element, '#parking-reload');
      sim.faults.enqueue({ status: 503, path: SETTINGS, method: 'GET' });
      $(element, '#parking-reload').click();
      await shows(element, '[part~="base"] > [role="alert"]');
      expect(textOf(element, '[part~="base"] > [role="alert"]')).to.equal('The latest settings could not be loaded. Something went wrong on our side. Try again in a moment. Try again');
      expect(input(element, 'parking-park-prefix').value, 'what was typed stays').to.equal('*5');
      $(element, '[part~="base"] > [role="alert"] button').click();
      await shows(element, '#parking-notice');
      expect(textOf(element, '#parking-notice')).to.contain('your changes are kept');
      expect(element.shadowRoot!.querySelector('[part~="base"] > [role="alert"]')).to.equal(null);
    });

    it('shows the section’s latest values when it was changed there', async () => {
      const element = await settings();
      await telephonyApi(clientFor(sim, TRUNK)).settings.update({ parking: { parkPrefix: '*1', retrievePrefix: '*2' } }, { ifMatch: 1 });
      type(input(element, 'parking-park-prefix'), '*5');
      $(element, '#parking-save').click();
      await shows(element, '#parking-reload');
      $(element, '#parking-reload').click();
      await shows(element, '#parking-notice');
      expect(textOf(element, '#parking-notice')).to.equal('This section was changed elsewhere: its latest values are shown. Make your change again if it is still needed.');
      await focusOn(element, $(element, '#parking-notice'));
      expect(input(element, 'parking-park-prefix').value).to.equal('*1');
      expect(input(element, 'parking-retrieve-prefix').value).to.equal('*2');
      expect(saved().parking.parkPrefix).to.equal('*1');
    });
  });

  it('is used with the keyboard alone', async () => {
    const element = await settings();
    input(element, 'parking-park-prefix').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '5' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => saved().parking.parkPrefix === '*5', 'Enter saves the section');
    // An abbreviated number added, typed and saved; another removed.
    $(element, '#abbreviated-add').focus();
    await sendKeys({ press: 'Enter' });
    const row = () => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.number-row')][4]!;
    await waitUntil(() => element.shadowRoot!.querySelectorAll('.number-row').length === 5);
    await focusOn(element, row().querySelector('[id$="-code"]'), 'on the new code');
    await sendKeys({ type: '74' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Przychodnia' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '226100200' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement === row().querySelector('.remove'), 'then its Remove').to.equal(true);
    const first = element.shadowRoot!.querySelector<HTMLButtonElement>('.number-row .remove')!;
    first.focus();
    await sendKeys({ press: 'Space' });
    await focusOn(element, element.shadowRoot!.querySelector('.number-row [id$="-code"]'), 'on the row that took its place');
    expect(input(element, element.shadowRoot!.querySelector('.number-row [id$="-code"]')!.id).value).to.equal('71');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => saved().abbreviatedDialing.numbers.length === 4 && saved().abbreviatedDialing.numbers[3]!.code === '74', 'saved');
    expect(saved().abbreviatedDialing.numbers.map((n) => n.code)).to.deep.equal(['71', '72', '73', '74']);
    // A checkbox with Space.
    input(element, 'incoming-distinctive-ring').focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    $(element, '#incoming-save').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => saved().incomingCalls.distinctiveRing === false, 'saved');
  });

  it('fits 360 px without scrolling sideways, conflicts listed in full', async () => {
    holdChecks();
    const element = await settings(TRUNK, 'pl', 360);
    type(input(element, 'intercom-extension-length'), '4');
    await element.updateComplete;
    checks!.run();
    await conflictsShown(element, 'intercom-extension-length');
    $(element, '#intercom-extension-length-conflicts button').click();
    type(input(element, 'abbreviated-length'), '3');
    leave(input(element, 'abbreviated-length'));
    await element.updateComplete;
    const base = $(element, '[part~="base"]');
    expect(element.getBoundingClientRect().width).to.be.at.most(360);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    for (const section of element.shadowRoot!.querySelectorAll<HTMLElement>('.section')) expect(section.scrollWidth, section.id).to.be.at.most(section.clientWidth);
  });

  describe('for a portal user', () => {
    it('a user with "telephony" and full access saves a section: nothing is said unavailable', async () => {
      const element = await settings(TRUNK, 'en', undefined, asUser(sim, TRUNK, 'usr_1005_reception'));
      await answered(asked);
      expectAvailable(element, $(element, '#parking-save'));
      type(input(element, 'parking-park-prefix'), '*5');
      $(element, '#parking-save').click();
      await waitUntil(() => saved().parking.parkPrefix === '*5', 'the parking is saved');
      expect(requestsTo(sim, SETTINGS).filter((r) => r.startsWith('PATCH'))).to.deep.equal(['PATCH 200']);
      await expect(element).to.be.accessible();
    });

    it('a read-only user may try a change and see what it would break; Save is unavailable, said once, and Enter sends nothing', async () => {
      holdChecks();
      const element = await settings(TRUNK, 'en', undefined, asUser(sim, TRUNK, 'usr_1005_quality'));
      const note = await shows(element, '#save-unavailable');
      expect(note.textContent!.trim()).to.equal(READ_ONLY.en);
      expect(element.shadowRoot!.querySelectorAll('[part~="unavailable"]').length, 'said once').to.equal(1);
      expect(expectAllUnavailable(element, '[part~="save"]', READ_ONLY.en).length).to.equal(4);
      const length = input(element, 'intercom-extension-length');
      type(length, '4');
      await element.updateComplete;
      expect(checks!.run()).to.equal(1);
      await conflictsShown(element, 'intercom-extension-length');
      expect(conflicts(element, 'intercom-extension-length')).to.contain('40 extensions would no longer have 4 digits');
      // Enter in the field submits the section's form; Save from the keyboard too: nothing is saved.
      length.focus();
      await sendKeys({ press: 'Enter' });
      $(element, '#intercom-save').focus();
      await sendKeys({ press: 'Enter' });
      await answered(asked);
      expect(operations(asked, pbxCheckSettings.id, pbxUpdateSettings.id)).to.deep.equal([pbxCheckSettings.id]);
      expect(requestsTo(sim, `${SETTINGS}/check`)).to.deep.equal(['POST 200']);
      expect(saved().intercom.extensionLength).to.equal(3);
      await expect(element).to.be.accessible();
    });

    it('a user without "telephony": not available, in Polish', async () => {
      const client = asUser(sim, OFFICE, 'usr_1001_accounts');
      const element = await mount<PorticoPbxSettings>(html`<portico-pbx-settings .client=${client} locale="pl"></portico-pbx-settings>`);
      await expectRefused(element, 'pl', 'Telefonia', ['.sections', '[part~="unavailable"]']);
    });
  });
});
