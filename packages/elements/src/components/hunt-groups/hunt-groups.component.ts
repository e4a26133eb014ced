import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import type { ClientCore } from '@portico/sdk/core';
import { huntGroupCreate, huntGroupDelete, huntGroupList, huntGroupUpdate, type HuntGroup } from '@portico/sdk/telephony';
import { noPbx } from '../../base/no-pbx.ts';
import { PorticoElement } from '../../base/portico-element.ts';
import { showMoreRecords, showSaved } from '../../base/record-list.ts';
import { addButton } from '../../base/record-table.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { showMore } from '../../base/show-more.ts';
import { contentRefused } from '../../base/unavailable.ts';
import { unavailableActions, type UnavailableActions } from '../../base/unavailable-actions.ts';
import type { AnnounceEvent } from '../../base/widget-part.ts';
import { PagedList } from '../../controllers/paged-list.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import type { Locale } from '../../i18n/locale.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { dialogStyles } from '../../styles/dialog.styles.ts';
import { unavailableStyles } from '../../styles/unavailable.styles.ts';
import { messages, type HuntGroupsMessages } from './hunt-groups.messages.ts';
import { styles } from './hunt-groups.styles.ts';
import type { HuntGroupChangeEvent, HuntGroupRemoveEvent } from './hunt-groups-part.ts';
import { huntGroupTable } from './hunt-group-table.ts';
import { PorticoHuntGroupsEditor } from './hunt-group-editor.ts';
import { PorticoHuntGroupsDelete } from './hunt-group-delete.ts';

type ListArgs = readonly [client: ClientCore | undefined, limit: number, locale: Locale];

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
 * A portal user without the telephony permission is told the hunt groups are not available to
 * them; a read-only user sees them, with adding, editing and deleting unavailable and why.
 *
 * @event portico-hunt-group-saved - A hunt group was added or changed: `{ huntGroup, created }`.
 * @event portico-hunt-group-deleted - A hunt group was deleted: `{ id, number }`.
 * @event portico-error - A load or a save failed; the widget shows it too.
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
 * @csspart unavailable - Why actions are unavailable to the portal user.
 * @csspart error - Error messages.
 * @csspart empty - Shown when there is no hunt group.
 */
export class PorticoHuntGroups extends PorticoElement<HuntGroupsMessages> {
  static override styles = [sharedStyles, badgeStyles, dialogStyles, unavailableStyles, styles];
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
  readonly #permissions = new Permissions(this, () => this.activeClient);

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

  /** What the portal user may not do with hunt groups, and why. */
  get #unavailable(): UnavailableActions<'add' | 'edit' | 'delete'> {
    return unavailableActions(this.#permissions, this.common, 'actions-unavailable', { add: huntGroupCreate, edit: huntGroupUpdate, delete: huntGroupDelete });
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const list = this.#list;
    // No PBX, or not this user's to see: the state says it all, with no add button beside it.
    const toolbar = !noPbx(list.error) && !contentRefused(list, this.#permissions.missing(huntGroupList));
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
          ${shown && toolbar ? html`<p class="muted" id="count">${t.count({ count: shown })}</p>` : nothing}
        </div>
        ${toolbar ? addButton(t.add, this.#unavailable.ids.add, this.#add, 'add') : nothing}
      </header>
      ${toolbar ? this.#unavailable.note : nothing}
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
          ? html`${huntGroupTable({ t, groups: list.items, onEdit: this.#edit, onDelete: this.#delete, unavailable: this.#unavailable.ids })}
            ${list.hasMore
              ? showMore({ label: t.more, loading: list.loadingMore, error: list.moreError, failed: this.common.moreFailed, describe: (e) => this.describe(e), onMore: this.#loadMore })
              : nothing}`
          : emptyState({ title: t.emptyTitle, message: t.emptyBody, action: addButton(t.add, this.#unavailable.ids.add, this.#add) }),
      error: failed,
      loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3].map(() => html`<span class="skeleton skeleton--row"></span>`)}</div>`),
    });
  }

  #add = (button: HTMLElement): void => {
    void this.#editor.value?.show(undefined, button);
  };

  #edit = (group: HuntGroup, button: HTMLElement): void => {
    void this.#editor.value?.show(group, button);
  };

  #delete = (group: HuntGroup, button: HTMLElement): void => {
    void this.#deletion.value?.show(group, button);
  };

  #loadMore = (): Promise<void> => showMoreRecords(this, this.#list);

  /** Saved here: a change shows in its row at once; a new group is placed by the list's own order. */
  #changed = (event: HuntGroupChangeEvent): void => showSaved(this, this.#list, event.record, event.created);

  #removed = (event: HuntGroupRemoveEvent): void => {
    this.#list.update((page) => ({ ...page, data: page.data.filter((g) => g.id !== event.id) }));
  };
}
