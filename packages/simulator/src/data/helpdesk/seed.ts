import { KB_ARTICLES, KB_CATEGORIES } from './knowledge-base.ts';
import { seedAnnouncements } from './announcements.ts';
import { seedDepartments } from './departments.ts';
import { seedDownloadCategories, seedDownloads } from './downloads.ts';
import type { HelpdeskWorld } from './records.ts';
import { seedServers } from './servers.ts';

/** The helpdesk's shared state at the start; tickets and uploads belong to customers. */
export function seedHelpdesk(now: number): HelpdeskWorld {
  return {
    departments: seedDepartments(),
    // Copies, so that a test adding or editing an article leaves the seed for the next reset.
    knowledgeBase: { categories: structuredClone(KB_CATEGORIES), articles: structuredClone(KB_ARTICLES) },
    announcements: seedAnnouncements(now),
    downloadCategories: seedDownloadCategories(),
    downloads: seedDownloads(now),
    servers: seedServers(now),
    attachmentLinks: new Map(),
  };
}
