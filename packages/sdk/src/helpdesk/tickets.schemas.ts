import { defineOperation } from '../core/operation.ts';
import { Email, Id, IdParams, pageOf, PageQuery, Timestamp } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';
import { ATTACHMENT_LIMITS } from './attachment-limits.ts';
import { TICKET_LIMITS } from './ticket-limits.ts';

/** A support team a ticket goes to. */
export const Department = z.object({
  id: Id,
  /** In the language asked for (`Accept-Language`). */
  name: z.string(),
  description: z.string(),
});
export type Department = z.infer<typeof Department>;

/**
 * Where a ticket stands — exactly the four of the portal: `open` (new), `answered` (support
 * replied), `customer_reply` (the customer replied), `closed` (solved). A customer's reply to a
 * closed ticket reopens it as `customer_reply`.
 */
export const TicketStatus = z.enum(['open', 'answered', 'customer_reply', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatus>;

export const TicketPriority = z.enum(['low', 'medium', 'high']);
export type TicketPriority = z.infer<typeof TicketPriority>;

/** A file on a ticket message. Upload it first (`attachments.create`), then name its id. */
export const Attachment = z.object({
  id: Id,
  fileName: z.string().check(z.minLength(1), z.maxLength(255)),
  contentType: z.string(),
  /** Bytes. */
  size: z.int().check(z.gte(0)),
});
export type Attachment = z.infer<typeof Attachment>;

/** A file to upload: type and size as `ATTACHMENT_LIMITS` allow. */
export const AttachmentCreateParams = z.object({
  file: z.file().check(z.maxSize(ATTACHMENT_LIMITS.maxSize), z.mime([...ATTACHMENT_LIMITS.types])),
});
export type AttachmentCreateParams = z.input<typeof AttachmentCreateParams>;

/** A short-lived link that downloads a file without a session (for `<a download>`). */
export const DownloadLink = z.object({
  url: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.int().check(z.gte(0)),
  expiresAt: Timestamp,
});
export type DownloadLink = z.infer<typeof DownloadLink>;

/** One message of a ticket's history: the customer's first one, then the replies. */
export const TicketMessage = z.object({
  id: Id,
  author: z.object({
    kind: z.enum(['customer', 'staff']),
    /** The customer's name, or the support agent's. */
    name: z.string(),
  }),
  /** Plain text, never HTML: show it as text. */
  body: z.string(),
  attachments: z.array(Attachment),
  createdAt: Timestamp,
});
export type TicketMessage = z.infer<typeof TicketMessage>;

/** The customer's service a ticket is about. */
export const RelatedService = z.object({ id: Id, name: z.string() });
export type RelatedService = z.infer<typeof RelatedService>;

/** A ticket as lists show it (FEATURES D1). */
export const TicketSummary = z.object({
  id: Id,
  /** What the customer quotes on the phone: `#482913`. */
  number: z.string().check(z.regex(/^\d{6}$/)),
  subject: z.string(),
  department: z.object({ id: Id, name: z.string() }),
  status: TicketStatus,
  priority: TicketPriority,
  relatedService: z.nullable(RelatedService),
  createdAt: Timestamp,
  /** The last message or change. */
  updatedAt: Timestamp,
});
export type TicketSummary = z.infer<typeof TicketSummary>;

/** A ticket with its whole history and its CC recipients (FEATURES D2). */
export const Ticket = z.object({
  ...TicketSummary.shape,
  /** Who the ticket is from: filled from the session. */
  requester: z.object({ name: z.string(), email: Email }),
  /** Who else gets every reply by e-mail. */
  cc: z.array(Email),
  /** Oldest first; the first one is the customer's opening message. */
  messages: z.array(TicketMessage),
});
export type Ticket = z.infer<typeof Ticket>;

/** Not only spaces. */
const NOT_BLANK = /\S/;
const Subject = z.string().check(z.minLength(TICKET_LIMITS.subject.min), z.maxLength(TICKET_LIMITS.subject.max), z.regex(NOT_BLANK));
const MessageText = z.string().check(z.minLength(TICKET_LIMITS.message.min), z.maxLength(TICKET_LIMITS.message.max), z.regex(NOT_BLANK));
const CcList = z.array(Email).check(z.maxLength(TICKET_LIMITS.maxCc));
const AttachmentIds = z.array(Id).check(z.maxLength(ATTACHMENT_LIMITS.maxFiles));

export const TicketCreateParams = z.object({
  departmentId: Id,
  /** One of the customer's own services (`account.services.list()`), or none. */
  relatedServiceId: z.optional(z.nullable(Id)),
  priority: TicketPriority,
  subject: Subject,
  message: MessageText,
  cc: z.optional(CcList),
  /** Ids of files uploaded with `attachments.create`, at most five. */
  attachments: z.optional(AttachmentIds),
});
export type TicketCreateParams = z.input<typeof TicketCreateParams>;

export const TicketReplyParams = z.object({
  message: MessageText,
  attachments: z.optional(AttachmentIds),
  /** Replaces the CC recipients, from this reply on. */
  cc: z.optional(CcList),
});
export type TicketReplyParams = z.input<typeof TicketReplyParams>;

export const TicketCcParams = z.object({ cc: CcList });
export type TicketCcParams = z.input<typeof TicketCcParams>;

export const TicketListQuery = z.object({ ...PageQuery, status: z.optional(TicketStatus) });
export type TicketListQuery = z.input<typeof TicketListQuery>;

export const departmentOperations = {
  list: defineOperation({
    id: 'departments.list',
    permission: 'support',
    method: 'GET',
    path: '/v1/helpdesk/departments',
    summary: 'The support teams a ticket can go to',
    response: z.object({ data: z.array(Department) }),
  }),
};

export const ticketOperations = {
  list: defineOperation({
    id: 'tickets.list',
    permission: 'support',
    method: 'GET',
    path: '/v1/helpdesk/tickets',
    summary: "The customer's tickets, most recently updated first",
    query: TicketListQuery,
    response: pageOf(TicketSummary),
    errors: [400],
  }),
  retrieve: defineOperation({
    id: 'tickets.retrieve',
    permission: 'support',
    method: 'GET',
    path: '/v1/helpdesk/tickets/{id}',
    summary: 'One ticket with its whole history',
    params: IdParams,
    response: Ticket,
  }),
  create: defineOperation({
    id: 'tickets.create',
    permission: 'support',
    method: 'POST',
    path: '/v1/helpdesk/tickets',
    summary: 'Open a ticket',
    body: TicketCreateParams,
    response: Ticket,
    status: 201,
    creates: true,
    errors: [409, 422],
  }),
  reply: defineOperation({
    id: 'tickets.reply',
    permission: 'support',
    method: 'POST',
    path: '/v1/helpdesk/tickets/{id}/replies',
    summary: "Reply to a ticket; a closed one opens again (Customer-Reply)",
    params: IdParams,
    body: TicketReplyParams,
    response: Ticket,
    status: 201,
    creates: true,
    errors: [409, 422],
  }),
  close: defineOperation({
    id: 'tickets.close',
    permission: 'support',
    method: 'POST',
    path: '/v1/helpdesk/tickets/{id}/close',
    summary: 'Close a solved ticket',
    params: IdParams,
    response: Ticket,
    errors: [409],
  }),
  updateCc: defineOperation({
    id: 'tickets.updateCc',
    permission: 'support',
    method: 'PUT',
    path: '/v1/helpdesk/tickets/{id}/cc',
    summary: 'Set who else gets the replies by e-mail',
    params: IdParams,
    body: TicketCcParams,
    response: Ticket,
    errors: [422],
  }),
};

export const attachmentOperations = {
  create: defineOperation({
    id: 'attachments.create',
    permission: 'support',
    method: 'POST',
    path: '/v1/helpdesk/attachments',
    summary: 'Upload a file for a ticket or a reply (multipart)',
    body: AttachmentCreateParams,
    bodyType: 'multipart',
    response: Attachment,
    status: 201,
    creates: true,
    errors: [413, 422],
  }),
  download: defineOperation({
    id: 'attachments.download',
    permission: 'support',
    method: 'GET',
    path: '/v1/helpdesk/attachments/{id}/download',
    summary: "A short-lived link to one of the customer's attachments",
    params: IdParams,
    response: DownloadLink,
  }),
};
