import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { serviceOrderCreate, type Contract, type OrderAction, type Service, type ServiceOrder, type ServiceOrderCreateParams } from '@portico/sdk/contracts';
import { ConflictError, isA } from '@portico/sdk/core';
import { alertIcon, checkIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { PorticoServiceOrderEvent, PorticoServiceOrderSubmitEvent } from '../../events/contracts.ts';
import { ServiceListPart, ServicesChangedEvent } from './service-list-part.ts';
import { AnnounceEvent } from '../../base/widget-part.ts';

/** The service and the change the dialog was opened for. */
interface Flow {
  service: Service;
  action: OrderAction;
}

/**
 * The order dialog of one number, as the portal has it: the service's description, whom to
 * notify, "Next" sends the order, then "accepted for processing". One opening is one user
 * action: "Next" pressed again after a failure, whom to notify changed or not, is the same
 * order (one idempotency key); the next opening is a new one. Closed while the order is on
 * its way, the order still goes, and shows on its service.
 */
export class PorticoServiceListOrderDialog extends ServiceListPart {
  /** The number orders go to. */
  @property({ attribute: false }) contract?: Contract;

  @state() private flow?: Flow;
  @state() private notify = { user: true, admin: true };
  /** The opening the order's answer or failure belongs to. */
  @state() private sentFor?: Flow;
  #opener?: HTMLElement;
  readonly #focus = new FocusAfterRender(this);

  #order = new Action<ServiceOrderCreateParams, ServiceOrder>(this, {
    idempotent: true,
    send: (body, { idempotencyKey, signal }) => this.api.request(serviceOrderCreate, { params: { id: this.contract!.id }, body }, { signal, idempotencyKey, headers: this.headers }),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Another number was chosen: the dialog goes with the rows of the last one.
    this.#dialog?.close();
  }

  get #dialog(): HTMLDialogElement | null {
    return this.querySelector('dialog');
  }

  /** Opens the dialog for `service`; focus returns to `opener` when it closes without an order. */
  async start(service: Service, action: OrderAction, opener: HTMLElement): Promise<void> {
    // An order still on its way goes on; its answer belongs to its own opening.
    if (!this.#order.busy) this.#order.reset();
    const flow: Flow = { service, action };
    this.flow = flow;
    this.notify = { user: true, admin: true };
    this.#opener = opener;
    await this.updateComplete;
    if (this.flow === flow && this.isConnected) this.#dialog?.showModal();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const flow = this.flow;
    return html`<dialog id="order-dialog" part="dialog" aria-labelledby="order-title" @close=${this.#closed}>
      ${flow
        ? html`<form class="dialog-body" method="dialog" novalidate @submit=${this.#send}>
            <h3 id="order-title">${flow.action === 'activate' ? t.activate({ name: flow.service.name }) : t.deactivate({ name: flow.service.name })}</h3>
            ${this.#accepted ? this.#renderAccepted(this.#accepted) : this.#renderForm(flow)}
          </form>`
        : nothing}
    </dialog>`;
  }

  /** The order placed from this opening, once accepted. */
  get #accepted(): ServiceOrder | undefined {
    return this.flow && this.sentFor === this.flow ? this.#order.result : undefined;
  }

  #renderAccepted(order: ServiceOrder): TemplateResult {
    const t = this.t;
    return html`<div class="alert alert--success" part="status">
        ${checkIcon}
        <h4 id="order-result" tabindex="-1">${t.accepted}</h4>
        <p>${t.acceptedBody({ number: order.number })}</p>
      </div>
      <div class="dialog-actions"><button type="button" class="button button--primary" part="button" @click=${this.#close}>${t.close}</button></div>`;
  }

  #renderForm(flow: Flow): TemplateResult {
    const t = this.t;
    const user = this.contract ? `${this.contract.simUser.firstName} ${this.contract.simUser.lastName}` : '';
    const error = this.sentFor === flow ? this.#order.error : undefined;
    const busy = this.#order.busy;
    return html`<p>${flow.service.description}</p>
      <fieldset>
        <legend class="label" part="label">${t.notifyTitle}</legend>
        <label class="choice"><input type="checkbox" .checked=${this.notify.user} @change=${(e: Event) => this.#notify('user', e)} /><span>${t.notifyUser({ name: user })}</span></label>
        <label class="choice"><input type="checkbox" .checked=${this.notify.admin} @change=${(e: Event) => this.#notify('admin', e)} /><span>${t.notifyAdmin}</span></label>
      </fieldset>
      ${error
        ? html`<div class="alert alert--error" role="alert" part="error">
            ${alertIcon}<p id="order-error" tabindex="-1">${(isA(error, ConflictError) && t.conflicts[error.code]) || this.describe(error)}</p>
          </div>`
        : nothing}
      <div class="dialog-actions">
        <button type="button" class="button button--secondary" part="button" @click=${this.#close}>${t.cancel}</button>
        <button type="submit" class="button button--primary" part="button" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.sending}` : t.next}
        </button>
      </div>`;
  }

  #notify(who: 'user' | 'admin', event: Event): void {
    this.notify = { ...this.notify, [who]: (event.target as HTMLInputElement).checked };
    // Still the same action: an earlier try whose answer was lost may have placed the order,
    // so the key stays until an answer arrives.
    this.#order.clearError();
  }

  #close = (): void => {
    this.#dialog?.close();
  };

  #closed = (): void => {
    const sent = this.#accepted;
    this.flow = undefined;
    if (!this.isConnected) return;
    // The service's own row shows the order now; the button that opened the dialog is gone.
    if (sent) (this.getRootNode() as ParentNode).querySelector<HTMLElement>(`[aria-controls="details-${sent.serviceId}"]`)?.focus();
    else this.#opener?.focus();
  };

  #send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const flow = this.flow;
    const contract = this.contract;
    if (!flow || !contract || this.#order.busy || this.#accepted) return;
    if (!this.dispatchEvent(new PorticoServiceOrderSubmitEvent(contract.id, flow.service.id, flow.action))) return;
    this.sentFor = flow;
    const order = await this.#order.run({ serviceId: flow.service.id, action: flow.action, notify: this.notify });
    const shown = this.flow === flow;
    if (order) {
      if (shown) {
        this.dispatchEvent(new AnnounceEvent(`${this.t.accepted}: ${order.number}`));
        this.#focus.request('#order-result');
      }
      this.dispatchEvent(new PorticoServiceOrderEvent(order));
      // The order shows on its service, and is followed there until it is done.
      this.dispatchEvent(new ServicesChangedEvent(order));
    } else if (shown) {
      this.#focus.request('#order-error');
    }
    // Closed meanwhile (or another service's dialog opened): what comes next is a new order.
    if (!shown) this.#order.reset();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-service-list-order-dialog': PorticoServiceListOrderDialog;
  }
}
