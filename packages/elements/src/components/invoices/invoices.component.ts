import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { invoiceList, type InvoiceStatus, type InvoiceSummary } from '@portico/sdk/account';
import { dayOf, type ClientCore } from '@portico/sdk/core';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { showMore } from '../../base/show-more.ts';
import type { AnnounceEvent } from '../../base/widget-part.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { PagedList } from '../../controllers/paged-list.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import type { Locale } from '../../i18n/locale.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { dialogStyles } from '../../styles/dialog.styles.ts';
import { filterStyles } from '../../styles/filter.styles.ts';
import { messages, type InvoicesMessages } from './invoices.messages.ts';
import { styles } from './invoices.styles.ts';
import { invoiceTable } from './invoice-table.ts';
import { PorticoInvoicesPay } from './invoice-pay.ts';
import type { InvoiceChangeEvent } from './invoices-part.ts';
import { PdfLinks } from './pdf-links.ts';

const STATUSES: InvoiceStatus[] = ['unpaid', 'overdue', 'paid'];

type Page = { data: InvoiceSummary[]; nextCursor: string | null; total: number };
type ListArgs = readonly [client: ClientCore | undefined, status: InvoiceStatus | undefined, year: number | undefined, limit: number, locale: Locale];

/** The status asked for, as the API gets it: one of the three, else every invoice. */
const statusOf = (status: string | undefined): InvoiceStatus | undefined => (STATUSES.includes(status as InvoiceStatus) ? (status as InvoiceStatus) : undefined);
const yearOf = (year: number | undefined): number | undefined => (year !== undefined && Number.isInteger(year) && year > 1999 && year < 10_000 ? year : undefined);

/**
 * @tag portico-invoices
 * @summary The customer's VAT invoices (FEATURES A10): number, issue and due dates, the
 * amount with net and VAT, the status in words, the PDF to open or download, and paying an
 * unpaid one from the balance or by card.
 *
 * Filtered by status and year, newest first, a page at a time. A payment is made once per
 * user action however often it is retried; a prepaid balance that does not cover the invoice
 * is said before anything is sent. The PDF's link is asked for when a person wants it (it is
 * short-lived), then opened in a new tab or downloaded.
 *
 * @event portico-invoice-pay - An invoice is about to be paid: `{ invoiceId, params }`; cancelable.
 * @event portico-invoice-paid - An invoice was paid: `{ invoice }` (the balance and the payment history changed).
 * @event portico-error - A load, a PDF or a payment failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title, the count and the filters.
 * @csspart title - The title.
 * @csspart filter - The status switch and the year.
 * @csspart label - Field labels.
 * @csspart input - The year.
 * @csspart button - Every button (and the PDF's links).
 * @csspart table - The invoices.
 * @csspart item - One invoice.
 * @csspart badge - Status badges.
 * @csspart dialog - The payment dialog.
 * @csspart status - The result of a payment.
 * @csspart error - Error messages.
 * @csspart empty - Shown when there is no invoice.
 *
 * @cssproperty --portico-invoices-overdue - The colour of an overdue invoice's amount; defaults to `--portico-color-danger`.
 */
export class PorticoInvoices extends PorticoElement<InvoicesMessages> {
  static override styles = [sharedStyles, badgeStyles, dialogStyles, filterStyles, styles];
  /** The parts it renders, registered with it. */
  static readonly dependencies = { 'portico-invoices-pay': PorticoInvoicesPay };
  static readonly messages = messages;

  /** Shows only invoices with this status: `unpaid`, `overdue` or `paid`. */
  @property({ reflect: true }) status?: InvoiceStatus;
  /** Shows only invoices issued in this year. */
  @property({ type: Number, reflect: true }) year?: number;
  /** Invoices loaded at a time (up to 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;
  /** Net and VAT shown in a narrow widget too (a wide one always has their columns). */
  @state() private amounts = false;

  readonly #payment = createRef<PorticoInvoicesPay>();
  readonly #focus = new FocusAfterRender(this);

