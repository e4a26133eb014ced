import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { simSwapCreate, type SimSwap, type SimSwapCreateParams, type SimSwapReason } from '@portico/sdk/contracts';
import { ValidationError, isA } from '@portico/sdk/core';
import { checkIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { PorticoSimSwapEvent } from '../../events/contracts.ts';
import { date } from '../../i18n/format.ts';
import { SHOPS } from './contract-card.messages.ts';
import { ContractCardDialog, type FieldOptions } from './contract-card-dialog.ts';
import { checkSwap, refusals, swapBody, type SwapDraft } from './contract-card-validation.ts';

const REASONS: SimSwapReason[] = ['lost', 'stolen', 'damaged', 'size_change', 'to_esim'];

/**
 * A new SIM card, ordered in a dialog: why, and how it reaches its user (courier, a shop, or
 * an eSIM by e-mail). One order per user action: a retry after a failure — after the dialog
 * was closed and opened again, or the order edited — goes under the same idempotency key
 * until the API has answered, so no second card is ordered. The order's confirmation stays
 * on the card.
 */
export class PorticoContractCardSimOrder extends ContractCardDialog<SimSwapCreateParams, SimSwap> {
  protected readonly name = 'swap';
  @state() private draft: SwapDraft = { reason: 'damaged', delivery: 'courier', recipient: '', street: '', postalCode: '', city: '', shopId: SHOPS[0]!.id, email: '' };

  protected readonly action = new Action<SimSwapCreateParams, SimSwap>(this, {
    idempotent: true,
    send: (body, { idempotencyKey, signal }) => this.api.request(simSwapCreate, { params: { id: this.contract.id }, body }, { idempotencyKey, signal }),
  });

  protected fresh(): void {
    const user = this.contract.simUser;
    this.draft = { ...this.draft, recipient: `${user.firstName} ${user.lastName}`, email: user.email ?? '' };
  }

  /** The new card is an eSIM, sent by e-mail. */
  get #esim(): boolean {
    return this.draft.reason === 'to_esim' || this.contract.simType === 'esim';
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const ordered = this.action.result;
    return html`${ordered
        ? html`<div class="alert alert--success" part="status">
            ${checkIcon}
            <p id="ordered" tabindex="-1">
              ${t.swapOrdered({ number: ordered.number })}
              ${ordered.estimatedDelivery ? t.swapEta({ date: date(ordered.estimatedDelivery, this.locale, this.timeZone) }) : t.swapEsim}
            </p>
          </div>`
        : nothing}
      ${this.renderFailure(t.swapNotOrdered)}
      <dialog id="swap-dialog" part="dialog" aria-labelledby="swap-title" @close=${this.closed}>
        <form class="dialog-body" method="dialog" novalidate @submit=${this.#order}>
          <h3 id="swap-title">${t.swapTitle}</h3>
          ${this.#renderChoices()}
          <p class="hint">${t.swapWarning}</p>
          ${Object.keys(this.#refused).length ? nothing : this.renderError(this.action.error)}
          ${this.renderButtons(t.orderSwap, t.ordering)}
        </form>
      </dialog>`;
  }

  #renderChoices(): TemplateResult {
    const t = this.t;
    const draft = this.draft;
    const problems = this.#problems;
    const field = (id: string, label: string, key: 'recipient' | 'street' | 'postalCode' | 'city' | 'email', options: FieldOptions) =>
      this.field(id, label, draft[key], problems[id], (v) => this.#edit({ [key]: v }), options);
    return html`<fieldset class="choices">
        <legend class="label" part="label">${t.reason}</legend>
        ${REASONS.map(
          (reason) => html`<label class="choice">
            <input type="radio" name="reason" .value=${reason} .checked=${draft.reason === reason} @change=${() => this.#edit({ reason })} />
            <span>${t.reasons[reason]}</span>
          </label>`,
        )}
      </fieldset>
      ${draft.reason === 'lost' || draft.reason === 'stolen' ? html`<p class="hint">${t.lostNote}</p>` : nothing}
      ${this.#esim
        ? field('swap-email', t.byEmail, 'email', { type: 'email', autocomplete: 'email' })
        : html`<fieldset class="choices">
              <legend class="label" part="label">${t.delivery}</legend>
              <label class="choice"><input type="radio" name="delivery" .checked=${draft.delivery === 'courier'} @change=${() => this.#edit({ delivery: 'courier' })} /><span>${t.courier}</span></label>
              <label class="choice"><input type="radio" name="delivery" .checked=${draft.delivery === 'pickup'} @change=${() => this.#edit({ delivery: 'pickup' })} /><span>${t.pickup}</span></label>
            </fieldset>
            ${draft.delivery === 'courier'
              ? html`${field('recipient', t.recipient, 'recipient', { autocomplete: 'name' })} ${field('street', t.street, 'street', { autocomplete: 'street-address' })}
                  <div class="row">
                    ${field('postal-code', t.postalCode, 'postalCode', { autocomplete: 'postal-code', inputmode: 'numeric' })} ${field('city', t.city, 'city', { autocomplete: 'address-level2' })}
                  </div>`
              : html`<div class="field">
                  <label class="label" part="label" for="shop">${t.shop}</label>
                  <select id="shop" class="input" part="input" @change=${(e: Event) => this.#edit({ shopId: (e.target as HTMLSelectElement).value })}>
                    ${SHOPS.map((shop) => html`<option value=${shop.id} ?selected=${draft.shopId === shop.id}>${shop.name}</option>`)}
                  </select>
                </div>`}`}`;
  }

  /** The API's refusal of what was sent, by field. */
  get #refused(): Record<string, string> {
    const error = this.action.error;
    return isA(error, ValidationError) ? refusals(error.fieldErrors, swapBody(this.draft, this.#esim), 'swap', this.t) : {};
  }

  /** Problems by field: the form's own checks once it was sent, then the API's refusal of what was sent. */
  get #problems(): Record<string, string> {
    return { ...(this.checked ? checkSwap(swapBody(this.draft, this.#esim), this.t) : {}), ...this.#refused };
  }

  #edit(patch: Partial<SwapDraft>): void {
    this.draft = { ...this.draft, ...patch };
    // The API's refusal was of what was there before; the order itself goes on (same key).
    if (isA(this.action.error, ValidationError)) this.action.clearError();
  }

  #order = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.action.busy) return;
    const t = this.t;
    const body = swapBody(this.draft, this.#esim);
    this.checked = true;
    const problems = Object.keys(checkSwap(body, t));
    if (problems.length) {
      this.focusAfterRender.request(`#${problems[0]}`);
      return;
    }
    const simSwap = await this.action.run(body);
    if (!simSwap) {
      const refused = Object.keys(this.#refused);
      if (this.action.error !== undefined) this.failed(refused.length ? `#${refused[0]}` : '#dialog-message');
      return;
    }
    this.announce(t.swapOrdered({ number: simSwap.number }));
    this.dispatchEvent(new PorticoSimSwapEvent(simSwap));
    this.finish('#ordered');
    // A lost card is blocked at once: the card shows the contract as it is now.
    this.changed();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-contract-card-sim-order': PorticoContractCardSimOrder;
  }
}
