import { http, HttpResponse } from 'msw';
import { downloadCategoryOperations, downloadOperations } from '@portico/sdk/contract';
import type { SimulatorContext } from '../../http/context.ts';
import { attachmentDisposition } from '../../http/disposition.ts';
import { localeOf } from '../../http/locale.ts';
import { paginate } from '../../http/paginate.ts';
import { route } from '../../http/route.ts';

/** D5: files the provider shares, by category, and the files themselves. */
export function downloadRoutes(sim: SimulatorContext) {
  const helpdesk = () => sim.world.helpdesk;
  return [
    route(sim, downloadCategoryOperations.list, ({ customer, request }) => {
      const locale = localeOf(request, customer);
      return {
        data: helpdesk().downloadCategories.map((c) => ({
          id: c.id,
          name: c.name[locale],
          description: c.description[locale],
          fileCount: helpdesk().downloads.filter((d) => d.categoryId === c.id).length,
        })),
      };
    }),

    route(sim, downloadOperations.list, ({ customer, query, request }) => {
      const locale = localeOf(request, customer);
      const origin = new URL(request.url).origin;
      return paginate(
        helpdesk()
          .downloads.filter((d) => !query.categoryId || d.categoryId === query.categoryId)
          .map((d) => ({
            id: d.id,
            categoryId: d.categoryId,
            title: d.title[locale],
            description: d.description[locale],
            fileName: d.fileName,
            contentType: d.contentType,
            size: d.bytes.length,
            version: d.version,
            updatedAt: d.updatedAt,
            url: `${origin}/media/downloads/${d.id}/${encodeURIComponent(d.fileName)}`,
          })),
        query,
      );
    }),

    // The shared files are the same for every customer: served by id and name, no session needed.
    http.get('*/media/downloads/:id/:fileName', ({ params }) => {
      const file = helpdesk().downloads.find((d) => d.id === params.id && d.fileName === params.fileName);
      if (!file) return new HttpResponse('No such file.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
      return new HttpResponse(file.bytes, {
        headers: { 'content-type': file.contentType, 'content-length': String(file.bytes.length), 'content-disposition': attachmentDisposition(file.fileName), 'cache-control': 'public, max-age=3600' },
      });
    }),
  ];
}
