import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@portico/elements/hunt-groups';
import type { PorticoHuntGroups } from '@portico/elements/hunt-groups';
import type { ClientCore } from '@portico/sdk/core';
import { huntGroupCreate, huntGroupDelete, huntGroupUpdate } from '@portico/sdk/telephony';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf, type } from './support.ts';
import { answered, operations, watch, type Asked } from './signals.ts';
import { asUser, expectAllUnavailable, expectAvailable, expectRefused, expectUnavailable, pressFromKeyboard, READ_ONLY } from './unavailable.ts';

const sim = await simulator();
const pbxOf = (customer: string) => sim.world.customers.get(customer)!.pbx!;
const rows = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-group]')];
const row = (element: Element, number: string) => rows(element).find((r) => r.querySelector('.number')!.textContent!.trim() === number);
const live = (element: Element) => textOf(element, '[role="status"][aria-live]');
const dialog = (element: Element, id = '#group-dialog') => $(element, id) as HTMLDialogElement;
/** The members ticked, in ringing order, as the editor lists them. */
const order = (element: Element) => [...element.shadowRoot!.querySelectorAll('.member-order .choice span')].map((s) => s.textContent!.trim());
const tick = (element: Element, extensionId: string) => $(element, `#member-${extensionId}`).click();

let asked: Asked[] = [];

async function huntGroups(options: { customer?: string; locale?: string; width?: number; client?: ClientCore } = {}): Promise<PorticoHuntGroups> {
  const client = options.client ?? clientFor(sim, options.customer ?? sim.customers.trunk);
  asked = watch(client);
  const box = await mount<HTMLElement>(html`<div style="width: ${options.width ?? 1300}px"><portico-hunt-groups .client=${client} locale=${options.locale ?? 'en'}></portico-hunt-groups></div>`);
  return box.firstElementChild as PorticoHuntGroups;
}

async function loaded(options: Parameters<typeof huntGroups>[0] = {}): Promise<PorticoHuntGroups> {
  const element = await huntGroups(options);
  await shows(element, 'tbody tr');
  return element;
}

/** Opens the editor from `button` and waits until its fields and the extensions are there. */
async function openEditor(element: PorticoHuntGroups, button: HTMLElement): Promise<void> {
  button.click();
  await waitUntil(() => dialog(element).open, 'the editor opens');
  await shows(element, '#group-number');
}

const save = (element: Element) => $(element, '#group-dialog button[type=submit]').click();

