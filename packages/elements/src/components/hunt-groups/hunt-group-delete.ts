import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { huntGroupDelete, type HuntGroup } from '@portico/sdk/telephony';
import { alertIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { PorticoHuntGroupDeletedEvent } from '../../events/telephony.ts';
import { HuntGroupRemoveEvent, HuntGroupsPart } from './hunt-groups-part.ts';

/** Confirms the deletion of a hunt group; its members stay extensions. */
export class PorticoHuntGroupsDelete extends HuntGroupsPart {
  @state() private target?: HuntGroup;
  #opener?: HTMLElement;
  readonly #focus = new FocusAfterRender(this);

  readonly #delete = new Action<string, { id: string; deleted: true }>(this, {
    send: (id, { signal }) => this.api.request(huntGroupDelete, { params: { id } }, { signal, headers: this.headers }),
  });

  get #dialog(): HTMLDialogElement | null {
    return this.querySelector('dialog');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#dialog?.close();
  }

  async show(group: HuntGroup, opener: HTMLElement): Promise<void> {
    if (this.#delete.busy) return;
    this.#delete.reset();
    this.target = group;
    this.#opener = opener;
    await this.updateComplete;
    if (this.target === group && this.isConnected) this.#dialog?.showModal();
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
            <p id="delete-body">${t.deleteBody({ number: target.number, name: target.name })}</p>
            ${error !== undefined ? html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p id="delete-error" tabindex="-1">${this.describe(error)}</p></div>` : nothing}
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
    const done = await this.#delete.run(target.id);
    if (!done) {
      this.#focus.request('#delete-error');
      return;
    }
    this.dispatchEvent(new HuntGroupRemoveEvent(target.id));
    this.announce(this.t.deleted({ number: target.number }));
    this.dispatchEvent(new PorticoHuntGroupDeletedEvent(target.id, target.number));
    this.#dialog?.close();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-hunt-groups-delete': PorticoHuntGroupsDelete;
  }
}
