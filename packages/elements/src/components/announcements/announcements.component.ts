import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ClientCore } from '@portico/sdk/core';
import { announcementList, type Announcement } from '@portico/sdk/helpdesk';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { showMore } from '../../base/show-more.ts';
import { PagedList } from '../../controllers/paged-list.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { proseStyles } from '../../styles/prose.styles.ts';
import { messages, type AnnouncementsMessages } from './announcements.messages.ts';
// The <portico-announcement-item> it renders; announcements.ts registers it.
import { styles } from './announcements.styles.ts';
import { PorticoAnnouncementItem } from './announcement-item.ts';

/**
 * @tag portico-announcements
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
export class PorticoAnnouncements extends PorticoElement<AnnouncementsMessages> {
  static override styles = [sharedStyles, badgeStyles, proseStyles, styles];
  /** The parts it renders, registered with it. */
  static readonly dependencies = {
    'portico-announcement-item': PorticoAnnouncementItem,
  };
  static readonly messages = messages;

  /** Announcements loaded at a time. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  #list = new PagedList<readonly [ClientCore | undefined, string, number], Announcement>(this, {
    args: () => [this.activeClient, this.effectiveLocale, this.pageSize] as const,
    page: async ([client, locale, limit], cursor, signal) => {
      if (!client) throw new MissingClientError('portico-announcements');
      return client.request(announcementList, { query: { limit, cursor } }, { signal, headers: { 'accept-language': locale } });
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  protected override render(): TemplateResult {
    const t = this.t;
    const list = this.#list;
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <h2 part="title" id="title">${t.title}</h2>
      ${list.render({
        content: () =>
          list.items.length
            ? html`<ol class="list">
                  ${repeat(
                    list.items,
                    (a) => a.id,
                    (a) => html`<li class="item" part="item">
                      <portico-announcement-item .announcement=${a} .t=${t} locale=${this.effectiveLocale} .timeZone=${this.effectiveTimeZone}></portico-announcement-item>
                    </li>`,
                  )}
                </ol>
                ${list.hasMore
                  ? showMore({ label: t.more, loading: list.loadingMore, error: list.moreError, failed: this.common.moreFailed, describe: (e) => this.describe(e), onMore: this.#loadMore })
                  : nothing}`
            : emptyState({ title: t.noneTitle, message: t.noneBody }),
        error: (error) => this.loadFailed(error, () => void list.refresh()),
        loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3].map(() => html`<span class="skeleton skeleton--item"></span>`)}</div>`),
      })}
    </section>`;
  }

  /** The announcements render after the list: done once they are. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([...this.renderRoot.querySelectorAll('portico-announcement-item')].map((item) => item.updateComplete));
    return done;
  }

  #loadMore = async (): Promise<void> => {
    const first = await this.#list.more();
    if (first === undefined) return;
    await this.updateComplete;
    // Keyboard users continue where the older announcements begin (with the last page, the
    // button they pressed is gone), hearing the first one's title.
    this.renderRoot.querySelectorAll<HTMLElement>('.item h3')[first]?.focus();
  };
}
