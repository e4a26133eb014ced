import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { announcementList, type Announcement, type AnnouncementKind } from '@portico/sdk/helpdesk';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, errorState, loadingState } from '../../base/states.ts';
import { showMore } from '../../base/show-more.ts';
import { badge, type Tone } from '../../base/badge.ts';
import { alertIcon } from '../../base/icons.ts';
import { sanitizeHtml } from '../../base/rich-text.ts';
import { sanitized } from '../../base/sanitized.ts';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { date, dateTime } from '../../i18n/format.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { proseStyles } from '../../styles/prose.styles.ts';
import { messages } from './announcements.messages.ts';
import { styles } from './announcements.styles.ts';
import { isA } from '@portico/sdk/core';

const TONE: Record<AnnouncementKind, Tone> = { news: 'neutral', maintenance: 'warning', incident: 'danger' };

interface Listing {
  items: Announcement[];
  nextCursor: string | null;
}

/**
 * @summary The provider's announcements (FEATURES D3): news, planned maintenance and
 * service problems that may affect the customer's services, newest first.
 *
 * Each shows its kind in words, its date, a summary and — for maintenance — when it
 * happens; "Read more" opens the whole text, formatted and sanitised.
 *
 * @event portico-error - Loading failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart title - The title.
 * @csspart item - One announcement.
 * @csspart badge - Kind badges.
 * @csspart button - Every button.
 * @csspart error - Error messages.
 * @csspart empty - Shown when there is no announcement.
 */
export class PorticoAnnouncements extends PorticoElement {
  static override styles = [sharedStyles, badgeStyles, proseStyles, styles];

  /** Announcements loaded at a time. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Older announcements added by "Show older", with the listing they extend. */
  @state() private more?: Listing & { base: Listing };
  @state() private loadingMore = false;
  @state() private moreError?: unknown;
  @state() private open = new Map<string, string | Error | null>();

  #list = new Task(this, {
    task: async ([client, locale, limit], { signal }): Promise<Listing> => {
      if (!client) throw new MissingClientError('portico-announcements');
      const page = await client.request(announcementList, { query: { limit } }, { signal, headers: { 'accept-language': locale } });
      this.more = undefined;
      this.moreError = undefined;
      this.open = new Map();
      return { items: page.data, nextCursor: page.nextCursor };
    },
    args: () => [this.activeClient, this.effectiveLocale, this.pageSize] as const,
    onError: (error) => this.reportError(error, 'load'),
  });

  constructor() {
    super();
    new AbortOnDisconnect(this, this.#list);
  }

  protected override render(): TemplateResult {
    const t = messages[this.effectiveLocale];
    const listing = this.#shown();
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <h2 part="title" id="title">${t.title}</h2>
      ${listing
        ? listing.items.length
          ? html`<ol class="list">${listing.items.map((a) => this.#renderItem(a))}</ol>
              ${listing.nextCursor
                ? showMore({ label: t.more, loading: this.loadingMore, error: this.moreError, failed: this.common.moreFailed, describe: (e) => this.describe(e), onMore: this.#loadMore })
                : nothing}`
          : emptyState({ title: t.noneTitle, message: t.noneBody })
        : this.#list.status === TaskStatus.ERROR
          ? errorState({ title: this.common.loadFailed, message: this.describe(this.#list.error), retryLabel: this.common.retry, onRetry: () => void this.#list.run() })
          : loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3].map(() => html`<span class="skeleton" style="height: 5rem"></span>`)}</div>`)}
    </section>`;
  }

  #renderItem(a: Announcement): TemplateResult {
    const t = messages[this.effectiveLocale];
    const l = this.effectiveLocale;
    const body = this.open.get(a.id);
    const expanded = this.open.has(a.id);
    return html`<li class="item" part="item">
      <article aria-labelledby="a-${a.id}">
        <div class="meta">${badge(t.kinds[a.kind], TONE[a.kind])}<time class="muted" datetime=${a.publishedAt}>${date(a.publishedAt, l, this.effectiveTimeZone)}</time></div>
        <h3 id="a-${a.id}" tabindex="-1">${a.title}</h3>
        ${a.window ? html`<p class="window">${t.window({ from: dateTime(a.window.from, l, this.effectiveTimeZone), to: dateTime(a.window.to, l, this.effectiveTimeZone) })}</p>` : nothing}
        <p>${a.summary}</p>
        ${expanded
          ? html`<div id="body-${a.id}">
              ${isA(body, Error)
                ? html`<p class="field-error" role="alert">${alertIcon}<span>${t.bodyFailed}</span></p>`
                : body === null
                  ? html`<span class="skeleton" style="height: 4rem"></span>`
                  : html`<div class="prose">${sanitized(body ?? '')}</div>`}
            </div>`
          : nothing}
        <button type="button" class="button button--link" part="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="body-${a.id}" @click=${() => void this.#toggle(a)}>
          ${expanded ? t.readLess : t.readMore}
        </button>
      </article>
    </li>`;
  }

  async #toggle(a: Announcement): Promise<void> {
    const open = new Map(this.open);
    if (open.has(a.id)) {
      open.delete(a.id);
      this.open = open;
      return;
    }
    open.set(a.id, null);
    this.open = open;
    let body: string | Error;
    try {
      body = await sanitizeHtml(a.bodyHtml, 4);
    } catch (error) {
      body = isA(error, Error) ? error : new Error(String(error));
      this.reportError(error, 'load');
    }
    if (this.open.has(a.id)) this.open = new Map(this.open).set(a.id, body);
  }

  /** The list on show: with the older ones added, if they extend the list loaded last. */
  #shown(): Listing | undefined {
    const loaded = this.#list.value;
    return this.more && this.more.base === loaded ? this.more : loaded;
  }

  #loadMore = async (): Promise<void> => {
    const current = this.#shown();
    const base = this.#list.value;
    const client = this.activeClient;
    if (!current?.nextCursor || !base || !client || this.loadingMore) return;
    const focusIndex = current.items.length;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      const page = await client.request(announcementList, { query: { limit: this.pageSize, cursor: current.nextCursor } }, { headers: { 'accept-language': this.effectiveLocale } });
      // Loaded again meanwhile (another language, a retry): this page belongs to the list it replaced.
      if (this.#list.value !== base) return;
      this.more = { items: [...current.items, ...page.data], nextCursor: page.nextCursor, base };
      await this.updateComplete;
      // Keyboard users continue where the older announcements begin (with the last page, the
      // button they pressed is gone), hearing the first one's title.
      this.renderRoot.querySelectorAll<HTMLElement>('.item h3')[focusIndex]?.focus();
    } catch (error) {
      if (this.#list.value === base) this.moreError = error;
      this.reportError(error, 'load');
    } finally {
      this.loadingMore = false;
    }
  };
}