  readonly #list = new PagedList<ListArgs, InvoiceSummary, Page>(this, {
    args: () => [this.activeClient, statusOf(this.status), yearOf(this.year), Math.min(100, Math.max(1, Math.floor(this.pageSize) || 12)), this.effectiveLocale] as const,
    page: async ([client, status, year, limit, locale], cursor, signal) => {
      if (!client) throw new MissingClientError('portico-invoices');
      const period = year === undefined ? {} : { from: `${year}-01-01`, to: `${year + 1}-01-01` };
      return client.request(invoiceList, { query: { status, ...period, limit, cursor } }, { signal, headers: { 'accept-language': locale } });
    },
    keep: ([client], [next]) => client === next,
    onError: (error) => this.reportError(error, 'load'),
  });

  readonly #pdf = new PdfLinks(this, { client: () => this.activeClient, locale: () => this.effectiveLocale, onError: (error) => this.reportError(error, 'load') });

  /** Loads the invoices again, e.g. after a payment made elsewhere on the page. */
  refresh(): void {
    void this.#list.refresh();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const list = this.#list;
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title" @portico-part-announce=${(e: AnnounceEvent) => this.announce(e.text)} @invoices-change=${this.#changed}>
      <header part="header">
        <div class="heading">
          <h2 part="title" id="title" tabindex="-1">${t.title}</h2>
          ${list.value && !list.failed ? html`<p class="muted" id="count">${t.count({ count: list.value.total })}</p>` : nothing}
        </div>
        ${this.#renderFilters()}
      </header>
      <div class="results" aria-busy=${list.loading ? 'true' : 'false'}>${this.#renderList()}</div>
      <portico-invoices-pay ${ref(this.#payment)} .client=${this.activeClient} .locale=${this.effectiveLocale} .timeZone=${this.effectiveTimeZone}></portico-invoices-pay>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderFilters(): TemplateResult {
    const t = this.t;
    const current = statusOf(this.status);
    const thisYear = dayOf(Date.now(), this.effectiveTimeZone).year;
    const years = [thisYear, thisYear - 1, thisYear - 2];
    const chosenYear = yearOf(this.year);
    if (chosenYear !== undefined && !years.includes(chosenYear)) years.push(chosenYear);
    return html`<div class="filters" part="filter">
      <div class="filter" role="group" aria-label=${t.status}>
        ${[undefined, ...STATUSES].map(
          (s) => html`<button type="button" class="button button--secondary" part="button" aria-pressed=${current === s ? 'true' : 'false'} @click=${() => (this.status = s)}>${s ? t.filters[s] : t.all}</button>`,
        )}
      </div>
      <label class="year">
        <span class="label" part="label">${t.year}</span>
        <select id="year" class="input" part="input" @change=${this.#chooseYear}>
          <option value="" ?selected=${chosenYear === undefined}>${t.allYears}</option>
          ${years.map((year) => html`<option value=${year} ?selected=${chosenYear === year}>${year}</option>`)}
        </select>
      </label>
      <button type="button" id="amounts" class="button button--secondary amounts-toggle" part="button" aria-pressed=${this.amounts ? 'true' : 'false'} @click=${() => (this.amounts = !this.amounts)}>${t.amountsToggle}</button>
    </div>`;
  }

  #renderList(): TemplateResult {
    const list = this.#list;
    // A reload that failed says so instead of showing invoices it could not bring up to date.
    if (list.failed && !list.loading) return this.loadFailed(list.error, () => void list.refresh());
    return list.render({
      content: () => (list.items.length ? this.#renderInvoices() : this.#renderEmpty()),
      error: (error) => this.loadFailed(error, () => void list.refresh()),
      loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3, 4].map(() => html`<span class="skeleton skeleton--row"></span>`)}</div>`),
    });
  }

  #renderEmpty(): TemplateResult {
    const t = this.t;
    if (statusOf(this.status) === undefined && yearOf(this.year) === undefined) return emptyState({ title: t.noneTitle, message: t.noneBody });
    return emptyState({ title: t.noMatchTitle, message: t.noMatchBody, action: html`<button type="button" class="button button--secondary" part="button" @click=${this.#showAll}>${t.showAll}</button>` });
  }

  #renderInvoices(): TemplateResult {
    const t = this.t;
    const list = this.#list;
    return html`${invoiceTable({
      t,
      locale: this.effectiveLocale,
      timeZone: this.effectiveTimeZone,
      invoices: list.items,
      amounts: this.amounts,
      pdf: (id) => this.#pdf.state(id),
      describe: (error) => this.describe(error),
      onPdf: this.#getPdf,
      onOpen: this.#open,
      onPay: (invoice, button) => void this.#payment.value?.show(invoice, button),
    })}
    ${list.hasMore ? showMore({ label: t.more, loading: list.loadingMore, error: list.moreError, failed: this.common.moreFailed, describe: (e) => this.describe(e), onMore: this.#loadMore }) : nothing}`;
  }

  #chooseYear = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.year = value ? Number(value) : undefined;
  };

  #showAll = (): void => {
    this.status = undefined;
    this.year = undefined;
    this.#focus.request('#title');
  };

  #getPdf = async (invoice: InvoiceSummary): Promise<void> => {
    const link = await this.#pdf.request(invoice.id);
    if (!link) return;
    this.announce(this.t.pdfReady({ number: invoice.number }));
    // The button became the links: focus goes on to open it.
    this.#focus.request(`[data-open="${CSS.escape(invoice.id)}"]`);
  };

  /** A link that has expired since it was given is asked for again instead of opening nothing. */
  #open = (invoice: InvoiceSummary, event: Event): void => {
    if (this.#pdf.state(invoice.id)?.status === 'ready') return;
    event.preventDefault();
    void this.#getPdf(invoice);
  };

  #loadMore = async (): Promise<void> => {
    const first = await this.#list.more();
    if (first === undefined) return;
    await this.updateComplete;
    // Keyboard users continue where the new invoices begin.
    this.renderRoot.querySelectorAll<HTMLElement>('tbody [data-pdf], tbody [data-open]')[first]?.focus();
  };

  /** Paid here (or found paid): its row shows the invoice as it is now. */
  #changed = (event: InvoiceChangeEvent): void => {
    const changed = event.invoice;
    this.#list.update((page) => ({ ...page, data: page.data.map((invoice) => (invoice.id === changed.id ? changed : invoice)) }));
  };
}
