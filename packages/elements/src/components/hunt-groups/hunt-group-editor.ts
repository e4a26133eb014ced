import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConflictError, IdempotencyError, isA, ValidationError, type ClientCore, type RequestOptions } from '@portico/sdk/core';
import { extensionList, huntGroupCreate, huntGroupRetrieve, huntGroupUpdate, type HuntGroup, type HuntGroupCreateParams, type HuntGroupUpdateParams } from '@portico/sdk/telephony';
import { alertIcon, retryIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { Resource } from '../../controllers/resource.ts';
import { PorticoErrorEvent } from '../../events/portico-error.ts';
import { PorticoHuntGroupSavedEvent } from '../../events/telephony.ts';
import { bodyOf, checkHuntGroup, draftOf, refusalOf, type HuntGroupDraft, type MemberOption } from './hunt-group-draft.ts';
import { huntGroupFields } from './hunt-group-fields.ts';
import { HuntGroupChangeEvent, HuntGroupsPart, type MembersChangeEvent } from './hunt-groups-part.ts';
import { PorticoHuntGroupsMembers } from './hunt-group-members.ts';

/** Every extension of the PBX, page after page: the members to choose from. */
async function loadExtensions(client: ClientCore, options: RequestOptions): Promise<MemberOption[]> {
  const all: MemberOption[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.request(extensionList, { query: { limit: 100, cursor } }, options);
    all.push(...page.data.map(({ id, number, description }) => ({ id, number, description })));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

type Update = { id: string; version: number; body: HuntGroupUpdateParams };

/**
 * Adds or edits a hunt group in a dialog: number, name, ring strategy, members in ringing
 * order, caller ID and call pickup. An add is one action however often it is retried; an edit
 * is saved against the version shown, and one someone changed meanwhile is loaded with the
 * person's changes kept. What was typed stays after any failure.
 */
export class PorticoHuntGroupsEditor extends HuntGroupsPart {
  /** The member list, registered with it. */
  static readonly dependencies = { 'portico-hunt-groups-members': PorticoHuntGroupsMembers };

  @state() private open = false;
  /** The group edited, as last loaded or saved; undefined while adding. */
  @state() private base?: HuntGroup;
  @state() private draft: HuntGroupDraft = draftOf();
  @state() private checked = false;
  /** A save found the group changed meanwhile: its latest version is loaded, the draft kept. */
  @state() private stale = false;
  #wanted = false;
  #focusFirst = false;
  #opener?: HTMLElement;
  readonly #focus = new FocusAfterRender(this);

  readonly #extensions = new Resource(this, {
    args: () => [this.client, this.locale, this.#wanted] as const,
    load: ([, , wanted], signal) => (wanted ? loadExtensions(this.api, { signal, headers: this.headers }) : Promise.resolve(null)),
    onError: (error) => this.dispatchEvent(new PorticoErrorEvent(error, 'load')),
  });

  readonly #create = new Action<HuntGroupCreateParams, HuntGroup>(this, {
    idempotent: true,
    send: (body, { idempotencyKey, signal }) => this.api.request(huntGroupCreate, { body }, { idempotencyKey, signal, headers: this.headers }),
  });

  readonly #update = new Action<Update, HuntGroup>(this, {
    send: ({ id, version, body }, { signal }) => this.api.request(huntGroupUpdate, { params: { id }, body }, { ifMatch: version, signal, headers: this.headers }),
  });

  get #dialog(): HTMLDialogElement | null {
    return this.querySelector('dialog');
  }

  get #save(): Action<HuntGroupCreateParams, HuntGroup> | Action<Update, HuntGroup> {
    return this.base ? this.#update : this.#create;
  }

  get #busy(): boolean {
    return this.#create.busy || this.#update.busy;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#dialog?.close();
  }

  /** Opens the dialog to add (no group) or to edit `group`; focus returns to `opener`. */
  async show(group: HuntGroup | undefined, opener: HTMLElement): Promise<void> {
    if (this.#busy) return;
    this.#wanted = true;
    // An add whose answer was lost comes back as it was sent: saving again is the same add.
    if (group || !this.#create.unanswered) {
      this.#create.reset();
      this.draft = draftOf(group);
      this.checked = false;
    }
    this.#update.reset();
    this.base = group;
    this.stale = false;
    this.#opener = opener;
    this.open = true;
    this.#focusFirst = true;
    await this.updateComplete;
    if (this.open && this.isConnected) this.#dialog?.showModal();
    this.#focusFirstField();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#focusFirstField();
  }

  /** Just opened: focus goes to the number once it is there (the extensions may still be loading). */
  #focusFirstField(): void {
    const field = this.#focusFirst && this.#dialog?.open ? this.querySelector<HTMLElement>('#group-number') : null;
    if (!field) return;
    this.#focusFirst = false;
    field.focus();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const base = this.base;
    return html`<dialog id="group-dialog" part="dialog" aria-labelledby="group-title" @close=${this.#closed}>
      ${this.open
        ? html`<form class="dialog-body" novalidate @submit=${this.#submit}>
            <h3 id="group-title">${base ? t.editTitle({ number: base.number }) : t.addTitle}</h3>
            ${this.stale ? html`<div class="alert alert--warning" role="alert" part="status">${alertIcon}<p id="group-message" tabindex="-1">${t.conflict}</p></div>` : nothing}
            ${this.#extensions.render({
              content: (extensions) => (extensions ? this.#renderForm(extensions) : this.#renderLoading()),
              error: (error) => html`<div class="alert alert--error" role="alert" part="error">
                ${alertIcon}
                <p>${t.optionsFailed} ${this.describe(error)}</p>
                <button type="button" class="button button--secondary" part="button" @click=${() => void this.#extensions.refresh()}>${retryIcon}${this.common.retry}</button>
              </div>`,
              loading: () => this.#renderLoading(),
            })}
            <div class="dialog-actions">
              <button type="button" class="button button--secondary" part="button" @click=${() => this.#dialog?.close()}>${t.cancel}</button>
              <button type="submit" class="button button--primary" part="button" aria-disabled=${this.#busy || !this.#extensions.value ? 'true' : 'false'}>
                ${this.#busy ? html`<span class="spinner" aria-hidden="true"></span>${t.saving}` : t.save}
              </button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  #renderLoading(): TemplateResult {
    return html`<div class="loading stack" aria-busy="true">
      <span class="visually-hidden" role="status">${this.common.loading}</span>
      ${[1, 2, 3, 4].map(() => html`<span class="skeleton skeleton--field" aria-hidden="true"></span>`)}
    </div>`;
  }

  #renderForm(extensions: MemberOption[]): TemplateResult {
    const t = this.t;
    const error = this.#save.error;
    const refusal = refusalOf(error, t);
    const problems = { ...(this.checked ? checkHuntGroup(bodyOf(this.draft), t) : {}), ...refusal?.problems };
    const atFields = Boolean(refusal && (refusal.conflicts.length || Object.keys(refusal.problems).length || refusal.members));
    const said = atFields || (this.stale && isA(error, ConflictError));
    return html`${huntGroupFields({ t, locale: this.locale, draft: this.draft, problems, conflicts: refusal?.conflicts ?? [], onEdit: this.#edit })}
      ${refusal?.members ? html`<div class="alert alert--warning" role="alert" part="status">${alertIcon}<p id="group-members-error" tabindex="-1">${t.membersStale}</p></div>` : nothing}
      <portico-hunt-groups-members
        .client=${this.client}
        .locale=${this.locale}
        .extensions=${extensions}
        .memberIds=${this.draft.memberIds}
        @hunt-groups-members=${(e: MembersChangeEvent) => this.#edit({ memberIds: e.memberIds })}
      ></portico-hunt-groups-members>
      ${error !== undefined && !said
        ? html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p id="group-error" tabindex="-1">${t.notSaved} ${this.describe(error)}</p></div>`
        : nothing}`;
  }

  #edit = (patch: Partial<HuntGroupDraft>): void => {
    this.draft = { ...this.draft, ...patch };
    // The API's refusal was of what was there before.
    if (isA(this.#save.error, ValidationError)) this.#save.clearError();
  };

  #closed = (): void => {
    if (!this.open) return;
    this.open = false;
    this.#focusFirst = false;
    if (!this.isConnected) return;
    // The empty list's add button goes once the first one is listed: focus goes to its row then.
    const saved = this.base && (this.getRootNode() as ParentNode).querySelector<HTMLElement>(`[data-edit="${CSS.escape(this.base.id)}"]`);
    (this.#opener?.isConnected ? this.#opener : saved)?.focus();
  };

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!this.#extensions.value || this.#busy) return;
    const t = this.t;
    const body = bodyOf(this.draft);
    this.checked = true;
    const problems = Object.keys(checkHuntGroup(body, t));
    if (problems.length) {
      this.#focus.request(`#${problems[0]}`);
      return;
    }
    const base = this.base;
    const saved = base ? await this.#update.run({ id: base.id, version: base.version, body }) : await this.#create.run(body);
    if (!saved) return this.#failed();
    this.base = saved;
    this.stale = false;
    this.dispatchEvent(new HuntGroupChangeEvent(saved, !base));
    this.announce(base ? t.saved({ number: saved.number }) : t.added({ number: saved.number }));
    this.dispatchEvent(new PorticoHuntGroupSavedEvent(saved, !base));
    this.#dialog?.close();
  };

  /** A save failed: a changed group is loaded again (the draft stays), and focus goes to what says why. */
  async #failed(): Promise<void> {
    const error = this.#save.error;
    const base = this.base;
    if (isA(error, ConflictError) && !isA(error, IdempotencyError) && base) {
      const latest = await this.#latest(base.id);
      if (latest && this.base === base) {
        this.base = latest;
        this.dispatchEvent(new HuntGroupChangeEvent(latest, false));
        this.stale = true;
        this.#focus.request('#group-message');
        return;
      }
    }
    const refusal = refusalOf(error, this.t);
    if (refusal?.members) void this.#extensions.refresh();
    const field = refusal?.conflicts.length ? 'group-number' : Object.keys(refusal?.problems ?? {})[0];
    this.#focus.request(field ? `#${field}` : refusal?.members ? '#group-members-error' : '#group-error');
  }

  /** The group as it is now; undefined when it is gone or out of reach (the failed save says enough). */
  async #latest(id: string): Promise<HuntGroup | undefined> {
    return this.api.request(huntGroupRetrieve, { params: { id } }, { headers: this.headers }).catch(() => undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-hunt-groups-editor': PorticoHuntGroupsEditor;
  }
}
