import type { AnnouncementKind, Attachment, Incident, ServiceHealth, TicketMessage, TicketPriority, TicketStatus } from '@portico/sdk/helpdesk';
import type { KbArticleSeed, KbCategorySeed } from './knowledge-base.ts';

/** Text in both of Portico's languages. */
export interface Text {
  pl: string;
  en: string;
}

export type Locale = keyof Text;

/** A support team. */
export interface DepartmentRecord {
  id: string;
  name: Text;
  description: Text;
  /** Who signs its answers. */
  agents: string[];
  /**
   * Whether the simulator answers this team's tickets by itself, `timings.ticketAnswer` after
   * the customer wrote (technical and billing do; sales answers in person, so never).
   */
  answeredBySimulator: boolean;
}

/** A file uploaded for a ticket, kept with its bytes so that its download link returns them. */
export interface AttachmentRecord extends Attachment {
  bytes: Uint8Array;
  uploadedAt: string;
  /** The ticket whose message carries it; null while it waits to be sent. */
  ticketId: string | null;
}

/** A ticket as the simulator keeps it: the wire shape by ids, and what is still to happen. */
export interface TicketRecord {
  id: string;
  /** Six digits, unique across the platform: what the customer quotes. */
  number: string;
  subject: string;
  departmentId: string;
  status: TicketStatus;
  priority: TicketPriority;
  relatedServiceId: string | null;
  requester: { name: string; email: string };
  cc: string[];
  /** Oldest first. */
  messages: TicketMessage[];
  createdAt: string;
  updatedAt: string;
  /** The language the customer wrote in; the simulator's own answers use it. */
  locale: Locale;
  /** Simulated time (ms) at which support answers by itself; null when no answer is due. */
  answerAt: number | null;
}

export interface AnnouncementRecord {
  id: string;
  kind: AnnouncementKind;
  title: Text;
  summary: Text;
  bodyHtml: Text;
  publishedAt: string;
  window: { from: string; to: string } | null;
}

export interface DownloadCategoryRecord {
  id: string;
  name: Text;
  description: Text;
}

/** A shared file; its size is its bytes' length. */
export interface DownloadRecord {
  id: string;
  categoryId: string;
  title: Text;
  description: Text;
  fileName: string;
  contentType: string;
  version: string | null;
  updatedAt: string;
  bytes: Uint8Array;
}

export interface IncidentRecord extends Omit<Incident, 'title' | 'updates'> {
  title: Text;
  /** Newest first. */
  updates: { at: string; message: Text }[];
}

export interface ServerRecord {
  id: string;
  /** Its host name. */
  name: string;
  location: Text;
  status: ServiceHealth;
  services: { name: Text; status: ServiceHealth }[];
  /** Share of the last 30 days it was up. */
  uptime: number;
  /** Newest first. */
  incidents: IncidentRecord[];
}

/** Everything of the helpdesk that is not one customer's: teams, articles, news, files, servers. */
export interface HelpdeskWorld {
  departments: DepartmentRecord[];
  /** A copy of the seed articles: tests may add or change some. */
  knowledgeBase: { categories: KbCategorySeed[]; articles: KbArticleSeed[] };
  /** Newest first. */
  announcements: AnnouncementRecord[];
  downloadCategories: DownloadCategoryRecord[];
  downloads: DownloadRecord[];
  servers: ServerRecord[];
  /** Signed attachment links: token → whose file, until when (simulated ms). */
  attachmentLinks: Map<string, { customerId: string; attachmentId: string; expiresAt: number }>;
}
