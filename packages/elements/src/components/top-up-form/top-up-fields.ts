import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Balance, PaymentMethod } from '@portico/sdk/account';
import type { FormProblem } from '../../base/form-control.ts';
import { isA, ValidationError } from '@portico/sdk/core';
import { type Locale } from '../../i18n/locale.ts';
import type { CommonMessages } from '../../i18n/common.messages.ts';
import { money } from '../../i18n/format.ts';
import { alertIcon, retryIcon } from '../../base/icons.ts';
import { leftField } from '../../base/left-field.ts';
import type { TopUpMessages } from './top-up-form.messages.ts';
import type { TopUpDraft } from './top-up-draft.ts';
import { fieldOf, isFinal, limitsIn, type AmountProblem, type TopUpCheck } from './top-up-validation.ts';

/** Amounts offered as one-tap choices, in minor units. */
const QUICK_AMOUNTS = [2000, 5000, 10_000, 20_000];

/** What the server said about a field, in the form's own words. */
export type FieldMessages = Partial<Record<'amount' | 'blik' | 'method', string>>;

/** Why the last try did not make a top-up, when it is not a field's fault. */
export type Failure = { kind: 'declined' } | { kind: 'error'; message: string };

export interface FieldsView {
  t: TopUpMessages;
  common: CommonMessages;
  locale: Locale;
  currency: string;
  methods: PaymentMethod[];
  selected?: PaymentMethod;
  draft: TopUpDraft;
  check: TopUpCheck;
  server: FieldMessages;
  failure?: Failure;
  busy: boolean;
  /** Disabled as a form control (its own `disabled`, or a disabled fieldset around it): nothing can be typed or sent. */
  disabled: boolean;
  on: {
    submit: (event: Event) => void;
    amount: (event: InputEvent) => void;
    pick: (amount: number) => void;
    method: (event: Event) => void;
    blik: (event: InputEvent) => void;
    change: () => void;
  };
}

/** "5 PLN is too little", "use a full stop or comma": a problem with the amount in words. */
export function amountMessage(t: TopUpMessages, locale: Locale, problem: AmountProblem | undefined, currency: string): string | undefined {
  if (!problem) return undefined;
  switch (problem.kind) {
    case 'minimum':
      return t.errors.minimum({ min: money(problem.min, locale) });
    case 'maximum':
      return t.errors.maximum({ max: money(problem.max, locale) });
    case 'currency':
      return t.errors.currency({ currency });
    default:
      return t.errors[problem.kind];
  }
}

/** What a surrounding form's check is told: the first problem, flagged as a native control would be. */
export function problemOf(check: TopUpCheck, t: TopUpMessages, locale: Locale, currency: string): FormProblem | undefined {
  const amount = check.amount;
  if (amount) {
    const flag = amount.kind === 'empty' ? 'valueMissing' : amount.kind === 'minimum' ? 'rangeUnderflow' : amount.kind === 'maximum' ? 'rangeOverflow' : 'badInput';
    return { flag, message: amountMessage(t, locale, amount, currency)!, field: 'amount' };
  }
  if (check.blik) return { flag: check.blik === 'blikRequired' ? 'valueMissing' : 'patternMismatch', message: t.errors[check.blik], field: 'blik' };
  if (check.method) return { flag: 'valueMissing', message: t.errors.method };
  return undefined;
}

/** The balance and credit limit. A postpaid account owes what it used: "amount due 804,65 zł", not "available −804,65 zł". */
export function renderSummary(balance: Balance, t: TopUpMessages, locale: Locale): TemplateResult {
  const owed = balance.mode === 'postpaid' && balance.available.amount < 0;
  const label = balance.mode === 'postpaid' ? (owed ? t.amountDue : t.postpaidBalance) : t.balance;
  return html`<dl class="summary" part="summary">
    <div>
      <dt>${label}</dt>
      <dd class="balance">${money(owed ? { ...balance.available, amount: -balance.available.amount } : balance.available, locale)}</dd>
    </div>
    ${balance.creditLimit ? html`<div><dt>${t.creditLimit}</dt><dd>${money(balance.creditLimit, locale)}</dd></div>` : nothing}
  </dl>`;
}

