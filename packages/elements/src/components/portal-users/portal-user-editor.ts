import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConflictError, IdempotencyError, isA, ValidationError } from '@portico/sdk/core';
import { portalUserCreate, portalUserRetrieve, portalUserUpdate, type PortalUser, type PortalUserCreateParams, type PortalUserUpdateParams } from '@portico/sdk/account';
import { alertIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { PorticoPortalUserSavedEvent } from '../../events/account.ts';
import { checkPortalUser, createBodyOf, draftOf, firstProblem, rebase, refusalOf, updateBodyOf, type DraftPatch, type PortalUserDraft, type PortalUserField } from './portal-user-draft.ts';
import { portalUserFields } from './portal-user-fields.ts';
import { PortalUserChangeEvent, PortalUsersPart, PortalUsersStaleEvent } from './portal-users-part.ts';

type Update = { id: string; version: number; body: PortalUserUpdateParams };

/** Where focus goes to fix a field: a group's first choice. */
const FOCUS: Record<PortalUserField, string> = {
  'user-name': '#user-name',
  'user-email': '#user-email',
  'user-role': '#user-role-administrator',
  'user-permissions': '#user-permission-finances',
  'user-access': '#user-access-full',
  'user-password': '#user-password',
  'user-password-again': '#user-password-again',
};

/**
 * Adds or edits a portal user in a dialog: name, e-mail, role, permissions, access, sign-in,
 * 2FA and, when adding, the password with its policy ticked off as it is typed. What the
 * contract would refuse is said at the field before anything is sent; the API's refusals
 * (an e-mail taken, a role that cannot change) at theirs. An add is one action however often
 * it is retried; an edit is saved against the version shown, and one someone changed meanwhile
 * is loaded with the person's changes kept on top of it.
 *
 * The password lives in the draft only while the dialog is open: closing it drops the draft
 * and the add's retries with it. An add given up after a lost answer is not repeated under a
 * new key by accident: the account's e-mails are unique, and the list looks again.
 */
export class PorticoPortalUsersEditor extends PortalUsersPart {
  @state() private open = false;
  /** The user edited, as last loaded or saved; undefined while adding. */
  @state() private base?: PortalUser;
  @state() private draft: PortalUserDraft = draftOf();
  /** Save was pressed: the form's own checks are said, and said again as they are fixed. */
  @state() private checked = false;
  /** A save found the user changed meanwhile: their latest version is loaded, the draft kept. */
  @state() private stale = false;
  #adding = false;
  #opener?: HTMLElement;
  readonly #focus = new FocusAfterRender(this);

  readonly #create = new Action<PortalUserCreateParams, PortalUser>(this, {
    idempotent: true,
    send: (body, { idempotencyKey, signal }) => this.api.request(portalUserCreate, { body }, { idempotencyKey, signal, headers: this.headers }),
  });

  readonly #update = new Action<Update, PortalUser>(this, {
    send: ({ id, version, body }, { signal }) => this.api.request(portalUserUpdate, { params: { id }, body }, { ifMatch: version, signal, headers: this.headers }),
  });

  get #dialog(): HTMLDialogElement | null {
    return this.querySelector('dialog');
  }

  get #save(): Action<PortalUserCreateParams, PortalUser> | Action<Update, PortalUser> {
    return this.#adding ? this.#create : this.#update;
  }

  get #busy(): boolean {
    return this.#create.busy || this.#update.busy;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#dialog?.close();
    this.#forget();
  }

  /** Opens the dialog to add (no user) or to edit `user`; focus returns to `opener`. */
  async show(user: PortalUser | undefined, opener: HTMLElement): Promise<void> {
    if (this.#busy) return;
    this.#create.reset();
    this.#update.reset();
    this.#adding = !user;
    this.base = user;
    this.draft = draftOf(user);
    this.checked = false;
    this.stale = false;
    this.#opener = opener;
    this.open = true;
    await this.updateComplete;
    if (!this.open || !this.isConnected) return;
    this.#dialog?.showModal();
    this.querySelector<HTMLElement>('#user-name')?.focus();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const base = this.base;
    return html`<dialog id="user-dialog" part="dialog" aria-labelledby="user-title" @close=${this.#closed}>
      ${this.open
        ? html`<form class="dialog-body" novalidate @submit=${this.#submit}>
            <h3 id="user-title">${this.#adding || !base ? t.addTitle : t.editTitle({ name: base.name })}</h3>
            ${this.#adding ? html`<p class="muted">${t.allRequired}</p>` : nothing}
            ${this.stale ? html`<div class="alert alert--warning" role="alert" part="status">${alertIcon}<p id="user-message" tabindex="-1">${t.conflict}</p></div>` : nothing}
            ${this.#renderForm()}
            <div class="dialog-actions">
              <button type="button" class="button button--secondary" part="button" @click=${() => this.#dialog?.close()}>${t.cancel}</button>
              <button type="submit" class="button button--primary" part="button" aria-disabled=${this.#busy ? 'true' : 'false'}>
                ${this.#busy ? html`<span class="spinner" aria-hidden="true"></span>${t.saving}` : t.save}
              </button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  #renderForm(): TemplateResult {
    const t = this.t;
    const error = this.#save.error;
    const refusal = refusalOf(error, t);
    const problems = { ...(this.checked ? checkPortalUser(this.draft, this.#adding, t) : {}), ...refusal };
    const said = refusal !== undefined || (this.stale && isA(error, ConflictError));
    return html`${portalUserFields({ t, common: this.common, draft: this.draft, problems, adding: this.#adding, main: Boolean(this.base?.mainAdministrator), onEdit: this.#edit })}
    ${error !== undefined && !said
      ? html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p id="user-error" tabindex="-1">${t.notSaved} ${this.describe(error)}</p></div>`
      : nothing}`;
  }

  #edit = (patch: DraftPatch): void => {
    this.draft = { ...this.draft, ...(typeof patch === 'function' ? patch(this.draft) : patch) };
    // The API's refusal was of what was there before.
    if (isA(this.#save.error, ValidationError)) this.#save.clearError();
  };

  /** The password and every copy of it go with the dialog. */
  #forget(): void {
    if (this.#create.unanswered) this.dispatchEvent(new PortalUsersStaleEvent());
    this.#create.reset();
    this.#update.reset();
    this.draft = draftOf();
  }

  #closed = (): void => {
    // A close event comes a task later: one for a dialog opened again meanwhile is not this one's.
    if (!this.open || this.#dialog?.open) return;
    this.open = false;
    const saved = this.#save.result ?? this.base;
    this.#forget();
    if (!this.isConnected) return;
    // Adding from the empty state: its button goes once the first user is listed, and focus goes to their row.
    const row = saved && (this.getRootNode() as ParentNode).querySelector<HTMLElement>(`[data-edit="${CSS.escape(saved.id)}"]`);
    (this.#opener?.isConnected ? this.#opener : row)?.focus();
  };

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#busy) return;
    const t = this.t;
    const base = this.#adding ? undefined : this.base;
    this.checked = true;
    const first = firstProblem(checkPortalUser(this.draft, !base, t));
    if (first) {
      this.#focus.request(FOCUS[first]);
      return;
    }
    const saved = base ? await this.#update.run({ id: base.id, version: base.version, body: updateBodyOf(this.draft) }) : await this.#create.run(createBodyOf(this.draft));
    if (!saved) return this.#failed();
    this.base = saved;
    this.stale = false;
    this.dispatchEvent(new PortalUserChangeEvent(saved, !base));
    this.announce(base ? t.saved({ name: saved.name }) : t.added({ name: saved.name }));
    this.dispatchEvent(new PorticoPortalUserSavedEvent(saved, !base));
    this.#dialog?.close();
  };

  /** A save failed: a changed user is loaded again (the draft stays), and focus goes to what says why. */
  async #failed(): Promise<void> {
    const error = this.#save.error;
    const base = this.base;
    if (!this.#adding && base && isA(error, ConflictError) && !isA(error, IdempotencyError)) {
      const latest = await this.api.request(portalUserRetrieve, { params: { id: base.id } }, { headers: this.headers }).catch(() => undefined);
      if (latest && this.base === base && this.open) {
        this.draft = rebase(this.draft, base, latest);
        this.base = latest;
        this.dispatchEvent(new PortalUserChangeEvent(latest, false));
        this.stale = true;
        this.#focus.request('#user-message');
        return;
      }
    }
    const refused = firstProblem(refusalOf(error, this.t) ?? {});
    this.#focus.request(refused ? FOCUS[refused] : '#user-error');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-portal-users-editor': PorticoPortalUsersEditor;
  }
}
