import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { downloadCategoryList, downloadList, type Download, type DownloadCategory } from '@portico/sdk/helpdesk';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, errorState, loadingState } from '../../base/states.ts';
import { showMore } from '../../base/show-more.ts';
import { safeUrl } from '../../base/safe-url.ts';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { date, fileSize } from '../../i18n/format.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { messages } from './downloads.messages.ts';
import { styles } from './downloads.styles.ts';

interface Listing {
  files: Download[];
  nextCursor: string | null;
}

/** The first page and those "Show more" added, for one category only. */
interface More extends Listing {
  /** The category they belong to (`''`: every file): never shown under another. */
  key: string;
}

/** `PDF`, `ZIP`: what kind of file it is, from its name. */
const kindOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toUpperCase() ?? '';

/**
 * @summary Files the provider shares with the customer (FEATURES D5): manuals, software,
 * price lists, in categories, each with its size, version and a download link.
 *
 * @event portico-error - Loading failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title and category switch.
 * @csspart title - The title.
 * @csspart label - The category field's label.
 * @csspart input - The category field.
 * @csspart item - One file.
 * @csspart button - Every button and download link.
 * @csspart error - Error messages.
 * @csspart empty - Shown when there is no file.
 */
export class PorticoDownloads extends PorticoElement {
  static override styles = [sharedStyles, styles];

  /** The category shown; unset, every file. */
  @property({ attribute: 'category-id', reflect: true }) categoryId?: string;

  @state() private more?: More;
  /** The "Show more" under way, cancelled when the files are loaded again. */
  #moreRequest?: AbortController;
  @state() private loadingMore = false;
  @state() private moreError?: unknown;

