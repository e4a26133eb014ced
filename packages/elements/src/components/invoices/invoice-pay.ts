import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { balanceRetrieve, invoicePay, invoiceRetrieve, paymentMethodList, type Balance, type Invoice, type InvoicePayParams, type InvoiceSummary, type PaymentMethod } from '@portico/sdk/account';
import { ConflictError, IdempotencyError, isA, ValidationError } from '@portico/sdk/core';
import { alertIcon, checkIcon, infoIcon } from '../../base/icons.ts';
import { errorState, loadingState } from '../../base/states.ts';
import { Action } from '../../controllers/action.ts';
import { ModalDialog } from '../../base/modal-dialog.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { Resource } from '../../controllers/resource.ts';
import { PorticoInvoicePaidEvent, PorticoInvoicePayEvent } from '../../events/invoices.ts';
import { date, money } from '../../i18n/format.ts';
import { InvoiceChangeEvent, InvoicesPart } from './invoices-part.ts';

interface Account {
  balance: Balance;
  cards: PaymentMethod[];
}

/** What the dialog says of a refusal: at the choice of method, or above the buttons. */
type Refusal = { at: 'method' | 'form'; text: string };

/**
 * Pays one invoice: the amount and due date, a choice between the prepaid balance (with what
 * is available, refused here before anything is sent when it does not cover the invoice) and
 * the account's cards, and one payment per user action however often it is retried.
 */