describe('<portico-hunt-groups>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  it('shows a skeleton while loading, then the clinic’s groups: strategy, members in ringing order, caller ID, pickup', async () => {
    sim.faults.enqueue({ latency: 300, path: '/v1/telephony/hunt-groups' });
    const element = await huntGroups();
    const loading = await shows(element, '.loading[aria-busy="true"]');
    expect(loading.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    await shows(element, 'tbody tr');
    expect(rows(element).map((r) => r.querySelector('.number')!.textContent!.trim())).to.deep.equal(['500', '501', '502', '503']);
    expect(textOf(element, '#count')).to.equal('4 hunt groups');
    expect(getComputedStyle($(element, 'table')).display, 'a table on a wide page').to.equal('table');
    const reception = row(element, '500')!;
    expect(reception.querySelector('.name')!.textContent!.trim()).to.equal('Rejestracja');
    expect(reception.querySelector('.strategy')!.textContent).to.contain('In order');
    expect([...reception.querySelectorAll('.member-list li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '100 Rejestracja 1',
      '101 Rejestracja 2',
      '102 Rejestracja 3',
      '103 Rejestracja 4',
      '104 Rejestracja 5',
    ]);
    expect(reception.querySelector('.caller-id')!.textContent).to.contain('Replace the caller’s name with the group’s name, keep the original number');
    expect(reception.querySelector('.pickup')!.textContent).to.contain('Yes');
    expect(row(element, '502')!.querySelector('.strategy')!.textContent).to.contain('Least used');
    expect(row(element, '502')!.querySelector('.pickup')!.textContent).to.contain('No');
    await expect(element).to.be.accessible();
  });

  it('speaks Polish in the seed’s words', async () => {
    const element = await loaded({ locale: 'pl' });
    expect(textOf(element, '#title')).to.equal('Grupy poszukiwawcze');
    expect(textOf(element, 'thead')).to.contain('Przechwytywanie połączeń dozwolone');
    expect(rows(element).map((r) => r.querySelector('.strategy')!.textContent!.replace('Strategia dzwonienia', '').trim())).to.deep.equal(['Kolejność', 'Jednocześnie', 'Najmniej używany', 'Losowo']);
    expect(row(element, '500')!.querySelector('.caller-id')!.textContent).to.contain('Zamień identyfikator dzwoniącego na nazwę grupy, zachowaj oryginalną prezentację');
    expect(row(element, '501')!.querySelector('.caller-id')!.textContent).to.contain('Zachowaj oryginalną');
    expect(row(element, '502')!.querySelector('.caller-id')!.textContent).to.contain('Ustaw nazwę i prezentację numeru grupy poszukiwawczej');
    expect(textOf(element, '#count')).to.equal('4 grupy poszukiwawcze');
  });

  it('a PBX without groups says so, with the add action; the first group added takes focus', async () => {
    const element = await huntGroups({ customer: sim.customers.prepaid });
    const empty = await shows(element, '[part="empty"]');
    expect(empty.querySelector('h3')!.textContent).to.equal('No hunt groups yet');
    await expect(element).to.be.accessible();
    await openEditor(element, empty.querySelector('button')!);
    type($(element, '#group-number'), '200');
    type($(element, '#group-name'), 'Biuro');
    tick(element, 'ext_office_100');
    tick(element, 'ext_office_101');
    save(element);
    await waitUntil(() => row(element, '200') !== undefined, 'the new group');
    expect(live(element)).to.equal('Hunt group 200 added.');
    await focusOn(element, row(element, '200')!.querySelector('[data-edit]'), 'focus on the new group, not lost with the empty state');
    expect(pbxOf(sim.customers.prepaid).huntGroups.map((g) => g.memberIds)).to.deep.equal([['ext_office_100', 'ext_office_101']]);
  });

  it('a customer without a PBX is told why; a failed load says why, and Try again brings the groups', async () => {
    const hosting = await huntGroups({ customer: sim.customers.hosting });
    expect((await shows(hosting, '[part="empty"]')).innerText).to.contain('This account has no hosted PBX');
    sim.faults.enqueue({ status: 503, path: '/v1/telephony/hunt-groups' });
    const element = await huntGroups();
    const alert = await shows(element, '[part="error"]');
    expect(alert.innerText).to.contain('Something went wrong on our side.');
    $(element, 'button[part~="retry"]').click();
    await shows(element, 'tbody tr');
    await focusOn(element, $(element, '#title'), 'focus waits on the title');
  });

  it('adds a group: strategy, members put in ringing order, caller ID, pickup', async () => {
    const element = await loaded();
    const saved = oneEvent(element, 'portico-hunt-group-saved');
    await openEditor(element, $(element, '#add'));
    await expect(element).to.be.accessible();
    type($(element, '#group-number'), '504');
    type($(element, '#group-name'), 'Gabinety chirurgiczne');
    const strategy = $(element, '#group-strategy') as HTMLSelectElement;
    strategy.value = 'simultaneous';
    strategy.dispatchEvent(new Event('change'));
    for (const id of ['ext_trunk_120', 'ext_trunk_121', 'ext_trunk_122']) tick(element, id);
    await element.updateComplete;
    expect(order(element)).to.deep.equal(['120 Gabinet 11', '121 Gabinet 12', '122 Gabinet 13']);
    $(element, '#member-up-ext_trunk_122').click();
    await focusOn(element, $(element, '#member-up-ext_trunk_122'), 'the button pressed keeps focus');
    expect(live(element)).to.equal('122 Gabinet 13: position 2 of 3.');
    $(element, '#member-up-ext_trunk_122').click();
    await focusOn(element, $(element, '#member-down-ext_trunk_122'), 'at the top, Move down takes focus');
    expect(order(element)).to.deep.equal(['122 Gabinet 13', '120 Gabinet 11', '121 Gabinet 12']);
    // Unticked, it leaves the order.
    tick(element, 'ext_trunk_120');
    await element.updateComplete;
    expect(order(element)).to.deep.equal(['122 Gabinet 13', '121 Gabinet 12']);
    const callerId = $(element, '#group-caller-id') as HTMLSelectElement;
    callerId.value = 'group';
    callerId.dispatchEvent(new Event('change'));
    $(element, '#group-pickup').click();
    save(element);
    const { detail } = await saved;
    expect(detail.created).to.equal(true);
    expect(detail.huntGroup).to.include({ number: '504', name: 'Gabinety chirurgiczne', strategy: 'simultaneous', callerId: 'group', pickupAllowed: true });
    expect(detail.huntGroup.members.map((m: { number: string }) => m.number)).to.deep.equal(['122', '121']);
    await waitUntil(() => row(element, '504') !== undefined, 'the new row');
    expect(live(element)).to.equal('Hunt group 504 added.');
    expect(row(element, '504')!.querySelector('.strategy')!.textContent).to.contain('Simultaneous');
  });

  it('checks the number and the name before anything is sent', async () => {
    const element = await loaded();
    await openEditor(element, $(element, '#add'));
    type($(element, '#group-number'), '5');
    save(element);
    await shows(element, '#group-number-error');
    expect(textOf(element, '#group-number-error')).to.equal('Enter 2 to 8 digits, such as 600.');
    expect(textOf(element, '#group-name-error')).to.equal('Fill this in.');
    await focusOn(element, $(element, '#group-number'));
    expect(operations(asked, huntGroupCreate.id)).to.deep.equal([]);
  });

  for (const [locale, said] of [
    ['en', ['100 is already extension 100 (Rejestracja 1).']],
    ['pl', ['100 to już numer wewnętrzny 100 (Rejestracja 1).']],
  ] as const) {
    it(`a number the dial plan refuses is said at the number, each conflict in words (${locale}); what was typed stays`, async () => {
      const element = await loaded({ locale });
      await openEditor(element, $(element, '#add'));
      type($(element, '#group-number'), '100');
      type($(element, '#group-name'), 'Recepcja');
      tick(element, 'ext_trunk_105');
      save(element);
      const error = await shows(element, '#group-number-error li');
      expect([...error.parentElement!.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(said);
      expect($(element, '#group-number').getAttribute('aria-describedby')).to.equal('group-number-hint group-number-error');
      await focusOn(element, $(element, '#group-number'));
      expect(($(element, '#group-name') as HTMLInputElement).value).to.equal('Recepcja');
      expect(order(element)).to.deep.equal(['105 Dyrekcja']);
      await expect(element).to.be.accessible();
    });
  }

  it('a number that begins extensions lists each of them', async () => {
    const element = await loaded();
    await openEditor(element, $(element, '#add'));
    type($(element, '#group-number'), '11');
    type($(element, '#group-name'), 'Gabinety');
    save(element);
    const error = await shows(element, '#group-number-error li');
    const said = [...error.parentElement!.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(said.length).to.equal(10);
    expect(said[0]).to.equal('11 begins extension 110 (Gabinet 1): the PBX could not tell which one is dialled.');
  });

  it('an add whose answer was lost is sent again as the same add: one group, one key', async () => {
    const element = await loaded();
    await openEditor(element, $(element, '#add'));
    type($(element, '#group-number'), '505');
    type($(element, '#group-name'), 'Pracownie');
    tick(element, 'ext_trunk_135');
    sim.faults.enqueue({ loseResponse: true, path: '/v1/telephony/hunt-groups', method: 'POST' });
    save(element);
    const error = await shows(element, '#group-error');
    expect(error.textContent).to.contain('The hunt group was not saved.');
    await focusOn(element, error);
    save(element);
    await waitUntil(() => !dialog(element).open, 'saved');
    expect(pbxOf(sim.customers.trunk).huntGroups.filter((g) => g.number === '505').length).to.equal(1);
    const keys = sim.log.filter((e) => e.path === '/v1/telephony/hunt-groups' && e.method === 'POST').map((e) => e.idempotencyKey);
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('an edit is saved against the version shown: a change made meanwhile is loaded, the changes kept, and saved on the next try', async () => {
    const element = await loaded();
    await openEditor(element, row(element, '501')!.querySelector<HTMLElement>('[data-edit]')!);
    expect(textOf(element, '#group-title')).to.equal('Edit hunt group 501');
    expect(order(element)).to.deep.equal(['130 Laboratorium 1', '131 Laboratorium 2', '132 Laboratorium 3', '133 Laboratorium 4', '134 Laboratorium 5']);
    type($(element, '#group-name'), 'Laboratorium analiz');
    const record = pbxOf(sim.customers.trunk).huntGroups.find((g) => g.number === '501')!;
    record.pickupAllowed = false;
    record.version++;
    save(element);
    const message = await shows(element, '#group-message');
    expect(message.textContent).to.contain('Someone changed this hunt group while you were editing.');
    await focusOn(element, message);
    expect(($(element, '#group-name') as HTMLInputElement).value).to.equal('Laboratorium analiz');
    // The save was refused, and the group as it is now was read back by its id.
    expect(requestsTo(sim, `/v1/telephony/hunt-groups/${record.id}`)).to.deep.equal(['PUT 412', 'GET 200']);
    save(element);
    await waitUntil(() => !dialog(element).open, 'saved');
    expect(record.name).to.equal('Laboratorium analiz');
    expect(row(element, '501')!.querySelector('.name')!.textContent!.trim()).to.equal('Laboratorium analiz');
    expect(live(element)).to.equal('Hunt group 501 saved.');
    expect(operations(asked, huntGroupUpdate.id)).to.deep.equal([huntGroupUpdate.id, huntGroupUpdate.id]);
    await focusOn(element, row(element, '501')!.querySelector('[data-edit]'));
  });

  it('deletes a group after confirmation; its members stay extensions', async () => {
    const element = await loaded({ locale: 'pl' });
    const deleted = oneEvent(element, 'portico-hunt-group-deleted');
    row(element, '503')!.querySelector<HTMLElement>('[data-delete]')!.click();
    await waitUntil(() => dialog(element, '#delete-dialog').open, 'the confirmation opens');
    expect(textOf(element, '#delete-dialog')).to.contain('Połączenia na 503 (Administracja) przestaną kogokolwiek wywoływać.');
    await expect(element).to.be.accessible();
    $(element, '#delete-dialog button[type=submit]').click();
    expect((await deleted).detail).to.deep.equal({ id: 'hg_trunk_503', number: '503' });
    await waitUntil(() => row(element, '503') === undefined, 'the row goes');
    expect(live(element)).to.equal('Usunięto grupę poszukiwawczą 503.');
    await focusOn(element, $(element, '#title'));
    expect(pbxOf(sim.customers.trunk).extensions.some((e) => e.id === 'ext_trunk_105')).to.equal(true);
  });

  it('Cancel leaves the group as it was, and focus goes back to its Delete button', async () => {
    const element = await loaded();
    const button = row(element, '502')!.querySelector<HTMLElement>('[data-delete]')!;
    button.click();
    await waitUntil(() => dialog(element, '#delete-dialog').open, 'the confirmation opens');
    $(element, '#delete-dialog .dialog-actions button').click();
    await waitUntil(() => !dialog(element, '#delete-dialog').open, 'closed');
    await focusOn(element, button);
    expect(requestsTo(sim, '/v1/telephony/hunt-groups/hg_trunk_502')).to.deep.equal([]);
  });

  it('works from the keyboard alone: members ticked with Space and moved with the buttons', async () => {
    const element = await loaded({ customer: sim.customers.trunk });
    $(element, '#add').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(element).open, 'the editor opens');
    await shows(element, '#group-number');
    await focusOn(element, $(element, '#group-number'), 'the first field');
    await sendKeys({ type: '506' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Rejestracja wieczorna' });
    $(element, '#member-ext_trunk_103').focus();
    await sendKeys({ press: 'Space' });
    await focusOn(element, $(element, '#member-ext_trunk_103'), 'the box, now in the ringing order');
    $(element, '#member-ext_trunk_104').focus();
    await sendKeys({ press: 'Space' });
    await focusOn(element, $(element, '#member-ext_trunk_104'));
    await sendKeys({ press: 'Tab' });
    await focusOn(element, $(element, '#member-up-ext_trunk_104'));
    await sendKeys({ press: 'Enter' });
    await focusOn(element, $(element, '#member-down-ext_trunk_104'), 'at the top: Move down');
    expect(order(element)).to.deep.equal(['104 Rejestracja 5', '103 Rejestracja 4']);
    $(element, '#group-name').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog(element).open, 'saved with Enter');
    expect(pbxOf(sim.customers.trunk).huntGroups.find((g) => g.number === '506')!.memberIds).to.deep.equal(['ext_trunk_104', 'ext_trunk_103']);
    await focusOn(element, $(element, '#add'));
  });

  it('at 750 px each group is a dense card: number and name on one line, the details side by side, the members over two columns', async () => {
    const element = await loaded({ width: 750 });
    const box = $(element, '[part~="base"]');
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    expect(getComputedStyle($(element, 'thead')).position).to.equal('absolute');
    const card = row(element, '500')!;
    const rect = (selector: string) => card.querySelector(selector)!.getBoundingClientRect();
    expect(getComputedStyle(card.querySelector('.name')!, '::before').content).to.contain('500');
    expect(card.querySelector('.number')!.textContent!.trim()).to.equal('500');
    // The strategy beside the members, who take two columns; caller ID and pickup on the next line.
    const strategy = rect('.strategy');
    const members = rect('.members');
    expect(Math.round(strategy.top)).to.equal(Math.round(members.top));
    expect(members.width).to.be.above(strategy.width * 1.8);
    expect(Math.round(rect('.caller-id .cell-value').top)).to.equal(Math.round(rect('.pickup .cell-value').top));
    expect(rect('.caller-id').top).to.be.above(members.bottom - 1);
    // Five members, read down the first column and on into the second.
    const items = [...card.querySelectorAll('.member-list li')].map((li) => li.getBoundingClientRect());
    expect(items[3]!.left).to.be.above(items[0]!.right);
    expect(rect('.actions').right).to.be.closeTo(members.right, 1);
    await expect(element).to.be.accessible();
  });

  it('at 360 px each group is a card, with no horizontal scroll; the editor fits too', async () => {
    // A phone's screen: the dialogs size themselves by the viewport, the lists by the widget's box.
    const before = { width: innerWidth, height: innerHeight };
    await setViewport({ width: 360, height: 740 });
    try {
      const element = await loaded({ width: 360 });
      const box = $(element, '[part~="base"]');
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      expect(getComputedStyle($(element, 'thead')).position).to.equal('absolute');
      await openEditor(element, row(element, '500')!.querySelector<HTMLElement>('[data-edit]')!);
      const form = $(element, '#group-dialog form');
      expect(form.scrollWidth).to.be.at.most(form.clientWidth);
      await expect(element).to.be.accessible();
      const opened = $(element, '#group-dialog');
      expect(opened.getBoundingClientRect().width).to.be.at.most(360);
    } finally {
      await setViewport(before);
    }
  });

  describe('for a portal user', () => {
    it('a user with "telephony" and full access deletes a group: nothing is said unavailable', async () => {
      const element = await loaded({ client: asUser(sim, sim.customers.trunk, 'usr_1005_reception') });
      await answered(asked);
      expectAvailable(element, $(element, '#add'));
      row(element, '503')!.querySelector<HTMLElement>('[data-delete]')!.click();
      await waitUntil(() => dialog(element, '#delete-dialog').open, 'the confirmation opens');
      $(element, '#delete-dialog button[type=submit]').click();
      await waitUntil(() => row(element, '503') === undefined, 'the row goes');
      expect(requestsTo(sim, '/v1/telephony/hunt-groups/hg_trunk_503')).to.deep.equal(['DELETE 200']);
      await expect(element).to.be.accessible();
    });

    it('a read-only user sees the groups; adding, editing and deleting are unavailable, said once, and the keyboard sends nothing (Polish)', async () => {
      const element = await loaded({ client: asUser(sim, sim.customers.trunk, 'usr_1005_quality'), locale: 'pl' });
      const note = await shows(element, '#actions-unavailable');
      expect(note.textContent!.trim()).to.equal(READ_ONLY.pl);
      expect(element.shadowRoot!.querySelectorAll('[part~="unavailable"]').length, 'said once').to.equal(1);
      expect(rows(element).length).to.equal(4);
      expectUnavailable(element, $(element, '#add'), READ_ONLY.pl);
      expectAllUnavailable(element, '[data-edit], [data-delete]', READ_ONLY.pl);
      await pressFromKeyboard($(element, '#add'));
      await pressFromKeyboard(row(element, '501')!.querySelector<HTMLElement>('[data-edit]')!);
      await pressFromKeyboard(row(element, '501')!.querySelector<HTMLElement>('[data-delete]')!);
      expect(dialog(element).open, 'no editor').to.equal(false);
      expect(dialog(element, '#delete-dialog').open, 'no confirmation').to.equal(false);
      await answered(asked);
      expect(operations(asked, huntGroupCreate.id, huntGroupUpdate.id, huntGroupDelete.id)).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('a user without "telephony": not available, with no add button or count', async () => {
      const element = await huntGroups({ client: asUser(sim, sim.customers.prepaid, 'usr_1001_accounts') });
      await expectRefused(element, 'en', 'Telephony', ['#add', '#count', '[part~="unavailable"]']);
    });
  });
});
