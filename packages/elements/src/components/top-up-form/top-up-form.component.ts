import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { balanceRetrieve, paymentMethodList, topUpCreate, type Balance, type PaymentMethod, type TopUp, type TopUpCreateParams } from '@portico/sdk/account';
import { type ClientCore, ConflictError, isA, ValidationError } from '@portico/sdk/core';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, errorState, loadingState } from '../../base/states.ts';
import { alertIcon, checkIcon, clockIcon, infoIcon, retryIcon } from '../../base/icons.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { PorticoTopUpCompleteEvent, PorticoTopUpSubmitEvent } from '../../events/top-up.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { money, plainAmount } from '../../i18n/format.ts';
import { messages, type TopUpMessages } from './top-up-form.messages.ts';
import { styles } from './top-up-form.styles.ts';
import { checkTopUp, fieldOf, isFinal, limitsIn, type AmountProblem, type TopUpCheck } from './top-up-validation.ts';
import { leftField } from '../../base/left-field.ts';
import { answered, IdempotentAction } from '../../base/idempotent-action.ts';

/** Amounts offered as one-tap choices, in minor units. */
const QUICK_AMOUNTS = [2000, 5000, 10_000, 20_000];
/** A pause in typing this long says the amount is what the person meant: "5" is then too little. */
const SETTLED_AFTER = 800;

interface Loaded {
  balance: Balance;
  methods: PaymentMethod[];
}

/**
 * The transfer details and the confirmation upload are their own widget, loaded only by
 * those who pay by transfer: fetched as the person chooses it, before the top-up returns.
 */
let bankTransfer: Promise<unknown> | undefined;
const loadBankTransfer = () => (bankTransfer ??= import('../bank-transfer/bank-transfer.ts'));

/**
 * @summary Tops up a prepaid balance by card, BLIK or bank transfer (FEATURES A1).
 *
 * Shows the balance, takes an amount as a person types it in Polish or English, checks the
 * 20 PLN minimum as they type, and sends one top-up per user action: a retry after a failure
 * reuses the action's idempotency key, even with a changed amount, so a flaky network never
 * charges twice (if the first try had gone through, that is the top-up shown). A bank
 * transfer shows the transfer details and takes the bank's payment confirmation through
 * `<portico-bank-transfer>`, which loads only then.
 *
 * @event portico-top-up-submit - A top-up is about to be sent; cancelable.
 * @event portico-top-up-complete - A top-up was accepted (`succeeded`, or `pending` for a transfer).
 * @event portico-top-up-confirmation - The bank's confirmation was attached to a pending transfer (from the inner `<portico-bank-transfer>`).
 * @event portico-error - A load, top-up or upload failed; the widget shows it too.
 * @event input - The amount or method changed (native, from the inner controls).
 * @event change - The amount or method was committed.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title row.
 * @csspart title - The title.
 * @csspart summary - The balance and credit limit.
 * @csspart form - The form.
 * @csspart label - Field labels.
 * @csspart input - Text inputs.
 * @csspart button - Every button.
 * @csspart submit - The submit button.
 * @csspart status - The result of a top-up.
 * @csspart error - Error messages.
 * @csspart retry - Retry buttons (also `button`).
 * @csspart empty - Shown when the account has no payment method.
 *
 * @cssproperty --portico-top-up-form-accent - The colour of the submit button and chosen options; defaults to `--portico-color-primary`.
 */
export class PorticoTopUpForm extends PorticoElement {
  static override styles = [sharedStyles, styles];
  static formAssociated = true;

  @state() private amountText = '';
  @state() private paymentMethodId?: string;
  @state() private blikCode = '';
  @state() private touched = { amount: false, blik: false };
  @state() private submitted = false;
  @state() private submitting = false;
  @state() private actionError?: unknown;
  @state() private declined = false;
  @state() private serverErrors: { amount?: string; blik?: string; method?: string } = {};
  @state() private result?: TopUp;
  /** The top-up made is a version sent before the customer changed the amount (an answer had been lost). */
  @state() private madeEarlier = false;
  /** The balance read after a top-up; the one loaded with the form until then. */
  @state() private balance?: Balance;
  /** The transfer details' code could not be loaded (offline after paying). */
  @state() private transferUnavailable = false;

