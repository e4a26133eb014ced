// The reseller's page script: a client for the signed-in customer, a language switch, and a
// log of the events the widgets send to the host page.
import '@portico/elements';
import { ClientCore } from '@portico/sdk/core';
import { formatMoney } from '@portico/sdk/core';
import type { PorticoProvider } from '@portico/elements';

type Locale = 'pl' | 'en';
const TEXT: Record<Locale, Record<string, string>> = {
  pl: {
    navAccount: 'Konto i finanse',
    navServices: 'Usługi',
    navHelp: 'Pomoc',
    customer: 'Klient',
    topUp: 'Zasil konto',
    heading: 'Zasil konto prepaid',
    events: 'Zdarzenia widżetu',
    eventsHint: 'Tak Twoja strona słyszy, co się dzieje: zdarzenia portico-* z widżetu.',
    footer: 'Strona demonstracyjna Portico: widżety działają na symulatorze platformy.',
    nav: 'Główna',
  },
  en: {
    navAccount: 'Account & billing',
    navServices: 'Services',
    navHelp: 'Help',
    customer: 'Customer',
    topUp: 'Top up',
    heading: 'Top up your prepaid account',
    events: 'Widget events',
    eventsHint: 'What your page hears: the portico-* events the widget sends.',
    footer: 'Portico demo page: the widgets run on the platform simulator.',
    nav: 'Main',
  },
};

const api = document.querySelector<HTMLMetaElement>('meta[name="portico-api"]')!.content;
const provider = document.querySelector<PorticoProvider>('#portico')!;
const picker = document.querySelector<HTMLSelectElement>('#customer')!;
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

function setLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  provider.locale = locale;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = TEXT[locale][element.dataset.i18n!] ?? '';
  document.querySelector('nav')!.setAttribute('aria-label', TEXT[locale].nav!);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-locale]')) button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
  localStorage.setItem('fiberlink-locale', locale);
}

async function loadCustomers(): Promise<void> {
  const { data, current } = (await (await fetch('/api/customers')).json()) as { data: { id: string; name: string; mode: string }[]; current: string };
  picker.replaceChildren(...data.map((c) => new Option(`${c.name} (${c.mode})`, c.id, false, c.id === current)));
}

picker.addEventListener('change', async () => {
  await fetch('/api/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ customerId: picker.value }) });
  connect();
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-locale]')) {
  button.addEventListener('click', () => setLocale(button.dataset.locale as Locale));
}

for (const type of ['portico-top-up-submit', 'portico-top-up-complete', 'portico-top-up-confirmation', 'portico-error']) {
  provider.addEventListener(type, (event) => {
    const detail = (event as CustomEvent).detail as Record<string, any>;
    const topUp = detail.topUp ?? (detail.params ? { amount: detail.params.amount, status: 'about to be sent' } : undefined);
    const what = topUp ? `${formatMoney(topUp.amount, document.documentElement.lang)} · ${topUp.status}` : `${detail.action}: ${detail.error?.name ?? detail.error}`;
    const item = document.createElement('li');
    item.innerHTML = '<code></code> ';
    item.firstElementChild!.textContent = type;
    item.append(what);
    log.prepend(item);
  });
}

// A returning customer's choice, else the browser's language.
setLocale((localStorage.getItem('fiberlink-locale') as Locale | null) ?? (navigator.language.toLowerCase().startsWith('pl') ? 'pl' : 'en'));
connect();
void loadCustomers();
