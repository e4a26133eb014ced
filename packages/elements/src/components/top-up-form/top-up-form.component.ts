import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { balanceRetrieve, paymentMethodList, topUpCreate, type Balance, type PaymentMethod, type TopUp, type TopUpCreateParams } from '@portico/sdk/account';
import { ConflictError, IdempotencyError, isA, ValidationError } from '@portico/sdk/core';
import { PorticoFormControl, type FormFields, type FormProblem } from '../../base/form-control.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { unavailableState } from '../../base/unavailable.ts';
import { infoIcon } from '../../base/icons.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { Resource } from '../../controllers/resource.ts';
import { PorticoTopUpCompleteEvent, PorticoTopUpSubmitEvent } from '../../events/top-up.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { money, plainAmount } from '../../i18n/format.ts';
import { messages, type TopUpMessages } from './top-up-form.messages.ts';
import { styles } from './top-up-form.styles.ts';
import { checkTopUp, type TopUpCheck } from './top-up-validation.ts';
import { TopUpDraft, type DraftValues } from './top-up-draft.ts';
import { problemOf, renderFields, renderSummary, serverFieldMessages, type Failure } from './top-up-fields.ts';
import { loadBankTransfer, renderResult } from './top-up-result.ts';

interface Account {
  balance: Balance;
  methods: PaymentMethod[];
}

/**
 * @tag portico-top-up-form
 * @summary Tops up a prepaid balance by card, BLIK or bank transfer (FEATURES A1).
 *
 * Shows the balance, takes an amount as a person types it in Polish or English, checks the
 * 20 PLN minimum as they type, and sends one top-up per user action: a retry after a failure
 * reuses the action's idempotency key, even with a changed amount, so a flaky network never
 * charges twice (if the first try had gone through, that is the top-up shown). A bank
 * transfer shows the transfer details and takes the bank's payment confirmation through
 * `<portico-bank-transfer>`, which loads only then. A portal user who may see the balance but
 * not top it up (read-only access) is told so, and why, where the form would be; one without
 * the `finances` permission is told that the form is not available to them.
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
 * @csspart unavailable - Shown to a portal user who may not top up, with why.
 *
 * @cssproperty --portico-top-up-form-accent - The colour of the submit button and chosen options; defaults to `--portico-color-primary`.
 */
export class PorticoTopUpForm extends PorticoFormControl<TopUpMessages> {
  static override styles = [sharedStyles, styles];
  static readonly messages = messages;

  /** The transfer details' code could not be loaded (offline after paying). */
  @state() private transferUnavailable = false;

  readonly #focus = new FocusAfterRender(this);
  readonly #permissions = new Permissions(this, () => this.activeClient);

