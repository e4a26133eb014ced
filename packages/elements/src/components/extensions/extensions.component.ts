import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { createRef, ref } from 'lit/directives/ref.js';
import type { ClientCore } from '@portico/sdk/core';
import { extensionCreate, extensionDelete, extensionList, extensionUpdate, type Extension } from '@portico/sdk/telephony';
import { noPbx } from '../../base/no-pbx.ts';
import { PorticoElement } from '../../base/portico-element.ts';
import { showMoreRecords, showSaved } from '../../base/record-list.ts';
import { addButton } from '../../base/record-table.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { showMore } from '../../base/show-more.ts';
import { contentRefused } from '../../base/unavailable.ts';
import { unavailableActions, type UnavailableActions } from '../../base/unavailable-actions.ts';
import type { AnnounceEvent } from '../../base/widget-part.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { PagedList } from '../../controllers/paged-list.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import type { Locale } from '../../i18n/locale.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { dialogStyles } from '../../styles/dialog.styles.ts';
import { playerStyles } from '../../styles/player.styles.ts';
import { unavailableStyles } from '../../styles/unavailable.styles.ts';
import { messages, type ExtensionsMessages } from './extensions.messages.ts';
import { styles } from './extensions.styles.ts';
import type { ExtensionChangeEvent, ExtensionRemoveEvent } from './extensions-part.ts';
import { extensionTable } from './extension-table.ts';
import { PorticoExtensionsEditor } from './extension-editor.ts';
import { PorticoExtensionsDelete } from './extension-delete.ts';
import { PorticoExtensionsPlayer } from './extension-player.ts';

type ListArgs = readonly [client: ClientCore | undefined, query: string, limit: number, locale: Locale];
type ExtensionPage = { data: Extension[]; nextCursor: string | null; total: number };

/**
 * @tag portico-extensions
 * @summary The extensions (internal numbers) of the customer's hosted PBX: each with its phone
 * line — or that it is not assigned to one — pickup group, whether it is published, its
 * recorded name to play, and the hunt groups it is in; searched, added, edited and deleted
 * (FEATURES T5).
 *
 * A number must be digits of the PBX's extension length, checked before it is sent; one that
 * collides with the dial plan is refused at the number, each collision in words. An add is
 * made once however often it is retried; an edit is saved against the version shown. The
 * recorded name is checked (WAV, MP3 or Ogg, up to 2 MB) before it is uploaded with its
 * progress. Deleting an extension that is in hunt groups names them, and it leaves them.
 *
 * A portal user without the telephony permission is told the extensions are not available to
 * them; a read-only user sees them, with adding, editing and deleting unavailable and why.
 *
 * @event portico-extension-saved - An extension was added or changed: `{ extension, created }`.
 * @event portico-extension-deleted - An extension was deleted: `{ id, number, leftHuntGroups }`.
 * @event portico-error - A load, a save or an upload failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title, the count and the add button.
 * @csspart title - The title.
 * @csspart label - Field labels.
 * @csspart input - Fields.
 * @csspart button - Every button.
 * @csspart table - The extensions.
 * @csspart item - One extension.
 * @csspart badge - Published or not.
 * @csspart player - The recorded name's player.
 * @csspart dialog - The editor and the delete confirmation.
 * @csspart status - Upload progress and notes of actions.
 * @csspart unavailable - Why actions are unavailable to the portal user.
 * @csspart error - Error messages.
 * @csspart empty - Shown when there is no extension, or none matches.
 */
export class PorticoExtensions extends PorticoElement<ExtensionsMessages> {
  static override styles = [sharedStyles, badgeStyles, dialogStyles, playerStyles, unavailableStyles, styles];
  /** The parts it renders, registered with it. */
  static readonly dependencies = {
    'portico-extensions-editor': PorticoExtensionsEditor,
    'portico-extensions-delete': PorticoExtensionsDelete,
    'portico-extensions-player': PorticoExtensionsPlayer,
  };
  static readonly messages = messages;

  /** Shows the extensions with these digits in the number or words in the description; the person searches in the widget too. */
  @property({ reflect: true }) query = '';

  /** Extensions loaded at a time (up to 100); "Show more" loads the next ones. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** The extension whose recorded name plays. */
  @state() private playing?: Extension;
  #typing?: ReturnType<typeof setTimeout>;
  readonly #editor = createRef<PorticoExtensionsEditor>();
  readonly #deletion = createRef<PorticoExtensionsDelete>();
  readonly #focus = new FocusAfterRender(this);
  readonly #permissions = new Permissions(this, () => this.activeClient);