  /** The payment in progress, until the API has answered it: its retries charge once. */
  #action?: IdempotentAction<TopUpCreateParams>;
  /** The top-up whose new balance `balance` is: a success names the balance only once it is read. */
  #balanceAfter?: string;
  /** Balance reads are numbered: an answer older than the last read asked for is dropped. */
  #balanceReads = 0;
  /** The client the form was filled in for: another one (another customer) starts afresh. */
  #clientShown?: ClientCore;
  #settleTimer?: ReturnType<typeof setTimeout>;
  readonly #focus = new FocusAfterRender(this);
  #internals = this.attachInternals();

  #load = new Task(this, {
    task: async ([client], { signal }): Promise<Loaded> => {
      if (!client) throw new MissingClientError('portico-top-up-form');
      this.balance = undefined;
      // Payment methods fit in one page: a customer has a handful.
      const [balance, methods] = await Promise.all([client.request(balanceRetrieve, {}, { signal }), client.request(paymentMethodList, {}, { signal })]);
      return { balance, methods: methods.data };
    },
    args: () => [this.activeClient] as const,
    onError: (error) => {
      if (isA(error, MissingClientError)) console.error(error.message);
      this.reportError(error, 'load');
    },
  });

  constructor() {
    super();
    new AbortOnDisconnect(this, this.#load);
  }

  get #t(): TopUpMessages {
    return messages[this.effectiveLocale];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const client = this.activeClient;
    if (this.#clientShown && client !== this.#clientShown) {
      // Another customer: nothing typed, chosen or paid for the last one may stay.
      this.#startOver(false);
      this.paymentMethodId = undefined;
      this.balance = undefined;
      this.transferUnavailable = false;
      this.#balanceReads++;
    }
    this.#clientShown = client;
    this.paymentMethodId ??= this.#load.value?.methods[0]?.id;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#settleTimer);
  }

  /** Back to an empty form (also what a surrounding `<form>`'s reset does). */
  formResetCallback(): void {
    this.#startOver(false);
  }

  protected override render(): TemplateResult {
    const loaded = this.#load.value;
    const busy = this.#load.status === TaskStatus.PENDING;
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>
      <header part="header"><h2 part="title" id="title" tabindex="-1">${this.#t.title}</h2></header>
      ${loaded ? this.#renderContent(loaded) : this.#load.status === TaskStatus.ERROR ? this.#renderLoadError() : this.#renderLoading()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderLoading(): TemplateResult {
    return loadingState(
      this.common.loading,
      html`<div class="stack">
        <span class="skeleton" style="width: 12em; height: 2.2em"></span>
        <span class="skeleton" style="width: 5em"></span>
        <span class="skeleton" style="height: 2.75rem"></span>
        <span class="skeleton" style="height: 4.5rem"></span>
        <span class="skeleton" style="height: 2.75rem; width: 10em"></span>
      </div>`,
    );
  }

  #renderLoadError(): TemplateResult {
    return errorState({
      title: this.common.loadFailed,
      message: this.describe(this.#load.error),
      retryLabel: this.common.retry,
      onRetry: () => {
        this.#focus.request('#title');
        void this.#load.run();
      },
    });
  }

  #renderContent(loaded: Loaded): TemplateResult {
    const { methods } = loaded;
    const balance = this.balance ?? loaded.balance;
    const l = this.effectiveLocale;
    const summary = html`<dl class="summary" part="summary">
      <div>
        <dt>${this.#t.balance}</dt>
        <dd class="balance">${money(balance.available, l)}</dd>
      </div>
      ${balance.creditLimit
        ? html`<div>
            <dt>${this.#t.creditLimit}</dt>
            <dd>${money(balance.creditLimit, l)}</dd>
          </div>`
        : nothing}
    </dl>`;
    let body: TemplateResult;
    if (balance.mode === 'postpaid') {
      body = html`<div class="alert" part="status">${infoIcon}<h3>${this.#t.postpaidTitle}</h3><p>${this.#t.postpaidBody}</p></div>`;
    } else if (methods.length === 0) {
      body = emptyState({ title: this.#t.noMethodsTitle, message: this.#t.noMethodsBody });
    } else if (this.result) {
      body = this.result.status === 'pending' ? this.#renderTransfer(this.result) : this.#renderSuccess(this.result);
    } else {
      body = this.#renderForm(balance.available.currency, methods);
    }
    return html`${summary}${body}`;
  }

  #check(currency: string, methods: PaymentMethod[]): TopUpCheck {
    const method = methods.find((m) => m.id === this.paymentMethodId);
    return checkTopUp({ amountText: this.amountText, paymentMethodId: method?.id, methodType: method?.type, blikCode: this.blikCode }, currency, this.effectiveLocale);
  }

  #amountMessage(problem: AmountProblem | undefined, currency: string): string | undefined {
    if (!problem) return undefined;
    const e = this.#t.errors;
    const l = this.effectiveLocale;
    switch (problem.kind) {
      case 'minimum':
        return e.minimum({ min: money(problem.min, l) });
      case 'maximum':
        return e.maximum({ max: money(problem.max, l) });
      case 'currency':
        return e.currency({ currency });
      default:
        return e[problem.kind];
    }
  }

  #renderForm(currency: string, methods: PaymentMethod[]): TemplateResult {
    const t = this.#t;
    const l = this.effectiveLocale;
    const check = this.#check(currency, methods);
    const { min, max } = limitsIn(currency);
    const showAmount = this.submitted || this.touched.amount || isFinal(check.amount);
    const amountError = this.serverErrors.amount ?? (showAmount ? this.#amountMessage(check.amount, currency) : undefined);
    const selected = methods.find((m) => m.id === this.paymentMethodId);
    const blikError = this.serverErrors.blik ?? (this.submitted || this.touched.blik ? check.blik && t.errors[check.blik] : undefined);
    const methodError = this.serverErrors.method ?? (this.submitted && check.method ? t.errors.method : undefined);
    const symbol = currencySymbol(currency, this.effectiveLocale);

    return html`<form part="form" class="stack" novalidate @submit=${this.#onSubmit}>
      <div class="field">
        <label class="label" part="label" for="amount">${t.amount}</label>
        <div class="amount">
          <input
            id="amount"
            class="input"
            part="input"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            aria-invalid=${amountError ? 'true' : 'false'}
            aria-describedby=${amountError ? 'amount-hint amount-error' : 'amount-hint'}
            .value=${this.amountText}
            @input=${this.#onAmountInput}
            @change=${this.#forwardChange}
            @blur=${leftField(() => this.#touch('amount', this.amountText))}
          />
          <span class="currency" aria-hidden="true">${symbol}</span>
        </div>
        <p id="amount-hint" class="hint">${t.amountHint({ min: money(min, l), max: money(max, l) })}</p>
        ${amountError ? html`<p id="amount-error" class="field-error" part="error">${alertIcon}<span>${amountError}</span></p>` : nothing}
        <div class="quick" role="group" aria-label=${t.quickAmounts}>
          ${QUICK_AMOUNTS.map((amount) => {
            const pressed = check.money?.amount === amount;
            return html`<button type="button" class="button button--secondary chip" part="button" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => this.#pick(amount, currency)}>
              ${money({ amount, currency }, l)}
            </button>`;
          })}
        </div>
      </div>

      <fieldset class="methods" aria-describedby=${methodError ? 'method-error' : nothing}>
        <legend class="label" part="label">${t.paymentMethod}</legend>
        ${methods.map(
          (method) => html`<label class="method">
            <input type="radio" name="method" .value=${method.id} .checked=${method.id === this.paymentMethodId} @change=${this.#onMethod} />
            <span class="method-text">
              <span class="method-name">${method.type === 'card' ? method.label : t.methodName[method.type]}</span>
              <span class="hint">${t.methodNote[method.type]}</span>
            </span>
          </label>`,
        )}
        ${methodError ? html`<p id="method-error" class="field-error" part="error">${alertIcon}<span>${methodError}</span></p>` : nothing}
      </fieldset>

      ${selected?.type === 'blik'
        ? html`<div class="field blik">
            <label class="label" part="label" for="blik">${t.blikCode}</label>
            <input
              id="blik"
              class="input"
              part="input"
              inputmode="numeric"
              .autocomplete=${"one-time-code"}
              maxlength="7"
              aria-invalid=${blikError ? 'true' : 'false'}
              aria-describedby=${blikError ? 'blik-hint blik-error' : 'blik-hint'}
              .value=${this.blikCode}
              @input=${(e: InputEvent) => this.#edit({ blikCode: (e.target as HTMLInputElement).value })}
              @blur=${leftField(() => this.#touch('blik', this.blikCode))}
            />
            <p id="blik-hint" class="hint">${t.blikHint}</p>
            ${blikError ? html`<p id="blik-error" class="field-error" part="error">${alertIcon}<span>${blikError}</span></p>` : nothing}
          </div>`
        : nothing}
      ${this.declined
        ? html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p id="action-error" tabindex="-1">${t.declined}</p></div>`
        : this.actionError
          ? html`<div class="alert alert--error" role="alert" part="error">
              ${alertIcon}
              <h3 id="action-error" tabindex="-1">${this.common.actionFailed}</h3>
              <p>
                ${isA(this.actionError, ConflictError) && this.actionError.code === 'idempotency_key_in_flight'
                  ? this.#t.stillProcessing
                  : this.describe(this.actionError)}
              </p>
              <button type="submit" class="button button--secondary" part="button retry">${retryIcon}${this.common.retry}</button>
            </div>`
          : nothing}

      <button type="submit" class="button button--primary submit" part="button submit" aria-disabled=${this.submitting ? 'true' : 'false'}>
        ${this.submitting ? html`<span class="spinner" aria-hidden="true"></span>${t.submitting}` : t.submit({ amount: check.money && money(check.money, l) })}
      </button>
    </form>`;
  }

  #renderSuccess(topUp: TopUp): TemplateResult {
    return html`<div class="alert alert--success" part="status">
      ${checkIcon}
      <h3 id="result-title" tabindex="-1">${this.#t.successTitle}</h3>
      <p>${this.#successText(topUp)}</p>
      ${this.madeEarlier ? html`<p>${this.#t.madeEarlier}</p>` : nothing}
      <button type="button" class="button button--secondary" part="button" @click=${() => this.#startOver(true)}>${this.#t.again}</button>
    </div>`;
  }

  #renderTransfer(topUp: TopUp): TemplateResult {
    return html`<div class="stack">
      <div class="alert alert--warning" part="status">
        ${clockIcon}
        <h3 id="result-title" tabindex="-1">${this.#t.pendingTitle}</h3>
        <p>${this.#t.pendingBody({ amount: money(topUp.amount, this.effectiveLocale) })}</p>
        ${this.madeEarlier ? html`<p>${this.#t.madeEarlier}</p>` : nothing}
      </div>
      ${this.transferUnavailable
        ? html`<div class="alert alert--error" role="alert" part="error">
            ${alertIcon}
            <p>${this.common.unreachable}</p>
            <button type="button" class="button button--secondary" part="button retry" @click=${this.#retryTransfer}>${retryIcon}${this.common.retry}</button>
          </div>`
        : html`<portico-bank-transfer .topUp=${topUp} .client=${this.activeClient} locale=${this.effectiveLocale}></portico-bank-transfer>`}
      <button type="button" class="button button--link" part="button" @click=${() => this.#startOver(true)}>${this.#t.again}</button>
    </div>`;
  }

  #onAmountInput = (event: InputEvent): void => {
    this.#edit({ amountText: (event.target as HTMLInputElement).value });
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => this.#touch('amount', this.amountText), SETTLED_AFTER);
  };

  /** A field left with something in it, or paused over, shows its errors from now on. */
  #touch(field: 'amount' | 'blik', value: string): void {
    if (value !== '' && !this.touched[field]) this.touched = { ...this.touched, [field]: true };
  }

  /** Any edit starts a new user action: errors the server gave for the old input no longer apply. */
  #edit(change: { amountText?: string; blikCode?: string; paymentMethodId?: string }): void {
    if (change.amountText !== undefined) this.amountText = change.amountText;
    if (change.blikCode !== undefined) this.blikCode = change.blikCode;
    if (change.paymentMethodId !== undefined) this.paymentMethodId = change.paymentMethodId;
    this.serverErrors = {};
    this.declined = false;
    this.actionError = undefined;
    this.#syncFormValue();
  }

  /**
   * Code that changes the text (a quick amount, a reset) writes it here: into the input at
   * once (its binding would only follow at the next render), then into the state.
   */
  #write(id: 'amount' | 'blik', text: string): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
    if (input) input.value = text;
    this.#edit(id === 'amount' ? { amountText: text } : { blikCode: text });
  }

  #pick(amount: number, currency: string): void {
    this.#write('amount', plainAmount({ amount, currency }, this.effectiveLocale));
    this.touched = { ...this.touched, amount: true };
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.#forwardChange();
  }

  #onMethod = (event: Event): void => {
    const id = (event.target as HTMLInputElement).value;
    // The BLIK field goes when another method is chosen; a code typed into it must go too.
    this.#edit({ paymentMethodId: id, blikCode: '' });
    if (this.#load.value?.methods.find((m) => m.id === id)?.type === 'bank_transfer') void loadBankTransfer();
    this.#forwardChange();
  };

  /** `change` does not cross the shadow boundary by itself; `input` does. */
  #forwardChange = (): void => {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  #syncFormValue(): void {
    const data = new FormData();
    data.set('amount', this.amountText);
    if (this.paymentMethodId) data.set('paymentMethodId', this.paymentMethodId);
    this.#internals.setFormValue(data);
  }

  #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const loaded = this.#load.value;
    const client = this.activeClient;
    if (this.submitting || !loaded || !client) return;
    this.submitted = true;
    const check = this.#check(loaded.balance.available.currency, loaded.methods);
    if (!check.params) {
      this.#focus.request(check.amount ? '#amount' : check.method ? 'input[name=method]' : '#blik');
      return;
    }
    if (!this.dispatchEvent(new PorticoTopUpSubmitEvent(check.params))) return;

    const action = (this.#action ??= new IdempotentAction());
    this.submitting = true;
    // The failure's alert, and its Retry that may hold focus, go: focus waits on the send button.
    if (this.actionError || this.declined) this.#focus.request('.submit');
    this.actionError = undefined;
    this.declined = false;
    let sent: { result: TopUp; earlier: boolean };
    try {
      sent = await action.send(check.params, (body, idempotencyKey) => client.request(topUpCreate, { body }, { idempotencyKey }));
    } catch (error) {
      if (client === this.activeClient) this.#submitFailed(error, loaded.balance.available.currency);
      return;
    } finally {
      this.submitting = false;
    }
    // Made for a customer no longer shown: its result is not this one's to see.
    if (client !== this.activeClient) return;
    // The top-up exists now: nothing below may undo that or lead to a second one.
    const topUp = sent.result;
    this.#action = undefined;
    this.madeEarlier = sent.earlier;
    if (topUp.status === 'failed') {
      // A declined BLIK code cannot be used again: the next attempt is a new action with a new code.
      this.#write('blik', '');
      this.declined = true;
      this.#focus.request('#action-error');
      return;
    }
    this.result = topUp;
    this.#focus.request('#result-title');
    this.announce(topUp.status === 'pending' ? this.#t.pendingTitle : `${this.#t.successTitle}. ${this.#successText(topUp)}`);
    this.dispatchEvent(new PorticoTopUpCompleteEvent(topUp));
    if (topUp.status === 'pending') this.#retryTransfer();
    const read = ++this.#balanceReads;
    try {
      // The new balance; if it cannot be read now, the old one stays and the result still stands.
      const balance = await client.request(balanceRetrieve, {});
      if (read !== this.#balanceReads) return;
      this.#balanceAfter = topUp.id;
      this.balance = balance;
      if (topUp.status === 'succeeded') this.announcement = `${this.#t.successTitle}. ${this.#successText(topUp)}`;
    } catch (error) {
      if (read === this.#balanceReads) this.reportError(error, 'load');
    }
  };

  #submitFailed(error: unknown, currency: string): void {
    this.reportError(error, 'submit');
    if (isA(error, ConflictError) && error.code === 'postpaid_account') {
      // The account is billed by invoice now: the reload shows why it cannot be topped up.
      this.#action = undefined;
      void this.#load.run();
      return;
    }
    if (answered(error)) this.#action = undefined;
    const fields = isA(error, ValidationError) ? this.#serverFieldErrors(error, currency) : {};
    if (Object.keys(fields).length) {
      this.serverErrors = fields;
      this.#focus.request(fields.amount ? '#amount' : fields.blik ? '#blik' : 'input[name=method]');
      if (isA(error, ValidationError) && error.fieldErrors.some((f) => f.code === 'currency_mismatch')) void this.#load.run();
    } else {
      this.actionError = error;
      this.#focus.request('#action-error');
    }
  }

  /** "50,00 zł has been added…", with the new balance once it is known. */
  #successText(topUp: TopUp): string {
    const l = this.effectiveLocale;
    const amount = money(topUp.amount, l);
    return this.balance && this.#balanceAfter === topUp.id ? this.#t.successBody({ amount, balance: money(this.balance.available, l) }) : this.#t.successAdded({ amount });
  }

  #retryTransfer = (): void => {
    this.transferUnavailable = false;
    loadBankTransfer().catch(() => {
      bankTransfer = undefined;
      this.transferUnavailable = true;
    });
  };

  /** The server's field errors, in the same words as the form's own checks. */
  #serverFieldErrors(error: ValidationError, currency: string): { amount?: string; blik?: string; method?: string } {
    const t = this.#t.errors;
    const { min, max } = limitsIn(currency);
    const fields: { amount?: string; blik?: string; method?: string } = {};
    for (const fieldError of error.fieldErrors) {
      const field = fieldOf(fieldError);
      if (!field || fields[field]) continue;
      const code = fieldError.code;
      if (field === 'amount') {
        const problem: AmountProblem =
          code === 'too_small' ? { kind: 'minimum', min } : code === 'too_big' ? { kind: 'maximum', max } : { kind: code === 'currency_mismatch' ? 'currency' : 'invalid' };
        // The account's currency, as the server says it; the form reloads to learn it too.
        fields.amount = this.#amountMessage(problem, String(fieldError.params?.expected ?? currency));
      } else fields[field] = field === 'blik' ? t[code === 'required' ? 'blikRequired' : 'blikFormat'] : t.method;
    }
    return fields;
  }

  #startOver(focus: boolean): void {
    this.result = undefined;
    this.#write('amount', '');
    this.#write('blik', '');
    this.touched = { amount: false, blik: false };
    this.submitted = false;
    this.actionError = undefined;
    this.declined = false;
    this.serverErrors = {};
    this.#action = undefined;
    this.madeEarlier = false;
    this.#syncFormValue();
    if (focus) this.#focus.request('#amount');
  }
}


function currencySymbol(currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
}