  readonly #account = new Resource(this, {
    args: () => [this.activeClient] as const,
    load: async ([client], signal): Promise<Account> => {
      if (!client) throw new MissingClientError('portico-top-up-form');
      // Payment methods fit in one page: a customer has a handful.
      const [balance, methods] = await Promise.all([client.request(balanceRetrieve, {}, { signal }), client.request(paymentMethodList, {}, { signal })]);
      return { balance, methods: methods.data };
    },
    onError: (error) => {
      if (isA(error, MissingClientError)) console.error(error.message);
      this.reportError(error, 'load');
    },
  });

  /** One payment per user action: its retries charge once, even with a changed amount. */
  readonly #payment = new Action<TopUpCreateParams, TopUp>(this, {
    idempotent: true,
    send: (body, { idempotencyKey }) => this.activeClient!.request(topUpCreate, { body }, { idempotencyKey }),
    // The failure's alert, and its Retry that may hold focus, go: focus waits on the send button.
    focus: { busy: '.submit' },
  });

  /** The balance read after the top-up made: a success names it only once it is read. */
  readonly #balanceAfter = new Resource(this, {
    args: () => [this.activeClient, this.#made?.id] as const,
    load: async ([client, made], signal) => (client && made ? client.request(balanceRetrieve, {}, { signal }) : null),
    // If it cannot be read now, the balance loaded with the form stays and the result still stands.
    onError: (error) => this.reportError(error, 'load'),
    onComplete: (balance) => {
      const made = this.#made;
      if (balance && made?.status === 'succeeded') this.announcement = `${this.t.successTitle}. ${this.#successText(made)}`;
    },
  });

  /** Another customer's client: nothing typed, chosen or paid for the last one may stay. */
  readonly #draft = new TopUpDraft(this, () => this.#account.scope, () => {
    this.#payment.reset();
    this.transferUnavailable = false;
  });

  /** The top-up made by the last action (a declined one made nothing). */
  get #made(): TopUp | undefined {
    const result = this.#payment.result;
    return result?.status === 'failed' ? undefined : result;
  }

  get #declined(): boolean {
    return this.#payment.result?.status === 'failed';
  }

  protected formFields(): FormFields {
    const method = this.#selected(this.#account.value?.methods ?? []);
    return { amount: this.#draft.values.amountText, ...(method ? { paymentMethodId: method.id } : {}) };
  }

  /** The first thing the form would say at submit, for a surrounding `<form>`'s check. */
  protected override formProblem(): FormProblem | undefined {
    const account = this.#account.value;
    if (!account) return { flag: 'valueMissing', message: this.common.loading };
    if (account.balance.mode === 'postpaid' || !account.methods.length || this.#made) return undefined;
    const unavailable = this.#unavailable;
    if (unavailable) return { flag: 'customError', message: unavailable };
    return problemOf(this.#check(account), this.t, this.effectiveLocale, account.balance.available.currency);
  }

  /** The surrounding form was checked: every field says what is wrong with it. */
  protected override formInvalid(): void {
    this.#draft.submit();
  }

  /** Back to an empty form. */
  protected formReset(): void {
    this.#startOver(false);
  }

  /** The browser's back/forward brings back the amount and method typed and chosen. */
  protected formRestore(fields: FormData): void {
    const method = fields.get('paymentMethodId');
    this.#draft.edit({ amountText: String(fields.get('amount') ?? ''), ...(typeof method === 'string' ? { paymentMethodId: method } : {}) });
  }

  protected override render(): TemplateResult {
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title" aria-busy=${this.#account.loading ? 'true' : 'false'}>
      <header part="header"><h2 part="title" id="title" tabindex="-1">${this.#account.value?.balance.mode === 'postpaid' ? this.t.postpaidHeading : this.t.title}</h2></header>
      ${this.#account.render({
        content: (account) => this.#renderContent(account),
        error: (error) =>
          this.loadFailed(error, () => void this.#account.refresh()),
        loading: () =>
          loadingState(
            this.common.loading,
            html`<div class="stack">${['balance', 'hint', 'field', 'methods', 'submit'].map((shape) => html`<span class="skeleton skeleton--${shape}"></span>`)}</div>`,
          ),
      })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderContent(account: Account): TemplateResult {
    const balance = this.#balanceAfter.value ?? account.balance;
    return html`${renderSummary(balance, this.t, this.effectiveLocale)}${this.#renderBody(account, balance)}`;
  }

  #renderBody(account: Account, balance: Balance): TemplateResult {
    const t = this.t;
    if (balance.mode === 'postpaid') return html`<div class="alert" part="status">${infoIcon}<h3>${t.postpaidTitle}</h3><p>${t.postpaidBody}</p></div>`;
    if (account.methods.length === 0) return emptyState({ title: t.noMethodsTitle, message: t.noMethodsBody });
    // A form the user could fill in but never send is not offered: why is said in its place.
    const unavailable = this.#unavailable;
    if (unavailable) return unavailableState('top-up-unavailable', this.common.notAllowedTitle, unavailable);
    const made = this.#made;
    if (made) {
      return renderResult({
        t,
        common: this.common,
        locale: this.effectiveLocale,
        topUp: made,
        text: this.#successText(made),
        earlier: this.#payment.earlier,
        client: this.activeClient,
        transferUnavailable: this.transferUnavailable,
        onRetryTransfer: this.#retryTransfer,
        onAgain: () => this.#startOver(true),
      });
    }
    const currency = balance.available.currency;
    const server = serverFieldMessages(this.#payment.error, this.t, this.effectiveLocale, currency);
    const error = this.#payment.error;
    const failure: Failure | undefined = this.#declined
      ? { kind: 'declined' }
      : error !== undefined && !Object.keys(server).length
        ? { kind: 'error', message: isA(error, IdempotencyError) && error.code === 'idempotency_key_in_flight' ? t.stillProcessing : this.describe(error) }
        : undefined;
    return renderFields({
      t,
      common: this.common,
      locale: this.effectiveLocale,
      currency,
      methods: account.methods,
      selected: this.#selected(account.methods),
      draft: this.#draft,
      check: this.#check(account),
      server,
      failure,
      busy: this.#payment.busy,
      disabled: this.formDisabled,
      on: {
        submit: this.#onSubmit,
        amount: (event) => {
          this.#edit({});
          this.#draft.typeAmount((event.target as HTMLInputElement).value);
        },
        pick: (amount) => this.#pick(amount, currency),
        method: this.#onMethod,
        blik: (event) => this.#edit({ blikCode: (event.target as HTMLInputElement).value }),
        change: this.#forwardChange,
      },
    });
  }

  /** Why the portal user may not top up; undefined when they may. */
  get #unavailable(): string | undefined {
    return this.#permissions.reason(topUpCreate, this.common);
  }

  /** The method chosen, else the first: a person who chooses nothing pays the usual way. */
  #selected(methods: PaymentMethod[]): PaymentMethod | undefined {
    return methods.find((m) => m.id === this.#draft.values.paymentMethodId) ?? methods[0];
  }

  #check(account: Account): TopUpCheck {
    const method = this.#selected(account.methods);
    const { amountText, blikCode } = this.#draft.values;
    return checkTopUp({ amountText, blikCode, paymentMethodId: method?.id, methodType: method?.type }, account.balance.available.currency, this.effectiveLocale);
  }

  /** Any edit starts a new user action: what the server said of the old input no longer applies. */
  #edit(change: Partial<DraftValues>): void {
    this.#draft.edit(change);
    if (this.#declined) this.#payment.reset();
    else this.#payment.clearError();
  }

  #pick(amount: number, currency: string): void {
    this.#edit({ amountText: plainAmount({ amount, currency }, this.effectiveLocale) });
    this.#draft.touch('amount');
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.#forwardChange();
  }

  #onMethod = (event: Event): void => {
    const id = (event.target as HTMLInputElement).value;
    // The BLIK field goes when another method is chosen; a code typed into it must go too.
    this.#edit({ paymentMethodId: id, blikCode: '' });
    if (this.#account.value?.methods.find((m) => m.id === id)?.type === 'bank_transfer') void loadBankTransfer();
    this.#forwardChange();
  };

  /** `change` does not cross the shadow boundary by itself; `input` does. */
  #forwardChange = (): void => {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const account = this.#account.value;
    if (this.#payment.busy || this.formDisabled || !account || !this.activeClient || this.#unavailable) return;
    this.#draft.submit();
    const check = this.#check(account);
    if (!check.params) {
      this.#focus.request(check.amount ? '#amount' : check.method ? 'input[name=method]' : '#blik');
      return;
    }
    if (!this.dispatchEvent(new PorticoTopUpSubmitEvent(check.params))) return;
    if (this.#declined) {
      this.#payment.reset();
      this.#focus.request('.submit');
    }
    const topUp = await this.#payment.run(check.params);
    if (!topUp) {
      if (this.#payment.error !== undefined) this.#submitFailed(this.#payment.error);
      return;
    }
    if (topUp.status === 'failed') {
      // A declined BLIK code cannot be used again: the next attempt is a new action with a new code.
      this.#draft.edit({ blikCode: '' });
      this.#focus.request('#action-error');
      return;
    }
    this.#focus.request('#result-title');
    this.announce(topUp.status === 'pending' ? this.t.pendingTitle : `${this.t.successTitle}. ${this.#successText(topUp)}`);
    this.dispatchEvent(new PorticoTopUpCompleteEvent(topUp));
    if (topUp.status === 'pending') this.#retryTransfer();
  };

  #submitFailed(error: unknown): void {
    if (isA(error, ConflictError) && error.code === 'postpaid_account') {
      // The account is billed by invoice now: the reload shows why it cannot be topped up.
      this.#payment.reset();
      void this.#account.refresh();
      return;
    }
    const fields = serverFieldMessages(error, this.t, this.effectiveLocale, this.#account.value?.balance.available.currency ?? '');
    if (!Object.keys(fields).length) return this.#focus.request('#action-error');
    this.#focus.request(fields.amount ? '#amount' : fields.blik ? '#blik' : 'input[name=method]');
    if (isA(error, ValidationError) && error.fieldErrors.some((f) => f.code === 'currency_mismatch')) void this.#account.refresh();
  }

  /** "50,00 zł has been added…", with the new balance once it is known. */
  #successText(topUp: TopUp): string {
    const l = this.effectiveLocale;
    const amount = money(topUp.amount, l);
    const after = this.#balanceAfter.value;
    return after ? this.t.successBody({ amount, balance: money(after.available, l) }) : this.t.successAdded({ amount });
  }

  #retryTransfer = (): void => {
    this.transferUnavailable = false;
    loadBankTransfer().catch(() => (this.transferUnavailable = true));
  };

  #startOver(focus: boolean): void {
    this.#draft.reset();
    this.#payment.reset();
    if (focus) this.#focus.request('#amount');
  }
}
