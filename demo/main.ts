// The reseller's page script: a client for the signed-in customer, a language switch, the
// page's own routing (the widgets tell it where the customer wants to go), and a log of the
// events the widgets send to the host page.
import '@portico/elements';
import { ClientCore } from '@portico/sdk/core';
import { formatMoney } from '@portico/sdk/core';
import type { PorticoCallLogTable, PorticoContractCard, PorticoProvider, PorticoServiceList, PorticoTicketList, PorticoTicketThread } from '@portico/elements';

type Locale = 'pl' | 'en';
const TEXT: Record<Locale, Record<string, string>> = {
  pl: {
    navAccount: 'Konto i finanse',
    navServices: 'Usługi',
    navTelephony: 'Telefonia',
    navHelp: 'Pomoc',
    accountSections: 'Działy konta',
    portalUsers: 'Użytkownicy portalu',
    security: 'Bezpieczeństwo',
    invoices: 'Faktury',
    payments: 'Historia płatności',
    customer: 'Klient',
    user: 'Użytkownik',
    administrator: 'administrator',
    readOnly: 'tylko podgląd',
    topUp: 'Zasil konto',
    heading: 'Zasil konto prepaid',
    headingPostpaid: 'Saldo i płatności',
    balance: 'Saldo',
    modePrepaid: 'Na kartę',
    modePostpaid: 'Abonament',
    events: 'Zdarzenia widżetów',
    eventsHint: 'Tak Twoja strona słyszy, co się dzieje: zdarzenia portico-* z widżetów.',
    footer: 'Strona demonstracyjna Portico: widżety działają na symulatorze platformy.',
    nav: 'Główna',
    numbers: 'Numery komórkowe',
    servicesHeading: 'Numery komórkowe firmy',
    helpHeading: 'Pomoc techniczna',
    helpSections: 'Działy pomocy',
    tickets: 'Zgłoszenia',
    newTicket: 'Otwórz zgłoszenie',
    kb: 'Baza wiedzy',
    announcements: 'Ogłoszenia',
    downloads: 'Pliki do pobrania',
    status: 'Status serwerów',
    pbx: 'Centrala IP Centrex',
    telephonyHeading: 'Telefonia IP',
    telephonySections: 'Działy telefonii',
    pbxDashboard: 'Pulpit',
    pbxLines: 'Linie telefoniczne',
    pbxExtensions: 'Numery wewnętrzne',
    pbxHuntGroups: 'Grupy poszukiwawcze',
    pbxSettings: 'Ustawienia centrali',
    pbxCalls: 'Logi połączeń',
    pbxMusic: 'Muzyka na czekanie',
  },
  en: {
    navAccount: 'Account & billing',
    navServices: 'Services',
    navTelephony: 'Telephony',
    navHelp: 'Help',
    accountSections: 'Account sections',
    portalUsers: 'Portal users',
    security: 'Security',
    invoices: 'Invoices',
    payments: 'Payment history',
    customer: 'Customer',
    user: 'User',
    administrator: 'administrator',
    readOnly: 'view only',
    topUp: 'Top up',
    heading: 'Top up your prepaid account',
    headingPostpaid: 'Balance and payments',
    balance: 'Balance',
    modePrepaid: 'Prepaid',
    modePostpaid: 'Postpaid (invoice)',
    events: 'Widget events',
    eventsHint: 'What your page hears: the portico-* events the widgets send.',
    footer: 'Portico demo page: the widgets run on the platform simulator.',
    nav: 'Main',
    numbers: 'Mobile numbers',
    servicesHeading: 'Your company’s mobile numbers',
    helpHeading: 'Support',
    helpSections: 'Support sections',
    tickets: 'Tickets',
    newTicket: 'Open a ticket',
    kb: 'Knowledge base',
    announcements: 'Announcements',
    downloads: 'Downloads',
    status: 'Server status',
    pbx: 'IP Centrex PBX',
    telephonyHeading: 'IP telephony',
    telephonySections: 'Telephony sections',
    pbxDashboard: 'Dashboard',
    pbxLines: 'Phone lines',
    pbxExtensions: 'Extensions',
    pbxHuntGroups: 'Hunt groups',
    pbxSettings: 'PBX settings',
    pbxCalls: 'Call logs',
    pbxMusic: 'Music on hold',
  },
};

