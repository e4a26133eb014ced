import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConflictError, isA } from '@portico/sdk/core';
import { portalUserDelete, type PortalUser } from '@portico/sdk/account';
import { alertIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { PorticoPortalUserDeletedEvent } from '../../events/account.ts';
import { mainAdministratorProcedure } from './main-administrator.ts';
import { PortalUserRemoveEvent, PortalUsersPart } from './portal-users-part.ts';

/** The API's word that this user is the main administrator, whom only the provider removes. */
const isMainAdministrator = (error: unknown) => isA(error, ConflictError) && error.code === 'main_administrator';

/**
 * Confirms the deletion of a portal user, naming them. The main administrator is not deleted
 * here: for them the dialog only explains how they are removed (`explain()`), and says the
 * same if the API refuses a deletion as the main administrator's.
 */
export class PorticoPortalUsersDelete extends PortalUsersPart {
  /** Where a request to remove the main administrator goes, when the reseller named it. */
  @property({ attribute: false }) supportEmail?: string;
  @state() private target?: PortalUser;
  /** Only the explanation of how the main administrator is removed: nothing to confirm. */
  @state() private explaining = false;
  #opener?: HTMLElement;
  readonly #focus = new FocusAfterRender(this);

  readonly #delete = new Action<string, { id: string; deleted: true }>(this, {
    send: (id, { signal }) => this.api.request(portalUserDelete, { params: { id } }, { signal, headers: this.headers }),
  });

  get #dialog(): HTMLDialogElement | null {
    return this.querySelector('dialog');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#dialog?.close();
  }

  /** Asks to confirm the deletion of `user`. */
  show(user: PortalUser, opener: HTMLElement): Promise<void> {
    return this.#open(user, opener, false);
  }

  /** Explains how the main administrator `user` is removed. */
  explain(user: PortalUser, opener: HTMLElement): Promise<void> {
    return this.#open(user, opener, true);
  }

  async #open(user: PortalUser, opener: HTMLElement, explaining: boolean): Promise<void> {
    if (this.#delete.busy) return;
    this.#delete.reset();
    this.target = user;
    this.explaining = explaining;
    this.#opener = opener;
    await this.updateComplete;
    if (this.target === user && this.isConnected) this.#dialog?.showModal();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const target = this.target;
    const error = this.#delete.error;
    const busy = this.#delete.busy;
    const procedure = this.explaining || isMainAdministrator(error);
    return html`<dialog id="delete-dialog" part="dialog" aria-labelledby="delete-title" aria-describedby=${procedure ? 'delete-procedure' : 'delete-body'} @close=${this.#closed}>
      ${target
        ? html`<form class="dialog-body" novalidate @submit=${this.#confirm}>
            <h3 id="delete-title" tabindex="-1">${procedure ? t.mainTitle : t.deleteTitle({ name: target.name })}</h3>
            ${procedure ? mainAdministratorProcedure(t, this.supportEmail, 'delete-procedure') : html`<p id="delete-body">${t.deleteBody({ name: target.name, email: target.email })}</p>`}
            ${error !== undefined && !isMainAdministrator(error)
              ? html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p id="delete-error" tabindex="-1">${isA(error, ConflictError) && error.code === 'own_user' ? t.ownUser : this.describe(error)}</p></div>`
              : nothing}
            <div class="dialog-actions">
              ${procedure
                ? html`<button type="button" class="button button--secondary" part="button" @click=${() => this.#dialog?.close()}>${t.close}</button>`
                : html`<button type="button" class="button button--secondary" part="button" @click=${() => this.#dialog?.close()}>${t.cancel}</button>
                    <button type="submit" class="button button--danger" part="button" aria-disabled=${busy ? 'true' : 'false'}>
                      ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.deleting}` : t.confirmDelete}
                    </button>`}
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  #closed = (): void => {
    // A close event comes a task later: one for a dialog opened again meanwhile is not this one's.
    if (this.#dialog?.open) return;
    const deleted = this.#delete.result;
    this.target = undefined;
    this.explaining = false;
    if (!this.isConnected) return;
    // The row and its button are gone once deleted: focus goes to the list's title.
    if (deleted) (this.getRootNode() as ParentNode).querySelector<HTMLElement>('#title')?.focus();
    else this.#opener?.focus();
  };

  #confirm = async (event: Event): Promise<void> => {
    event.preventDefault();
    const target = this.target;
    if (!target || this.explaining || this.#delete.busy || this.#delete.result) return;
    const done = await this.#delete.run(target.id);
    if (!done) {
      // The main administrator after all: the dialog now explains, from its title.
      this.#focus.request(isMainAdministrator(this.#delete.error) ? '#delete-title' : '#delete-error');
      return;
    }
    this.dispatchEvent(new PortalUserRemoveEvent(target.id));
    this.announce(this.t.deleted({ name: target.name }));
    this.dispatchEvent(new PorticoPortalUserDeletedEvent(target.id, target.name));
    this.#dialog?.close();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-portal-users-delete': PorticoPortalUsersDelete;
  }
}