  // Another search keeps the rows found so far on screen until its own come.
  #list = new PagedList<ListArgs, Extension, ExtensionPage>(this, {
    args: () => [this.activeClient, this.query.trim(), Math.min(100, Math.max(1, Math.floor(this.pageSize) || 50)), this.effectiveLocale] as const,
    page: async ([client, query, limit, locale], cursor, signal) => {
      if (!client) throw new MissingClientError('portico-extensions');
      return client.request(extensionList, { query: { query: query || undefined, limit, cursor } }, { signal, headers: { 'accept-language': locale } });
    },
    keep: ([client], [next]) => client === next,
    onError: (error) => {
      if (!noPbx(error)) this.reportError(error, 'load');
    },
  });

  /** Loads the extensions again, e.g. after a hunt group changed elsewhere on the page. */
  refresh(): void {
    void this.#list.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typing);
  }

  /** What the portal user may not do with extensions, and why. */
  get #unavailable(): UnavailableActions<'add' | 'edit' | 'delete'> {
    return unavailableActions(this.#permissions, this.common, 'actions-unavailable', { add: extensionCreate, edit: extensionUpdate, delete: extensionDelete });
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const list = this.#list;
    // No PBX, or not this user's to see: the state says it all, with no toolbar beside it.
    const toolbar = !noPbx(list.error) && !contentRefused(list, this.#permissions.missing(extensionList));
    const total = list.value?.total;
    return html`<section
      part="base"
      lang=${this.effectiveLocale}
      aria-labelledby="title"
      @portico-part-announce=${(e: AnnounceEvent) => this.announce(e.text)}
      @extensions-change=${this.#changed}
      @extensions-remove=${this.#removed}
    >
      <header part="header">
        <div class="heading">
          <h2 part="title" id="title" tabindex="-1">${t.title}</h2>
          ${total && toolbar ? html`<p class="muted" id="count">${t.count({ count: total })}</p>` : nothing}
        </div>
        ${toolbar ? addButton(t.add, this.#unavailable.ids.add, this.#add, 'add') : nothing}
      </header>
      ${toolbar
        ? html`${this.#unavailable.note}
            <form class="search" role="search" novalidate @submit=${this.#searchNow}>
              <label class="label" part="label" for="search">${t.search}</label>
              <input id="search" class="input" part="input" type="search" autocomplete="off" .value=${this.query} aria-describedby="search-hint" @input=${this.#onSearch} />
              <p id="search-hint" class="hint">${t.searchHint}</p>
            </form>`
        : nothing}
      <div class="results" aria-busy=${list.loading ? 'true' : 'false'}>${this.#renderList()}</div>
      <portico-extensions-editor ${ref(this.#editor)} .client=${this.activeClient} .locale=${this.effectiveLocale}></portico-extensions-editor>
      <portico-extensions-delete ${ref(this.#deletion)} .client=${this.activeClient} .locale=${this.effectiveLocale}></portico-extensions-delete>
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
    // A search or a reload that failed says so instead of showing rows it could not bring up to date.
    if (list.failed && !list.loading) return failed(list.error);
    return list.render({
      content: (page) => (page.data.length ? this.#renderTable(page) : this.#renderEmpty()),
      error: failed,
      loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3, 4, 5].map(() => html`<span class="skeleton skeleton--row"></span>`)}</div>`),
    });
  }

  #renderEmpty(): TemplateResult {
    const t = this.t;
    const query = this.#list.args?.[1];
    return query
      ? emptyState({
          title: t.noMatchTitle,
          message: t.noMatchBody({ query }),
          action: html`<button type="button" class="button button--secondary" part="button" @click=${this.#clearSearch}>${t.clearSearch}</button>`,
        })
      : emptyState({ title: t.emptyTitle, message: t.emptyBody, action: addButton(t.add, this.#unavailable.ids.add, this.#add) });
  }

  #renderTable(page: ExtensionPage): TemplateResult {
    const t = this.t;
    const list = this.#list;
    const playing = this.playing;
    const player = playing
      ? keyed(
          `${playing.id}:${playing.recordedName?.id}`,
          html`<portico-extensions-player .client=${this.activeClient} .locale=${this.effectiveLocale} .extension=${playing} closable autoplay @close=${this.#closePlayer}></portico-extensions-player>`,
        )
      : nothing;
    return html`${extensionTable({ t, extensions: page.data, playing: playing?.id, player, onPlay: this.#play, onEdit: this.#edit, onDelete: this.#delete, unavailable: this.#unavailable.ids })}
    ${list.hasMore
      ? showMore({ label: t.more, loading: list.loadingMore, error: list.moreError, failed: this.common.moreFailed, describe: (e) => this.describe(e), onMore: this.#loadMore })
      : nothing}`;
  }

  #add = (button: HTMLElement): void => {
    void this.#editor.value?.show(undefined, button);
  };

  #edit = (extension: Extension, button: HTMLElement): void => {
    void this.#editor.value?.show(extension, button);
  };

  #delete = (extension: Extension, button: HTMLElement): void => {
    void this.#deletion.value?.show(extension, button);
  };

  #play = (extension: Extension): void => {
    this.playing = this.playing?.id === extension.id ? undefined : extension;
  };

  #closePlayer = (): void => {
    const id = this.playing?.id;
    this.playing = undefined;
    if (id) this.#focus.request(`[data-play="${CSS.escape(id)}"]`);
  };

  #onSearch = (event: Event): void => {
    const typed = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => (this.query = typed), 300);
  };

  #searchNow = (event: Event): void => {
    event.preventDefault();
    clearTimeout(this.#typing);
    this.query = this.renderRoot.querySelector<HTMLInputElement>('#search')?.value ?? '';
  };

  #clearSearch = (): void => {
    clearTimeout(this.#typing);
    this.query = '';
    this.#focus.request('#search');
  };

  #loadMore = (): Promise<void> => showMoreRecords(this, this.#list);

  /** Saved here: a change shows in its row at once; a new extension is placed by the list's own order. */
  #changed = (event: ExtensionChangeEvent): void => {
    const changed = event.record;
    if (this.playing?.id === changed.id) this.playing = changed.recordedName ? changed : undefined;
    showSaved(this, this.#list, changed, event.created);
  };

  #removed = (event: ExtensionRemoveEvent): void => {
    if (this.playing?.id === event.id) this.playing = undefined;
    this.#list.update((page) => {
      const data = page.data.filter((e) => e.id !== event.id);
      return { ...page, data, total: page.total - (page.data.length - data.length) };
    });
  };
}
