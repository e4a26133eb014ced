import type { Catalog } from '../../i18n/locale.ts';
import { plural } from '../../i18n/plural.ts';

const en = {
  title: 'Your tickets',
  openTicket: 'Open ticket',
  show: 'Show',
  all: 'All',
  columns: { department: 'Department', number: 'Number', subject: 'Subject', status: 'Status', updated: 'Last update' },
  openLabel: (p: { number: string; subject: string }) => `Ticket ${p.number}: ${p.subject}`,
  noneTitle: 'You have no tickets yet',
  noneBody: 'When you need help, open a ticket. Our answers will appear here.',
  noMatchTitle: 'No tickets with this status',
  noMatchBody: 'Choose another status, or show them all.',
  more: 'Show more',
  count: (p: { count: number }) => plural('en', p.count, { one: '# ticket', other: '# tickets' }),
};

export type TicketListMessages = typeof en;

export const messages: Catalog<TicketListMessages> = {
  en,
  pl: {
    title: 'Twoje zgłoszenia',
    openTicket: 'Otwórz zgłoszenie',
    show: 'Pokaż',
    all: 'Wszystkie',
    columns: { department: 'Dział', number: 'Numer', subject: 'Temat', status: 'Status', updated: 'Ostatnia aktualizacja' },
    openLabel: (p) => `Zgłoszenie ${p.number}: ${p.subject}`,
    noneTitle: 'Nie masz jeszcze zgłoszeń',
    noneBody: 'Gdy będziesz potrzebować pomocy, otwórz zgłoszenie. Nasze odpowiedzi pojawią się tutaj.',
    noMatchTitle: 'Brak zgłoszeń o tym statusie',
    noMatchBody: 'Wybierz inny status albo pokaż wszystkie.',
    more: 'Pokaż więcej',
    count: (p) => plural('pl', p.count, { one: '# zgłoszenie', few: '# zgłoszenia', many: '# zgłoszeń', other: '# zgłoszenia' }),
  },
};
