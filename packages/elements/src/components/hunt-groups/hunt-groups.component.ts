import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { isA, PermissionError, type ClientCore } from '@portico/sdk/core';
import { huntGroupList, type HuntGroup } from '@portico/sdk/telephony';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { showMore } from '../../base/show-more.ts';
import type { AnnounceEvent } from '../../base/widget-part.ts';
import { PagedList } from '../../controllers/paged-list.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import type { Locale } from '../../i18n/locale.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { dialogStyles } from '../../styles/dialog.styles.ts';
import { messages, type HuntGroupsMessages } from './hunt-groups.messages.ts';
import { styles } from './hunt-groups.styles.ts';
import type { HuntGroupChangeEvent, HuntGroupRemoveEvent } from './hunt-groups-part.ts';
import { huntGroupTable } from './hunt-group-table.ts';
import { PorticoHuntGroupsEditor } from './hunt-group-editor.ts';
import { PorticoHuntGroupsDelete } from './hunt-group-delete.ts';

type ListArgs = readonly [client: ClientCore | undefined, limit: number, locale: Locale];

/** A customer without a hosted PBX: nothing failed, there is nothing to show. */
const noPbx = (error: unknown) => isA(error, PermissionError) && error.code === 'no_pbx';

/**
 * @tag portico-hunt-groups
 * @summary The hunt groups of the customer's hosted PBX — one number that rings several
 * extensions: ring strategy, members in ringing order, the caller ID they see, and whether
 * they may pick up a call ringing the group; added, edited and deleted (FEATURES T11).
 *
 * Members are chosen from the PBX's extensions and put in ringing order with Move up and
 * Move down buttons. A number that collides with the dial plan is refused at the number,
 * each collision in words. An add is made once however often it is retried; an edit is saved
 * against the version shown.
 *
 * @fires portico-hunt-group-saved - A hunt group was added or changed: `{ huntGroup, created }`.
 * @fires portico-hunt-group-deleted - A hunt group was deleted: `{ id, number }`.
 * @fires portico-error - A load or a save failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title, the count and the add button.
 * @csspart title - The title.
 * @csspart label - Field labels.
 * @csspart input - Fields.
 * @csspart button - Every button.
 * @csspart table - The hunt groups.
 * @csspart item - One hunt group.
 * @csspart badge - Call pickup allowed or not.
 * @csspart dialog - The editor and the delete confirmation.
 * @csspart status - Notes of actions.
 * @csspart error - Error messages.
 * @csspart empty - Shown when there is no hunt group.
 */
export class PorticoHuntGroups extends PorticoElement<HuntGroupsMessages> {
  static override styles = [sharedStyles, badgeStyles, dialogStyles, styles];
  /** The parts it renders, registered with it. */
  static readonly dependencies = {
    'portico-hunt-groups-editor': PorticoHuntGroupsEditor,
    'portico-hunt-groups-delete': PorticoHuntGroupsDelete,
  };
  static readonly messages = messages;

