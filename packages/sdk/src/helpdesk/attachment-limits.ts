/**
 * What a ticket's attachments may be: how many, how large each, of which types. The client
 * checks them before uploading anything and the API enforces them again.
 */
export const ATTACHMENT_LIMITS = {
  /** Files on one ticket message. */
  maxFiles: 5,
  /** Bytes per file: 10 MiB. */
  maxSize: 10 * 1024 * 1024,
  /** Screenshots, documents, logs and archives; nothing a browser would run. */
  types: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain', 'application/zip'],
  /** The same, as a file picker's `accept` and as people read them. */
  extensions: ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.pdf', '.txt', '.log', '.zip'],
} as const;
