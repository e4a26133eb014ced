import type { Catalog } from '../../i18n/locale.ts';
import { plural } from '../../i18n/plural.ts';

const en = {
  title: 'Knowledge base',
  search: 'Search the knowledge base',
  searchHint: 'e.g. set up a SIP phone',
  categories: 'Categories',
  articleCount: (p: { count: number }) => plural('en', p.count, { one: '# article', other: '# articles' }),
  results: (p: { query: string }) => `Articles matching “${p.query}”`,
  found: (p: { count: number }) => plural('en', p.count, { one: 'One article found.', other: '# articles found.' }),
  noResultsTitle: 'Nothing found',
  noResultsBody: 'Try other words, or browse the categories.',
  emptyCategoryTitle: 'No articles here yet',
  emptyCategoryBody: 'Choose another category.',
  noneTitle: 'The knowledge base is empty',
  noneBody: 'Open a ticket and we will help you directly.',
  home: 'All categories',
  backToResults: 'Back to results',
  updated: (p: { date: string }) => `Updated ${p.date}`,
  related: 'Related articles',
  more: 'Show more',
  breadcrumbs: 'Where you are',
};

export const messages: Catalog<typeof en> = {
  en,
  pl: {
    title: 'Baza wiedzy',
    search: 'Szukaj w bazie wiedzy',
    searchHint: 'np. konfiguracja telefonu SIP',
    categories: 'Kategorie',
    articleCount: (p) => plural('pl', p.count, { one: '# artykuł', few: '# artykuły', many: '# artykułów', other: '# artykułu' }),
    results: (p) => `Artykuły pasujące do „${p.query}”`,
    found: (p) => plural('pl', p.count, { one: 'Znaleziono jeden artykuł.', few: 'Znaleziono # artykuły.', many: 'Znaleziono # artykułów.', other: 'Znaleziono # artykułu.' }),
    noResultsTitle: 'Nic nie znaleziono',
    noResultsBody: 'Spróbuj innych słów albo przejrzyj kategorie.',
    emptyCategoryTitle: 'Brak artykułów w tej kategorii',
    emptyCategoryBody: 'Wybierz inną kategorię.',
    noneTitle: 'Baza wiedzy jest pusta',
    noneBody: 'Otwórz zgłoszenie, a pomożemy bezpośrednio.',
    home: 'Wszystkie kategorie',
    backToResults: 'Wróć do wyników',
    updated: (p) => `Zaktualizowano ${p.date}`,
    related: 'Powiązane artykuły',
    more: 'Pokaż więcej',
    breadcrumbs: 'Gdzie jesteś',
  },
};

export type KnowledgeBaseMessages = typeof en;
