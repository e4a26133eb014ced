import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { huntGroupDelete, type HuntGroup } from '@portico/sdk/telephony';
import { confirmDialog } from '../../base/confirm-dialog.ts';
import { ModalDialog } from '../../base/modal-dialog.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { PorticoHuntGroupDeletedEvent } from '../../events/telephony.ts';
import { HuntGroupRemoveEvent, HuntGroupsPart } from './hunt-groups-part.ts';

/** Confirms the deletion of a hunt group; its members stay extensions. */
export class PorticoHuntGroupsDelete extends HuntGroupsPart {
  @state() private target?: HuntGroup;
  readonly #dialog = new ModalDialog(this, { onClose: () => (this.target = undefined) });
  readonly #focus = new FocusAfterRender(this);

  readonly #delete = new Action<string, { id: string; deleted: true }>(this, {
    send: (id, { signal }) => this.api.request(huntGroupDelete, { params: { id } }, { signal, headers: this.headers }),
  });

  async show(group: HuntGroup, opener: HTMLElement): Promise<void> {
    if (this.#delete.busy) return;
    this.#delete.reset();
    this.target = group;
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
        body: html`<p>${t.deleteBody({ number: target.number, name: target.name })}</p>`,
        error: error === undefined ? undefined : this.describe(error),
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
    const done = await this.#delete.run(target.id);
    if (!done) {
      this.#focus.request('#delete-error');
      return;
    }
    this.dispatchEvent(new HuntGroupRemoveEvent(target.id));
    this.announce(this.t.deleted({ number: target.number }));
    this.dispatchEvent(new PorticoHuntGroupDeletedEvent(target.id, target.number));
    // The row and its button go: focus goes to the list's title.
    this.#dialog.close('#title');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-hunt-groups-delete': PorticoHuntGroupsDelete;
  }
}
