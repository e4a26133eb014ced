import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConflictError, isA } from '@portico/sdk/core';
import { extensionDelete, extensionRetrieve, type Extension } from '@portico/sdk/telephony';
import { confirmDialog } from '../../base/confirm-dialog.ts';
import { alertIcon } from '../../base/icons.ts';
import { ModalDialog } from '../../base/modal-dialog.ts';
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
  readonly #dialog = new ModalDialog(this, { onClose: () => (this.target = undefined) });
  readonly #focus = new FocusAfterRender(this);

  readonly #delete = new Action<Deletion, Deleted>(this, {
    send: ({ id, leaveHuntGroups }, { signal }) =>
      this.api.request(extensionDelete, { params: { id }, query: leaveHuntGroups ? { leaveHuntGroups } : {} }, { signal, headers: this.headers }),
  });

  async show(extension: Extension, opener: HTMLElement): Promise<void> {
    if (this.#delete.busy) return;
    this.#delete.reset();
    this.target = extension;
    this.joined = false;
    await this.#dialog.show(opener);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const target = this.target;
    const error = this.#delete.error;
    return confirmDialog(
      this.#dialog,
      target && {
        title: t.deleteTitle({ number: target.number }),
        body: html`${this.joined ? html`<div class="alert alert--warning" part="status">${alertIcon}<p id="delete-message" tabindex="-1">${t.joinedMeanwhile}</p></div>` : nothing}
          <p>${t.deleteBody({ number: target.number, description: target.description })}</p>
          ${target.huntGroups.length ? html`<p class="leaves">${t.leaves({ groups: groupList(target.huntGroups), count: target.huntGroups.length })}</p>` : nothing}`,
        error: error === undefined || this.joined ? undefined : this.describe(error),
        busy: this.#delete.busy,
        cancel: t.cancel,
        confirm: t.confirmDelete,
        confirming: t.deleting,
        onConfirm: this.#confirm,
      },
    );
  }

  #confirm = async (): Promise<void> => {
    const target = this.target;
    if (!target || this.#delete.busy || this.#delete.result) return;
    const done = await this.#delete.run({ id: target.id, leaveHuntGroups: target.huntGroups.length > 0 });
    if (done) {
      this.dispatchEvent(new ExtensionRemoveEvent(target.id));
      this.announce(this.t.deleted({ number: target.number }));
      this.dispatchEvent(new PorticoExtensionDeletedEvent(target.id, target.number, done.leftHuntGroups));
      // The row and its button go: focus goes to the list's title.
      this.#dialog.close('#title');
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
