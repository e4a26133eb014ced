import { defineOperation } from '../core/operation.ts';
import { Id, pageOf, PageQuery, Timestamp } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';

/** What an announcement is about: news, planned maintenance, or a problem now. */
export const AnnouncementKind = z.enum(['news', 'maintenance', 'incident']);
export type AnnouncementKind = z.infer<typeof AnnouncementKind>;

/** News that may affect the customer's services (FEATURES D3). */
export const Announcement = z.object({
  id: Id,
  kind: AnnouncementKind,
  title: z.string(),
  /** A sentence of plain text. */
  summary: z.string(),
  /** The whole text with its formatting, as HTML: sanitise it before showing it. */
  bodyHtml: z.string(),
  publishedAt: Timestamp,
  /** For maintenance: when it starts and ends. */
  window: z.nullable(z.object({ from: Timestamp, to: Timestamp })),
});
export type Announcement = z.infer<typeof Announcement>;

export const AnnouncementListQuery = z.object({ ...PageQuery });
export type AnnouncementListQuery = z.input<typeof AnnouncementListQuery>;

export const announcementOperations = {
  list: defineOperation({
    id: 'announcements.list',
    method: 'GET',
    path: '/v1/helpdesk/announcements',
    summary: 'Announcements, newest first',
    query: AnnouncementListQuery,
    response: pageOf(Announcement),
    errors: [400],
  }),
};
