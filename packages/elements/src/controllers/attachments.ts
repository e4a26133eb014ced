import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClientCore } from '@portico/sdk/core';
import { ATTACHMENT_LIMITS, attachmentCreate, type Attachment } from '@portico/sdk/helpdesk';

/** One file in the picker: on its way up, up, or refused by the server. */
export interface AttachmentItem {
  key: number;
  name: string;
  size: number;
  status: 'uploading' | 'done' | 'failed';
  loaded: number;
  attachment?: Attachment;
  error?: unknown;
  file?: File;
}

/** Why a file was not taken: caught before anything was sent. */
export type Refusal = { reason: 'type'; name: string } | { reason: 'size'; name: string } | { reason: 'count' };

/** Types browsers often leave empty or name otherwise, by extension. */
const BY_EXTENSION: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.log': 'text/plain',
  '.zip': 'application/zip',
};

/** Types that say nothing, or say the same as an allowed one in other words. */
const VAGUE = new Set(['', 'application/octet-stream', 'application/x-zip-compressed', 'application/x-zip', 'image/jpg', 'image/pjpeg']);

/** The file as the API takes it (a `.log` as `text/plain`), or why it cannot go. */
export function checkAttachment(file: File): { file: File } | { refusal: Refusal } {
  const extension = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? '';
  const allowed = (ATTACHMENT_LIMITS.types as readonly string[]).includes(file.type);
  // A known extension whose type is vague (or any text) is taken as the extension says;
  // a type that says something else (a program named .png) is not.
  const type = allowed ? file.type : VAGUE.has(file.type) || file.type.startsWith('text/') ? BY_EXTENSION[extension] : undefined;
  if (!type) return { refusal: { reason: 'type', name: file.name } };
  if (file.size > ATTACHMENT_LIMITS.maxSize) return { refusal: { reason: 'size', name: file.name } };
  return { file: type === file.type ? file : new File([file], file.name, { type, lastModified: file.lastModified }) };
}

/**
 * The files of a ticket message: each is checked (type, size, count) before anything is
 * sent, then uploaded at once with its progress, so that sending the message waits for
 * nothing. Removing a file only drops it from the message.
 */
export class AttachmentsController implements ReactiveController {
  items: AttachmentItem[] = [];
  refusals: Refusal[] = [];
  #next = 0;
  #uploads = new Map<number, AbortController>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => ClientCore | undefined,
    private readonly onUploaded: (item: AttachmentItem) => void = () => {},
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const upload of this.#uploads.values()) upload.abort();
    this.#uploads.clear();
    for (const item of this.items) if (item.status === 'uploading') item.status = 'failed';
  }

  /** Files chosen or dropped: the acceptable ones start uploading, the others are refused. */
  add(files: Iterable<File>): void {
    this.refusals = [];
    for (const chosen of files) {
      if (this.items.length >= ATTACHMENT_LIMITS.maxFiles) {
        if (!this.refusals.some((r) => r.reason === 'count')) this.refusals.push({ reason: 'count' });
        continue;
      }
      const checked = checkAttachment(chosen);
      if ('refusal' in checked) {
        this.refusals.push(checked.refusal);
        continue;
      }
      const item: AttachmentItem = { key: ++this.#next, name: checked.file.name, size: checked.file.size, status: 'uploading', loaded: 0, file: checked.file };
      this.items = [...this.items, item];
      void this.#upload(item);
    }
    this.host.requestUpdate();
  }

  remove(key: number): void {
    this.#uploads.get(key)?.abort();
    this.items = this.items.filter((item) => item.key !== key);
    this.refusals = [];
    this.host.requestUpdate();
  }

  retry(key: number): void {
    const item = this.items.find((i) => i.key === key);
    if (item?.status === 'failed' && item.file) void this.#upload(item);
  }

  /** Files kept from a draft: already uploaded, so they need nothing more. */
  restore(attachments: Attachment[]): void {
    this.items = attachments.slice(0, ATTACHMENT_LIMITS.maxFiles).map((attachment) => ({ key: ++this.#next, name: attachment.fileName, size: attachment.size, status: 'done', loaded: attachment.size, attachment }));
    this.host.requestUpdate();
  }

  /** Drops the files already sent (by attachment id), keeping any chosen since. */
  forget(sent: ReadonlySet<string>): void {
    this.items = this.items.filter((item) => !(item.attachment && sent.has(item.attachment.id)));
    this.host.requestUpdate();
  }

  clear(): void {
    for (const item of this.items) this.#uploads.get(item.key)?.abort();
    this.items = [];
    this.refusals = [];
    this.host.requestUpdate();
  }

  get uploading(): boolean {
    return this.items.some((item) => item.status === 'uploading');
  }

  /** The uploaded files, for a draft and for the message. */
  get uploaded(): Attachment[] {
    return this.items.flatMap((item) => (item.attachment ? [item.attachment] : []));
  }

  async #upload(item: AttachmentItem): Promise<void> {
    const client = this.client();
    if (!client || !item.file) return;
    const abort = new AbortController();
    this.#uploads.set(item.key, abort);
    this.#update(item, { status: 'uploading', loaded: 0, error: undefined });
    try {
      const attachment = await client.request(attachmentCreate, { body: { file: item.file } }, {
        signal: abort.signal,
        onUploadProgress: ({ loaded }) => this.#update(item, { loaded }),
      });
      this.#update(item, { status: 'done', loaded: item.size, attachment, file: undefined });
      this.onUploaded(this.items.find((i) => i.key === item.key) ?? item);
    } catch (error) {
      if (!abort.signal.aborted) this.#update(item, { status: 'failed', error });
    } finally {
      this.#uploads.delete(item.key);
    }
  }

  #update(item: AttachmentItem, change: Partial<AttachmentItem>): void {
    this.items = this.items.map((i) => (i.key === item.key ? { ...i, ...change } : i));
    this.host.requestUpdate();
  }
}
