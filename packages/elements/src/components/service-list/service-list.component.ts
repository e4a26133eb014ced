import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import {
  contractRetrieve,
  serviceList,
  serviceOrderCreate,
  serviceOrderRetrieve,
  serviceUpdate,
  type Contract,
  type OrderAction,
  type Service,
  type ServiceOrder,
  type ServiceParameter,
} from '@portico/sdk/contracts';
import { ConflictError, isA, NotFoundError, parseMoney, type RequestOptions, ValidationError } from '@portico/sdk/core';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, errorState, loadingState } from '../../base/states.ts';
import { badge } from '../../base/badge.ts';
import { alertIcon, checkIcon, retryIcon } from '../../base/icons.ts';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { Poller } from '../../controllers/poller.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { contractStatus } from '../../i18n/contracts.messages.ts';
import { money, number, phoneNumber } from '../../i18n/format.ts';
import { PorticoServiceOrderEvent, PorticoServiceOrderSubmitEvent } from '../../events/contracts.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { dialogStyles } from '../../styles/dialog.styles.ts';
import { messages } from './service-list.messages.ts';
import { minusIcon, plusIcon } from './service-list.icons.ts';
import { styles } from './service-list.styles.ts';
import { answered, IdempotentAction } from '../../base/idempotent-action.ts';
import { filterStyles } from '../../styles/filter.styles.ts';

type Filter = 'all' | 'active' | 'inactive';
const FILTERS: Filter[] = ['all', 'active', 'inactive'];

interface Loaded {
  /** The contract asked for: what is shown belongs to it, and only while it is the one set. */
  id: string;
  contract: Contract;
  services: Service[];
}

interface OrderFlow {
  /** The contract the dialog was opened for: the order goes there, whatever is shown later. */
  contractId: string;
  service: Service;
  action: OrderAction;
  notify: { user: boolean; admin: boolean };
  order?: ServiceOrder;
  sending: boolean;
  error?: unknown;
  /** Sending the order, until the API answers: edits of whom to notify included, it orders once. */
  attempt: IdempotentAction<{ user: boolean; admin: boolean }>;
}

/** An order followed until it is done, with the contract it was placed on. */
interface Followed {
  contractId: string;
  order: ServiceOrder;
}

/**
 * @summary A contract's services: active, available, or all; their descriptions and
 * settings; switching them on and off as orders (FEATURES C5, C6, C7).
 *
 * Deactivating (trash) and activating (plus) follow the portal's steps: the service's
 * description, whom to notify (the SIM user, the administrator), "Next" sends the order,
 * then "accepted for processing". The order shows on its service until it is done or
 * fails, followed without reloading the page.
 *
 * @event portico-service-order-submit - An order is about to be sent; cancelable.
 * @event portico-service-order - An order was accepted, and again when it completed or failed.
 * @event portico-error - A load or an action failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title and the number.
 * @csspart title - The title.
 * @csspart filter - The all / active / inactive switch.
 * @csspart item - One service.
 * @csspart badge - Status badges.
 * @csspart button - Every button.
 * @csspart label - Setting labels.
 * @csspart input - Setting fields.
 * @csspart dialog - The order dialog.
 * @csspart status - Results of actions.
 * @csspart error - Error messages.
 * @csspart empty - Shown when no service matches the filter.
 */
export class PorticoServiceList extends PorticoElement {
  static override styles = [sharedStyles, badgeStyles, filterStyles, dialogStyles, styles];

  /** The contract whose services to show. */
  @property({ attribute: 'contract-id', reflect: true }) contractId?: string;

  /** Which services to show: `all` (the default), `active` or `inactive`. */
  @property({ reflect: true }) filter: Filter = 'all';

