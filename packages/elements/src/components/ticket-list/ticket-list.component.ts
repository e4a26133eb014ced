import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { ticketList, type TicketStatus, type TicketSummary } from '@portico/sdk/helpdesk';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, errorState, loadingState } from '../../base/states.ts';
import { badge } from '../../base/badge.ts';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.ts';
import { PorticoTicketNewEvent, PorticoTicketSelectEvent } from '../../events/helpdesk.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { shortDateTime } from '../../i18n/format.ts';
import { ticketNumber, ticketStatus } from '../../i18n/helpdesk.messages.ts';
import { ticketTone } from '../../base/status-tones.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { messages } from './ticket-list.messages.ts';
import { styles } from './ticket-list.styles.ts';
import { filterStyles } from '../../styles/filter.styles.ts';
import { showMore } from '../../base/show-more.ts';

const STATUSES: TicketStatus[] = ['open', 'answered', 'customer_reply', 'closed'];

interface Results {
  tickets: TicketSummary[];
  nextCursor: string | null;
}

/** The first page and those "Show more" added, for one filter only. */
interface More extends Results {
  /** The filter they belong to (`filterKey`): never shown under another. */
  key: string;
}

/** The status asked for, as the API gets it: one of the four, else every ticket (`''`). */
const filterKey = (status: TicketStatus | undefined): TicketStatus | '' => (status && STATUSES.includes(status) ? status : '');

/**
 * @summary The customer's support tickets (FEATURES D1): department, number, subject,
 * status in words and last update, most recent first, filtered by status.
 *
 * Choosing a ticket fires `portico-ticket-select` (show it in `<portico-ticket-thread>`);
 * "Open ticket" fires `portico-ticket-new` (show `<portico-ticket-form>`).
 *
 * @event portico-ticket-select - A ticket was chosen: `{ ticketId, ticket }`.
 * @event portico-ticket-new - The customer wants to open a ticket.
 * @event portico-error - Loading failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title row.
 * @csspart title - The title.
 * @csspart filter - The status switch.
 * @csspart button - Every button.
 * @csspart table - The tickets.
 * @csspart item - One ticket's link.
 * @csspart badge - Status badges.
 * @csspart error - Error messages.
 * @csspart empty - Shown when there is no ticket.
 */
export class PorticoTicketList extends PorticoElement {
  static override styles = [sharedStyles, badgeStyles, filterStyles, styles];

  /** Shows only tickets with this status: `open`, `answered`, `customer_reply` or `closed`. */
  @property({ reflect: true }) status?: TicketStatus;
  /** The chosen ticket's id, shown as current. */
  @property({ reflect: true }) selected?: string;
  /** Tickets loaded at a time. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  @state() private more?: More;
  @state() private loadingMore = false;
  @state() private moreError?: unknown;
  /** The "Show more" under way, cancelled when the list is loaded again. */
  #moreRequest?: AbortController;

