import { announcementOperations } from '@portico/sdk/contract';
import type { SimulatorContext } from '../../http/context.ts';
import { localeOf } from '../../http/locale.ts';
import { paginate } from '../../http/paginate.ts';
import { route } from '../../http/route.ts';

/** D3: the provider's news, newest first, in the language asked for. */
export function announcementRoutes(sim: SimulatorContext) {
  return [
    route(sim, announcementOperations.list, ({ customer, query, request }) => {
      const locale = localeOf(request, customer);
      const newestFirst = [...sim.world.helpdesk.announcements].sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0));
      return paginate(
        newestFirst.map((a) => ({
          id: a.id,
          kind: a.kind,
          title: a.title[locale],
          summary: a.summary[locale],
          bodyHtml: a.bodyHtml[locale],
          publishedAt: a.publishedAt,
          window: a.window && { ...a.window },
        })),
        query,
      );
    }),
  ];
}
