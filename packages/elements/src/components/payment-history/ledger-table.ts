import { html, type TemplateResult } from 'lit';
import type { LedgerEntry } from '@portico/sdk/account';
import { formatMoney } from '@portico/sdk/core';
import { money, shortDateTime } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { PaymentHistoryMessages } from './payment-history.messages.ts';

const SIGNED: Intl.NumberFormatOptions = { signDisplay: 'exceptZero' };

/** A movement as a statement writes it: `+50,00 zł`, `−102,09 zł`. */
export const signedMoney = (value: LedgerEntry['amount'], locale: Locale): string => formatMoney(value, locale, SIGNED);

/** An invoice number (`FV/2026/11/00310`) may break after its slashes rather than inside a number. */
function breakable(text: string): (string | TemplateResult)[] {
  return text.split('/').flatMap((part, i) => (i === 0 ? [part] : [html`/<wbr />`, part]));
}

export interface LedgerTableView {
  t: PaymentHistoryMessages;
  locale: Locale;
  timeZone: string | undefined;
  entries: readonly LedgerEntry[];
}

/**
 * The ledger: a table from about 640 px of widget width, cards below it. Money in and money
 * out are told apart by their sign (and a colour that only repeats it).
 */
export function ledgerTable({ t, locale: l, timeZone, entries }: LedgerTableView): TemplateResult {
  return html`<table part="table" aria-labelledby="title">
    <thead>
      <tr>
        <th scope="col">${t.columns.date}</th>
        <th scope="col">${t.columns.kind}</th>
        <th scope="col">${t.columns.description}</th>
        <th scope="col" class="amount">${t.columns.amount}</th>
        <th scope="col" class="amount">${t.columns.balance}</th>
      </tr>
    </thead>
    <tbody>
      ${entries.map(
        (entry) => html`<tr data-entry=${entry.id} part="item">
          <td class="date"><time datetime=${entry.bookedAt}>${shortDateTime(entry.bookedAt, l, timeZone)}</time></td>
          <td class="kind">${t.kinds[entry.kind]}</td>
          <td class="description">${breakable(entry.description)}</td>
          <td class="amount signed ${entry.amount.amount < 0 ? 'out' : entry.amount.amount > 0 ? 'in' : ''}"><span class="cell-label">${t.columns.amount}</span> ${signedMoney(entry.amount, l)}</td>
          <td class="amount balance"><span class="cell-label">${t.columns.balance}</span> ${money(entry.balanceAfter, l)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