  #results = new Task(this, {
    task: async ([client, status, limit, locale], { signal }): Promise<Results> => {
      // A new list (another status, language or client, or a refresh): the pages added to the
      // last one go with it, and a page still on its way would be added to the wrong list.
      this.#dropMore();
      if (!client) throw new MissingClientError('portico-ticket-list');
      const page = await client.request(ticketList, { query: { status: filterKey(status) || undefined, limit } }, { signal, headers: { 'accept-language': locale } });
      return { tickets: page.data, nextCursor: page.nextCursor };
    },
    args: () => [this.activeClient, this.status, this.pageSize, this.effectiveLocale] as const,
    onError: (error) => this.reportError(error, 'load'),
  });

  constructor() {
    super();
    new AbortOnDisconnect(this, this.#results);
  }

  /** Reloads the list, e.g. after a ticket was opened or answered elsewhere on the page. */
  refresh(): void {
    void this.#results.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#moreRequest?.abort();
  }

  /** The list on show: with the pages "Show more" added, if they belong to the status chosen. */
  #shown(): Results | undefined {
    return this.more?.key === filterKey(this.status) ? this.more : this.#results.value;
  }

  #dropMore(): void {
    this.#moreRequest?.abort();
    this.#moreRequest = undefined;
    this.loadingMore = false;
    this.moreError = undefined;
    this.more = undefined;
  }

  protected override render(): TemplateResult {
    const t = messages[this.effectiveLocale];
    const results = this.#shown();
    const busy = this.#results.status === TaskStatus.PENDING;
    const current = STATUSES.includes(this.status!) ? this.status : undefined;
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <header part="header">
        <h2 part="title" id="title">${t.title}</h2>
        <button type="button" class="button button--primary" part="button" @click=${() => this.dispatchEvent(new PorticoTicketNewEvent())}>${t.openTicket}</button>
      </header>
      <div class="filter" part="filter" role="group" aria-label=${t.show}>
        ${[undefined, ...STATUSES].map(
          (s) => html`<button type="button" class="button button--secondary" part="button" aria-pressed=${current === s ? 'true' : 'false'} @click=${() => (this.status = s)}>
            ${s ? ticketStatus[this.effectiveLocale][s] : t.all}
          </button>`,
        )}
      </div>
      <div class="results" aria-busy=${busy ? 'true' : 'false'}>
        ${results
          ? this.#renderResults(results)
          : this.#results.status === TaskStatus.ERROR
            ? errorState({ title: this.common.loadFailed, message: this.describe(this.#results.error), retryLabel: this.common.retry, onRetry: () => void this.#results.run() })
            : loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3, 4].map(() => html`<span class="skeleton" style="height: 3rem"></span>`)}</div>`)}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${results && !busy ? t.count({ count: results.tickets.length }) : ''}</div>
    </section>`;
  }

  #renderResults({ tickets, nextCursor }: Results): TemplateResult {
    const t = messages[this.effectiveLocale];
    const l = this.effectiveLocale;
    if (!tickets.length) {
      return this.status
        ? emptyState({ title: t.noMatchTitle, message: t.noMatchBody, action: html`<button type="button" class="button button--secondary" part="button" @click=${() => (this.status = undefined)}>${t.all}</button>` })
        : emptyState({ title: t.noneTitle, message: t.noneBody, action: html`<button type="button" class="button button--primary" part="button" @click=${() => this.dispatchEvent(new PorticoTicketNewEvent())}>${t.openTicket}</button>` });
    }
    return html`<table part="table" aria-labelledby="title">
        <thead>
          <tr>
            <th scope="col">${t.columns.department}</th>
            <th scope="col">${t.columns.number}</th>
            <th scope="col">${t.columns.subject}</th>
            <th scope="col">${t.columns.status}</th>
            <th scope="col">${t.columns.updated}</th>
          </tr>
        </thead>
        <tbody>
          ${tickets.map(
            (ticket) => html`<tr class=${ticket.id === this.selected ? 'current' : ''}>
              <td class="department">${ticket.department.name}</td>
              <td class="number">${ticketNumber(ticket.number)}</td>
              <td class="subject">
                <button type="button" class="item" part="item" aria-current=${ticket.id === this.selected ? 'true' : 'false'} aria-label=${t.openLabel({ number: ticketNumber(ticket.number), subject: ticket.subject })} @click=${() => this.#select(ticket)}>
                  ${ticket.subject}
                </button>
              </td>
              <td class="status">${badge(ticketStatus[l][ticket.status], ticketTone[ticket.status])}</td>
              <td class="updated muted"><time datetime=${ticket.updatedAt}>${shortDateTime(ticket.updatedAt, l, this.effectiveTimeZone)}</time></td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${nextCursor
        ? showMore({ label: t.more, loading: this.loadingMore, error: this.moreError, failed: this.common.moreFailed, describe: (e) => this.describe(e), onMore: this.#loadMore })
        : nothing}`;
  }

  #select(ticket: TicketSummary): void {
    this.selected = ticket.id;
    this.dispatchEvent(new PorticoTicketSelectEvent(ticket));
  }

  #loadMore = async (): Promise<void> => {
    const current = this.#shown();
    const client = this.activeClient;
    if (!current?.nextCursor || !client || this.#moreRequest || this.#results.status === TaskStatus.PENDING) return;
    const key = filterKey(this.status);
    const request = (this.#moreRequest = new AbortController());
    this.loadingMore = true;
    this.moreError = undefined;
    const focusIndex = current.tickets.length;
    try {
      const page = await client.request(ticketList, { query: { status: key || undefined, limit: this.pageSize, cursor: current.nextCursor } }, { signal: request.signal, headers: { 'accept-language': this.effectiveLocale } });
      // The list was loaded again meanwhile (another status, a refresh): this page belongs to the one it replaced.
      if (request.signal.aborted || key !== filterKey(this.status)) return;
      this.more = { key, tickets: [...current.tickets, ...page.data], nextCursor: page.nextCursor };
      await this.updateComplete;
      // Keyboard users continue where the new tickets begin.
      this.renderRoot.querySelectorAll<HTMLElement>('.item')[focusIndex]?.focus();
    } catch (error) {
      if (request.signal.aborted) return;
      this.moreError = error;
      this.reportError(error, 'load');
    } finally {
      if (this.#moreRequest === request) {
        this.#moreRequest = undefined;
        this.loadingMore = false;
      }
    }
  };
}
