import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { contractUpdateContact, type Contract, type SimUser } from '@portico/sdk/contracts';
import { ConflictError, isA, ValidationError } from '@portico/sdk/core';
import { alertIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { PorticoContactUpdateEvent } from '../../events/contracts.ts';
import { phoneNumber } from '../../i18n/format.ts';
import { ContractCardDialog } from './contract-card-dialog.ts';
import { checkContact, contactBody, refusals, type ContactDraft } from './contract-card-validation.ts';

/**
 * The SIM user's contact data, changed in a dialog. It is saved against the version shown
 * (If-Match): if someone changed the data meanwhile, the card loads the latest and the
 * person's changes stay in the form for another look.
 */
export class PorticoContractCardContact extends ContractCardDialog<SimUser, Contract> {
  protected readonly name = 'contact';
  @state() private draft: ContactDraft = { firstName: '', lastName: '', email: '', phone: '' };

  protected readonly action = new Action<SimUser, Contract>(this, {
    send: (body, { signal }) => this.api.request(contractUpdateContact, { params: { id: this.contract.id }, body }, { ifMatch: this.contract.version, signal }),
  });

  protected fresh(): void {
    const user = this.contract.simUser;
    this.draft = { firstName: user.firstName, lastName: user.lastName, email: user.email ?? '', phone: user.phone ? phoneNumber(user.phone) : '' };
  }

  /** The API's refusal of what was sent, by field. */
  get #refused(): Record<string, string> {
    const error = this.action.error;
    return isA(error, ValidationError) ? refusals(error.fieldErrors, contactBody(this.draft), 'contact', this.t) : {};
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const draft = this.draft;
    const refused = this.#refused;
    // The form's own checks once it was sent, then the API's refusal of what was sent.
    const problems = { ...(this.checked ? checkContact(contactBody(draft), t) : {}), ...refused };
    const error = this.action.error;
    return html`${this.renderFailure(t.contactNotSaved)}
      <dialog id="contact-dialog" part="dialog" aria-labelledby="contact-title" @close=${this.closed}>
        <form class="dialog-body" method="dialog" novalidate @submit=${this.#save}>
          <h3 id="contact-title">${t.editContact}</h3>
          ${this.open && isA(error, ConflictError)
            ? html`<div class="alert alert--warning" role="alert" part="status">${alertIcon}<p id="dialog-message" tabindex="-1">${t.conflict}</p></div>`
            : nothing}
          ${this.field('first-name', t.firstName, draft.firstName, problems['first-name'], (v) => this.#edit({ firstName: v }), { autocomplete: 'given-name' })}
          ${this.field('last-name', t.lastName, draft.lastName, problems['last-name'], (v) => this.#edit({ lastName: v }), { autocomplete: 'family-name' })}
          ${this.field('email', t.email, draft.email, problems.email, (v) => this.#edit({ email: v }), { type: 'email', autocomplete: 'email', optional: true })}
          ${this.field('phone', t.phone, draft.phone, problems.phone, (v) => this.#edit({ phone: v }), { type: 'tel', autocomplete: 'tel', optional: true, inputmode: 'tel' })}
          ${isA(error, ConflictError) || Object.keys(refused).length ? nothing : this.renderError(error)}
          ${this.renderButtons(t.save, t.saving)}
        </form>
      </dialog>`;
  }

  #edit(patch: Partial<ContactDraft>): void {
    this.draft = { ...this.draft, ...patch };
    // The API's refusal was of what was there before.
    if (isA(this.action.error, ValidationError)) this.action.clearError();
  }

  #save = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.action.busy) return;
    const t = this.t;
    const body = contactBody(this.draft);
    this.checked = true;
    const problems = Object.keys(checkContact(body, t));
    if (problems.length) {
      this.focusAfterRender.request(`#${problems[0]}`);
      return;
    }
    const saved = await this.action.run(body);
    if (saved) {
      this.changed(saved);
      this.announce(t.contactSaved);
      this.dispatchEvent(new PorticoContactUpdateEvent(saved));
      this.finish();
      return;
    }
    const error = this.action.error;
    if (error === undefined) return;
    // Someone else's change wins what it changed: the card shows it, the draft stays for another look.
    if (isA(error, ConflictError)) this.changed();
    const refused = Object.keys(this.#refused);
    this.failed(refused.length ? `#${refused[0]}` : '#dialog-message');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-contract-card-contact': PorticoContractCardContact;
  }
}
