import { defineOperation } from '../core/operation.ts';
import { Id, pageOf, PageQuery, Timestamp } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';

/** A group of downloads: manuals, software, price lists… */
export const DownloadCategory = z.object({ id: Id, name: z.string(), description: z.string(), fileCount: z.int().check(z.gte(0)) });
export type DownloadCategory = z.infer<typeof DownloadCategory>;

/** A file the provider shares with the customer (FEATURES D5). */
export const Download = z.object({
  id: Id,
  categoryId: Id,
  title: z.string(),
  description: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  /** Bytes. */
  size: z.int().check(z.gte(0)),
  /** The file's own version, where it has one (`2.4.1`). */
  version: z.nullable(z.string()),
  updatedAt: Timestamp,
  /** Downloads the file; valid for the session's lifetime, no header needed. */
  url: z.string(),
});
export type Download = z.infer<typeof Download>;

export const DownloadListQuery = z.object({ ...PageQuery, categoryId: z.optional(Id) });
export type DownloadListQuery = z.input<typeof DownloadListQuery>;

export const downloadCategoryOperations = {
  list: defineOperation({
    id: 'downloadCategories.list',
    method: 'GET',
    path: '/v1/helpdesk/download-categories',
    summary: 'Categories of downloads',
    response: z.object({ data: z.array(DownloadCategory) }),
  }),
};

export const downloadOperations = {
  list: defineOperation({
    id: 'downloads.list',
    method: 'GET',
    path: '/v1/helpdesk/downloads',
    summary: 'Files shared with the customer, with their download links',
    query: DownloadListQuery,
    response: pageOf(Download),
    errors: [400],
  }),
};
