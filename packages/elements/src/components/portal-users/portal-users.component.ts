import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import type { ClientCore } from '@portico/sdk/core';
import { portalUserCreate, portalUserList, type PortalUser } from '@portico/sdk/account';
import { PorticoElement } from '../../base/portico-element.ts';
import { infoIcon } from '../../base/icons.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { showMore } from '../../base/show-more.ts';
import type { AnnounceEvent } from '../../base/widget-part.ts';
import { PagedList } from '../../controllers/paged-list.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { isPermanentRefusal, MissingClientError } from '../../i18n/error-message.ts';
import type { Locale } from '../../i18n/locale.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { iconButtonStyles } from '../../styles/icon-button.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { dialogStyles } from '../../styles/dialog.styles.ts';
import { messages, type PortalUsersMessages } from './portal-users.messages.ts';
import { styles } from './portal-users.styles.ts';
import type { PortalUserChangeEvent, PortalUserRemoveEvent } from './portal-users-part.ts';
import { portalUserTable } from './portal-user-table.ts';
import { PorticoPortalUsersEditor } from './portal-user-editor.ts';
import { PorticoPortalUsersDelete } from './portal-user-delete.ts';

type ListArgs = readonly [client: ClientCore | undefined, limit: number, locale: Locale];

/**
 * @tag portico-portal-users
 * @summary The account's portal users ("Użytkownicy portalu"): who may sign in to the panel,
 * with which role, permissions and access — added, edited (pencil) and deleted (trash)
 * (FEATURES A2); the main administrator is marked, and cannot be deleted here: the widget
 * explains how the provider removes them (A3).
 *
 * Adding asks for every field: name, e-mail, role, permissions (each with what it covers; an
 * administrator has them all), access, sign-in, 2FA and a password whose login policy is ticked
 * off as it is typed. What the contract would refuse is said at the field before anything is
 * sent. An add is made once however often it is retried; an edit is saved against the version
 * shown. The password is never kept once the dialog closes, nor put in an event.
 *
 * The widget needs the `users` permission; a portal user without it is told so. A read-only
 * user sees the list, with adding, editing and deleting unavailable and why, said once.
 *
 * @event portico-portal-user-saved - A user was added or changed: `{ user, created }`.
 * @event portico-portal-user-deleted - A user was deleted: `{ id, name }`.
 * @event portico-error - A load or a save failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title, the count and the add button.
 * @csspart title - The title.
 * @csspart label - Field labels.
 * @csspart input - Fields.
 * @csspart button - Every button.
 * @csspart table - The users.
 * @csspart item - One user.
 * @csspart badge - The main administrator's mark, sign-in and 2FA.
 * @csspart dialog - The editor, the delete confirmation and the main administrator's procedure.
 * @csspart status - Notes: why actions are unavailable, the password policy, the procedure.
 * @csspart error - Error messages.
 * @csspart empty - Shown when there is no user.
 *
 */
export class PorticoPortalUsers extends PorticoElement<PortalUsersMessages> {
  static override styles = [sharedStyles, badgeStyles, dialogStyles, iconButtonStyles, styles];
  /** The parts it renders, registered with it. */
  static readonly dependencies = {
    'portico-portal-users-editor': PorticoPortalUsersEditor,
    'portico-portal-users-delete': PorticoPortalUsersDelete,
  };
  static readonly messages = messages;

  /** Users loaded at a time (up to 100); "Show more" loads the next ones. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Where a request to remove the main administrator is sent (the reseller's support); unset, the widget says "customer support". */
  @property({ attribute: 'support-email' }) supportEmail?: string;

  readonly #editor = createRef<PorticoPortalUsersEditor>();
  readonly #deletion = createRef<PorticoPortalUsersDelete>();
  readonly #permissions = new Permissions(this, () => this.activeClient);

