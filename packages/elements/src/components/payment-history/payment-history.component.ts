import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ledgerList, type LedgerEntry, type LedgerEntryKind } from '@portico/sdk/account';
import { dayKey, dayOf, type ClientCore } from '@portico/sdk/core';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { showMore } from '../../base/show-more.ts';
import { alertIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { PagedList } from '../../controllers/paged-list.ts';
import { PorticoPaymentHistoryExportEvent } from '../../events/invoices.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import type { Locale } from '../../i18n/locale.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { messages, type HistoryPeriod, type PaymentHistoryMessages } from './payment-history.messages.ts';
import { styles } from './payment-history.styles.ts';
import { ledgerTable } from './ledger-table.ts';
import { ledgerCsv } from './ledger-csv.ts';
import { PERIODS, periodRange } from './history-period.ts';

const KINDS: LedgerEntryKind[] = ['top_up', 'invoice_payment', 'refund', 'charge', 'adjustment', 'opening'];
/** The most entries one export holds (the SDK's own cap on collecting pages). */
const EXPORT_LIMIT = 10_000;

type Page = { data: LedgerEntry[]; nextCursor: string | null; total: number };
type ListArgs = readonly [client: ClientCore | undefined, kind: LedgerEntryKind | undefined, period: HistoryPeriod, limit: number, locale: Locale, timeZone: string | undefined];

const kindOf = (kind: string | undefined): LedgerEntryKind | undefined => (KINDS.includes(kind as LedgerEntryKind) ? (kind as LedgerEntryKind) : undefined);
const periodOf = (period: string | undefined): HistoryPeriod => (PERIODS.includes(period as HistoryPeriod) ? (period as HistoryPeriod) : 'all');

/**
 * @tag portico-payment-history
 * @summary The account's payment history (FEATURES A10): every movement of money — top-ups,
 * invoice payments, refunds, charges, corrections and the opening balance — with its date,
 * kind, description, signed amount and the balance it left, newest first.
 *
 * Filtered by period (the customer's days in the widget's time zone) and kind, a page at a
 * time, and exported as a CSV file a spreadsheet in the user's language reads.
 *
 * @event portico-payment-history-export - The history was exported: `{ file, count }`; cancelable (`preventDefault()` keeps the browser from saving the file, for a page that handles it itself).
 * @event portico-error - A load or the export failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title, the count and the filters.
 * @csspart title - The title.
 * @csspart filter - The period and the kind.
 * @csspart label - Field labels.
 * @csspart input - The period and the kind.
 * @csspart button - Every button.
 * @csspart table - The entries.
 * @csspart item - One entry.
 * @csspart status - The result of an export.
 * @csspart error - Error messages.
 * @csspart empty - Shown when there is no entry.
 *
 * @cssproperty --portico-payment-history-in - The colour of money coming in; defaults to `--portico-color-success`.
 */
export class PorticoPaymentHistory extends PorticoElement<PaymentHistoryMessages> {
  static override styles = [sharedStyles, styles];
  static readonly messages = messages;

  /** Shows only entries of this kind: `top_up`, `invoice_payment`, `refund`, `charge`, `adjustment`, `opening`. */
  @property({ reflect: true }) kind?: LedgerEntryKind;
  /** Shows only entries of this period: `all` (the default), `30d`, `90d`, `this-year`, `last-year`. */
  @property({ reflect: true }) period: HistoryPeriod = 'all';
  /** Entries loaded at a time (up to 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  readonly #focus = new FocusAfterRender(this);

  readonly #list = new PagedList<ListArgs, LedgerEntry, Page>(this, {
    args: () => [this.activeClient, kindOf(this.kind), periodOf(this.period), Math.min(100, Math.max(1, Math.floor(this.pageSize) || 20)), this.effectiveLocale, this.effectiveTimeZone] as const,
    page: async ([client, kind, period, limit, locale, timeZone], cursor, signal) => {
      if (!client) throw new MissingClientError('portico-payment-history');
      return client.request(ledgerList, { query: { kind, ...periodRange(period, timeZone), limit, cursor } }, { signal, headers: { 'accept-language': locale } });
    },
    keep: ([client], [next]) => client === next,
    onError: (error) => this.reportError(error, 'load'),
  });

  /** Every entry the filters match, as a CSV file. */
  readonly #export = new Action<ListArgs, { file: File; count: number }>(this, {
    kind: 'export',
    send: async ([client, kind, period, , locale, timeZone], { signal }) => {
      if (!client) throw new MissingClientError('portico-payment-history');
      const entries: LedgerEntry[] = [];
      const range = periodRange(period, timeZone);
      for (let cursor: string | undefined; entries.length < EXPORT_LIMIT; ) {
        const page = await client.request(ledgerList, { query: { kind, ...range, limit: 100, cursor } }, { signal, headers: { 'accept-language': locale } });
        entries.push(...page.data);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      const t = messages[locale];
      const name = `${t.fileName}-${dayKey(dayOf(Date.now(), timeZone))}.csv`;
      return { file: new File([ledgerCsv(entries.slice(0, EXPORT_LIMIT), { locale, timeZone, t })], name, { type: 'text/csv;charset=utf-8' }), count: Math.min(entries.length, EXPORT_LIMIT) };
    },
    focus: { error: '#export-error' },
  });

  /** Loads the history again, e.g. after a payment made elsewhere on the page. */
  refresh(): void {
    void this.#list.refresh();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const list = this.#list;
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <header part="header">
        <div class="heading">
          <h2 part="title" id="title" tabindex="-1">${t.title}</h2>
          ${list.value && !list.failed ? html`<p class="muted" id="count">${t.count({ count: list.value.total })}</p>` : nothing}
        </div>
        ${this.#renderFilters()}
      </header>
      <div class="results" aria-busy=${list.loading ? 'true' : 'false'}>${this.#renderList()}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderFilters(): TemplateResult {
    const t = this.t;
    const period = periodOf(this.period);
    const kind = kindOf(this.kind);
    const busy = this.#export.busy;
    return html`<div class="filters" part="filter">
        <label class="filter-field">
          <span class="label" part="label">${t.period}</span>
          <select id="period" class="input" part="input" @change=${(e: Event) => (this.period = periodOf((e.target as HTMLSelectElement).value))}>
            ${PERIODS.map((p) => html`<option value=${p} ?selected=${p === period}>${t.periods[p]}</option>`)}
          </select>
        </label>
        <label class="filter-field">
          <span class="label" part="label">${t.kind}</span>
          <select id="kind" class="input" part="input" @change=${(e: Event) => (this.kind = kindOf((e.target as HTMLSelectElement).value))}>
            <option value="" ?selected=${kind === undefined}>${t.allKinds}</option>
            ${KINDS.map((k) => html`<option value=${k} ?selected=${k === kind}>${t.kinds[k]}</option>`)}
          </select>
        </label>
        <button type="button" id="export" class="button button--secondary" part="button" aria-disabled=${busy || !hasEntries(this.#list) ? 'true' : 'false'} @click=${this.#exportCsv}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.exporting}` : t.exportCsv}
        </button>
      </div>
      ${this.#export.error !== undefined
        ? html`<p class="field-error" id="export-error" role="alert" part="error" tabindex="-1">${alertIcon}<span>${t.exportFailed} ${this.describe(this.#export.error)}</span></p>`
        : nothing}`;
  }

  #renderList(): TemplateResult {
    const t = this.t;
    const list = this.#list;
    // A reload that failed says so instead of showing entries it could not bring up to date.
    if (list.failed && !list.loading) return this.loadFailed(list.error, () => void list.refresh());
    return list.render({
      content: () =>
        list.items.length
          ? html`${ledgerTable({ t, locale: this.effectiveLocale, timeZone: this.effectiveTimeZone, entries: list.items })}
            ${list.hasMore ? showMore({ label: t.more, loading: list.loadingMore, error: list.moreError, failed: this.common.moreFailed, describe: (e) => this.describe(e), onMore: this.#loadMore }) : nothing}`
          : this.#renderEmpty(),
      error: (error) => this.loadFailed(error, () => void list.refresh()),
      loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3, 4, 5].map(() => html`<span class="skeleton skeleton--row"></span>`)}</div>`),
    });
  }

  #renderEmpty(): TemplateResult {
    const t = this.t;
    if (kindOf(this.kind) === undefined && periodOf(this.period) === 'all') return emptyState({ title: t.noneTitle, message: t.noneBody });
    return emptyState({ title: t.noMatchTitle, message: t.noMatchBody, action: html`<button type="button" class="button button--secondary" part="button" @click=${this.#showAll}>${t.showAll}</button>` });
  }

  #showAll = (): void => {
    this.kind = undefined;
    this.period = 'all';
    this.#focus.request('#title');
  };

  #exportCsv = async (): Promise<void> => {
    const args = this.#list.args;
    if (!args || this.#export.busy || !hasEntries(this.#list)) return;
    const made = await this.#export.run(args);
    if (!made) return;
    this.announce(this.t.exported({ count: made.count }));
    if (!this.dispatchEvent(new PorticoPaymentHistoryExportEvent(made.file, made.count))) return;
    save(made.file);
  };

  #loadMore = async (): Promise<void> => {
    const first = await this.#list.more();
    if (first === undefined) return;
    await this.updateComplete;
    // Keyboard users continue where the new entries begin.
    const row = this.renderRoot.querySelectorAll<HTMLElement>('tbody tr')[first];
    if (row) {
      row.tabIndex = -1;
      row.focus();
    }
  };
}

/** Whether there is anything to export: the list has loaded, with entries. */
function hasEntries(paged: PagedList<ListArgs, LedgerEntry, Page>): boolean {
  return paged.items.length > 0;
}

/** Hands the file to the browser to save, as a download link would. */
function save(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the file by the next task; the URL would otherwise hold it in memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