  @state() private open = new Set<string>();
  @state() private flow?: OrderFlow;
  /** Typed settings not yet saved, by service and key. */
  @state() private drafts: Record<string, Record<string, string | boolean>> = {};
  @state() private fieldErrors: Record<string, string> = {};
  @state() private saving?: string;
  @state() private saveError?: { serviceId: string; error: unknown };
  /** Orders being followed until they are done, by order id. */
  #following = new Map<string, Followed>();
  /**
   * What is in flight belongs to one contract: choosing another aborts it, and an answer that
   * arrives for an earlier contract is dropped instead of shown.
   */
  #scope = new AbortController();
  /** The last list shown, kept on screen when a refresh fails. */
  #last?: Loaded;
  #opener?: HTMLElement;
  readonly #focus = new FocusAfterRender(this);

  #load = new Task(this, {
    task: async ([client, id, filter, locale], { signal }): Promise<Loaded> => {
      if (!client) throw new MissingClientError('portico-service-list');
      // Service names and descriptions are content: asked for in this widget's language.
      const options: RequestOptions = { signal, headers: { 'accept-language': locale } };
      const [contract, page] = await Promise.all([
        client.request(contractRetrieve, { params: { id: id ?? '' } }, options),
        client.request(serviceList, { params: { id: id ?? '' }, query: { status: filter, limit: 100 } }, options),
      ]);
      if (signal.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
      const loaded: Loaded = { id: id ?? '', contract, services: page.data };
      this.#last = loaded;
      for (const service of page.data) if (service.pendingOrder && !this.#following.has(service.pendingOrder.id)) this.#follow(loaded.id, service.id, service.pendingOrder.id);
      return loaded;
    },
    args: () => [this.activeClient, this.contractId, this.filter, this.effectiveLocale] as const,
    onError: (error) => this.reportError(error, 'load'),
  });

