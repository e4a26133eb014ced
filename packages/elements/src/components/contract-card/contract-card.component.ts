import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { contractRetrieve, contractRevealPuk, contractUpdateContact, simSwapCreate, type Contract, type SimSwap, type SimSwapCreateParams, type SimSwapReason, type SimUser } from '@portico/sdk/contracts';
import { ConflictError, isA, ValidationError } from '@portico/sdk/core';
import { PorticoElement } from '../../base/portico-element.ts';
import { errorState, loadingState } from '../../base/states.ts';
import { badge } from '../../base/badge.ts';
import { alertIcon, checkIcon } from '../../base/icons.ts';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { contractStatus } from '../../i18n/contracts.messages.ts';
import { contractTone } from '../../base/status-tones.ts';
import { date, phoneNumber } from '../../i18n/format.ts';
import { PorticoContactUpdateEvent, PorticoNavigateEvent, PorticoSimSwapEvent } from '../../events/contracts.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { dialogStyles } from '../../styles/dialog.styles.ts';
import { messages, SHOPS } from './contract-card.messages.ts';
import { styles } from './contract-card.styles.ts';
import { checkContact, checkSwap, toE164, type ContactDraft, type SwapDraft } from './contract-card-validation.ts';
import { answered, IdempotentAction } from '../../base/idempotent-action.ts';

const REASONS: SimSwapReason[] = ['lost', 'stolen', 'damaged', 'size_change', 'to_esim'];
const emptyContact = (): ContactDraft => ({ firstName: '', lastName: '', email: '', phone: '' });
const emptySwap = (): SwapDraft => ({ reason: 'damaged', delivery: 'courier', recipient: '', street: '', postalCode: '', city: '', shopId: SHOPS[0]!.id, email: '' });

/**
 * @summary One phone number's contract: status, tariff plan, end date, SIM user, SIM card
 * and PUK, with contact changes and a new SIM (FEATURES C2, C3).
 *
 * The PUK is fetched only when asked for, never rendered before, and hidden again after
 * 30 seconds. Contact changes are saved against the version shown (If-Match): if someone
 * changed the data meanwhile, the latest is loaded and the person's changes are kept.
 * "Call history" and "Services" ask the host page to route with `portico-navigate`.
 * Choosing another number (`contract-id`) drops everything of the last one at once: what was
 * shown, typed, or still on its way. A new SIM card is ordered once per action, even when
 * the answer was lost and the order is sent again. A save or an order that fails after its
 * dialog was closed says so on the card, with "Review and try again" back to the kept changes.
 *
 * @event portico-navigate - `{ to: 'calls' | 'services', contractId }`: the host shows that view.
 * @event portico-contact-update - The SIM user's contact data was saved.
 * @event portico-sim-swap - A new SIM card was ordered.
 * @event portico-error - A load or an action failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The number, its label and status.
 * @csspart title - The number.
 * @csspart details - The contract's data.
 * @csspart actions - The row of actions.
 * @csspart button - Every button.
 * @csspart badge - The status badge.
 * @csspart label - Field labels in the dialogs.
 * @csspart input - Fields in the dialogs.
 * @csspart dialog - The dialogs.
 * @csspart status - Results of actions.
 * @csspart error - Error messages.
 */
export class PorticoContractCard extends PorticoElement {
  static override styles = [sharedStyles, badgeStyles, dialogStyles, styles];

  /** The contract to show. */
  @property({ attribute: 'contract-id', reflect: true }) contractId?: string;

  /** Seconds a revealed PUK stays on screen before it hides itself. */
  @property({ type: Number, attribute: 'puk-visible-for' }) pukVisibleFor = 30;

  /** The contract as last saved here (newer than the one loaded). */
  @state() private latest?: Contract;
  @state() private puk?: string;
  @state() private pukLeft = 0;
  @state() private revealing = false;
  @state() private pukError?: unknown;
  @state() private dialog: 'contact' | 'swap' | null = null;
  @state() private contact: ContactDraft = emptyContact();
  @state() private swap: SwapDraft = emptySwap();
  @state() private errors: Record<string, string> = {};
  @state() private checked = false;
  @state() private saving = false;
  @state() private conflict = false;
  @state() private actionError?: unknown;
  @state() private ordered?: SimSwap;
  /** A save or an order that failed after its dialog was closed: said on the card, with a way back. */
  @state() private unseenFailure?: 'contact' | 'swap';
  #pukTimer?: ReturnType<typeof setInterval>;
  #opener?: HTMLElement;
  /** The SIM order in progress, until the API has answered it: reopened or edited, it orders one card. */
  #swapAction?: IdempotentAction<SimSwapCreateParams>;
  /** Where focus goes once the dialog has closed, instead of back to its opener. */
  #focusAfterClose?: string;
  /** What is in flight belongs to one contract: choosing another aborts it and drops its answers. */
  #scope = new AbortController();
  readonly #focus = new FocusAfterRender(this);