  #list = new PagedList<ListArgs, PortalUser>(this, {
    args: () => [this.activeClient, Math.min(100, Math.max(1, Math.floor(this.pageSize) || 50)), this.effectiveLocale] as const,
    page: async ([client, limit, locale], cursor, signal) => {
      if (!client) throw new MissingClientError('portico-portal-users');
      return client.request(portalUserList, { query: { limit, cursor } }, { signal, headers: { 'accept-language': locale } });
    },
    keep: ([client], [next]) => client === next,
    onError: (error) => this.reportError(error, 'load'),
  });

  /** Loads the users again, e.g. after one changed elsewhere on the page. */
  refresh(): void {
    void this.#list.refresh();
  }

  /** Why the session may not add, change or delete users (read-only access); undefined when it may. */
  get #unavailable(): string | undefined {
    return this.#permissions.reason(portalUserCreate, this.common);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const list = this.#list;
    // Not theirs to see: the not-available state says it all, with no add button beside it.
    const refused = isPermanentRefusal(list.error);
    const shown = list.value && !list.hasMore ? list.items.length : undefined;
    return html`<section
      part="base"
      lang=${this.effectiveLocale}
      aria-labelledby="title"
      @portico-part-announce=${(e: AnnounceEvent) => this.announce(e.text)}
      @portal-users-change=${this.#changed}
      @portal-users-remove=${this.#removed}
      @portal-users-stale=${() => this.refresh()}
    >
      <header part="header">
        <div class="heading">
          <h2 part="title" id="title" tabindex="-1">${t.title}</h2>
          ${shown ? html`<p class="muted" id="count">${t.count({ count: shown })}</p>` : nothing}
        </div>
        ${refused ? nothing : this.#renderAdd()}
      </header>
      ${refused ? nothing : html`<p class="intro muted">${t.intro}</p>`}
      <div class="results" aria-busy=${list.loading ? 'true' : 'false'}>${this.#renderList()}</div>
      <portico-portal-users-editor ${ref(this.#editor)} .client=${this.activeClient} .locale=${this.effectiveLocale}></portico-portal-users-editor>
      <portico-portal-users-delete ${ref(this.#deletion)} .client=${this.activeClient} .locale=${this.effectiveLocale} .supportEmail=${this.supportEmail}></portico-portal-users-delete>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  /** Add, or — for a user who may not change users — the add unavailable and why, said once for every action. */
  #renderAdd(): TemplateResult {
    const reason = this.#unavailable;
    return html`<div class="header-actions">
      <button
        id="add"
        type="button"
        class="button button--primary"
        part="button"
        aria-disabled=${reason ? 'true' : 'false'}
        aria-describedby=${reason ? 'actions-reason' : nothing}
        @click=${this.#add}
      >
        ${this.t.add}
      </button>
      ${reason ? html`<p id="actions-reason" class="reason" part="status">${infoIcon}<span>${reason}</span></p>` : nothing}
    </div>`;
  }

  #renderList(): TemplateResult {
    const t = this.t;
    const list = this.#list;
    const failed = (error: unknown) => this.loadFailed(error, () => void list.refresh());
    // A reload that failed says so instead of showing users it could not bring up to date.
    if (list.failed && !list.loading) return failed(list.error);
    return list.render({
      content: () =>
        list.items.length
          ? html`${portalUserTable({
              t,
              common: this.common,
              users: list.items,
              unavailable: this.#unavailable ? 'actions-reason' : undefined,
              onEdit: this.#edit,
              onDelete: this.#delete,
              onProcedure: this.#procedure,
            })}
            ${list.hasMore
              ? showMore({ label: t.more, loading: list.loadingMore, error: list.moreError, failed: this.common.moreFailed, describe: (e) => this.describe(e), onMore: this.#loadMore })
              : nothing}`
          : emptyState({ title: t.emptyTitle, message: t.emptyBody }),
      error: failed,
      loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3].map(() => html`<span class="skeleton skeleton--row"></span>`)}</div>`),
    });
  }

  #add = (event: Event): void => {
    if (this.#unavailable) return;
    void this.#editor.value?.show(undefined, event.currentTarget as HTMLElement);
  };

  #edit = (user: PortalUser, button: HTMLElement): void => {
    void this.#editor.value?.show(user, button);
  };

  #delete = (user: PortalUser, button: HTMLElement): void => {
    void this.#deletion.value?.show(user, button);
  };

  #procedure = (user: PortalUser, button: HTMLElement): void => {
    void this.#deletion.value?.explain(user, button);
  };

  #loadMore = async (): Promise<void> => {
    const first = await this.#list.more();
    if (first === undefined) return;
    await this.updateComplete;
    // Keyboard users continue where the new users begin.
    this.renderRoot.querySelectorAll<HTMLElement>('[data-edit]')[first]?.focus();
  };

  /** Saved here: a change shows in its row at once; a new user goes at the end, as the API lists them. */
  #changed = (event: PortalUserChangeEvent): void => {
    const changed = event.user;
    // A new user belongs after the pages not loaded yet: the list comes again instead.
    if (event.created && this.#list.hasMore) return this.refresh();
    this.#list.update((page) => ({
      ...page,
      data: page.data.some((u) => u.id === changed.id) ? page.data.map((u) => (u.id === changed.id ? changed : u)) : [...page.data, changed],
    }));
    if (!event.created) return;
    void this.updateComplete.then(() => {
      // Adding from the empty state: its button went; focus goes to the new row.
      if (!this.shadowRoot?.activeElement) this.renderRoot.querySelector<HTMLElement>(`[data-edit="${CSS.escape(changed.id)}"]`)?.focus();
    });
  };

  #removed = (event: PortalUserRemoveEvent): void => {
    this.#list.update((page) => ({ ...page, data: page.data.filter((u) => u.id !== event.id) }));
  };
}