export class PorticoInvoicesPay extends InvoicesPart {
  @state() private target?: InvoiceSummary;
  @state() private chosen?: string;
  @state() private refusal?: Refusal;
  /** The invoice shown last: once paid, its Pay button is gone and focus goes to its PDF. */
  #lastId?: string;
  readonly #dialog = new ModalDialog(this, {
    onClose: () => (this.target = undefined),
    fallback: () => {
      const id = CSS.escape(this.#lastId ?? '');
      return (this.getRootNode() as ParentNode).querySelector<HTMLElement>(`[data-pdf="${id}"], [data-open="${id}"]`);
    },
  });
  readonly #focus = new FocusAfterRender(this);

  readonly #account = new Resource(this, {
    args: () => [this.client, this.target?.id] as const,
    load: async ([client, id], signal): Promise<Account | null> => {
      if (!client || !id) return null;
      const [balance, methods] = await Promise.all([client.request(balanceRetrieve, {}, { signal }), client.request(paymentMethodList, {}, { signal })]);
      return { balance, cards: methods.data.filter((m) => m.type === 'card') };
    },
  });

  readonly #payment = new Action<InvoicePayParams, Invoice>(this, {
    idempotent: true,
    send: (body, { idempotencyKey, signal }) => this.api.request(invoicePay, { params: { id: this.target!.id }, body }, { idempotencyKey, signal, headers: this.headers }),
    focus: { busy: '#pay-submit' },
  });

  /** Opens the dialog for `invoice`; focus comes back to `opener` when it closes. */
  async show(invoice: InvoiceSummary, opener: HTMLElement): Promise<void> {
    if (this.#payment.busy) return;
    this.#payment.reset();
    this.target = invoice;
    this.chosen = undefined;
    this.refusal = undefined;
    this.#lastId = invoice.id;
    await this.#dialog.show(opener);
  }

  protected override render(): TemplateResult {
    const target = this.target;
    return html`<dialog id="pay-dialog" part="dialog" aria-labelledby="pay-title" @close=${this.#dialog.closed}>
      ${target ? this.#renderBody(target) : nothing}
    </dialog>`;
  }

  #renderBody(invoice: InvoiceSummary): TemplateResult {
    const t = this.t;
    const l = this.locale;
    const paid = this.#payment.result;
    return html`<form class="dialog-body" novalidate @submit=${this.#submit}>
      <h3 id="pay-title">${t.payTitle({ number: invoice.number })}</h3>
      <dl class="pay-summary">
        <div><dt>${t.amountDue}</dt><dd class="pay-amount">${money(invoice.gross, l)}</dd></div>
        <div><dt>${t.dueDate}</dt><dd>${date(invoice.dueDate, l)}</dd></div>
      </dl>
      ${paid
        ? html`<div class="alert alert--success" part="status">
              ${checkIcon}
              <h4 id="pay-result" tabindex="-1">${t.paidTitle}</h4>
              <p>${t.paidBody({ number: paid.number, amount: money(paid.gross, l), how: t.how[paid.paidWith ?? 'card'] })}</p>
              ${this.#payment.earlier ? html`<p>${t.madeEarlier}</p>` : nothing}
            </div>
            <div class="dialog-actions">
              <button type="button" class="button button--primary" part="button" @click=${() => this.#dialog.close()}>${t.close}</button>
            </div>`
        : this.#account.render({
            loading: () => loadingState(this.common.loading, html`<div class="stack"><span class="skeleton skeleton--row"></span><span class="skeleton skeleton--row"></span></div>`),
            error: (error) => errorState({ title: this.common.loadFailed, message: this.describe(error), retryLabel: this.common.retry, onRetry: () => void this.#account.refresh() }),
            content: (account) => (account ? this.#renderChoice(invoice, account) : html``),
          })}
    </form>`;
  }

  #renderChoice(invoice: InvoiceSummary, account: Account): TemplateResult {
    const t = this.t;
    const l = this.locale;
    const prepaid = account.balance.mode === 'prepaid';
    const chosen = this.#chosen(invoice, account);
    const busy = this.#payment.busy;
    const refusal = this.refusal;
    const options = [...(prepaid ? [{ id: 'balance', label: t.fromBalance, hint: t.available({ amount: money(account.balance.available, l) }) }] : []), ...account.cards.map((card) => ({ id: card.id, label: t.byCard({ label: card.label }), hint: '' }))];
    return html`<fieldset class="pay-methods" aria-describedby=${refusal?.at === 'method' ? 'method-error' : nothing}>
        <legend class="label" part="label">${t.method}</legend>
        ${options.map(
          (option) => html`<label class="choice">
            <input type="radio" name="pay-method" id=${`method-${option.id}`} value=${option.id} .checked=${chosen === option.id} @change=${this.#choose} />
            <span>${option.label}${option.hint ? html`<span class="hint">${option.hint}</span>` : nothing}</span>
          </label>`,
        )}
        ${prepaid ? nothing : html`<p class="hint">${infoIcon}${account.cards.length ? t.postpaidNote : t.noCard}</p>`}
        ${refusal?.at === 'method' ? html`<p class="field-error" id="method-error" role="alert" tabindex="-1">${alertIcon}<span>${refusal.text}</span></p>` : nothing}
      </fieldset>
      ${refusal?.at === 'form' ? html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p id="pay-error" tabindex="-1">${refusal.text}</p></div>` : nothing}
      <div class="dialog-actions">
        <button type="button" class="button button--secondary" part="button" @click=${() => this.#dialog.close()}>${t.cancel}</button>
        ${options.length
          ? html`<button id="pay-submit" type="submit" class="button button--primary" part="button submit" aria-disabled=${busy ? 'true' : 'false'}>
              ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.paying}` : t.confirm({ amount: money(invoice.gross, l) })}
            </button>`
          : nothing}
      </div>`;
  }

  /** The method chosen, else the one a person would pick: the balance when it covers the invoice, else the first card. */
  #chosen(invoice: InvoiceSummary, account: Account): string | undefined {
    const ids = [...(account.balance.mode === 'prepaid' ? ['balance'] : []), ...account.cards.map((c) => c.id)];
    if (this.chosen && ids.includes(this.chosen)) return this.chosen;
    const covered = account.balance.mode === 'prepaid' && account.balance.available.amount >= invoice.gross.amount;
    return covered ? 'balance' : (account.cards[0]?.id ?? ids[0]);
  }

  #choose = (event: Event): void => {
    this.chosen = (event.target as HTMLInputElement).value;
    // Another method is a new try: what was said of the last one no longer applies.
    this.refusal = undefined;
    this.#payment.clearError();
  };

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const invoice = this.target;
    const account = this.#account.value;
    if (!invoice || !account || this.#payment.busy || this.#payment.result) return;
    const chosen = this.#chosen(invoice, account);
    if (!chosen) return;
    const params: InvoicePayParams = chosen === 'balance' ? { method: 'balance' } : { method: 'card', paymentMethodId: chosen };
    const { available } = account.balance;
    if (params.method === 'balance' && available.amount < invoice.gross.amount) {
      // Refused here: the balance shown does not cover it, so nothing is sent.
      this.#refuse({ at: 'method', text: this.t.insufficient({ balance: money(available, this.locale), amount: money(invoice.gross, this.locale) }) });
      return;
    }
    if (!this.dispatchEvent(new PorticoInvoicePayEvent(invoice.id, params))) return;
    this.refusal = undefined;
    const paid = await this.#payment.run(params);
    if (!paid) return this.#failed(invoice, this.#payment.error);
    const { lines: _lines, ...summary } = paid;
    this.dispatchEvent(new InvoiceChangeEvent(summary));
    this.dispatchEvent(new PorticoInvoicePaidEvent(paid));
    this.announce(this.t.paidBody({ number: paid.number, amount: money(paid.gross, this.locale), how: this.t.how[paid.paidWith ?? params.method] }));
    this.#focus.request('#pay-result');
  };

  #failed(invoice: InvoiceSummary, error: unknown): void {
    const t = this.t;
    if (error === undefined) return;
    if (isA(error, ConflictError) && error.code === 'already_paid') {
      this.#refuse({ at: 'form', text: t.alreadyPaid });
      // The list shows it as it is now.
      void this.api
        .request(invoiceRetrieve, { params: { id: invoice.id } }, { headers: this.headers })
        .then(({ lines: _lines, ...now }) => this.dispatchEvent(new InvoiceChangeEvent(now)))
        .catch(() => undefined);
      return;
    }
    if (isA(error, ConflictError) && (error.code === 'insufficient_funds' || error.code === 'postpaid_account')) {
      // The balance changed since it was shown: it is read again, and the refusal said at the choice.
      const params = error.fieldErrors[0]?.params ?? {};
      const currency = invoice.gross.currency;
      const text =
        error.code === 'insufficient_funds' && typeof params['balance'] === 'number'
          ? t.insufficient({ balance: money({ amount: params['balance'], currency }, this.locale), amount: money(invoice.gross, this.locale) })
          : t.postpaidNote;
      this.#refuse({ at: 'method', text });
      void this.#account.refresh();
      return;
    }
    if (isA(error, ValidationError) && error.fieldErrors.some((f) => f.code === 'unknown_payment_method')) {
      this.#refuse({ at: 'method', text: this.describe(error) });
      void this.#account.refresh();
      return;
    }
    this.#refuse({ at: 'form', text: isA(error, IdempotencyError) && error.code === 'idempotency_key_in_flight' ? t.stillProcessing : this.describe(error) });
  }

  #refuse(refusal: Refusal): void {
    this.refusal = refusal;
    this.#focus.request(refusal.at === 'method' ? '#method-error' : '#pay-error');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-invoices-pay': PorticoInvoicesPay;
  }
}
