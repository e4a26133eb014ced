import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ClientCore } from '@portico/sdk/core';
import { downloadCategoryList, downloadList, type Download, type DownloadCategory } from '@portico/sdk/helpdesk';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { showMore } from '../../base/show-more.ts';
import { safeUrl } from '../../base/safe-url.ts';
import { PagedList } from '../../controllers/paged-list.ts';
import { Resource } from '../../controllers/resource.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { date, fileSize } from '../../i18n/format.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { messages, type DownloadsMessages } from './downloads.messages.ts';
import { styles } from './downloads.styles.ts';

/** `PDF`, `ZIP`: what kind of file it is, from its name. */
const kindOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toUpperCase() ?? '';

/**
 * @tag portico-downloads
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
export class PorticoDownloads extends PorticoElement<DownloadsMessages> {
  static override styles = [sharedStyles, styles];
  static readonly messages = messages;

  /** The category shown; unset, every file. */
  @property({ attribute: 'category-id', reflect: true }) categoryId?: string;

  // Without them the files still show, unfiltered; the host page hears of it, and the files' retry tries them again.
  #categories = new Resource(this, {
    args: () => [this.activeClient, this.effectiveLocale] as const,
    load: async ([client, locale], signal): Promise<DownloadCategory[]> => {
      if (!client) throw new MissingClientError('portico-downloads');
      return (await client.request(downloadCategoryList, {}, { signal, headers: { 'accept-language': locale } })).data;
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  // `category-id=""` means every file: the API refuses an empty id.
  #files = new PagedList<readonly [ClientCore | undefined, string, string | undefined], Download>(this, {
    args: () => [this.activeClient, this.effectiveLocale, this.categoryId || undefined] as const,
    page: async ([client, locale, categoryId], cursor, signal) => {
      if (!client) throw new MissingClientError('portico-downloads');
      return client.request(downloadList, { query: { categoryId, limit: 50, cursor } }, { signal, headers: { 'accept-language': locale } });
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  protected override render(): TemplateResult {
    const t = this.t;
    const categories = this.#categories.value ?? [];
    const files = this.#files;
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
      <div aria-busy=${files.loading ? 'true' : 'false'}>
        ${files.render({
          content: () => (files.items.length ? this.#renderFiles() : this.#renderEmpty()),
          error: (error) => this.loadFailed(error, this.#retry),
          loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3].map(() => html`<span class="skeleton skeleton--file"></span>`)}</div>`),
        })}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${files.value && !files.loading ? t.count({ count: files.items.length }) : ''}</div>
    </section>`;
  }

  #renderEmpty(): TemplateResult {
    const t = this.t;
    return this.categoryId
      ? emptyState({ title: t.emptyCategoryTitle, message: t.emptyCategoryBody, action: html`<button type="button" class="button button--secondary" part="button" @click=${this.#showAll}>${t.all}</button>` })
      : emptyState({ title: t.noneTitle, message: t.noneBody });
  }

  #renderFiles(): TemplateResult {
    const t = this.t;
    const l = this.effectiveLocale;
    return html`<ul class="files">
        ${this.#files.items.map((f) => {
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
      ${this.#files.hasMore
        ? showMore({ label: t.more, loading: this.#files.loadingMore, error: this.#files.moreError, failed: this.common.moreFailed, describe: (e) => this.describe(e), onMore: this.#loadMore })
        : nothing}`;
  }

  /** From the empty category: every file, and focus on the select (the button pressed goes away). */
  #showAll = (): void => {
    this.categoryId = undefined;
    this.renderRoot.querySelector<HTMLSelectElement>('select')?.focus();
  };

  /** Offline at first, then back: the categories failed too, and the select comes back with the files. */
  #retry = (): void => {
    if (this.#categories.failed) void this.#categories.refresh();
    void this.#files.refresh();
  };

  #loadMore = async (): Promise<void> => {
    const first = await this.#files.more();
    if (first === undefined) return;
    await this.updateComplete;
    // Keyboard users continue where the new files begin (with the last page, the button they
    // pressed is gone), on the first one's download link, which names it.
    this.renderRoot.querySelectorAll<HTMLElement>('.file')[first]?.querySelector<HTMLElement>('a')?.focus();
  };
}
