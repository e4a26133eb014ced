import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@portico/elements/portal-users';
import type { PorticoPortalUsers } from '@portico/elements';
import type { ClientCore } from '@portico/sdk/core';
import { portalUserCreate, portalUserDelete, portalUserUpdate } from '@portico/sdk/account';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf, type } from './support.ts';
import { answered, operations, watch, type Asked } from './signals.ts';

const sim = await simulator();
const usersOf = (customer: string) => sim.world.customers.get(customer)!.users;
/** A client whose sessions act as one portal user of the customer, as a reseller's backend mints them. */
const asUser = (customerId: string, userId: string) => clientFor(sim, customerId, { fetchSessionToken: async () => sim.createSession(customerId, undefined, userId) });

const rows = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-user]')];
const row = (element: Element, id: string) => element.shadowRoot!.querySelector<HTMLElement>(`tbody tr[data-user="${id}"]`);
/** What a cell says, without the column's name a card shows in it. */
function cell(element: Element, id: string, column: string): string {
  const copy = row(element, id)!.querySelector(`.${column}`)!.cloneNode(true) as HTMLElement;
  copy.querySelector('.cell-label')?.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
const chips = (element: Element, id: string) => [...row(element, id)!.querySelectorAll('.chip')].map((c) => c.textContent!.trim());
const live = (element: Element) => textOf(element, '[role="status"][aria-live]');
const dialog = (element: Element, id = '#user-dialog') => $(element, id) as HTMLDialogElement;
const input = (element: Element, id: string) => $(element, id) as HTMLInputElement;
const save = (element: Element) => $(element, '#user-dialog button[type=submit]').click();
/** Whether the widget shows nothing matching `selector` (a boolean: chai must never print a DOM node). */
const absent = (element: Element, selector: string) => element.shadowRoot!.querySelector(selector) === null;
const errorAt = (element: Element, field: string) => element.shadowRoot!.querySelector(`#${field}-error`)?.textContent?.trim();
/** Each rule of the password's policy, as a screen reader reads it. */
const policy = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('#user-password-policy li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

let asked: Asked[] = [];

async function portalUsers(options: { customer?: string; locale?: string; width?: number; client?: ClientCore; supportEmail?: string } = {}): Promise<PorticoPortalUsers> {
  const client = options.client ?? clientFor(sim, options.customer ?? sim.customers.prepaid);
  asked = watch(client);
  const box = await mount<HTMLElement>(
    html`<div style="width: ${options.width ?? 1300}px">
      <portico-portal-users .client=${client} locale=${options.locale ?? 'en'} support-email=${options.supportEmail ?? ''}></portico-portal-users>
    </div>`,
  );
  return box.firstElementChild as PorticoPortalUsers;
}

async function loaded(options: Parameters<typeof portalUsers>[0] = {}): Promise<PorticoPortalUsers> {
  const element = await portalUsers(options);
  await shows(element, 'tbody tr');
  await answered(asked);
  return element;
}

async function openEditor(element: PorticoPortalUsers, button: HTMLElement): Promise<void> {
  button.click();
  await waitUntil(() => dialog(element).open, 'the editor opens');
  await focusOn(element, $(element, '#user-name'), 'the name takes focus');
}

function choose(element: Element, id: string): void {
  $(element, id).click();
}

/** Fills in every field of a new user, as a person would. */
function fillNewUser(element: Element, fields: { name: string; email: string; password: string }): void {
  type($(element, '#user-name'), fields.name);
  type($(element, '#user-email'), fields.email);
  choose(element, '#user-role-user');
  choose(element, '#user-permission-telephony');
  choose(element, '#user-access-full');
  choose(element, '#user-can-log-in');
  type($(element, '#user-password'), fields.password);
  type($(element, '#user-password-again'), fields.password);
}

describe('<portico-portal-users>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  it('shows a skeleton while loading, then the office’s users: role, permissions by name, access, sign-in, 2FA, the main administrator marked', async () => {
    sim.faults.enqueue({ latency: 300, path: '/v1/account/users' });
    const element = await portalUsers();
    const loading = await shows(element, '.loading[aria-busy="true"]');
    expect(loading.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    await shows(element, 'tbody tr');
    expect(rows(element).map((r) => r.querySelector('.user-name')!.textContent!.trim())).to.deep.equal(['Anna Kowalczyk', 'Piotr Nowak', 'Ewa Kowalczyk']);
    expect(textOf(element, '#count')).to.equal('3 users');
    expect(getComputedStyle($(element, 'table')).display, 'a table on a wide page').to.equal('table');
    expect(textOf(element, 'thead')).to.equal('Name E-mail Role Permissions Access May log in 2FA required Actions');
    expect(cell(element, 'usr_1001_admin', 'name')).to.equal('Anna Kowalczyk Main administrator');
    expect(cell(element, 'usr_1001_admin', 'role')).to.equal('Administrator');
    expect(chips(element, 'usr_1001_admin')).to.deep.equal(['All permissions']);
    expect(cell(element, 'usr_1001_admin', 'two-factor')).to.equal('Yes');
    expect(cell(element, 'usr_1001_accounts', 'email')).to.equal('p.nowak@kowalczyk-rachunki.pl');
    expect(cell(element, 'usr_1001_accounts', 'role')).to.equal('User');
    expect(chips(element, 'usr_1001_accounts')).to.deep.equal(['Finances']);
    expect(chips(element, 'usr_1001_office')).to.deep.equal(['Telephony', 'Support']);
    expect(cell(element, 'usr_1001_office', 'access')).to.equal('Full');
    expect(cell(element, 'usr_1001_office', 'can-log-in')).to.equal('Yes');
    expect(cell(element, 'usr_1001_office', 'two-factor')).to.equal('No');
    // The pencil and the trash, named for the user; the main administrator has no trash.
    expect(row(element, 'usr_1001_office')!.querySelector('[data-edit]')!.getAttribute('aria-label')).to.equal('Edit user Ewa Kowalczyk');
    expect(row(element, 'usr_1001_office')!.querySelector('[data-delete]')!.getAttribute('aria-label')).to.equal('Delete user Ewa Kowalczyk');
    expect(row(element, 'usr_1001_admin')!.querySelector('[data-delete]') === null).to.equal(true);
    expect(row(element, 'usr_1001_admin')!.querySelector('[data-procedure]')!.getAttribute('aria-label')).to.equal('How to remove the main administrator Anna Kowalczyk');
    await expect(element).to.be.accessible();
  });

  it('speaks Polish in the seed’s words: the clinic’s read-only quality team and its former employee', async () => {
    const element = await loaded({ customer: sim.customers.trunk, locale: 'pl' });
    expect(textOf(element, '#title')).to.equal('Użytkownicy portalu');
    expect(textOf(element, '#add')).to.equal('Dodaj pracownika');
    expect(textOf(element, '#count')).to.equal('4 użytkowników');
    expect(textOf(element, 'thead')).to.equal('Imię i nazwisko E-mail Rola Uprawnienia Dostęp Logowanie do panelu Wymagane 2FA Działania');
    expect(cell(element, 'usr_1005_admin', 'name')).to.equal('Tomasz Zieliński Główny administrator');
    expect(chips(element, 'usr_1005_admin')).to.deep.equal(['Wszystkie uprawnienia']);
    expect(chips(element, 'usr_1005_reception')).to.deep.equal(['Telefonia', 'Pomoc techniczna']);
    expect(chips(element, 'usr_1005_quality')).to.deep.equal(['Telefonia', 'Nagrania rozmów']);
    expect(cell(element, 'usr_1005_quality', 'access')).to.equal('Tylko podgląd');
    expect(cell(element, 'usr_1005_quality', 'role')).to.equal('Użytkownik');
    expect(cell(element, 'usr_1005_former', 'can-log-in')).to.equal('Nie');
    expect(row(element, 'usr_1005_former')!.querySelector('[data-edit]')!.getAttribute('aria-label')).to.equal('Edytuj użytkownika Jan Kowalski (były pracownik)');
    expect(row(element, 'usr_1005_former')!.querySelector('[data-delete]')!.getAttribute('aria-label')).to.equal('Usuń użytkownika Jan Kowalski (były pracownik)');
    await expect(element).to.be.accessible();
  });

  it('a failed load says why, and Try again brings the users', async () => {
    sim.faults.enqueue({ status: 503, path: '/v1/account/users' });
    const failures: Event[] = [];
    const element = await portalUsers();
    element.addEventListener('portico-error', (e) => failures.push(e));
    const alert = await shows(element, '[part~="error"]');
    expect(alert.innerText).to.contain('Something went wrong on our side.');
    $(element, 'button[part~="retry"]').click();
    await shows(element, 'tbody tr');
    await focusOn(element, $(element, '#title'), 'focus waits on the title');
  });

  it('adds a user with every field; the login policy is ticked off as the password is typed, and the password goes nowhere', async () => {
    const element = await loaded();
    const saved = oneEvent(element, 'portico-portal-user-saved');
    await openEditor(element, $(element, '#add'));
    expect(textOf(element, '#user-title')).to.equal('Add a portal user');
    expect(textOf(element, '#user-dialog form')).to.contain('Every field is required.');
    // Nothing is chosen for the person: role and access are theirs to choose.
    expect(input(element, '#user-role-administrator').checked || input(element, '#user-role-user').checked).to.equal(false);
    expect(policy(element)).to.deep.equal(['Not yet: at least 12 characters', 'Not yet: a letter', 'Not yet: a digit']);
    type($(element, '#user-name'), 'Karolina Mazur');
    type($(element, '#user-email'), 'k.mazur@kowalczyk-rachunki.pl');
    choose(element, '#user-role-user');
    // Each permission says what it covers.
    expect(textOf(element, '#user-permission-finances-hint')).to.equal('Top-ups, payment methods, the account’s history, invoices and payments.');
    choose(element, '#user-permission-telephony');
    choose(element, '#user-permission-support');
    choose(element, '#user-permission-recordings');
    expect(element.shadowRoot!.querySelector('label[for="user-permission-recordings"]')!.textContent).to.equal('May listen to and download recorded calls');
    choose(element, '#user-access-read_only');
    choose(element, '#user-can-log-in');
    choose(element, '#user-two-factor');
    type($(element, '#user-password'), 'zielony');
    await element.updateComplete;
    expect(policy(element)).to.deep.equal(['Not yet: at least 12 characters', 'Met: a letter', 'Not yet: a digit']);
    expect(element.shadowRoot!.querySelectorAll('#user-password-policy li svg').length, 'each rule has its mark').to.equal(3);
    type($(element, '#user-password'), 'zielony7');
    await element.updateComplete;
    expect(policy(element)).to.deep.equal(['Not yet: at least 12 characters', 'Met: a letter', 'Met: a digit']);
    type($(element, '#user-password'), 'zielony7 las');
    await element.updateComplete;
    expect(policy(element)).to.deep.equal(['Met: at least 12 characters', 'Met: a letter', 'Met: a digit']);
    expect(input(element, '#user-password').getAttribute('aria-describedby')).to.equal('user-password-policy');
    type($(element, '#user-password-again'), 'zielony7 las');
    await expect(element).to.be.accessible();
    save(element);
    const { detail } = await saved;
    expect(detail.created).to.equal(true);
    expect(detail.user).to.include({ name: 'Karolina Mazur', email: 'k.mazur@kowalczyk-rachunki.pl', role: 'user', access: 'read_only', canLogIn: true, twoFactorRequired: true, mainAdministrator: false });
    expect(detail.user.permissions).to.deep.equal(['telephony', 'recordings', 'support']);
    await waitUntil(() => !dialog(element).open, 'the dialog closes');
    const added = usersOf(sim.customers.prepaid).find((u) => u.email === 'k.mazur@kowalczyk-rachunki.pl')!;
    expect(chips(element, added.id)).to.deep.equal(['Telephony', 'Call recordings', 'Support']);
    expect(cell(element, added.id, 'access')).to.equal('Read-only');
    await waitUntil(() => live(element) === 'User Karolina Mazur added.', 'the add is said');
    expect(textOf(element, '#count')).to.equal('4 users');
    // The password is in no event, no storage, no address, and not in the closed dialog.
    expect(JSON.stringify(detail)).not.to.contain('zielony7');
    expect(JSON.stringify({ ...localStorage })).not.to.contain('zielony7');
    expect(JSON.stringify({ ...sessionStorage })).not.to.contain('zielony7');
    expect(location.href).not.to.contain('zielony7');
    await waitUntil(() => absent(element, '#user-password'), 'the closed dialog keeps no password');
    await openEditor(element, $(element, '#add'));
    expect(input(element, '#user-password').value, 'a new add starts with no password').to.equal('');
    expect(input(element, '#user-name').value).to.equal('');
  });

  it('an administrator has every permission: shown ticked and fixed, and sent as all of them', async () => {
    const element = await loaded({ locale: 'pl' });
    await openEditor(element, $(element, '#add'));
    choose(element, '#user-role-user');
    choose(element, '#user-permission-finances');
    choose(element, '#user-role-administrator');
    await element.updateComplete;
    const boxes = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('#user-permissions-group input[type=checkbox]')];
    expect(boxes.length).to.equal(6);
    expect(boxes.every((b) => b.checked && b.disabled)).to.equal(true);
    expect(textOf(element, '#user-permissions-hint')).to.equal('Administrator ma wszystkie uprawnienia.');
    // Back to a user: what was ticked for them is there again.
    choose(element, '#user-role-user');
    await element.updateComplete;
    expect(boxes.filter((b) => b.checked).map((b) => b.id)).to.deep.equal(['user-permission-finances']);
    choose(element, '#user-role-administrator');
    type($(element, '#user-name'), 'Marek Zając');
    type($(element, '#user-email'), 'm.zajac@kowalczyk-rachunki.pl');
    choose(element, '#user-access-full');
    type($(element, '#user-password'), 'Kowalczyk2027!');
    type($(element, '#user-password-again'), 'Kowalczyk2027!');
    const saved = oneEvent(element, 'portico-portal-user-saved');
    save(element);
    const { detail } = await saved;
    expect(detail.user.permissions).to.deep.equal(['finances', 'services', 'telephony', 'recordings', 'support', 'users']);
    await waitUntil(() => live(element) === 'Dodano użytkownika Marek Zając.', 'the add is said');
  });

  it('says what is missing or wrong at each field before anything is sent', async () => {
    const element = await loaded();
    await openEditor(element, $(element, '#add'));
    save(element);
    await shows(element, '#user-name-error');
    expect(errorAt(element, 'user-name')).to.equal('Fill this in.');
    expect(errorAt(element, 'user-email')).to.equal('Fill this in.');
    expect(errorAt(element, 'user-role')).to.equal('Choose a role.');
    expect(errorAt(element, 'user-access')).to.equal('Choose the access.');
    expect(errorAt(element, 'user-password')).to.equal('Fill this in.');
    expect(errorAt(element, 'user-password-again')).to.equal('Fill this in.');
    await focusOn(element, $(element, '#user-name'), 'focus on the first field to fix');
    expect(input(element, '#user-name').getAttribute('aria-invalid')).to.equal('true');
    type($(element, '#user-name'), 'Karolina Mazur');
    type($(element, '#user-email'), 'k.mazur@');
    choose(element, '#user-role-user');
    choose(element, '#user-access-full');
    await element.updateComplete;
    expect(errorAt(element, 'user-permissions')).to.equal('Tick at least one permission.');
    choose(element, '#user-permission-support');
    type($(element, '#user-password'), 'krótkie1');
    type($(element, '#user-password-again'), 'inne');
    save(element);
    await focusOn(element, $(element, '#user-email'), 'focus on the e-mail, the first to fix now');
    expect(errorAt(element, 'user-name')).to.equal(undefined);
    expect(errorAt(element, 'user-email')).to.equal('Enter an e-mail address, such as anna@example.pl.');
    expect(errorAt(element, 'user-permissions')).to.equal(undefined);
    expect(errorAt(element, 'user-password')).to.equal('Use at least 12 characters, with a letter and a digit.');
    expect(errorAt(element, 'user-password-again')).to.equal('The passwords are not the same.');
    type($(element, '#user-password'), '123456789012345');
    await element.updateComplete;
    expect(errorAt(element, 'user-password'), 'digits alone are not enough').to.equal('Use at least 12 characters, with a letter and a digit.');
    await expect(element).to.be.accessible();
    expect(operations(asked, portalUserCreate.id)).to.deep.equal([]);
    expect(requestsTo(sim, '/v1/account/users').filter((r) => r.startsWith('POST'))).to.deep.equal([]);
  });

  for (const [locale, said] of [
    ['en', 'Another portal user of this account already signs in with this e-mail.'],
    ['pl', 'Inny użytkownik portalu tego konta loguje się już tym adresem e-mail.'],
  ] as const) {
    it(`an e-mail another user signs in with is refused at the e-mail (${locale}); what was typed stays`, async () => {
      const element = await loaded({ locale });
      await openEditor(element, $(element, '#add'));
      fillNewUser(element, { name: 'Piotr Nowak (drugi)', email: 'P.Nowak@kowalczyk-rachunki.pl', password: 'rachunki 2027' });
      save(element);
      await shows(element, '#user-email-error');
      expect(errorAt(element, 'user-email')).to.equal(said);
      await focusOn(element, $(element, '#user-email'));
      expect(input(element, '#user-email').getAttribute('aria-describedby')).to.equal('user-email-hint user-email-error');
      expect(input(element, '#user-name').value).to.equal('Piotr Nowak (drugi)');
      expect(input(element, '#user-password').value).to.equal('rachunki 2027');
      expect(absent(element, '#user-error'), 'said once, at the field').to.equal(true);
      // Another address is a new add, and goes through.
      type($(element, '#user-email'), 'p.nowak2@kowalczyk-rachunki.pl');
      await element.updateComplete;
      expect(errorAt(element, 'user-email')).to.equal(undefined);
      save(element);
      await waitUntil(() => !dialog(element).open, 'saved');
      expect(usersOf(sim.customers.prepaid).filter((u) => u.name === 'Piotr Nowak (drugi)').length).to.equal(1);
    });
  }

  it('an add whose answer was lost is sent again as the same add: one user, one key', async () => {
    const element = await loaded();
    await openEditor(element, $(element, '#add'));
    fillNewUser(element, { name: 'Zofia Lis', email: 'z.lis@kowalczyk-rachunki.pl', password: 'sekretariat 9' });
    sim.faults.enqueue({ loseResponse: true, path: '/v1/account/users', method: 'POST' });
    save(element);
    const error = await shows(element, '#user-error');
    expect(error.textContent).to.contain('The user was not saved.');
    await focusOn(element, error);
    expect(input(element, '#user-name').value).to.equal('Zofia Lis');
    save(element);
    await waitUntil(() => !dialog(element).open, 'saved');
    expect(usersOf(sim.customers.prepaid).filter((u) => u.email === 'z.lis@kowalczyk-rachunki.pl').length).to.equal(1);
    const keys = sim.log.filter((e) => e.path === '/v1/account/users' && e.method === 'POST').map((e) => e.idempotencyKey);
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(rows(element).filter((r) => r.querySelector('.user-name')!.textContent!.trim() === 'Zofia Lis').length).to.equal(1);
  });

  it('an add given up after a lost answer: the list looks again and shows the user it made', async () => {
    const element = await loaded();
    await openEditor(element, $(element, '#add'));
    fillNewUser(element, { name: 'Zofia Lis', email: 'z.lis@kowalczyk-rachunki.pl', password: 'sekretariat 9' });
    sim.faults.enqueue({ loseResponse: true, path: '/v1/account/users', method: 'POST' });
    save(element);
    await shows(element, '#user-error');
    $(element, '#user-dialog .dialog-actions button[type=button]').click();
    await waitUntil(() => rows(element).length === 4, 'the user made is listed');
    await focusOn(element, $(element, '#add'));
  });

  it('an edit is saved against the version shown: a change made meanwhile is loaded, the changes kept, and saved on the next try', async () => {
    const element = await loaded();
    const record = usersOf(sim.customers.prepaid).find((u) => u.id === 'usr_1001_accounts')!;
    const pencil = row(element, record.id)!.querySelector<HTMLElement>('[data-edit]')!;
    await openEditor(element, pencil);
    expect(textOf(element, '#user-title')).to.equal('Edit user Piotr Nowak');
    expect(absent(element, '#user-password'), 'no password when editing').to.equal(true);
    expect(input(element, '#user-role-user').checked).to.equal(true);
    expect(input(element, '#user-permission-finances').checked).to.equal(true);
    type($(element, '#user-name'), 'Piotr Nowak-Zięba');
    choose(element, '#user-permission-support');
    // Meanwhile another administrator requires 2FA of him.
    record.twoFactorRequired = true;
    record.version++;
    save(element);
    const message = await shows(element, '#user-message');
    expect(message.textContent).to.contain('Someone changed this user while you were editing.');
    await focusOn(element, message);
    expect(input(element, '#user-name').value).to.equal('Piotr Nowak-Zięba');
    expect(input(element, '#user-permission-support').checked).to.equal(true);
    expect(input(element, '#user-two-factor').checked, 'what someone else changed is there too').to.equal(true);
    expect(requestsTo(sim, `/v1/account/users/${record.id}`)).to.deep.equal(['PUT 412', 'GET 200']);
    save(element);
    await waitUntil(() => !dialog(element).open, 'saved');
    expect(record).to.include({ name: 'Piotr Nowak-Zięba', twoFactorRequired: true, version: 3 });
    expect(record.permissions).to.deep.equal(['finances', 'support']);
    expect(cell(element, record.id, 'name')).to.equal('Piotr Nowak-Zięba');
    expect(chips(element, record.id)).to.deep.equal(['Finances', 'Support']);
    await waitUntil(() => live(element) === 'User Piotr Nowak-Zięba saved.', 'the save is said');
    expect(operations(asked, portalUserUpdate.id)).to.deep.equal([portalUserUpdate.id, portalUserUpdate.id]);
    await focusOn(element, pencil, 'focus back on the pencil');
  });

  it('the main administrator keeps role, access and sign-in; a refusal of the main administrator’s role is said at the role', async () => {
    const element = await loaded();
    await openEditor(element, row(element, 'usr_1001_admin')!.querySelector<HTMLElement>('[data-edit]')!);
    expect(input(element, '#user-role-administrator').disabled).to.equal(true);
    expect(input(element, '#user-access-read_only').disabled).to.equal(true);
    expect(input(element, '#user-can-log-in').disabled).to.equal(true);
    expect(textOf(element, '#user-main-fixed')).to.equal('The main administrator stays an administrator with full access who may log in.');
    $(element, '#user-dialog .dialog-actions button[type=button]').click();
    await waitUntil(() => !dialog(element).open, 'closed');
    // Piotr becomes the main administrator while his editor is open: the API refuses him as a user.
    await openEditor(element, row(element, 'usr_1001_accounts')!.querySelector<HTMLElement>('[data-edit]')!);
    usersOf(sim.customers.prepaid).find((u) => u.id === 'usr_1001_accounts')!.mainAdministrator = true;
    save(element);
    await shows(element, '#user-role-error');
    expect(errorAt(element, 'user-role')).to.equal('The main administrator stays an administrator with full access who may log in.');
    await focusOn(element, $(element, '#user-role-administrator'));
  });

  it('an administrator cannot take away their own administration: said at the role', async () => {
    usersOf(sim.customers.prepaid).push({ ...structuredClone(usersOf(sim.customers.prepaid)[0]!), id: 'usr_1001_deputy', name: 'Halina Wrona', email: 'h.wrona@kowalczyk-rachunki.pl', mainAdministrator: false });
    const element = await loaded({ client: asUser(sim.customers.prepaid, 'usr_1001_deputy'), locale: 'pl' });
    await openEditor(element, row(element, 'usr_1001_deputy')!.querySelector<HTMLElement>('[data-edit]')!);
    choose(element, '#user-role-user');
    save(element);
    await shows(element, '#user-role-error');
    expect(errorAt(element, 'user-role')).to.equal('Nie można odebrać sobie uprawnień administratora. Może to zrobić inny administrator.');
    expect(requestsTo(sim, '/v1/account/users/usr_1001_deputy')).to.deep.equal(['PUT 422']);
  });

  it('a user deleting their own user is told another administrator can', async () => {
    usersOf(sim.customers.prepaid).push({ ...structuredClone(usersOf(sim.customers.prepaid)[0]!), id: 'usr_1001_deputy', name: 'Halina Wrona', email: 'h.wrona@kowalczyk-rachunki.pl', mainAdministrator: false });
    const element = await loaded({ client: asUser(sim.customers.prepaid, 'usr_1001_deputy') });
    row(element, 'usr_1001_deputy')!.querySelector<HTMLElement>('[data-delete]')!.click();
    await waitUntil(() => dialog(element, '#delete-dialog').open, 'the confirmation opens');
    $(element, '#delete-dialog button[type=submit]').click();
    const error = await shows(element, '#delete-error');
    expect(error.textContent!.trim()).to.equal('You cannot delete your own user. Another administrator can.');
    await focusOn(element, error);
    expect(row(element, 'usr_1001_deputy') !== null, 'still listed').to.equal(true);
  });

  it('deletes a user after a confirmation that names them', async () => {
    const element = await loaded({ locale: 'pl' });
    const deleted = oneEvent(element, 'portico-portal-user-deleted');
    row(element, 'usr_1001_office')!.querySelector<HTMLElement>('[data-delete]')!.click();
    await waitUntil(() => dialog(element, '#delete-dialog').open, 'the confirmation opens');
    expect(textOf(element, '#delete-title')).to.equal('Usunąć użytkownika Ewa Kowalczyk?');
    expect(textOf(element, '#delete-body')).to.equal('Ewa Kowalczyk (e.kowalczyk@kowalczyk-rachunki.pl) nie będzie już mieć dostępu do panelu. Tej operacji nie można cofnąć.');
    await expect(element).to.be.accessible();
    $(element, '#delete-dialog button[type=submit]').click();
    expect((await deleted).detail).to.deep.equal({ id: 'usr_1001_office', name: 'Ewa Kowalczyk' });
    await waitUntil(() => row(element, 'usr_1001_office') === null, 'the row goes');
    await waitUntil(() => live(element) === 'Usunięto użytkownika Ewa Kowalczyk.', 'the deletion is said');
    await focusOn(element, $(element, '#title'));
    expect(usersOf(sim.customers.prepaid).map((u) => u.id)).to.deep.equal(['usr_1001_admin', 'usr_1001_accounts']);
  });

  it('Cancel leaves the user, and focus goes back to the trash', async () => {
    const element = await loaded();
    const trash = row(element, 'usr_1001_accounts')!.querySelector<HTMLElement>('[data-delete]')!;
    trash.click();
    await waitUntil(() => dialog(element, '#delete-dialog').open, 'the confirmation opens');
    $(element, '#delete-dialog .dialog-actions button').click();
    await waitUntil(() => !dialog(element, '#delete-dialog').open, 'closed');
    await focusOn(element, trash);
    expect(operations(asked, portalUserDelete.id)).to.deep.equal([]);
  });

  for (const [locale, said] of [
    [
      'en',
      [
        'The main administrator cannot be deleted in the panel. To remove them, send a request to pomoc@operator.example.pl:',
        'from the main administrator’s e-mail address, or',
        'if no e-mail can come from the administrator, a scan of a statement about the change signed by the company’s owner or by a person entered in the KRS or CEiDG register.',
      ],
    ],
    [
      'pl',
      [
        'Głównego administratora nie można usunąć w panelu. Aby go usunąć, należy wysłać dyspozycję mailową na adres pomoc@operator.example.pl:',
        'z adresu e-mail administratora, albo',
        'jeżeli nie ma możliwości otrzymania maila od administratora — skan oświadczenia z podpisem właściciela firmy lub osoby wpisanej w KRS bądź CEiDG, z informacją o zmianie.',
      ],
    ],
  ] as const) {
    it(`the main administrator has no trash: the info button explains how they are removed (${locale})`, async () => {
      const element = await loaded({ locale, supportEmail: 'pomoc@operator.example.pl' });
      const info = row(element, 'usr_1001_admin')!.querySelector<HTMLElement>('[data-procedure]')!;
      info.click();
      await waitUntil(() => dialog(element, '#delete-dialog').open, 'the explanation opens');
      const procedure = $(element, '#delete-procedure');
      expect([procedure.querySelector('p')!, ...procedure.querySelectorAll('li')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(said);
      expect(procedure.querySelector('a')!.getAttribute('href')).to.equal('mailto:pomoc@operator.example.pl');
      expect(absent(element, '#delete-dialog button[type=submit]'), 'nothing to confirm').to.equal(true);
      await expect(element).to.be.accessible();
      $(element, '#delete-dialog .dialog-actions button').click();
      await waitUntil(() => !dialog(element, '#delete-dialog').open, 'closed');
      await focusOn(element, info);
      expect(operations(asked, portalUserDelete.id)).to.deep.equal([]);
    });
  }

  it('a deletion the API refuses as the main administrator’s explains the procedure', async () => {
    const element = await loaded();
    // Made the main administrator after the list was loaded.
    usersOf(sim.customers.prepaid).find((u) => u.id === 'usr_1001_accounts')!.mainAdministrator = true;
    row(element, 'usr_1001_accounts')!.querySelector<HTMLElement>('[data-delete]')!.click();
    await waitUntil(() => dialog(element, '#delete-dialog').open, 'the confirmation opens');
    $(element, '#delete-dialog button[type=submit]').click();
    await shows(element, '#delete-procedure');
    expect(textOf(element, '#delete-title')).to.equal('Removing the main administrator');
    expect(textOf(element, '#delete-procedure')).to.contain('send a request to customer support');
    expect(textOf(element, '#delete-procedure')).to.contain('KRS or CEiDG');
    expect(absent(element, '#delete-error')).to.equal(true);
    await focusOn(element, $(element, '#delete-title'));
    expect(requestsTo(sim, '/v1/account/users/usr_1001_accounts')).to.deep.equal(['DELETE 409']);
  });

  for (const [locale, title, body] of [
    ['en', 'Not available to your user', 'This needs the “Portal users” permission, which your portal user does not have. An administrator of the account can grant it.'],
    ['pl', 'Niedostępne dla Twojego użytkownika', 'Wymaga uprawnienia „Użytkownicy portalu”, którego Twój użytkownik portalu nie ma. Może je nadać administrator konta.'],
  ] as const) {
    it(`a portal user without the "users" permission is told it is not available to them, with no retry (${locale})`, async () => {
      const element = await portalUsers({ client: asUser(sim.customers.prepaid, 'usr_1001_office'), locale });
      await shows(element, '[part~="error"]');
      expect(textOf(element, '.error-title')).to.equal(title);
      expect(textOf(element, '[part~="error"] p')).to.equal(body);
      expect(absent(element, '[part~="retry"]')).to.equal(true);
      expect(absent(element, '#add'), 'nothing to add').to.equal(true);
      await expect(element).to.be.accessible();
    });
  }

  it('a read-only user with "users" sees the list, with adding, editing and deleting unavailable and why, said once', async () => {
    usersOf(sim.customers.prepaid).push({ ...structuredClone(usersOf(sim.customers.prepaid)[1]!), id: 'usr_1001_viewer', name: 'Kontrola wewnętrzna', email: 'kontrola@kowalczyk-rachunki.pl', permissions: ['users'], access: 'read_only' });
    const element = await loaded({ client: asUser(sim.customers.prepaid, 'usr_1001_viewer') });
    const reason = await shows(element, '#actions-reason');
    expect(reason.textContent!.trim()).to.equal('Your portal user can view but not change anything here. An administrator of the account can change that.');
    expect(element.shadowRoot!.querySelectorAll('.reason').length, 'said once').to.equal(1);
    const add = $(element, '#add');
    expect(add.getAttribute('aria-disabled')).to.equal('true');
    expect(add.getAttribute('aria-describedby')).to.equal('actions-reason');
    const pencils = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[data-edit]')];
    const trashes = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[data-delete]')];
    expect(pencils.length).to.equal(4);
    expect([...pencils, ...trashes].every((b) => b.getAttribute('aria-disabled') === 'true' && b.getAttribute('aria-describedby') === 'actions-reason')).to.equal(true);
    add.click();
    pencils[1]!.click();
    trashes[0]!.click();
    await element.updateComplete;
    expect(dialog(element).open).to.equal(false);
    expect(dialog(element, '#delete-dialog').open).to.equal(false);
    // What may be read stays: how the main administrator is removed.
    row(element, 'usr_1001_admin')!.querySelector<HTMLElement>('[data-procedure]')!.click();
    await waitUntil(() => dialog(element, '#delete-dialog').open, 'the explanation opens');
    await answered(asked);
    expect(operations(asked, portalUserCreate.id, portalUserUpdate.id, portalUserDelete.id)).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('works from the keyboard alone: add, choose with Space, save with Enter; Escape leaves the editor', async () => {
    const element = await loaded();
    $(element, '#add').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(element).open, 'the editor opens');
    await focusOn(element, $(element, '#user-name'), 'the first field');
    await sendKeys({ type: 'Tadeusz Baran' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 't.baran@kowalczyk-rachunki.pl' });
    await sendKeys({ press: 'Tab' });
    await focusOn(element, $(element, '#user-role-administrator'), 'the role, from the e-mail');
    await sendKeys({ press: 'ArrowDown' });
    await focusOn(element, $(element, '#user-role-user'));
    expect(input(element, '#user-role-user').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await focusOn(element, $(element, '#user-permission-finances'), 'the first permission');
    await sendKeys({ press: 'Space' });
    $(element, '#user-access-full').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await focusOn(element, $(element, '#user-can-log-in'), 'sign-in, after the access');
    await sendKeys({ press: 'Space' });
    $(element, '#user-password').focus();
    await sendKeys({ type: 'Baran 2027 biuro' });
    await sendKeys({ press: 'Tab' });
    await focusOn(element, $(element, '#user-password-again'), 'the confirmation, after the password');
    await sendKeys({ type: 'Baran 2027 biuro' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog(element).open, 'saved with Enter');
    expect(usersOf(sim.customers.prepaid).find((u) => u.email === 't.baran@kowalczyk-rachunki.pl')).to.include({ role: 'user', access: 'full', canLogIn: true });
    await focusOn(element, $(element, '#add'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(element).open, 'the editor opens again');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(element).open, 'Escape closes it');
    await focusOn(element, $(element, '#add'));
  });

  it('at about 750 px each user is a card with the details side by side', async () => {
    const element = await loaded({ width: 750 });
    expect(getComputedStyle($(element, 'thead')).position).to.equal('absolute');
    const card = row(element, 'usr_1001_office')!;
    const top = (column: string) => Math.round(card.querySelector(`.${column}`)!.getBoundingClientRect().top);
    expect(new Set(['role', 'access', 'can-log-in', 'two-factor'].map(top)).size, 'four details on one line').to.equal(1);
    expect(card.getBoundingClientRect().height).to.be.below(260);
    const box = $(element, '[part~="base"]');
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
  });

  it('at 360 px each user is a card, with no horizontal scroll; the editor fits too', async () => {
    const before = { width: innerWidth, height: innerHeight };
    await setViewport({ width: 360, height: 740 });
    try {
      const element = await loaded({ width: 360, customer: sim.customers.trunk, locale: 'pl' });
      const box = $(element, '[part~="base"]');
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      for (const card of rows(element)) expect(card.scrollWidth, card.dataset['user']).to.be.at.most(card.clientWidth);
      await expect(element).to.be.accessible();
      await openEditor(element, $(element, '#add'));
      const form = $(element, '#user-dialog form');
      expect(form.scrollWidth).to.be.at.most(form.clientWidth);
      expect($(element, '#user-dialog').getBoundingClientRect().width).to.be.at.most(360);
      await expect(element).to.be.accessible();
    } finally {
      await setViewport(before);
    }
  });
});
