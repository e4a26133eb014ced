import { html, nothing, type TemplateResult } from 'lit';
import type { InvoiceSummary } from '@portico/sdk/account';
import { badge } from '../../base/badge.ts';
import { alertIcon } from '../../base/icons.ts';
import { date, money } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { InvoicesMessages } from './invoices.messages.ts';
import { invoiceTone } from './invoices-part.ts';
import type { PdfLinkState } from './pdf-links.ts';

export interface InvoiceTableView {
  t: InvoicesMessages;
  locale: Locale;
  timeZone: string | undefined;
  invoices: readonly InvoiceSummary[];
  /** Net and VAT shown below the width where they have columns of their own. */
  amounts: boolean;
  pdf: (invoiceId: string) => PdfLinkState | undefined;
  describe: (error: unknown) => string;
  onPdf: (invoice: InvoiceSummary) => void;
  onOpen: (invoice: InvoiceSummary, event: Event) => void;
  onPay: (invoice: InvoiceSummary, button: HTMLElement) => void;
}

/**
 * The invoices: a table from about 640 px of widget width (net and VAT in columns of their
 * own from about 960 px, below it under the amount on demand), cards below 640 px. Each row's status is a badge in
 * words; its PDF is asked for with a button and then opened or downloaded by links.
 */
export function invoiceTable(view: InvoiceTableView): TemplateResult {
  const { t } = view;
  return html`<table part="table" class=${view.amounts ? 'with-amounts' : ''} aria-labelledby="title">
    <thead>
      <tr>
        <th scope="col">${t.columns.number}</th>
        <th scope="col">${t.columns.issued}</th>
        <th scope="col">${t.columns.due}</th>
        <th scope="col" class="amount net">${t.columns.net}</th>
        <th scope="col" class="amount vat">${t.columns.vat}</th>
        <th scope="col" class="amount">${t.columns.gross}</th>
        <th scope="col">${t.columns.status}</th>
        <th scope="col"><span class="visually-hidden">${t.columns.actions}</span></th>
      </tr>
    </thead>
    <tbody>
      ${view.invoices.map((invoice) => invoiceRow(view, invoice))}
    </tbody>
  </table>`;
}

function invoiceRow(view: InvoiceTableView, invoice: InvoiceSummary): TemplateResult {
  const { t, locale: l } = view;
  const day = (value: string) => html`<time datetime=${value}>${date(value, l)}</time>`;
  return html`<tr data-invoice=${invoice.id} part="item">
    <th scope="row" class="number">
      <span class="invoice-number">${invoice.number}</span>
      <span class="period muted">${t.period({ period: periodText(invoice.period, l) })}</span>
    </th>
    <td class="issued"><span class="cell-label">${t.columns.issued}</span> ${day(invoice.issueDate)}</td>
    <td class="due"><span class="cell-label">${t.columns.due}</span> ${day(invoice.dueDate)}</td>
    <td class="amount net">${money(invoice.net, l)}</td>
    <td class="amount vat">${money(invoice.vat, l)}</td>
    <td class="amount gross">
      <span class="cell-label">${t.columns.gross}</span> <strong>${money(invoice.gross, l)}</strong>
      <span class="breakdown muted"><span>${t.columns.net} ${money(invoice.net, l)}</span> <span>${t.columns.vat} ${money(invoice.vat, l)}</span></span>
    </td>
    <td class="status">
      ${badge(t.statuses[invoice.status], invoiceTone[invoice.status])}
      ${invoice.paidAt ? html`<span class="paid-on muted">${t.paidOn({ date: date(invoice.paidAt, l, view.timeZone) })}</span>` : nothing}
    </td>
    <td class="actions">${pdfActions(view, invoice)}${invoice.status === 'paid' ? nothing : payButton(view, invoice)}</td>
  </tr>`;
}

const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };

/** A calendar month billed is named as one (`October 2026`, `październik 2026`); other periods by their days. */
function periodText(period: InvoiceSummary['period'], locale: Locale): string {
  const from = new Date(`${period.from}T00:00:00Z`);
  const dayAfter = new Date(`${period.to}T00:00:00Z`);
  dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
  const wholeMonth = from.getUTCDate() === 1 && dayAfter.getUTCDate() === 1 && (dayAfter.getUTCMonth() - from.getUTCMonth() + 12) % 12 === 1;
  return wholeMonth ? new Intl.DateTimeFormat(locale, MONTH).format(from) : `${date(period.from, locale)} – ${date(period.to, locale)}`;
}

function payButton(view: InvoiceTableView, invoice: InvoiceSummary): TemplateResult {
  const { t } = view;
  return html`<button type="button" class="button button--primary" part="button pay" data-pay=${invoice.id} aria-label=${t.payLabel({ number: invoice.number })} @click=${(event: Event) => view.onPay(invoice, event.currentTarget as HTMLElement)}>
    ${t.pay}
  </button>`;
}

/** The PDF: a button that asks for its link, then the links that open and download it. */
function pdfActions(view: InvoiceTableView, invoice: InvoiceSummary): TemplateResult {
  const { t } = view;
  const state = view.pdf(invoice.id);
  if (state?.status === 'ready') {
    const { link } = state;
    return html`<a class="button button--secondary" part="button pdf-link" data-open=${invoice.id} href=${link.url} target="_blank" rel="noopener" aria-label=${t.openPdfLabel({ number: invoice.number })} @click=${(event: Event) => view.onOpen(invoice, event)}
        >${t.openPdf}</a
      ><a class="button button--link" part="button pdf-download" href=${link.url} download=${link.fileName} aria-label=${t.downloadLabel({ number: invoice.number })} @click=${(event: Event) => view.onOpen(invoice, event)}>${t.download}</a>`;
  }
  const busy = state?.status === 'busy';
  return html`<button type="button" class="button button--secondary" part="button pdf" data-pdf=${invoice.id} aria-label=${t.pdfLabel({ number: invoice.number })} aria-disabled=${busy ? 'true' : 'false'} @click=${() => (busy ? undefined : view.onPdf(invoice))}>
      ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.preparing}` : t.pdf}
    </button>
    ${state?.status === 'error' ? html`<p class="field-error pdf-error" role="alert" part="error">${alertIcon}<span>${t.pdfFailed} ${view.describe(state.error)}</span></p>` : nothing}`;
}
