import type { LedgerEntryKind } from '@portico/sdk/account';
import type { Catalog } from '../../i18n/locale.ts';
import { plural } from '../../i18n/plural.ts';

/** The periods the history is filtered by, counted in the customer's days. */
export type HistoryPeriod = 'all' | '30d' | '90d' | 'this-year' | 'last-year';

const en = {
  title: 'Payment history',
  kind: 'Kind',
  allKinds: 'All kinds',
  kinds: { opening: 'Opening balance', top_up: 'Top-up', charge: 'Charge', invoice_payment: 'Invoice payment', refund: 'Refund', adjustment: 'Correction' } as Record<LedgerEntryKind, string>,
  period: 'Period',
  periods: { all: 'All time', '30d': 'Last 30 days', '90d': 'Last 90 days', 'this-year': 'This year', 'last-year': 'Last year' } as Record<HistoryPeriod, string>,
  columns: { date: 'Date', kind: 'Kind', description: 'Description', amount: 'Amount', balance: 'Balance after' },
  count: (p: { count: number }) => plural('en', p.count, { one: '# entry', other: '# entries' }),
  more: 'Show more',
  noneTitle: 'No payments yet',
  noneBody: 'Top-ups, invoice payments, refunds and charges will appear here.',
  noMatchTitle: 'Nothing in this period or of this kind',
  noMatchBody: 'Choose another period or kind, or show everything.',
  showAll: 'Show everything',
  exportCsv: 'Export CSV',
  exporting: 'Exporting…',
  exported: (p: { count: number }) => `${plural('en', p.count, { one: '# entry', other: '# entries' })} exported to a CSV file.`,
  exportFailed: 'The export could not be made.',
  fileName: 'payment-history',
  /** The CSV's header: the columns, and the currency of the amounts. */
  csv: { date: 'Date', kind: 'Kind', description: 'Description', amount: 'Amount', currency: 'Currency', balance: 'Balance after' },
};

export type PaymentHistoryMessages = typeof en;

export const messages: Catalog<PaymentHistoryMessages> = {
  en,
  pl: {
    title: 'Historia płatności',
    kind: 'Rodzaj',
    allKinds: 'Wszystkie rodzaje',
    kinds: { opening: 'Saldo otwarcia', top_up: 'Zasilenie konta', charge: 'Obciążenie', invoice_payment: 'Zapłata faktury', refund: 'Zwrot', adjustment: 'Korekta' },
    period: 'Okres',
    periods: { all: 'Cały okres', '30d': 'Ostatnie 30 dni', '90d': 'Ostatnie 90 dni', 'this-year': 'Bieżący rok', 'last-year': 'Poprzedni rok' },
    columns: { date: 'Data', kind: 'Rodzaj', description: 'Opis', amount: 'Kwota', balance: 'Saldo po operacji' },
    count: (p) => plural('pl', p.count, { one: '# operacja', few: '# operacje', many: '# operacji', other: '# operacji' }),
    more: 'Pokaż więcej',
    noneTitle: 'Nie ma jeszcze płatności',
    noneBody: 'Pojawią się tu zasilenia konta, zapłaty faktur, zwroty i obciążenia.',
    noMatchTitle: 'Brak operacji w tym okresie lub tego rodzaju',
    noMatchBody: 'Wybierz inny okres lub rodzaj albo pokaż wszystko.',
    showAll: 'Pokaż wszystko',
    exportCsv: 'Eksportuj CSV',
    exporting: 'Eksportowanie…',
    exported: (p) => `Wyeksportowano do pliku CSV: ${plural('pl', p.count, { one: '# operacja', few: '# operacje', many: '# operacji', other: '# operacji' })}.`,
    exportFailed: 'Nie udało się wyeksportować historii.',
    fileName: 'historia-platnosci',
    csv: { date: 'Data', kind: 'Rodzaj', description: 'Opis', amount: 'Kwota', currency: 'Waluta', balance: 'Saldo po operacji' },
  },
};
