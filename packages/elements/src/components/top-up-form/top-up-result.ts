import { html, nothing, type TemplateResult } from 'lit';
import type { TopUp } from '@portico/sdk/account';
import { alertIcon, checkIcon, clockIcon, retryIcon } from '../../base/icons.ts';
import type { ClientCore } from '@portico/sdk/core';
import type { CommonMessages } from '../../i18n/common.messages.ts';
import type { Locale } from '../../i18n/locale.ts';
import { money } from '../../i18n/format.ts';
import type { TopUpMessages } from './top-up-form.messages.ts';

/**
 * The transfer details and the confirmation upload are their own widget, loaded only by
 * those who pay by transfer: fetched as the person chooses it, before the top-up returns.
 */
let bankTransfer: Promise<unknown> | undefined;
export function loadBankTransfer(): Promise<unknown> {
  bankTransfer ??= import('../bank-transfer/bank-transfer.ts').catch((error: unknown) => {
    bankTransfer = undefined;
    throw error;
  });
  return bankTransfer;
}

export interface ResultView {
  t: TopUpMessages;
  common: CommonMessages;
  locale: Locale;
  topUp: TopUp;
  /** What the success says: the amount, and the new balance once it is read. */
  text: string;
  /** The top-up made is a version sent before the customer changed it (an answer had been lost). */
  earlier: boolean;
  client?: ClientCore;
  /** The transfer details' code could not be loaded (offline after paying). */
  transferUnavailable: boolean;
  onRetryTransfer: () => void;
  onAgain: () => void;
}

/** A top-up made: paid, or waiting for a bank transfer with its details and confirmation upload. */
export function renderResult(view: ResultView): TemplateResult {
  const { t, topUp } = view;
  const earlier = view.earlier ? html`<p>${t.madeEarlier}</p>` : nothing;
  if (topUp.status !== 'pending') {
    return html`<div class="alert alert--success" part="status">
      ${checkIcon}
      <h3 id="result-title" tabindex="-1">${t.successTitle}</h3>
      <p>${view.text}</p>
      ${earlier}
      <button type="button" class="button button--secondary" part="button" @click=${view.onAgain}>${t.again}</button>
    </div>`;
  }
  return html`<div class="stack">
    <div class="alert alert--warning" part="status">
      ${clockIcon}
      <h3 id="result-title" tabindex="-1">${t.pendingTitle}</h3>
      <p>${t.pendingBody({ amount: money(topUp.amount, view.locale) })}</p>
      ${earlier}
    </div>
    ${view.transferUnavailable
      ? html`<div class="alert alert--error" role="alert" part="error">
          ${alertIcon}
          <p>${view.common.unreachable}</p>
          <button type="button" class="button button--secondary" part="button retry" @click=${view.onRetryTransfer}>${retryIcon}${view.common.retry}</button>
        </div>`
      : html`<portico-bank-transfer .topUp=${topUp} .client=${view.client} locale=${view.locale}></portico-bank-transfer>`}
    <button type="button" class="button button--link" part="button" @click=${view.onAgain}>${t.again}</button>
  </div>`;
}