const api = document.querySelector<HTMLMetaElement>('meta[name="portico-api"]')!.content;
const provider = document.querySelector<PorticoProvider>('#portico')!;
const picker = document.querySelector<HTMLSelectElement>('#customer')!;
const userPicker = document.querySelector<HTMLSelectElement>('#user')!;
const log = document.querySelector<HTMLOListElement>('#events')!;

/** A fresh client: its sessions come from this site's backend, which holds the reseller key. */
function connect(): void {
  provider.client = new ClientCore({
    baseUrl: api,
    fetchSessionToken: async () => {
      const response = await fetch('/api/session', { method: 'POST' });
      if (!response.ok) throw new Error(`session ${response.status}`);
      return (await response.json()) as { token: string; expiresAt: string };
    },
  });
}

interface Customer {
  id: string;
  name: string;
  kind: 'voip' | 'mobile' | 'hosting';
  mode: 'prepaid' | 'postpaid';
}
interface PortalUser {
  id: string;
  name: string;
  role: 'administrator' | 'user';
  permissions: string[];
  access: 'full' | 'read_only';
  mainAdministrator: boolean;
}
let customers: Customer[] = [];
let signedIn: string | undefined;
/** The customer's people who may log in, and which of them the page acts as: permissions to feel. */
let users: PortalUser[] = [];
let actingAs: string | undefined;
const customer = () => customers.find((c) => c.id === signedIn);
const locale = () => document.documentElement.lang as Locale;

function setLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  provider.locale = locale;
  const postpaid = customer()?.mode === 'postpaid';
  // A postpaid customer pays by invoice: the page speaks of a balance, not of topping up.
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = postpaid && element.dataset.i18nPostpaid ? element.dataset.i18nPostpaid : element.dataset.i18n!;
    element.textContent = TEXT[locale][key] ?? '';
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) element.setAttribute('aria-label', TEXT[locale][element.dataset.i18nLabel!] ?? '');
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-locale]')) button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
  localStorage.setItem('fiberlink-locale', locale);
}

/** The picker in the page's language, and what the signed-in customer has: no dead ends. */
function showCustomers(): void {
  const t = TEXT[locale()];
  // Grouped by how they pay: the name alone fits a phone's width, the group says the rest.
  picker.replaceChildren(
    ...(['prepaid', 'postpaid'] as const).map((mode) => {
      const group = document.createElement('optgroup');
      group.label = (mode === 'postpaid' ? t.modePostpaid : t.modePrepaid) ?? mode;
      group.append(...customers.filter((c) => c.mode === mode).map((c) => new Option(c.name, c.id, false, c.id === signedIn)));
      return group;
    }),
  );
  userPicker.replaceChildren(
    ...users.map((u) => new Option(u.role === 'administrator' ? `${u.name} (${t.administrator})` : `${u.name}${u.access === 'read_only' ? ` (${t.readOnly})` : ''}`, u.id, false, u.id === actingAs)),
  );
  // Only a customer with mobile contracts has the mobile numbers page.
  const services = document.querySelector<HTMLElement>('[data-view-link="services"]')!;
  services.hidden = customer()?.kind !== 'mobile';
  // Only a VoIP customer has a PBX.
  document.querySelector<HTMLElement>('[data-view-link="telephony"]')!.hidden = customer()?.kind !== 'voip';
  setLocale(locale());
  route();
}

async function loadCustomers(): Promise<void> {
  const { data, current, users: people, user } = (await (await fetch('/api/customers')).json()) as { data: Customer[]; current: string; users: PortalUser[]; user?: string };
  customers = data;
  signedIn = current;
  users = people;
  actingAs = user;
  showCustomers();
}

