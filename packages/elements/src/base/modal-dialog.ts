import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface ModalDialogOptions {
  /** The field focus goes to once the dialog is open and the field is there (what the form needs may still be loading). */
  firstField?: string;
  /** The dialog closed — Cancel, Escape, or done: the part lets go of what it showed. */
  onClose?: () => void;
  /** Where focus goes when what opened the dialog has left the page meanwhile (the empty list's add button, once the list has a row). */
  fallback?: () => HTMLElement | null | undefined;
}

/**
 * A part's native modal `<dialog>` (its only one), opened for what a person pressed: shown
 * once the part has rendered its content, with focus on its first field as soon as that is
 * there, and back on the button that opened it when it closes. Escape and Cancel close it,
 * and so does the part leaving the page. The part renders
 * `<dialog @close=${dialog.closed}>`, with its content while `dialog.isOpen`.
 */
export class ModalDialog implements ReactiveController {
  readonly #host: Host;
  readonly #options: ModalDialogOptions;
  #open = false;
  #opener?: HTMLElement;
  /** Focus goes here instead of the opener: what opened it is going (a row deleted). */
  #returnTo?: string;
  /** Close events still to come for closes already finished (see `closed`). */
  #closing = 0;
  #focusFirst = false;

  constructor(host: Host, options: ModalDialogOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Open, or opening: the part renders the dialog's content. */
  get isOpen(): boolean {
    return this.#open;
  }

  get #element(): HTMLDialogElement | null {
    return this.#host.querySelector('dialog');
  }

  /** Opens the dialog once its content is rendered; `opener` gets focus back when it closes. */
  async show(opener: HTMLElement): Promise<void> {
    this.#opener = opener;
    this.#returnTo = undefined;
    this.#open = true;
    this.#focusFirst = this.#options.firstField !== undefined;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    // Closed again, or gone from the page, while it rendered.
    if (!this.#open || !this.#host.isConnected) return;
    const dialog = this.#element;
    if (dialog && !dialog.open) dialog.showModal();
    this.#focusFirstField();
  }

  /** Closes the dialog; focus goes back to its opener, or to `focus` (a selector in the widget's root) when the opener is going. */
  close(focus?: string): void {
    this.#returnTo = focus;
    const dialog = this.#element;
    if (dialog?.open) {
      this.#closing++;
      dialog.close();
    }
    this.#finish();
  }

  /**
   * The dialog's `close` event. A browser sends it as a task of its own: a close this controller
   * made is finished at once, and its late event must not end a showing opened since.
   */
  readonly closed = (): void => {
    if (this.#closing > 0) {
      this.#closing--;
      return;
    }
    this.#finish();
  };

  /** The dialog is closed (Escape, Cancel, done): the part lets go, and focus goes back. */
  #finish(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#focusFirst = false;
    this.#host.requestUpdate();
    this.#options.onClose?.();
    if (!this.#host.isConnected) return;
    const root = this.#host.getRootNode() as ParentNode;
    const target = this.#returnTo ? root.querySelector<HTMLElement>(this.#returnTo) : this.#opener?.isConnected ? this.#opener : this.#options.fallback?.();
    target?.focus();
  }

  hostUpdated(): void {
    this.#focusFirstField();
  }

  hostDisconnected(): void {
    this.#element?.close();
  }

  #focusFirstField(): void {
    const selector = this.#options.firstField;
    const field = selector && this.#focusFirst && this.#element?.open ? this.#host.querySelector<HTMLElement>(selector) : null;
    if (!field) return;
    this.#focusFirst = false;
    field.focus();
  }
}

export interface DialogActionsView {
  cancel: string;
  /** The submit button's label, and what it says while its action runs. */
  submit: string;
  busyLabel: string;
  busy: boolean;
  /** Not ready to submit (what the form needs is loading): pressed, it does nothing. */
  waiting?: boolean;
  /** A deletion: the submit button says so in its colour too. */
  danger?: boolean;
  onCancel: () => void;
}

/** A dialog's Cancel and its submit button, busy with a spinner while the action runs. */
export function dialogActions(view: DialogActionsView): TemplateResult {
  const { busy } = view;
  return html`<div class="dialog-actions">
    <button type="button" class="button button--secondary" part="button" @click=${view.onCancel}>${view.cancel}</button>
    <button type="submit" class="button ${view.danger ? 'button--danger' : 'button--primary'}" part="button" aria-disabled=${busy || view.waiting ? 'true' : 'false'}>
      ${busy ? html`<span class="spinner" aria-hidden="true"></span>${view.busyLabel}` : view.submit}
    </button>
  </div>`;
}

/** A dialog's fields while what they offer loads: their shape in skeletons, announced once. */
export function fieldsLoading(label: string, fields = 4): TemplateResult {
  return html`<div class="loading stack" aria-busy="true">
    <span class="visually-hidden" role="status">${label}</span>
    ${Array.from({ length: fields }, () => html`<span class="skeleton skeleton--field" aria-hidden="true"></span>`)}
  </div>`;
}