/** The server's field errors of a failed try, in the same words as the form's own checks. */
export function serverFieldMessages(error: unknown, t: TopUpMessages, locale: Locale, currency: string): FieldMessages {
  if (!isA(error, ValidationError)) return {};
  const { min, max } = limitsIn(currency);
  const fields: FieldMessages = {};
  for (const fieldError of error.fieldErrors) {
    const field = fieldOf(fieldError);
    if (!field || fields[field]) continue;
    const code = fieldError.code;
    if (field === 'amount') {
      const problem: AmountProblem =
        code === 'too_small' ? { kind: 'minimum', min } : code === 'too_big' ? { kind: 'maximum', max } : { kind: code === 'currency_mismatch' ? 'currency' : 'invalid' };
      // The account's currency, as the server says it; the form reloads to learn it too.
      fields.amount = amountMessage(t, locale, problem, String(fieldError.params?.expected ?? currency));
    } else fields[field] = field === 'blik' ? t.errors[code === 'required' ? 'blikRequired' : 'blikFormat'] : t.errors.method;
  }
  return fields;
}

function currencySymbol(currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
}

const fieldError = (id: string, message: string | undefined) => (message ? html`<p id=${id} class="field-error" part="error">${alertIcon}<span>${message}</span></p>` : nothing);

/** The top-up form: amount with quick choices, payment method, BLIK code, the failure, send. */
export function renderFields(view: FieldsView): TemplateResult {
  const { t, locale: l, currency, check, draft, server, on } = view;
  const { min, max } = limitsIn(currency);
  const { touched, submitted, values } = draft;
  const amountError = server.amount ?? (submitted || touched.amount || isFinal(check.amount) ? amountMessage(t, l, check.amount, currency) : undefined);
  const blikError = server.blik ?? (submitted || touched.blik ? check.blik && t.errors[check.blik] : undefined);
  const methodError = server.method ?? (submitted && check.method ? t.errors.method : undefined);

  return html`<form part="form" novalidate @submit=${on.submit}>
    <fieldset class="stack" ?disabled=${view.disabled}>
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
          .value=${live(values.amountText)}
          @input=${on.amount}
          @change=${on.change}
          @blur=${leftField(() => draft.touch('amount'))}
        />
        <span class="currency" aria-hidden="true">${currencySymbol(currency, l)}</span>
      </div>
      <p id="amount-hint" class="hint">${t.amountHint({ min: money(min, l), max: money(max, l) })}</p>
      ${fieldError('amount-error', amountError)}
      <div class="quick" role="group" aria-label=${t.quickAmounts}>
        ${QUICK_AMOUNTS.map(
          (amount) => html`<button type="button" class="button button--secondary chip" part="button" aria-pressed=${check.money?.amount === amount ? 'true' : 'false'} @click=${() => on.pick(amount)}>
            ${money({ amount, currency }, l)}
          </button>`,
        )}
      </div>
    </div>

    <fieldset class="methods" aria-describedby=${methodError ? 'method-error' : nothing}>
      <legend class="label" part="label">${t.paymentMethod}</legend>
      ${view.methods.map(
        (method) => html`<label class="method">
          <input type="radio" name="method" .value=${method.id} .checked=${method.id === view.selected?.id} @change=${on.method} />
          <span class="method-text">
            <span class="method-name">${method.type === 'card' ? method.label : t.methodName[method.type]}</span>
            <span class="hint">${t.methodNote[method.type]}</span>
          </span>
        </label>`,
      )}
      ${fieldError('method-error', methodError)}
    </fieldset>

    ${view.selected?.type === 'blik'
      ? html`<div class="field blik">
          <label class="label" part="label" for="blik">${t.blikCode}</label>
          <input
            id="blik"
            class="input"
            part="input"
            inputmode="numeric"
            .autocomplete=${'one-time-code'}
            maxlength="7"
            aria-invalid=${blikError ? 'true' : 'false'}
            aria-describedby=${blikError ? 'blik-hint blik-error' : 'blik-hint'}
            .value=${live(values.blikCode)}
            @input=${on.blik}
            @blur=${leftField(() => draft.touch('blik'))}
          />
          <p id="blik-hint" class="hint">${t.blikHint}</p>
          ${fieldError('blik-error', blikError)}
        </div>`
      : nothing}
    ${renderFailure(view)}

    <button type="submit" class="button button--primary submit" part="button submit" aria-disabled=${view.busy ? 'true' : 'false'}>
      ${view.busy ? html`<span class="spinner" aria-hidden="true"></span>${t.submitting}` : t.submit({ amount: check.money && money(check.money, l) })}
    </button>
    </fieldset>
  </form>`;
}

function renderFailure({ failure, t, common }: FieldsView): TemplateResult | typeof nothing {
  if (!failure) return nothing;
  if (failure.kind === 'declined') return html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p id="action-error" tabindex="-1">${t.declined}</p></div>`;
  return html`<div class="alert alert--error" role="alert" part="error">
    ${alertIcon}
    <h3 id="action-error" tabindex="-1">${common.actionFailed}</h3>
    <p>${failure.message}</p>
    <button type="submit" class="button button--secondary" part="button retry">${retryIcon}${common.retry}</button>
  </div>`;
}
