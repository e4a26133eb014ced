import type { AnnouncementKind } from '@portico/sdk/helpdesk';
import type { Catalog } from '../../i18n/locale.ts';

const en = {
  title: 'Announcements',
  kinds: { news: 'News', maintenance: 'Planned maintenance', incident: 'Service problem' } satisfies Record<AnnouncementKind, string>,
  window: (p: { from: string; to: string }) => `From ${p.from} to ${p.to}`,
  readMore: 'Read more',
  readLess: 'Show less',
  more: 'Show older',
  noneTitle: 'No announcements',
  noneBody: 'When something may affect your services, you will read about it here.',
  bodyFailed: 'The announcement could not be shown.',
};

export type AnnouncementsMessages = typeof en;

export const messages: Catalog<AnnouncementsMessages> = {
  en,
  pl: {
    title: 'Ogłoszenia',
    kinds: { news: 'Aktualności', maintenance: 'Prace serwisowe', incident: 'Awaria' },
    window: (p) => `Od ${p.from} do ${p.to}`,
    readMore: 'Czytaj dalej',
    readLess: 'Zwiń',
    more: 'Pokaż starsze',
    noneTitle: 'Brak ogłoszeń',
    noneBody: 'Gdy coś może wpłynąć na Twoje usługi, przeczytasz o tym tutaj.',
    bodyFailed: 'Nie udało się wyświetlić ogłoszenia.',
  },
};
