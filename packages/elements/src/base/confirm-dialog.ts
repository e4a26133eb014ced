import { html, nothing, type TemplateResult } from 'lit';
import { alertIcon } from './icons.ts';
import { dialogActions, type ModalDialog } from './modal-dialog.ts';

export interface ConfirmView {
  /** "Delete extension 120?" */
  title: string;
  /** What will happen, and anything the person should know first. */
  body: TemplateResult;
  /** Why the last try failed, in words; undefined when it did not, or when the body says it. */
  error?: string;
  busy: boolean;
  cancel: string;
  confirm: string;
  /** What the confirm button says while it runs: "Deleting…". */
  confirming: string;
  onConfirm: () => void;
}

/**
 * A deletion asked before it is done, in the part's modal `dialog`: a title naming what goes,
 * the body, why the last try failed, Cancel, and the confirm button. Its ids begin with
 * `delete-` (`delete-dialog`, `-title`, `-body`, `-error`); with no `view` (nothing to
 * confirm), the dialog is empty.
 */
export function confirmDialog(dialog: ModalDialog, view: ConfirmView | undefined): TemplateResult {
  return html`<dialog id="delete-dialog" part="dialog" aria-labelledby="delete-title" aria-describedby="delete-body" @close=${dialog.closed}>
    ${view && dialog.isOpen
      ? html`<form
          class="dialog-body"
          novalidate
          @submit=${(event: Event) => {
            event.preventDefault();
            view.onConfirm();
          }}
        >
          <h3 id="delete-title">${view.title}</h3>
          <div id="delete-body" class="stack">${view.body}</div>
          ${view.error !== undefined
            ? html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p id="delete-error" tabindex="-1">${view.error}</p></div>`
            : nothing}
          ${dialogActions({ cancel: view.cancel, submit: view.confirm, busyLabel: view.confirming, busy: view.busy, danger: true, onCancel: () => dialog.close() })}
        </form>`
      : nothing}
  </dialog>`;
}
