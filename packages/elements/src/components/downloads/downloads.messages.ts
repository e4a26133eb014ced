import type { Catalog } from '../../i18n/locale.ts';
import { plural } from '../../i18n/plural.ts';

const en = {
  title: 'Downloads',
  category: 'Category',
  all: 'All files',
  download: 'Download',
  downloadLabel: (p: { title: string; file: string; size: string }) => `Download ${p.title} (${p.file}, ${p.size})`,
  version: (p: { version: string }) => `version ${p.version}`,
  updated: (p: { date: string }) => `updated ${p.date}`,
  noneTitle: 'No files for you yet',
  noneBody: 'When we share a file with you (a manual, software, a price list), it will be here.',
  emptyCategoryTitle: 'No files in this category',
  emptyCategoryBody: 'Choose another category.',
  more: 'Show more',
  count: (p: { count: number }) => plural('en', p.count, { one: '# file', other: '# files' }),
};

export type DownloadsMessages = typeof en;

export const messages: Catalog<DownloadsMessages> = {
  en,
  pl: {
    title: 'Pliki do pobrania',
    category: 'Kategoria',
    all: 'Wszystkie pliki',
    download: 'Pobierz',
    downloadLabel: (p) => `Pobierz ${p.title} (${p.file}, ${p.size})`,
    version: (p) => `wersja ${p.version}`,
    updated: (p) => `zaktualizowano ${p.date}`,
    noneTitle: 'Nie ma jeszcze plików dla Ciebie',
    noneBody: 'Gdy udostępnimy Ci plik (instrukcję, oprogramowanie, cennik), znajdziesz go tutaj.',
    emptyCategoryTitle: 'Brak plików w tej kategorii',
    emptyCategoryBody: 'Wybierz inną kategorię.',
    more: 'Pokaż więcej',
    count: (p) => plural('pl', p.count, { one: '# plik', few: '# pliki', many: '# plików', other: '# pliku' }),
  },
};