picker.addEventListener('change', async () => {
  await fetch('/api/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ customerId: picker.value }) });
  forgetOpened();
  connect();
  await loadCustomers();
});
// Another of the customer's people: a new session, minted for that user, and the widgets follow.
userPicker.addEventListener('change', async () => {
  await fetch('/api/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ customerId: signedIn, userId: userPicker.value }) });
  forgetOpened();
  connect();
  await loadCustomers();
});

/** Another customer: what the last one had open (a number, a ticket) is not theirs to load. */
function forgetOpened(): void {
  $('#contract').hidden = true;
  for (const widget of [card, services, calls]) widget.contractId = undefined;
  ticket.ticketId = undefined;
  if (/^#\/help\/tickets\/./.test(location.hash)) location.hash = '#/help/tickets';
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-locale]')) {
  button.addEventListener('click', () => {
    setLocale(button.dataset.locale as Locale);
    showCustomers();
  });
}

/** The statuses and changes the events carry, in the page's words (the code is the event's). */
const WORDS: Record<Locale, Record<string, string>> = {
  pl: {
    submitting: 'do wysłania',
    pending: 'oczekuje',
    succeeded: 'zaksięgowane',
    failed: 'odrzucone',
    open: 'otwarte',
    answered: 'z odpowiedzią',
    customer_reply: 'Twoja odpowiedź',
    closed: 'zamknięte',
    reply: 'odpowiedź',
    close: 'zamknięcie',
    cc: 'kopie',
    load: 'wczytanie',
    submit: 'wysłanie',
    upload: 'przesłanie pliku',
    copy: 'kopiowanie',
    export: 'eksport',
    accepted: 'przyjęte',
    in_progress: 'w toku',
    completed: 'wykonane',
    paid: 'opłacona',
    unpaid: 'do zapłaty',
    overdue: 'po terminie',
    registered: 'zarejestrowana',
    unregistered: 'niezarejestrowana',
    intercom: 'interkom',
    abbreviatedDialing: 'wybieranie skrócone',
    incomingCalls: 'połączenia przychodzące',
    parking: 'parkowanie połączeń',
  },
  en: {
    submitting: 'about to be sent',
    customer_reply: 'customer reply',
    in_progress: 'in progress',
    abbreviatedDialing: 'abbreviated dialling',
    incomingCalls: 'incoming calls',
    parking: 'call parking',
  },
};
const word = (code: string) => WORDS[locale()][code] ?? code.replace(/_/g, ' ');

/** One line of the log: the event's name and what it says, briefly, in the page's language. */
function describe(type: string, detail: Record<string, any>): string {
  const topUp = detail.topUp ?? (type === 'portico-top-up-submit' ? { amount: detail.params.amount, status: 'submitting' } : undefined);
  if (topUp) return `${formatMoney(topUp.amount, document.documentElement.lang)} · ${word(topUp.status)}`;
  if (type === 'portico-error') return `${word(detail.action)}: ${detail.error?.name ?? detail.error}`;
  if (detail.ticket) return `#${detail.ticket.number}${detail.change ? ` · ${word(detail.change)}` : ''} · ${word(detail.ticket.status)}`;
  if (detail.article) return detail.article.title;
  if (detail.invoice) return `${detail.invoice.number} · ${word(detail.invoice.status)}`;
  if (detail.user) return detail.user.name;
  if (type === 'portico-portal-user-deleted') return detail.name;
  if (detail.extension) return `${detail.extension.number} · ${detail.extension.description}`;
  if (detail.huntGroup) return `${detail.huntGroup.number} · ${detail.huntGroup.name}`;
  if (detail.line) return `${detail.line.number}${type === 'portico-phone-line-registration' ? ` · ${word(detail.line.sip.status)}` : ''}`;
  if (detail.track) return detail.track.description;
  if (detail.section) return word(detail.section);
  if (detail.number) return detail.number;
  if (detail.order) return `${detail.order.serviceId} · ${word(detail.order.action)} · ${word(detail.order.status)}`;
  return detail.contractId ?? detail.to ?? '';
}

const events = [
  'portico-top-up-submit',
  'portico-top-up-complete',
  'portico-top-up-confirmation',
  'portico-contract-select',
  'portico-navigate',
  'portico-contact-update',
  'portico-sim-swap',
  'portico-service-order',
  'portico-ticket-create',
  'portico-ticket-deflect',
  'portico-ticket-select',
  'portico-ticket-new',
  'portico-ticket-update',
  'portico-extension-saved',
  'portico-extension-deleted',
  'portico-hunt-group-saved',
  'portico-hunt-group-deleted',
  'portico-phone-line-saved',
  'portico-phone-line-registration',
  'portico-pbx-settings-saved',
  'portico-music-track-saved',
  'portico-music-track-deleted',
  'portico-invoice-paid',
  'portico-portal-user-saved',
  'portico-portal-user-deleted',
  'portico-error',
];
for (const type of events) {
  provider.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.innerHTML = '<code></code> ';
    item.firstElementChild!.textContent = type;
    item.append(describe(type, (event as CustomEvent).detail as Record<string, any>));
    log.prepend(item);
  });
}