  #poller = new Poller(
    this,
    () => this.#checkOrders(),
    () => this.#following.size > 0,
  );

  constructor() {
    super();
    new AbortOnDisconnect(this, this.#load);
  }

  get #t() {
    return messages[this.effectiveLocale];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('contractId') && changed.get('contractId') !== undefined) {
      // Another contract: nothing shown, typed, followed or in flight for the last one carries over.
      this.#scope.abort();
      this.#scope = new AbortController();
      this.#following.clear();
      this.#last = undefined;
      this.drafts = {};
      this.open = new Set();
      this.saving = undefined;
      this.saveError = undefined;
      this.fieldErrors = {};
      this.announcement = '';
      if (this.flow) {
        this.flow = undefined;
        this.#opener = undefined;
        this.renderRoot.querySelector<HTMLDialogElement>('#order-dialog')?.close();
        // Not back to the button that opened it: that row belongs to the last number.
        this.#focus.request('#title');
      }
    }
  }

  /** The list on screen: the latest load (or, after a failed refresh, the last one), only if it is this contract's. */
  get #loaded(): Loaded | undefined {
    const failed = this.#load.status === TaskStatus.ERROR;
    const loaded = this.#load.value ?? (failed ? this.#last : undefined);
    return loaded && loaded.id === this.contractId ? loaded : undefined;
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const failed = this.#load.status === TaskStatus.ERROR;
    const loaded = this.#loaded;
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title" aria-busy=${this.#load.status === TaskStatus.PENDING ? 'true' : 'false'}>
      <header part="header">
        <h2 part="title" id="title" tabindex="-1">${t.title}</h2>
        ${loaded ? html`<p class="muted">${phoneNumber(loaded.contract.msisdn)}${loaded.contract.label ? ` · ${loaded.contract.label}` : ''}</p>` : nothing}
      </header>
      <div class="filter" part="filter" role="group" aria-label=${t.show}>
        ${FILTERS.map(
          (filter) => html`<button type="button" class="button button--secondary" part="button" aria-pressed=${this.filter === filter ? 'true' : 'false'} @click=${() => (this.filter = filter)}>
            ${t.filters[filter]}
          </button>`,
        )}
      </div>
      ${failed && loaded
        ? html`<div class="alert alert--error" role="alert" part="error">
            ${alertIcon}
            <p>${this.describe(this.#load.error)}</p>
            <button type="button" class="button button--secondary" part="button" @click=${() => void this.#load.run()}>${retryIcon}${this.common.retry}</button>
          </div>`
        : nothing}
      ${loaded ? this.#renderServices(loaded) : failed ? this.#renderError() : this.#renderLoading()} ${this.#renderDialog()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderLoading(): TemplateResult {
    return loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3, 4, 5].map(() => html`<span class="skeleton" style="height: 3.25rem"></span>`)}</div>`);
  }

  #renderError(): TemplateResult {
    return errorState({ title: this.common.loadFailed, message: this.describe(this.#load.error), retryLabel: this.common.retry, onRetry: () => void this.#load.run() });
  }

  #renderServices({ contract, services }: Loaded): TemplateResult {
    const t = this.#t;
    const l = this.effectiveLocale;
    const changeable = contract.status === 'active';
    if (services.length === 0) return emptyState({ title: t.noneTitle, message: t.noneBody[this.filter] });
    return html`${changeable ? nothing : html`<div class="alert alert--warning" part="status">${alertIcon}<p>${t.notActive({ status: contractStatus[l][contract.status] })}</p></div>`}
      <ul class="services" role="list">
        ${services.map((service) => {
          const pending = service.pendingOrder;
          const open = this.open.has(service.id);
          return html`<li class="service" part="item">
            <div class="row">
              <button type="button" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="details-${service.id}" @click=${() => this.#toggle(service.id)}>
                <span class="name">${service.name}</span>
                <span class="meta muted">${t.categories[service.category]} · ${service.monthlyFee ? t.perMonth({ amount: money(service.monthlyFee, l) }) : t.free}</span>
              </button>
              <span class="badges">
                ${badge(t.status[service.status], service.status === 'active' ? 'success' : 'neutral')}
                ${pending ? badge(t.pending[pending.action][pending.status], pending.status === 'failed' ? 'danger' : 'warning') : nothing}
              </span>
              ${this.#renderOrderButton(service, changeable)}
            </div>
            <div id="details-${service.id}" class="details" ?hidden=${!open}>${open ? this.#renderDetails(service, changeable) : nothing}</div>
          </li>`;
        })}
      </ul>`;
  }

  #renderOrderButton(service: Service, changeable: boolean): TemplateResult | typeof nothing {
    const t = this.#t;
    if (!service.orderable) return html`<span class="annex muted">${t.annex}</span>`;
    if (!changeable || service.pendingOrder) return nothing;
    const action: OrderAction = service.status === 'active' ? 'deactivate' : 'activate';
    const label = action === 'activate' ? t.activate({ name: service.name }) : t.deactivate({ name: service.name });
    return html`<button type="button" class="icon-button" part="button" aria-label=${label} title=${label} @click=${(e: Event) => this.#startOrder(service, action, e)}>
      ${action === 'activate' ? plusIcon : minusIcon}
    </button>`;
  }

  #renderDetails(service: Service, changeable: boolean): TemplateResult {
    const t = this.#t;
    const editable = service.status === 'active' && changeable && !service.pendingOrder && service.parameters.some((p) => p.editable);
    const saveError = this.saveError?.serviceId === service.id ? this.saveError.error : undefined;
    return html`<p>${service.description}</p>
      ${service.parameters.length
        ? html`<form class="settings" novalidate @submit=${(e: Event) => this.#save(e, service)} aria-label=${t.details({ name: service.name })}>
            <h3 class="label">${t.settings}</h3>
            ${service.parameters.map((p) => this.#renderParameter(service, p, editable))}
            ${saveError
              ? html`<div class="alert alert--error" role="alert" part="error">
                  ${alertIcon}<p>${(isA(saveError, ConflictError) && t.conflicts[saveError.code]) || this.describe(saveError)}</p>
                </div>`
              : nothing}
            ${editable
              ? html`<button type="submit" class="button button--primary save" part="button" aria-disabled=${this.saving === service.id ? 'true' : 'false'}>
                  ${this.saving === service.id ? html`<span class="spinner" aria-hidden="true"></span>${t.saving}` : t.save}
                </button>`
              : nothing}
          </form>`
        : nothing}`;
  }

  #renderParameter(service: Service, p: ServiceParameter, editable: boolean): TemplateResult {
    const t = this.#t;
    const l = this.effectiveLocale;
    const id = `${service.id}-${p.key}`;
    const draft = this.drafts[service.id]?.[p.key];
    const error = this.fieldErrors[id];
    const described = [p.type === 'number' || p.type === 'money' ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    const change = (value: string | boolean) => {
      this.drafts = { ...this.drafts, [service.id]: { ...this.drafts[service.id], [p.key]: value } };
      const { [id]: _cleared, ...rest } = this.fieldErrors;
      this.fieldErrors = rest;
    };
    if (!editable || !p.editable) return html`<div class="setting"><span class="muted">${p.label}</span> <strong>${describeValue(p, l)}</strong></div>`;
    const errorLine = error ? html`<p id="${id}-error" class="field-error" part="error">${alertIcon}<span>${error}</span></p>` : nothing;
    switch (p.type) {
      case 'boolean':
        return html`<label class="choice setting">
          <input id=${id} type="checkbox" .checked=${(draft as boolean | undefined) ?? p.value} @change=${(e: Event) => change((e.target as HTMLInputElement).checked)} />
          <span>${p.label}</span>
        </label>`;
      case 'choice':
        return html`<div class="field setting">
          <label class="label" part="label" for=${id}>${p.label}</label>
          <select id=${id} class="input" part="input" @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
            ${p.options.map((o) => html`<option value=${o.value} ?selected=${((draft as string | undefined) ?? p.value) === o.value}>${o.label}</option>`)}
          </select>
        </div>`;
      case 'number':
        return html`<div class="field setting">
          <label class="label" part="label" for=${id}>${p.label}${p.unit ? ` (${p.unit})` : ''}</label>
          <input id=${id} class="input short" part="input" type="number" inputmode="numeric" min=${p.min} max=${p.max} step=${p.step} .value=${String(draft ?? p.value)} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described} @input=${(e: Event) => change((e.target as HTMLInputElement).value)} />
          <p id="${id}-hint" class="hint">${t.range({ min: number(p.min, l), max: number(p.max, l), step: p.step > 1 ? number(p.step, l) : undefined })}</p>
          ${errorLine}
        </div>`;
      case 'money': {
        const range = { min: money({ amount: p.min, currency: p.currency }, l), max: money({ amount: p.max, currency: p.currency }, l) };
        return html`<div class="field setting">
          <label class="label" part="label" for=${id}>${p.label}</label>
          <input id=${id} class="input short" part="input" inputmode="decimal" .value=${typeof draft === 'string' ? draft : plainAmount(p.value, l)} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described} @input=${(e: Event) => change((e.target as HTMLInputElement).value)} />
          <p id="${id}-hint" class="hint">${t.range(range)}</p>
          ${errorLine}
        </div>`;
      }
    }
  }

  #renderDialog(): TemplateResult {
    const t = this.#t;
    const flow = this.flow;
    const name = flow?.service.name ?? '';
    const loaded = this.#loaded;
    const user = loaded ? `${loaded.contract.simUser.firstName} ${loaded.contract.simUser.lastName}` : '';
    return html`<dialog id="order-dialog" part="dialog" aria-labelledby="order-title" @close=${this.#closed}>
      ${flow
        ? html`<form class="dialog-body" method="dialog" novalidate @submit=${this.#send}>
            <h3 id="order-title">${flow.action === 'activate' ? t.activate({ name }) : t.deactivate({ name })}</h3>
            ${flow.order
              ? html`<div class="alert alert--success" part="status">
                    ${checkIcon}
                    <h4 id="order-result" tabindex="-1">${t.accepted}</h4>
                    <p>${t.acceptedBody({ number: flow.order.number })}</p>
                  </div>
                  <div class="dialog-actions"><button type="button" class="button button--primary" part="button" @click=${this.#closeDialog}>${t.close}</button></div>`
              : html`<p>${flow.service.description}</p>
                  <fieldset>
                    <legend class="label" part="label">${t.notifyTitle}</legend>
                    <label class="choice"><input type="checkbox" .checked=${flow.notify.user} @change=${(e: Event) => this.#notify('user', e)} /><span>${t.notifyUser({ name: user })}</span></label>
                    <label class="choice"><input type="checkbox" .checked=${flow.notify.admin} @change=${(e: Event) => this.#notify('admin', e)} /><span>${t.notifyAdmin}</span></label>
                  </fieldset>
                  ${flow.error
                    ? html`<div class="alert alert--error" role="alert" part="error">
                        ${alertIcon}<p id="order-error" tabindex="-1">${(isA(flow.error, ConflictError) && t.conflicts[flow.error.code]) || this.describe(flow.error)}</p>
                      </div>`
                    : nothing}
                  <div class="dialog-actions">
                    <button type="button" class="button button--secondary" part="button" @click=${this.#closeDialog}>${t.cancel}</button>
                    <button type="submit" class="button button--primary" part="button" aria-disabled=${flow.sending ? 'true' : 'false'}>
                      ${flow.sending ? html`<span class="spinner" aria-hidden="true"></span>${t.sending}` : t.next}
                    </button>
                  </div>`}
          </form>`
        : nothing}
    </dialog>`;
  }

  #toggle(id: string): void {
    const open = new Set(this.open);
    if (!open.delete(id)) open.add(id);
    this.open = open;
  }

  async #startOrder(service: Service, action: OrderAction, event: Event): Promise<void> {
    const contractId = this.contractId;
    if (!contractId) return;
    this.#opener = event.currentTarget as HTMLElement;
    // One key for the whole of this user action: "Next" pressed again after a failure is the same order.
    const flow: OrderFlow = { contractId, service, action, notify: { user: true, admin: true }, sending: false, attempt: new IdempotentAction() };
    this.flow = flow;
    await this.updateComplete;
    // Not if the contract changed meanwhile (the flow was dropped with it).
    if (this.flow === flow) this.renderRoot.querySelector<HTMLDialogElement>('#order-dialog')?.showModal();
  }

  #notify(who: 'user' | 'admin', event: Event): void {
    if (!this.flow) return;
    // Still the same action: an earlier try whose answer was lost may have placed the order, so
    // the key stays until an answer arrives (see #send).
    this.flow = { ...this.flow, notify: { ...this.flow.notify, [who]: (event.target as HTMLInputElement).checked }, error: undefined };
  }

  #closeDialog = (): void => {
    this.renderRoot.querySelector<HTMLDialogElement>('#order-dialog')?.close();
  };

  #closed = (): void => {
    const sent = this.flow?.order;
    this.flow = undefined;
    // The service's own row shows the order now; the button that opened the dialog is gone.
    if (sent) this.#focus.request(`[aria-controls="details-${sent.serviceId}"]`);
    else this.#opener?.focus();
  };

  #send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const flow = this.flow;
    const client = this.activeClient;
    if (!flow || flow.sending || flow.order || !client) return;
    const { contractId } = flow;
    if (!this.dispatchEvent(new PorticoServiceOrderSubmitEvent(contractId, flow.service.id, flow.action))) return;
    const { signal } = this.#scope;
    this.flow = { ...flow, sending: true, error: undefined };
    const create = (notify: OrderFlow['notify'], idempotencyKey: string) =>
      client.request(
        serviceOrderCreate,
        { params: { id: contractId }, body: { serviceId: flow.service.id, action: flow.action, notify } },
        { signal, idempotencyKey, headers: { 'accept-language': this.effectiveLocale } },
      );
    let order: ServiceOrder | undefined;
    let failure: unknown;
    try {
      order = (await flow.attempt.send(flow.notify, create, signal)).result;
    } catch (error) {
      failure = error;
    }
    // An answer for another contract than the one shown changes nothing here.
    if (signal.aborted) return;
    // The dialog may have been closed meanwhile: the order still shows on its service.
    const current = this.flow?.attempt === flow.attempt ? this.flow : undefined;
    if (order) {
      if (current) {
        this.flow = { ...current, sending: false, order };
        this.announce(`${this.#t.accepted}: ${order.number}`);
        this.#focus.request('#order-result');
      }
      this.dispatchEvent(new PorticoServiceOrderEvent(order));
      this.#follow(contractId, order.serviceId, order.id, order);
      void this.#load.run();
      return;
    }
    this.reportError(failure, 'submit');
    if (!current) return;
    // An answer on the order's merits ends this try; without one, the order may exist.
    this.flow = { ...current, sending: false, error: failure, ...(answered(failure) ? { attempt: new IdempotentAction() } : {}) };
    this.#focus.request('#order-error');
  };

  #follow(contractId: string, serviceId: string, orderId: string, order?: ServiceOrder): void {
    if (contractId !== this.contractId) return;
    this.#following.set(orderId, { contractId, order: order ?? ({ id: orderId, serviceId } as ServiceOrder) });
    this.#poller.poke();
  }

  /** One round of following: orders that are done are announced, and the list refreshed. */
  async #checkOrders(): Promise<void> {
    const client = this.activeClient;
    const { signal } = this.#scope;
    if (!client) return;
    let settled = false;
    for (const [id, followed] of [...this.#following]) {
      // Only orders of the contract shown are followed; the rest were left with their contract.
      if (signal.aborted) return;
      if (followed.contractId !== this.contractId) {
        this.#following.delete(id);
        continue;
      }
      const known = followed.order;
      try {
        const order = await client.request(serviceOrderRetrieve, { params: { id: followed.contractId, orderId: id } }, { signal });
        // The contract changed while asking, or the order was let go: the answer is not for this list.
        if (signal.aborted || this.#following.get(id) !== followed || followed.contractId !== this.contractId) continue;
        const moved = order.status !== known.status;
        if (order.status === 'completed' || order.status === 'failed') {
          this.#following.delete(id);
          settled = true;
          const t = this.#t;
          const name = order.serviceName;
          this.announce(
            order.status === 'completed'
              ? t.settled.completed({ name, action: order.action })
              : `${t.settled.failed({ name })} ${(order.failureCode && t.failures[order.failureCode]) ?? ''}`.trim(),
          );
          this.dispatchEvent(new PorticoServiceOrderEvent(order));
        } else {
          this.#following.set(id, { contractId: followed.contractId, order });
          if (moved && known.status) this.requestUpdate();
        }
      } catch (error) {
        // No such order (any more) on this contract: there is nothing to follow.
        if (isA(error, NotFoundError)) this.#following.delete(id);
        // Otherwise following is best effort: the next round tries again.
      }
    }
    // Done orders change services: show the list as it is now (the old one stays until it arrives).
    if (settled && !signal.aborted) await this.#load.run();
  }

  /** Why the server refused a setting's value, in this widget's words. */
  #refusal(p: ServiceParameter, code: string): string {
    const t = this.#t;
    const l = this.effectiveLocale;
    if (p.type === 'number') return code === 'not_multiple_of' ? t.notStep({ step: number(p.step, l) }) : code === 'invalid_type' ? t.invalidNumber : t.outOfRange({ min: number(p.min, l), max: number(p.max, l) });
    if (p.type === 'money') return t.outOfRange({ min: money({ amount: p.min, currency: p.currency }, l), max: money({ amount: p.max, currency: p.currency }, l) });
    return this.common.invalid;
  }

  async #save(event: Event, service: Service): Promise<void> {
    event.preventDefault();
    const t = this.#t;
    const l = this.effectiveLocale;
    const client = this.activeClient;
    const contractId = this.contractId;
    if (!client || !contractId || this.saving) return;
    const draft = this.drafts[service.id] ?? {};
    const parameters: { key: string; value: string | number | boolean }[] = [];
    const errors: Record<string, string> = {};
    for (const p of service.parameters) {
      if (!p.editable || draft[p.key] === undefined) continue;
      const id = `${service.id}-${p.key}`;
      const raw = draft[p.key]!;
      if (p.type === 'number') {
        const value = Number(raw);
        if (String(raw).trim() === '' || !Number.isInteger(value)) errors[id] = t.invalidNumber;
        else if (value < p.min || value > p.max) errors[id] = t.outOfRange({ min: number(p.min, l), max: number(p.max, l) });
        else if ((value - p.min) % p.step !== 0) errors[id] = t.notStep({ step: number(p.step, l) });
        else parameters.push({ key: p.key, value });
      } else if (p.type === 'money') {
        const parsed = parseMoney(String(raw), { currency: p.currency, locale: l });
        const range = { min: money({ amount: p.min, currency: p.currency }, l), max: money({ amount: p.max, currency: p.currency }, l) };
        if (!parsed.ok) errors[id] = t.invalidAmount;
        else if (parsed.money.amount < p.min || parsed.money.amount > p.max) errors[id] = t.outOfRange(range);
        else parameters.push({ key: p.key, value: parsed.money.amount });
      } else parameters.push({ key: p.key, value: raw });
    }
    this.fieldErrors = errors;
    if (Object.keys(errors).length) {
      this.#focus.request(`#${Object.keys(errors)[0]}`);
      return;
    }
    if (!parameters.length) return;
    this.saving = service.id;
    this.saveError = undefined;
    const { signal } = this.#scope;
    try {
      await client.request(serviceUpdate, { params: { id: contractId, serviceId: service.id }, body: { parameters } }, { signal, headers: { 'accept-language': l } });
      // Saved for a contract no longer shown: nothing here is about it any more.
      if (signal.aborted) return;
      const { [service.id]: _saved, ...rest } = this.drafts;
      this.drafts = rest;
      this.announce(t.saved({ name: service.name }));
      await this.#load.run();
    } catch (error) {
      if (signal.aborted) return;
      this.reportError(error, 'submit');
      if (isA(error, ValidationError) && error.fieldErrors.length) {
        // `parameters.1.value`: the second parameter sent; said in the words of the form's own checks.
        this.fieldErrors = Object.fromEntries(
          error.fieldErrors.map((f) => {
            const key = parameters[Number(/^parameters\.(\d+)/.exec(f.path)?.[1] ?? 0)]?.key;
            const p = service.parameters.find((parameter) => parameter.key === key);
            return [`${service.id}-${key}`, p ? this.#refusal(p, f.code) : t.invalidNumber];
          }),
        );
      } else this.saveError = { serviceId: service.id, error };
    } finally {
      if (!signal.aborted) this.saving = undefined;
    }
  }
}

/** A setting's current value in words. */
function describeValue(p: ServiceParameter, locale: 'pl' | 'en'): string {
  switch (p.type) {
    case 'boolean':
      return p.value ? messages[locale].yes : messages[locale].no;
    case 'choice':
      return p.options.find((o) => o.value === p.value)?.label ?? p.value;
    case 'number':
      return `${number(p.value, locale)}${p.unit ? ` ${p.unit}` : ''}`;
    case 'money':
      return money({ amount: p.value, currency: p.currency }, locale);
  }
}

/** Minor units as a person would type them: `50` or `50,50`. */
function plainAmount(minor: number, locale: 'pl' | 'en'): string {
  const whole = Math.trunc(minor / 100);
  const cents = Math.abs(minor % 100);
  const text = cents ? `${whole}.${String(cents).padStart(2, '0')}` : String(whole);
  return locale === 'pl' ? text.replace('.', ',') : text;
}
