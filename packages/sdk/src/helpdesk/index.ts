import type { ClientCore, RequestOptions } from '../core/client-core.ts';
import { list, type PagePromise } from '../core/page.ts';
import { attachmentOperations, departmentOperations, ticketOperations } from './tickets.compiled.ts';
import { kbArticleOperations, kbCategoryOperations } from './knowledge-base.compiled.ts';
import { announcementOperations } from './announcements.compiled.ts';
import { downloadCategoryOperations, downloadOperations } from './downloads.compiled.ts';
import { serverStatusOperations } from './server-status.compiled.ts';
import type { Attachment, Department, DownloadLink, Ticket, TicketCreateParams, TicketListQuery, TicketReplyParams, TicketSummary } from './tickets.schemas.ts';
import type { KbArticle, KbArticleListQuery, KbArticleSummary, KbCategory, KbSuggestion } from './knowledge-base.schemas.ts';
import type { Announcement, AnnouncementListQuery } from './announcements.schemas.ts';
import type { Download, DownloadCategory, DownloadListQuery } from './downloads.schemas.ts';
import type { ServerStatus } from './server-status.schemas.ts';

/** `client.helpdesk`: tickets, the knowledge base, announcements, downloads and server status (FEATURES D1–D7). */
export class HelpdeskApi {
  readonly departments: { list(options?: RequestOptions): Promise<Department[]> };
  readonly tickets: TicketsResource;
  readonly attachments: AttachmentsResource;
  readonly knowledgeBase: { categories: { list(options?: RequestOptions): Promise<KbCategory[]> }; articles: KbArticlesResource };
  readonly announcements: { list(query?: AnnouncementListQuery, options?: RequestOptions): PagePromise<Announcement> };
  readonly downloads: { categories: { list(options?: RequestOptions): Promise<DownloadCategory[]> }; list(query?: DownloadListQuery, options?: RequestOptions): PagePromise<Download> };
  readonly serverStatus: { list(options?: RequestOptions): Promise<ServerStatus[]> };

  constructor(client: ClientCore) {
    const data = <T>(answer: Promise<{ data: T[] }>) => answer.then((a) => a.data);
    this.departments = { list: (options) => data(client.request(departmentOperations.list, {}, options)) };
    this.tickets = new TicketsResource(client);
    this.attachments = new AttachmentsResource(client);
    this.knowledgeBase = {
      categories: { list: (options) => data(client.request(kbCategoryOperations.list, {}, options)) },
      articles: new KbArticlesResource(client),
    };
    this.announcements = { list: (query, options) => list(client, announcementOperations.list, { query }, options) };
    this.downloads = {
      categories: { list: (options) => data(client.request(downloadCategoryOperations.list, {}, options)) },
      list: (query, options) => list(client, downloadOperations.list, { query }, options),
    };
    this.serverStatus = { list: (options) => data(client.request(serverStatusOperations.list, {}, options)) };
  }
}

/** `client.helpdesk.tickets` */
export class TicketsResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  /** The customer's tickets, most recently updated first; `status` narrows them. */
  list(query?: TicketListQuery, options?: RequestOptions): PagePromise<TicketSummary> {
    return list(this.#client, ticketOperations.list, { query }, options);
  }

  /** One ticket with its whole history and CC recipients. */
  retrieve(id: string, options?: RequestOptions): Promise<Ticket> {
    return this.#client.request(ticketOperations.retrieve, { params: { id } }, options);
  }

  /**
   * Opens a ticket; it comes back with the number the customer quotes. Upload attachments
   * first and pass their ids. One `idempotencyKey` per user action: a retry never files twice.
   */
  create(params: TicketCreateParams, options?: RequestOptions): Promise<Ticket> {
    return this.#client.request(ticketOperations.create, { body: params }, options);
  }

  /** Adds the customer's reply: the ticket becomes Customer-Reply. A reply to a closed ticket reopens it. */
  reply(id: string, params: TicketReplyParams, options?: RequestOptions): Promise<Ticket> {
    return this.#client.request(ticketOperations.reply, { params: { id }, body: params }, options);
  }

  /** Closes a solved ticket; closing a closed one changes nothing. */
  close(id: string, options?: RequestOptions): Promise<Ticket> {
    return this.#client.request(ticketOperations.close, { params: { id } }, options);
  }

  /** Sets who else gets the replies by e-mail (at most ten addresses). */
  updateCc(id: string, emails: string[], options?: RequestOptions): Promise<Ticket> {
    return this.#client.request(ticketOperations.updateCc, { params: { id }, body: { cc: emails } }, options);
  }
}