  #categories = new Task(this, {
    task: async ([client, locale], { signal }): Promise<DownloadCategory[]> => {
      if (!client) throw new MissingClientError('portico-downloads');
      return (await client.request(downloadCategoryList, {}, { signal, headers: { 'accept-language': locale } })).data;
    },
    args: () => [this.activeClient, this.effectiveLocale] as const,
    // Without them the files still show, unfiltered; the host page hears of it, and the files' retry tries them again.
    onError: (error) => this.reportError(error, 'load'),
  });

  #files = new Task(this, {
    task: async ([client, locale, categoryId], { signal }): Promise<Listing> => {
      // A new list (another category, language or client, or a retry): the pages added to the
      // last one go with it, and a page still on its way would be added to the wrong list.
      this.#dropMore();
      if (!client) throw new MissingClientError('portico-downloads');
      const page = await client.request(downloadList, { query: { categoryId: categoryId || undefined, limit: 50 } }, { signal, headers: { 'accept-language': locale } });
      return { files: page.data, nextCursor: page.nextCursor };
    },
    args: () => [this.activeClient, this.effectiveLocale, this.categoryId] as const,
    onError: (error) => this.reportError(error, 'load'),
  });

  constructor() {
    super();
    new AbortOnDisconnect(this, this.#categories);
    new AbortOnDisconnect(this, this.#files);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#moreRequest?.abort();
  }

  /** The files on show: with the pages "Show more" added, if they belong to the category chosen. */
  #shown(): Listing | undefined {
    return this.more?.key === (this.categoryId ?? '') ? this.more : this.#files.value;
  }

  #dropMore(): void {
    this.#moreRequest?.abort();
    this.#moreRequest = undefined;
    this.loadingMore = false;
    this.moreError = undefined;
    this.more = undefined;
  }

  protected override render(): TemplateResult {
    const t = messages[this.effectiveLocale];
    const listing = this.#shown();
    const categories = this.#categories.value ?? [];
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <header part="header">
        <h2 part="title" id="title">${t.title}</h2>
        ${categories.length
          ? html`<label class="field">
              <span class="label" part="label">${t.category}</span>
              <select class="input" part="input" @change=${(e: Event) => (this.categoryId = (e.target as HTMLSelectElement).value || undefined)}>
                <option value="" ?selected=${!this.categoryId}>${t.all}</option>
                ${categories.map((c) => html`<option value=${c.id} ?selected=${this.categoryId === c.id}>${c.name} (${c.fileCount})</option>`)}
              </select>
            </label>`
          : nothing}
      </header>
      <div aria-busy=${this.#files.status === TaskStatus.PENDING ? 'true' : 'false'}>
        ${listing
          ? listing.files.length
            ? this.#renderFiles(listing)
            : this.categoryId
              ? emptyState({ title: t.emptyCategoryTitle, message: t.emptyCategoryBody, action: html`<button type="button" class="button button--secondary" part="button" @click=${this.#showAll}>${t.all}</button>` })
              : emptyState({ title: t.noneTitle, message: t.noneBody })
          : this.#files.status === TaskStatus.ERROR
            ? errorState({ title: this.common.loadFailed, message: this.describe(this.#files.error), retryLabel: this.common.retry, onRetry: this.#retry })
            : loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3].map(() => html`<span class="skeleton" style="height: 4rem"></span>`)}</div>`)}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${listing && this.#files.status !== TaskStatus.PENDING ? t.count({ count: listing.files.length }) : ''}</div>
    </section>`;
  }

  #renderFiles(listing: Listing): TemplateResult {
    const t = messages[this.effectiveLocale];
    const l = this.effectiveLocale;
    return html`<ul class="files">
        ${listing.files.map((f) => {
          const size = fileSize(f.size, l);
          const href = safeUrl(f.url);
          return html`<li class="file" part="item">
            <span class="kind" aria-hidden="true">${kindOf(f.fileName)}</span>
            <div class="about">
              <h3>${f.title}</h3>
              <p class="muted">${f.description}</p>
              <p class="muted facts">${[f.fileName, size, f.version ? t.version({ version: f.version }) : '', t.updated({ date: date(f.updatedAt, l, this.effectiveTimeZone) })].filter(Boolean).join(' · ')}</p>
            </div>
            ${href ? html`<a class="button button--secondary" part="button" href=${href} download=${f.fileName} aria-label=${t.downloadLabel({ title: f.title, file: f.fileName, size })}>${t.download}</a>` : nothing}
          </li>`;
        })}
      </ul>
      ${listing.nextCursor
        ? showMore({ label: t.more, loading: this.loadingMore, error: this.moreError, failed: this.common.moreFailed, describe: (e) => this.describe(e), onMore: this.#loadMore })
        : nothing}`;
  }

  /** From the empty category: every file, and focus on the select (the button pressed goes away). */
  #showAll = (): void => {
    this.categoryId = undefined;
    this.renderRoot.querySelector<HTMLSelectElement>('select')?.focus();
  };

  /** Offline at first, then back: the categories failed too, and the select comes back with the files. */
  #retry = (): void => {
    if (this.#categories.status === TaskStatus.ERROR) void this.#categories.run();
    void this.#files.run();
  };

  #loadMore = async (): Promise<void> => {
    const current = this.#shown();
    const client = this.activeClient;
    // One page at a time, and not while the files load again: the cursor belongs to the list being replaced.
    if (!current?.nextCursor || !client || this.#moreRequest || this.#files.status === TaskStatus.PENDING) return;
    const key = this.categoryId ?? '';
    const request = (this.#moreRequest = new AbortController());
    this.loadingMore = true;
    this.moreError = undefined;
    const focusIndex = current.files.length;
    try {
      // `category-id=""` means every file, as in the first page: the API refuses an empty id.
      const page = await client.request(downloadList, { query: { categoryId: key || undefined, limit: 50, cursor: current.nextCursor } }, { signal: request.signal, headers: { 'accept-language': this.effectiveLocale } });
      // The files were loaded again meanwhile (another category): this page belongs to the list it replaced.
      if (request.signal.aborted || key !== (this.categoryId ?? '')) return;
      this.more = { key, files: [...current.files, ...page.data], nextCursor: page.nextCursor };
      await this.updateComplete;
      // Keyboard users continue where the new files begin (with the last page, the button they
      // pressed is gone), on the first one's download link, which names it.
      this.renderRoot.querySelectorAll<HTMLElement>('.file')[focusIndex]?.querySelector<HTMLElement>('a')?.focus();
    } catch (error) {
      if (request.signal.aborted) return;
      this.moreError = error;
      this.reportError(error, 'load');
    } finally {
      if (this.#moreRequest === request) {
        this.#moreRequest = undefined;
        this.loadingMore = false;
      }
    }
  };
}