  #load = new Task(this, {
    task: async ([client, id], { signal }): Promise<Contract> => {
      if (!client) throw new MissingClientError('portico-contract-card');
      return client.request(contractRetrieve, { params: { id: id ?? '' } }, { signal });
    },
    args: () => [this.activeClient, this.contractId] as const,
    onError: (error) => this.reportError(error, 'load'),
  });

  constructor() {
    super();
    new AbortOnDisconnect(this, this.#load);
  }

  get #t() {
    return messages[this.effectiveLocale];
  }

  /** The chosen contract, once loaded: never the one before it, which the load keeps until it is done. */
  get #contract(): Contract | undefined {
    if (this.latest?.id === this.contractId) return this.latest;
    const loaded = this.#load.value;
    return loaded?.id === this.contractId ? loaded : undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#hidePuk();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('contractId') && changed.get('contractId') !== undefined) {
      // Another number: nothing of the last one may stay on screen, its PUK least of all,
      // and nothing still on its way for it may land on this one.
      this.#scope.abort();
      this.#scope = new AbortController();
      this.#hidePuk();
      this.ordered = undefined;
      this.latest = undefined;
      this.revealing = false;
      this.pukError = undefined;
      this.dialog = null;
      this.#opener = undefined;
      this.#focusAfterClose = undefined;
      this.contact = emptyContact();
      this.swap = emptySwap();
      this.errors = {};
      this.checked = false;
      this.saving = false;
      this.conflict = false;
      this.actionError = undefined;
      this.#swapAction = undefined;
      this.unseenFailure = undefined;
      this.announcement = '';
    }
  }

  protected override render(): TemplateResult {
    const contract = this.#contract;
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title" aria-busy=${this.#load.status === TaskStatus.PENDING ? 'true' : 'false'}>
      ${contract ? this.#renderContract(contract) : this.#load.status === TaskStatus.ERROR ? this.#renderError() : this.#renderLoading()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderLoading(): TemplateResult {
    return html`<h2 id="title" class="visually-hidden">${this.common.loading}</h2>
      ${loadingState(
        this.common.loading,
        html`<div class="stack">
          <span class="skeleton" style="height: 2em; width: 12em"></span>
          ${[1, 2, 3, 4].map(() => html`<span class="skeleton" style="height: 2.5em"></span>`)}
        </div>`,
      )}`;
  }

  #renderError(): TemplateResult {
    return html`<h2 id="title" class="visually-hidden">${this.common.loadFailed}</h2>
      ${errorState({ title: this.common.loadFailed, message: this.describe(this.#load.error), retryLabel: this.common.retry, onRetry: () => void this.#load.run() })}`;
  }

  #renderContract(c: Contract): TemplateResult {
    const t = this.#t;
    const l = this.effectiveLocale;
    const ended = c.status === 'terminated';
    return html`<header part="header">
        <div>
          <h2 part="title" id="title" class="number">${phoneNumber(c.msisdn)}</h2>
          ${c.label ? html`<p class="muted">${c.label}</p>` : nothing}
        </div>
        ${badge(contractStatus[l][c.status], contractTone[c.status])}
      </header>
      <dl class="details" part="details">
        <div><dt>${t.plan}</dt><dd>${c.plan.name}</dd></div>
        <div><dt>${t.endsAt}</dt><dd>${c.endsAt ? date(c.endsAt, l, this.effectiveTimeZone) : t.openEnded}</dd></div>
        <div>
          <dt>${t.simUser}</dt>
          <dd>
            ${c.simUser.firstName} ${c.simUser.lastName}
            <span class="muted contact">${[c.simUser.email, c.simUser.phone && phoneNumber(c.simUser.phone)].filter(Boolean).join(' · ') || t.noContact}</span>
          </dd>
        </div>
        <div><dt>${t.sim}</dt><dd><span class="iccid">${c.iccid.replace(/(\d{4})(?=\d)/g, '$1 ')}</span> <span class="muted">${t.simType[c.simType]}</span></dd></div>
        <div>
          <dt>${t.puk}</dt>
          <dd class="puk">
            ${this.puk ? html`<span class="puk-code" id="puk-code">${this.puk}</span> <span class="muted">${t.pukHidesIn({ seconds: this.pukLeft })}</span>` : html`<span class="muted">${t.pukHidden}</span>`}
            ${ended
              ? nothing
              : html`<button type="button" class="button button--secondary small" part="button" aria-disabled=${this.revealing ? 'true' : 'false'} @click=${this.puk ? this.#hidePuk : this.#revealPuk}>
                  ${this.puk ? t.hidePuk : t.showPuk}
                </button>`}
            ${this.pukError ? html`<span class="field-error" role="alert" part="error">${alertIcon}<span>${this.describe(this.pukError)}</span></span>` : nothing}
          </dd>
        </div>
      </dl>
      ${this.ordered
        ? html`<div class="alert alert--success" part="status">
            ${checkIcon}
            <p id="ordered" tabindex="-1">
              ${t.swapOrdered({ number: this.ordered.number })} ${this.ordered.estimatedDelivery ? t.swapEta({ date: date(this.ordered.estimatedDelivery, l, this.effectiveTimeZone) }) : t.swapEsim}
            </p>
          </div>`
        : nothing}
      ${this.unseenFailure
        ? html`<div class="alert alert--error" role="alert" part="error">
            ${alertIcon}
            <p id="failure-message" tabindex="-1">${this.unseenFailure === 'contact' ? t.contactNotSaved : t.swapNotOrdered}</p>
            <button type="button" class="button button--secondary" part="button" @click=${this.unseenFailure === 'contact' ? this.#openContact : this.#openSwap}>${t.review}</button>
          </div>`
        : nothing}
      <div class="actions" part="actions">
        ${ended
          ? nothing
          : html`<button type="button" id="edit-contact" class="button button--secondary" part="button" @click=${this.#openContact}>${t.editContact}</button>
              <button type="button" id="order-sim" class="button button--secondary" part="button" @click=${this.#openSwap}>${t.orderSim}</button>`}
        <button type="button" class="button button--secondary" part="button" @click=${() => this.dispatchEvent(new PorticoNavigateEvent('calls', c.id))}>${t.calls}</button>
        <button type="button" class="button button--secondary" part="button" @click=${() => this.dispatchEvent(new PorticoNavigateEvent('services', c.id))}>${t.services}</button>
      </div>
      ${this.#renderContactDialog()} ${this.#renderSwapDialog(c)}`;
  }

  #field(
    id: string,
    label: string,
    value: string,
    onInput: (value: string) => void,
    options: {
      type?: 'text' | 'email' | 'tel';
      autocomplete?: 'off' | 'given-name' | 'family-name' | 'name' | 'email' | 'tel' | 'street-address' | 'postal-code' | 'address-level2';
      optional?: boolean;
      inputmode?: 'text' | 'email' | 'tel' | 'numeric';
    } = {},
  ): TemplateResult {
    const error = this.checked || this.errors[id] ? this.errors[id] : undefined;
    return html`<div class="field">
      <label class="label" part="label" for=${id}>${label}${options.optional ? html` <span class="muted">(${this.#t.optional})</span>` : nothing}</label>
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

  #renderContactDialog(): TemplateResult {
    const t = this.#t;
    const draft = this.contact;
    const edit = (patch: Partial<ContactDraft>) => {
      this.contact = { ...this.contact, ...patch };
      this.errors = this.checked ? checkContact(this.contact, t) : {};
    };
    return html`<dialog id="contact-dialog" part="dialog" aria-labelledby="contact-title" @close=${this.#closed}>
      <form class="dialog-body" method="dialog" novalidate @submit=${this.#saveContact}>
        <h3 id="contact-title">${t.editContact}</h3>
        ${this.conflict ? html`<div class="alert alert--warning" role="alert" part="status">${alertIcon}<p id="dialog-message" tabindex="-1">${t.conflict}</p></div>` : nothing}
        ${this.#field('first-name', t.firstName, draft.firstName, (v) => edit({ firstName: v }), { autocomplete: 'given-name' })}
        ${this.#field('last-name', t.lastName, draft.lastName, (v) => edit({ lastName: v }), { autocomplete: 'family-name' })}
        ${this.#field('email', t.email, draft.email, (v) => edit({ email: v }), { type: 'email', autocomplete: 'email', optional: true })}
        ${this.#field('phone', t.phone, draft.phone, (v) => edit({ phone: v }), { type: 'tel', autocomplete: 'tel', optional: true, inputmode: 'tel' })}
        ${this.#renderActionError()}
        <div class="dialog-actions">
          <button type="button" class="button button--secondary" part="button" @click=${this.#closeDialog}>${t.cancel}</button>
          <button type="submit" class="button button--primary" part="button" aria-disabled=${this.saving ? 'true' : 'false'}>
            ${this.saving ? html`<span class="spinner" aria-hidden="true"></span>${t.saving}` : t.save}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  #renderSwapDialog(c: Contract): TemplateResult {
    const t = this.#t;
    const draft = this.swap;
    const esim = draft.reason === 'to_esim' || c.simType === 'esim';
    const edit = (patch: Partial<SwapDraft>) => {
      this.swap = { ...this.swap, ...patch };
      this.errors = this.checked ? checkSwap(this.swap, esim, t) : {};
    };
    return html`<dialog id="swap-dialog" part="dialog" aria-labelledby="swap-title" @close=${this.#closed}>
      <form class="dialog-body" method="dialog" novalidate @submit=${(e: Event) => this.#orderSwap(e, c)}>
        <h3 id="swap-title">${t.swapTitle}</h3>
        <fieldset class="choices">
          <legend class="label" part="label">${t.reason}</legend>
          ${REASONS.map(
            (reason) => html`<label class="choice">
              <input type="radio" name="reason" .value=${reason} .checked=${draft.reason === reason} @change=${() => edit({ reason })} />
              <span>${t.reasons[reason]}</span>
            </label>`,
          )}
        </fieldset>
        ${draft.reason === 'lost' || draft.reason === 'stolen' ? html`<p class="hint">${t.lostNote}</p>` : nothing}
        ${esim
          ? this.#field('swap-email', t.byEmail, draft.email, (v) => edit({ email: v }), { type: 'email', autocomplete: 'email' })
          : html`<fieldset class="choices">
                <legend class="label" part="label">${t.delivery}</legend>
                <label class="choice"><input type="radio" name="delivery" .checked=${draft.delivery === 'courier'} @change=${() => edit({ delivery: 'courier' })} /><span>${t.courier}</span></label>
                <label class="choice"><input type="radio" name="delivery" .checked=${draft.delivery === 'pickup'} @change=${() => edit({ delivery: 'pickup' })} /><span>${t.pickup}</span></label>
              </fieldset>
              ${draft.delivery === 'courier'
                ? html`${this.#field('recipient', t.recipient, draft.recipient, (v) => edit({ recipient: v }), { autocomplete: 'name' })}
                  ${this.#field('street', t.street, draft.street, (v) => edit({ street: v }), { autocomplete: 'street-address' })}
                  <div class="row">
                    ${this.#field('postal-code', t.postalCode, draft.postalCode, (v) => edit({ postalCode: v }), { autocomplete: 'postal-code', inputmode: 'numeric' })}
                    ${this.#field('city', t.city, draft.city, (v) => edit({ city: v }), { autocomplete: 'address-level2' })}
                  </div>`
                : html`<div class="field">
                    <label class="label" part="label" for="shop">${t.shop}</label>
                    <select id="shop" class="input" part="input" @change=${(e: Event) => edit({ shopId: (e.target as HTMLSelectElement).value })}>
                      ${SHOPS.map((shop) => html`<option value=${shop.id} ?selected=${draft.shopId === shop.id}>${shop.name}</option>`)}
                    </select>
                  </div>`}`}
        <p class="hint">${t.swapWarning}</p>
        ${this.#renderActionError()}
        <div class="dialog-actions">
          <button type="button" class="button button--secondary" part="button" @click=${this.#closeDialog}>${t.cancel}</button>
          <button type="submit" class="button button--primary" part="button" aria-disabled=${this.saving ? 'true' : 'false'}>
            ${this.saving ? html`<span class="spinner" aria-hidden="true"></span>${t.ordering}` : t.orderSwap}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  #renderActionError(): TemplateResult | typeof nothing {
    if (!this.actionError) return nothing;
    return html`<div class="alert alert--error" role="alert" part="error">
      ${alertIcon}
      <p id="dialog-message" tabindex="-1">
        ${(isA(this.actionError, ConflictError) && this.#t.conflicts[this.actionError.code]) || this.describe(this.actionError)}
      </p>
    </div>`;
  }

  #revealPuk = async (): Promise<void> => {
    const client = this.activeClient;
    const id = this.contractId;
    if (!client || !id || this.revealing) return;
    const { signal } = this.#scope;
    this.revealing = true;
    this.pukError = undefined;
    try {
      const { puk } = await client.request(contractRevealPuk, { params: { id } }, { signal });
      if (signal.aborted) return;
      clearInterval(this.#pukTimer);
      this.puk = puk;
      this.pukLeft = this.pukVisibleFor;
      this.announce(this.#t.pukShown({ seconds: this.pukVisibleFor }));
      this.#pukTimer = setInterval(() => {
        this.pukLeft--;
        if (this.pukLeft <= 0) this.#hidePuk();
      }, 1000);
    } catch (error) {
      if (signal.aborted) return;
      this.pukError = error;
      this.reportError(error, 'load');
    } finally {
      if (!signal.aborted) this.revealing = false;
    }
  };

  #hidePuk = (): void => {
    clearInterval(this.#pukTimer);
    this.#pukTimer = undefined;
    this.puk = undefined;
    this.pukLeft = 0;
  };

  #openContact = (): void => {
    const c = this.#contract!;
    // After a failed save, the person's changes come back with the reason they were refused.
    if (this.unseenFailure !== 'contact') {
      this.contact = { firstName: c.simUser.firstName, lastName: c.simUser.lastName, email: c.simUser.email ?? '', phone: c.simUser.phone ? phoneNumber(c.simUser.phone) : '' };
    }
    this.#open('contact', '#edit-contact');
  };

  #openSwap = (): void => {
    const c = this.#contract!;
    // An order still without an answer stays as it was sent, so that trying again orders it once.
    if (!this.#swapAction) this.swap = { ...this.swap, recipient: `${c.simUser.firstName} ${c.simUser.lastName}`, email: c.simUser.email ?? '' };
    this.#open('swap', '#order-sim');
  };

  /** Opens a dialog; focus returns to `opener` (the card's button for it) when it closes. */
  async #open(dialog: 'contact' | 'swap', opener: string): Promise<void> {
    const { signal } = this.#scope;
    this.#opener = this.renderRoot.querySelector<HTMLElement>(opener) ?? undefined;
    this.#focusAfterClose = undefined;
    this.dialog = dialog;
    if (this.unseenFailure === dialog) {
      // Reopened to review a failure: its reason stays on screen beside the kept changes.
      this.unseenFailure = undefined;
    } else {
      this.unseenFailure = undefined;
      this.errors = {};
      this.checked = false;
      this.conflict = false;
      this.actionError = undefined;
    }
    await this.updateComplete;
    if (signal.aborted || this.dialog !== dialog) return;
    this.renderRoot.querySelector<HTMLDialogElement>(`#${dialog}-dialog`)?.showModal();
  }

  #closeDialog = (): void => {
    this.renderRoot.querySelector<HTMLDialogElement>(`#${this.dialog}-dialog`)?.close();
  };

  /**
   * Escape, Cancel, or done: focus goes back to the button that opened the dialog, or to the
   * result the dialog's action asked for. (`close` comes a task after `close()`, so focus is
   * decided here, not where the dialog was closed.) What is being saved goes on being saved.
   */
  /** Points to a failure: inside its dialog, or on the card when the dialog was closed meanwhile. */
  #showFailure(dialog: 'contact' | 'swap', inDialog: string): void {
    if (this.dialog === dialog) {
      this.#focus.request(inDialog);
    } else {
      this.unseenFailure = dialog;
      this.#focus.request('#failure-message');
    }
  }

  #closed = (event: Event): void => {
    // A dialog of a number no longer shown, or one already dealt with.
    if (!this.dialog || !(event.currentTarget as Element).isConnected) return;
    this.dialog = null;
    const target = this.#focusAfterClose;
    this.#focusAfterClose = undefined;
    if (target) this.#focus.request(target);
    else this.#opener?.focus();
  };

  /** Closes the open dialog, then focuses `target`; with no dialog open, focuses it at once. */
  #finish(target: string | undefined): void {
    const open = this.renderRoot.querySelector<HTMLDialogElement>(`#${this.dialog}-dialog`);
    if (open?.open) {
      this.#focusAfterClose = target;
      open.close();
    } else if (target) {
      this.#focus.request(target);
    }
  }

  #saveContact = async (event: Event): Promise<void> => {
    event.preventDefault();
    const t = this.#t;
    const c = this.#contract;
    const client = this.activeClient;
    if (!c || !client || this.saving) return;
    this.checked = true;
    this.errors = checkContact(this.contact, t);
    if (Object.keys(this.errors).length) {
      this.#focus.request(`#${Object.keys(this.errors)[0]}`);
      return;
    }
    const body: SimUser = {
      firstName: this.contact.firstName.trim(),
      lastName: this.contact.lastName.trim(),
      email: this.contact.email.trim() || null,
      phone: toE164(this.contact.phone),
    };
    const { signal } = this.#scope;
    this.saving = true;
    this.actionError = undefined;
    try {
      const updated = await client.request(contractUpdateContact, { params: { id: c.id }, body }, { ifMatch: c.version, signal });
      if (signal.aborted) return;
      this.latest = updated;
      this.conflict = false;
      this.announce(t.contactSaved);
      this.dispatchEvent(new PorticoContactUpdateEvent(updated));
      this.#finish(undefined);
    } catch (error) {
      if (signal.aborted) return;
      this.reportError(error, 'submit');
      if (isA(error, ConflictError)) {
        // Someone else's change wins what it changed; the person's draft stays for another look.
        this.conflict = true;
        this.latest = undefined;
        await this.#load.run();
        if (signal.aborted) return;
        this.#showFailure('contact', '#dialog-message');
      } else if (isA(error, ValidationError) && error.fieldErrors.length) {
        const ids: Record<string, string> = { firstName: 'first-name', lastName: 'last-name', email: 'email', phone: 'phone' };
        this.errors = Object.fromEntries(error.fieldErrors.filter((f) => ids[f.path]).map((f) => [ids[f.path]!, f.path === 'email' ? t.invalidEmail : f.path === 'phone' ? t.invalidPhone : t.required]));
        this.#showFailure('contact', `#${Object.keys(this.errors)[0] ?? 'first-name'}`);
      } else {
        this.actionError = error;
        this.#showFailure('contact', '#dialog-message');
      }
    } finally {
      if (!signal.aborted) this.saving = false;
    }
  };

  async #orderSwap(event: Event, c: Contract): Promise<void> {
    event.preventDefault();
    const t = this.#t;
    const client = this.activeClient;
    if (!client || this.saving) return;
    const esim = this.swap.reason === 'to_esim' || c.simType === 'esim';
    this.checked = true;
    this.errors = checkSwap(this.swap, esim, t);
    if (Object.keys(this.errors).length) {
      this.#focus.request(`#${Object.keys(this.errors)[0]}`);
      return;
    }
    const s = this.swap;
    const params: SimSwapCreateParams = {
      reason: s.reason,
      simType: esim ? 'esim' : 'physical',
      delivery: esim
        ? { method: 'email', email: s.email.trim() }
        : s.delivery === 'courier'
          ? { method: 'courier', address: { recipient: s.recipient.trim(), street: s.street.trim(), postalCode: s.postalCode.trim(), city: s.city.trim() } }
          : { method: 'pickup', shopId: s.shopId },
    };
    // One order per user action: a retry after a failure reuses the key, even after the dialog
    // was closed or the order edited, so no second card is ordered.
    const action = (this.#swapAction ??= new IdempotentAction());
    const { signal } = this.#scope;
    this.saving = true;
    this.actionError = undefined;
    let simSwap: SimSwap;
    try {
      simSwap = (await action.send(params, (body, idempotencyKey) => client.request(simSwapCreate, { params: { id: c.id }, body }, { idempotencyKey, signal }), signal)).result;
    } catch (error) {
      if (!signal.aborted) this.#swapFailed(error);
      return;
    } finally {
      if (!signal.aborted) this.saving = false;
    }
    if (signal.aborted) return;
    if (this.#swapAction === action) this.#swapAction = undefined;
    this.ordered = simSwap;
    this.announce(t.swapOrdered({ number: simSwap.number }));
    this.dispatchEvent(new PorticoSimSwapEvent(simSwap));
    this.#finish('#ordered');
    // A lost card is blocked at once: show the contract as it is now.
    this.latest = undefined;
    void this.#load.run();
  }

  #swapFailed(error: unknown): void {
    this.reportError(error, 'submit');
    if (answered(error)) this.#swapAction = undefined;
    this.actionError = error;
    this.#showFailure('swap', '#dialog-message');
  }
}