// Routing is the page's: `#/account`, `#/services`, `#/help/<section>`. Widgets say where the
// customer wants to go (select, navigate, new ticket); the page shows it.
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const card = $<PorticoContractCard>('portico-contract-card');
const services = $<PorticoServiceList>('portico-service-list');
const calls = $<PorticoCallLogTable>('portico-call-log-table');
const tickets = $<PorticoTicketList>('portico-ticket-list');
const ticket = $<PorticoTicketThread>('portico-ticket-thread');

const current = (link: HTMLElement, yes: boolean) => (yes ? link.setAttribute('aria-current', 'page') : link.removeAttribute('aria-current'));

function route(): void {
  const [asked = 'account', section, id] = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  // The mobile numbers and telephony pages are only for a customer who has them (known once the list is in).
  const has = { services: 'mobile', telephony: 'voip' } as Record<string, string>;
  const view = has[asked] && customers.length && customer()?.kind !== has[asked] ? 'account' : asked;
  for (const element of document.querySelectorAll<HTMLElement>('[data-view]')) element.hidden = element.dataset.view !== view;
  for (const link of document.querySelectorAll<HTMLElement>('[data-view-link]')) current(link, link.dataset.viewLink === view);
  if (view === 'account') {
    const tab = section ?? 'top-up';
    // The heading says which part of the account is open; topping up keeps the words of the customer's billing.
    const t = TEXT[locale()];
    const postpaid = customer()?.mode === 'postpaid';
    const named: Record<string, string | undefined> = { users: t.portalUsers, security: t.security, invoices: t.invoices, payments: t.payments };
    document.querySelector('#account-title')!.textContent = named[tab] ?? (postpaid ? t.headingPostpaid : t.heading) ?? '';
    document.querySelector('#account-crumb')!.textContent = named[tab] ?? (postpaid ? t.balance : t.topUp) ?? '';
    for (const element of document.querySelectorAll<HTMLElement>('[data-account]')) element.hidden = element.dataset.account !== tab;
    for (const link of document.querySelectorAll<HTMLElement>('[data-account-link]')) current(link, link.dataset.accountLink === tab);
  }
  if (view === 'telephony') {
    const tab = section ?? 'dashboard';
    for (const element of document.querySelectorAll<HTMLElement>('[data-telephony]')) element.hidden = element.dataset.telephony !== tab;
    for (const link of document.querySelectorAll<HTMLElement>('[data-telephony-link]')) current(link, link.dataset.telephonyLink === tab);
  }
  if (view === 'help') {
    const open = section ?? 'tickets';
    for (const element of document.querySelectorAll<HTMLElement>('[data-help]')) element.hidden = element.dataset.help !== open;
    for (const link of document.querySelectorAll<HTMLElement>('[data-help-link]')) current(link, link.dataset.helpLink === open);
    ticket.hidden = !(open === 'tickets' && id);
    if (open === 'tickets' && id && ticket.ticketId !== id) {
      ticket.ticketId = id;
      void reveal(ticket);
    }
  }
}
addEventListener('hashchange', route);

/**
 * What the customer opened is brought into view, with focus on its title: below a long list,
 * a highlighted row alone would leave them looking for it.
 */
async function reveal(widget: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await widget.updateComplete;
  widget.scrollIntoView({ block: 'start' });
  widget.focus({ preventScroll: true });
}

provider.addEventListener('portico-contract-select', (event) => {
  const { contractId } = event.detail;
  $('#contract').hidden = false;
  card.contractId = contractId;
  services.hidden = true;
  calls.hidden = true;
  void reveal(card);
});
provider.addEventListener('portico-navigate', (event) => {
  const { to, contractId } = event.detail;
  services.hidden = to !== 'services';
  calls.hidden = to !== 'calls';
  if (to === 'services') services.contractId = contractId;
  if (to === 'calls') calls.contractId = contractId;
  void reveal(to === 'services' ? services : calls);
});
provider.addEventListener('portico-ticket-select', (event) => {
  location.hash = `#/help/tickets/${event.detail.ticketId}`;
});
provider.addEventListener('portico-ticket-new', () => {
  location.hash = '#/help/new';
});
for (const type of ['portico-ticket-create', 'portico-ticket-update'] as const) provider.addEventListener(type, () => tickets.refresh());

// A returning customer's choice, else the browser's language.
setLocale((localStorage.getItem('fiberlink-locale') as Locale | null) ?? (navigator.language.toLowerCase().startsWith('pl') ? 'pl' : 'en'));
connect();
route();
void loadCustomers();
