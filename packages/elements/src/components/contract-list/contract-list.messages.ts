import type { Catalog } from '../../i18n/locale.ts';
import { plural } from '../../i18n/plural.ts';

const en = {
  title: 'Phone numbers',
  search: 'Search',
  searchHint: 'Number, SIM user or label',
  status: 'Status',
  plan: 'Tariff plan',
  any: 'All',
  count: (p: { shown: number; total: number }) => (p.total === 0 ? 'No numbers' : p.shown === p.total ? plural('en', p.total, { one: '# number', other: '# numbers' }) : `Showing ${p.shown} of ${p.total}`),
  more: (p: { count: number }) => `Show ${p.count} more`,
  moreFailed: 'The next numbers could not be loaded.',
  endsAt: (p: { date: string }) => `Until ${p.date}`,
  openEnded: 'Open-ended',
  noMatchTitle: 'No numbers match',
  noMatchBody: 'Try another number or name, or clear the filters.',
  clear: 'Clear filters',
  noneTitle: 'No mobile contracts',
  noneBody: 'This account has no mobile phone numbers.',
};

export type ContractListMessages = typeof en;

export const messages: Catalog<ContractListMessages> = {
  en,
  pl: {
    title: 'Numery telefonów',
    search: 'Szukaj',
    searchHint: 'Numer, osoba lub etykieta',
    status: 'Status',
    plan: 'Plan taryfowy',
    any: 'Wszystkie',
    count: (p) => (p.total === 0 ? 'Brak numerów' : p.shown === p.total ? plural('pl', p.total, { one: '# numer', few: '# numery', many: '# numerów', other: '# numeru' }) : `Pokazano ${p.shown} z ${p.total}`),
    more: (p) => `Pokaż jeszcze ${p.count}`,
    moreFailed: 'Nie udało się wczytać kolejnych numerów.',
    endsAt: (p) => `Do ${p.date}`,
    openEnded: 'Na czas nieokreślony',
    noMatchTitle: 'Brak pasujących numerów',
    noMatchBody: 'Spróbuj innego numeru lub nazwiska albo wyczyść filtry.',
    clear: 'Wyczyść filtry',
    noneTitle: 'Brak kontraktów komórkowych',
    noneBody: 'To konto nie ma numerów telefonów komórkowych.',
  },
};
