import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConflictError, isA } from '@portico/sdk/core';
import { alertIcon } from '../../base/icons.ts';
import type { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { ContractCardPart } from './contract-card-part.ts';

/** How a text field of a dialog is typed into. */
export interface FieldOptions {
  type?: 'text' | 'email' | 'tel';
  autocomplete?: 'off' | 'given-name' | 'family-name' | 'name' | 'email' | 'tel' | 'street-address' | 'postal-code' | 'address-level2';
  optional?: boolean;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric';
}

/**
 * A part of the card that changes the contract through a dialog of its own, opened from the
 * card's row of actions: the form, its action, and what the card says of it. Closing the
 * dialog (Escape, Cancel, or done) does not stop what is being sent; a failure that comes
 * after it was closed is said on the card, with "Review and try again" back to the dialog as
 * it was sent and why it failed.
 */
export abstract class ContractCardDialog<P, R> extends ContractCardPart {
  /** The dialog is open. */
  @state() protected open = false;
  /** The form was sent once: its problems are said, and said again as they are fixed. */
  @state() protected checked = false;
  protected readonly focusAfterRender = new FocusAfterRender(this);
  protected abstract readonly action: Action<P, R>;
  /** `contact`, `swap`: the ids of the dialog and of its failure on the card start with it. */
  protected abstract readonly name: string;
  /** The card's button that opened the dialog: focus returns there. */
  #opener?: HTMLElement;
  /** Where focus goes once the dialog has closed, instead of back to its opener. */
  #focusAfterClose?: string;

  /** Readies the form for a new action, from the contract as it is now. */
  protected abstract fresh(): void;

  get #dialog(): HTMLDialogElement | null {
    return this.querySelector('dialog');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The card no longer shows this number: its dialog goes with it.
    this.#dialog?.close();
  }

  /** Opens the dialog; focus returns to `opener` when it closes. */
  async show(opener: HTMLElement): Promise<void> {
    // A failure said on the card, or an action still without an answer: what was sent comes
    // back as it was (so that trying again is the same action), with why it failed.
    if (this.action.error === undefined && !this.action.unanswered) {
      this.checked = false;
      this.fresh();
    }
    this.#opener = opener;
    this.#focusAfterClose = undefined;
    this.open = true;
    await this.updateComplete;
    if (this.open && this.isConnected) this.#dialog?.showModal();
  }

  /** Closed by Escape, Cancel or `finish()`: focus goes back to the opener, or where `finish()` said. */
  protected closed = (): void => {
    if (!this.open || !this.isConnected) return;
    this.open = false;
    // A failure said in the dialog was seen: the card does not say it again.
    this.action.clearError();
    const target = this.#focusAfterClose;
    this.#focusAfterClose = undefined;
    if (target) this.focusAfterRender.request(target);
    else this.#opener?.focus();
  };

  /** Done: the dialog closes if it is open, and focus goes to `target` (else back to the opener). */
  protected finish(target?: string): void {
    const dialog = this.#dialog;
    if (dialog?.open) {
      this.#focusAfterClose = target;
      dialog.close();
    } else if (target) {
      this.focusAfterRender.request(target);
    }
  }

  /** Failed: focus on the reason, `inDialog` while the dialog is open, else on the card. */
  protected failed(inDialog: string): void {
    this.focusAfterRender.request(this.open ? inDialog : `#${this.name}-failure`);
  }

  /** The card's word of a failure that came after the dialog was closed. */
  protected renderFailure(message: string): TemplateResult | typeof nothing {
    if (this.open || this.action.error === undefined) return nothing;
    return html`<div class="alert alert--error" role="alert" part="error">
      ${alertIcon}
      <p id="${this.name}-failure" tabindex="-1">${message}</p>
      <button type="button" class="button button--secondary" part="button" @click=${(e: Event) => void this.show(this.#opener ?? (e.currentTarget as HTMLElement))}>${this.t.review}</button>
    </div>`;
  }

  /** Why the action failed, in the dialog; `ConflictError`s the card has words for are said in them. */
  protected renderError(error: unknown): TemplateResult | typeof nothing {
    if (!this.open || error === undefined) return nothing;
    return html`<div class="alert alert--error" role="alert" part="error">
      ${alertIcon}
      <p id="dialog-message" tabindex="-1">${(isA(error, ConflictError) && this.t.conflicts[error.code]) || this.describe(error)}</p>
    </div>`;
  }

  /** Cancel, and the button that sends: busy while the action is on its way. */
  protected renderButtons(send: string, sending: string): TemplateResult {
    const busy = this.action.busy;
    return html`<div class="dialog-actions">
      <button type="button" class="button button--secondary" part="button" @click=${() => this.#dialog?.close()}>${this.t.cancel}</button>
      <button type="submit" class="button button--primary" part="button" aria-disabled=${busy ? 'true' : 'false'}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>${sending}` : send}
      </button>
    </div>`;
  }

  /** One text field of the form, with its problem (once the form was sent, or from the API). */
  protected field(
    id: string,
    label: string,
    value: string,
    error: string | undefined,
    onInput: (value: string) => void,
    options: FieldOptions = {},
  ): TemplateResult {
    return html`<div class="field">
      <label class="label" part="label" for=${id}>${label}${options.optional ? html` <span class="muted">(${this.t.optional})</span>` : nothing}</label>
      <input
        id=${id}
        class="input"
        part="input"
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? 'text'}
        .value=${value}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @input=${(e: InputEvent) => onInput((e.target as HTMLInputElement).value)}
      />
      ${error ? html`<p id="${id}-error" class="field-error" part="error">${alertIcon}<span>${error}</span></p>` : nothing}
    </div>`;
  }
}