/** `client.helpdesk.attachments` */
export class AttachmentsResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  /**
   * Uploads a file for a ticket or a reply (see `ATTACHMENT_LIMITS`; a file outside them is
   * refused before anything is sent). `onUploadProgress` reports the bytes sent.
   */
  create(file: File, options?: RequestOptions): Promise<Attachment> {
    return this.#client.request(attachmentOperations.create, { body: { file } }, options);
  }

  /** A short-lived link that downloads the file, for `<a href download>`. */
  download(id: string, options?: RequestOptions): Promise<DownloadLink> {
    return this.#client.request(attachmentOperations.download, { params: { id } }, options);
  }
}

/** `client.helpdesk.knowledgeBase.articles` */
export class KbArticlesResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  /** A category's articles, or those matching `query` (best first). */
  list(query?: KbArticleListQuery, options?: RequestOptions): PagePromise<KbArticleSummary> {
    return list(this.#client, kbArticleOperations.list, { query }, options);
  }

  /** One article; its `bodyHtml` is formatted text to sanitise before showing. */
  retrieve(id: string, options?: RequestOptions): Promise<KbArticle> {
    return this.#client.request(kbArticleOperations.retrieve, { params: { id } }, options);
  }

  /** Articles that may answer what a customer is writing, best first (at most `limit`, 5 by default). */
  suggest(text: string, query?: { limit?: number }, options?: RequestOptions): Promise<KbSuggestion[]> {
    return this.#client.request(kbArticleOperations.suggest, { query: { text, ...query } }, options).then((answer) => answer.data);
  }
}

const cache = new WeakMap<ClientCore, HelpdeskApi>();

/** The helpdesk API of a client; widgets import this domain alone. */
export function helpdeskApi(client: ClientCore): HelpdeskApi {
  let api = cache.get(client);
  if (!api) cache.set(client, (api = new HelpdeskApi(client)));
  return api;
}

// Types only: the zod schemas live in `@portico/sdk/contract`, out of browser bundles.
export type {
  Attachment,
  AttachmentCreateParams,
  Department,
  DownloadLink,
  RelatedService,
  Ticket,
  TicketCreateParams,
  TicketListQuery,
  TicketMessage,
  TicketPriority,
  TicketReplyParams,
  TicketStatus,
  TicketSummary,
} from './tickets.schemas.ts';
export type { KbArticle, KbArticleListQuery, KbArticleSummary, KbCategory, KbSuggestion } from './knowledge-base.schemas.ts';
export type { Announcement, AnnouncementKind, AnnouncementListQuery } from './announcements.schemas.ts';
export type { Download, DownloadCategory, DownloadListQuery } from './downloads.schemas.ts';
export type { Incident, ServerStatus, ServiceHealth } from './server-status.schemas.ts';
export { ATTACHMENT_LIMITS } from './attachment-limits.ts';
export { TICKET_LIMITS } from './ticket-limits.ts';
// Each operation on its own, for widgets that send a few and want only their validators.
export { attachmentCreate, attachmentDownload, departmentList, ticketClose, ticketCreate, ticketList, ticketReply, ticketRetrieve, ticketUpdateCc } from './tickets.compiled.ts';
export { kbArticleList, kbArticleRetrieve, kbArticleSuggest, kbCategoryList } from './knowledge-base.compiled.ts';
export { announcementList } from './announcements.compiled.ts';
export { downloadCategoryList, downloadList } from './downloads.compiled.ts';
export { serverStatusList } from './server-status.compiled.ts';