  /** Hunt groups loaded at a time (up to 100); "Show more" loads the next ones. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  readonly #editor = createRef<PorticoHuntGroupsEditor>();
  readonly #deletion = createRef<PorticoHuntGroupsDelete>();

  #list = new PagedList<ListArgs, HuntGroup>(this, {
    args: () => [this.activeClient, Math.min(100, Math.max(1, Math.floor(this.pageSize) || 50)), this.effectiveLocale] as const,
    page: async ([client, limit, locale], cursor, signal) => {
      if (!client) throw new MissingClientError('portico-hunt-groups');
      return client.request(huntGroupList, { query: { limit, cursor } }, { signal, headers: { 'accept-language': locale } });
    },
    keep: ([client], [next]) => client === next,
    onError: (error) => {
      if (!noPbx(error)) this.reportError(error, 'load');
    },
  });

  /** Loads the hunt groups again, e.g. after an extension changed elsewhere on the page. */
  refresh(): void {
    void this.#list.refresh();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const list = this.#list;
    const withoutPbx = noPbx(list.error);
    const shown = list.value && !list.hasMore ? list.items.length : undefined;
    return html`<section
      part="base"
      lang=${this.effectiveLocale}
      aria-labelledby="title"
      @portico-part-announce=${(e: AnnounceEvent) => this.announce(e.text)}
      @hunt-groups-change=${this.#changed}
      @hunt-groups-remove=${this.#removed}
    >
      <header part="header">
        <div class="heading">
          <h2 part="title" id="title" tabindex="-1">${t.title}</h2>
          ${shown && !withoutPbx ? html`<p class="muted" id="count">${t.count({ count: shown })}</p>` : nothing}
        </div>
        ${withoutPbx ? nothing : html`<button id="add" type="button" class="button button--primary" part="button" @click=${this.#add}>${t.add}</button>`}
      </header>
      <div class="results" aria-busy=${list.loading ? 'true' : 'false'}>${this.#renderList()}</div>
      <portico-hunt-groups-editor ${ref(this.#editor)} .client=${this.activeClient} .locale=${this.effectiveLocale}></portico-hunt-groups-editor>
      <portico-hunt-groups-delete ${ref(this.#deletion)} .client=${this.activeClient} .locale=${this.effectiveLocale}></portico-hunt-groups-delete>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderList(): TemplateResult {
    const t = this.t;
    const list = this.#list;
    const failed = (error: unknown) =>
      noPbx(error)
        ? emptyState({ title: t.noPbxTitle, message: t.noPbxBody })
        : this.loadFailed(error, () => void list.refresh());
    // A reload that failed says so instead of showing groups it could not bring up to date.
    if (list.failed && !list.loading) return failed(list.error);
    return list.render({
      content: () =>
        list.items.length
          ? html`${huntGroupTable({ t, groups: list.items, onEdit: this.#edit, onDelete: this.#delete })}
            ${list.hasMore
              ? showMore({ label: t.more, loading: list.loadingMore, error: list.moreError, failed: this.common.moreFailed, describe: (e) => this.describe(e), onMore: this.#loadMore })
              : nothing}`
          : emptyState({
              title: t.emptyTitle,
              message: t.emptyBody,
              action: html`<button type="button" class="button button--primary" part="button" @click=${this.#add}>${t.add}</button>`,
            }),
      error: failed,
      loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3].map(() => html`<span class="skeleton skeleton--row"></span>`)}</div>`),
    });
  }

  #add = (event: Event): void => {
    void this.#editor.value?.show(undefined, event.currentTarget as HTMLElement);
  };

  #edit = (group: HuntGroup, button: HTMLElement): void => {
    void this.#editor.value?.show(group, button);
  };

  #delete = (group: HuntGroup, button: HTMLElement): void => {
    void this.#deletion.value?.show(group, button);
  };

  #loadMore = async (): Promise<void> => {
    const first = await this.#list.more();
    if (first === undefined) return;
    await this.updateComplete;
    // Keyboard users continue where the new groups begin.
    this.renderRoot.querySelectorAll<HTMLElement>('[data-edit]')[first]?.focus();
  };

  /** Saved here: a change shows in its row at once; a new group is placed by the list's own order. */
  #changed = (event: HuntGroupChangeEvent): void => {
    const changed = event.huntGroup;
    const shown = this.#list.items.find((g) => g.id === changed.id);
    if (!event.created) this.#list.update((page) => ({ ...page, data: page.data.map((g) => (g.id === changed.id ? changed : g)) }));
    // A new one, or a new number, has its place in the list's order: the list comes again (its rows
    // staying meanwhile). A row that moved loses focus, and the empty list's add button goes: focus then goes to the row.
    if (event.created || (shown && shown.number !== changed.number)) {
      void this.#list
        .refresh()
        .then(() => this.updateComplete)
        .then(() => {
          if (!this.shadowRoot?.activeElement) this.renderRoot.querySelector<HTMLElement>(`[data-edit="${CSS.escape(changed.id)}"]`)?.focus();
        });
    }
  };

  #removed = (event: HuntGroupRemoveEvent): void => {
    this.#list.update((page) => ({ ...page, data: page.data.filter((g) => g.id !== event.id) }));
  };
}
