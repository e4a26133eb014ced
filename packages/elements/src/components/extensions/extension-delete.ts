import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConflictError, isA } from '@portico/sdk/core';
import { extensionDelete, extensionRetrieve, type Extension } from '@portico/sdk/telephony';
import { alertIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { PorticoExtensionDeletedEvent } from '../../events/telephony.ts';
import { ExtensionChangeEvent, ExtensionRemoveEvent, ExtensionsPart } from './extensions-part.ts';

type Deletion = { id: string; leaveHuntGroups: boolean };
type Deleted = { id: string; deleted: true; leftHuntGroups: string[] };

/** `500 Rejestracja, 503 Administracja`. */
export const groupList = (groups: Extension['huntGroups']): string => groups.map((g) => `${g.number} ${g.name}`).join(', ');

/**
 * Confirms the deletion of an extension. One in hunt groups names them and says it will
 * leave them, and only then is it deleted with `leaveHuntGroups`: if a group took it in
 * meanwhile, the API refuses (409 `extension_in_hunt_groups`), and the confirmation asks
 * again with the groups it is in now.
 */
export class PorticoExtensionsDelete extends ExtensionsPart {
  @state() private target?: Extension;
  /** The API refused: the extension joined a hunt group after the list was loaded. */
  @state() private joined = false;
  #opener?: HTMLElement;
  readonly #focus = new FocusAfterRender(this);

  readonly #delete = new Action<Deletion, Deleted>(this, {
    send: ({ id, leaveHuntGroups }, { signal }) =>
      this.api.request(extensionDelete, { params: { id }, query: leaveHuntGroups ? { leaveHuntGroups } : {} }, { signal, headers: this.headers }),
  });

  get #dialog(): HTMLDialogElement | null {
    return this.querySelector('dialog');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#dialog?.close();
  }

  async show(extension: Extension, opener: HTMLElement): Promise<void> {
    if (this.#delete.busy) return;
    this.#delete.reset();
    this.target = extension;
    this.joined = false;
    this.#opener = opener;
    await this.updateComplete;
    if (this.target === extension && this.isConnected) this.#dialog?.showModal();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const target = this.target;
    const error = this.#delete.error;
    const busy = this.#delete.busy;
    return html`<dialog id="delete-dialog" part="dialog" aria-labelledby="delete-title" aria-describedby="delete-body" @close=${this.#closed}>
      ${target
        ? html`<form class="dialog-body" novalidate @submit=${this.#confirm}>
            <h3 id="delete-title">${t.deleteTitle({ number: target.number })}</h3>
            <div id="delete-body" class="stack">
              ${this.joined ? html`<div class="alert alert--warning" part="status">${alertIcon}<p id="delete-message" tabindex="-1">${t.joinedMeanwhile}</p></div>` : nothing}
              <p>${t.deleteBody({ number: target.number, description: target.description })}</p>
              ${target.huntGroups.length ? html`<p class="leaves">${t.leaves({ groups: groupList(target.huntGroups), count: target.huntGroups.length })}</p>` : nothing}
            </div>
            ${error !== undefined && !this.joined
              ? html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p id="delete-error" tabindex="-1">${this.describe(error)}</p></div>`
              : nothing}
            <div class="dialog-actions">
              <button type="button" class="button button--secondary" part="button" @click=${() => this.#dialog?.close()}>${t.cancel}</button>
              <button type="submit" class="button button--danger" part="button" aria-disabled=${busy ? 'true' : 'false'}>
                ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.deleting}` : t.confirmDelete}
              </button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  #closed = (): void => {
    const deleted = this.#delete.result;
    this.target = undefined;
    if (!this.isConnected) return;
    // The row and its button are gone once deleted: focus goes to the list's title.
    if (deleted) (this.getRootNode() as ParentNode).querySelector<HTMLElement>('#title')?.focus();
    else this.#opener?.focus();
  };

  #confirm = async (event: Event): Promise<void> => {
    event.preventDefault();
    const target = this.target;
    if (!target || this.#delete.busy || this.#delete.result) return;
    const done = await this.#delete.run({ id: target.id, leaveHuntGroups: target.huntGroups.length > 0 });
    if (done) {
      this.dispatchEvent(new ExtensionRemoveEvent(target.id));
      this.announce(this.t.deleted({ number: target.number }));
      this.dispatchEvent(new PorticoExtensionDeletedEvent(target.id, target.number, done.leftHuntGroups));
      this.#dialog?.close();
      return;
    }
    const error = this.#delete.error;
    if (isA(error, ConflictError) && error.code === 'extension_in_hunt_groups') {
      // A group took it in meanwhile: the confirmation names the groups it is in now, and asks again.
      try {
        const latest = await this.api.request(extensionRetrieve, { params: { id: target.id } }, { headers: this.headers });
        if (this.target !== target) return;
        this.target = latest;
        this.joined = true;
        this.dispatchEvent(new ExtensionChangeEvent(latest, false));
        this.#focus.request('#delete-message');
        return;
      } catch {
        // Unreachable now: the refusal itself is said.
      }
    }
    this.#focus.request('#delete-error');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-extensions-delete': PorticoExtensionsDelete;
  }
}
