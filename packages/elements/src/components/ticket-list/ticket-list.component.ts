import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ClientCore } from '@portico/sdk/core';
import { ticketCreate, ticketList, type TicketStatus, type TicketSummary } from '@portico/sdk/helpdesk';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { badge } from '../../base/badge.ts';
import { showMore } from '../../base/show-more.ts';
import { ticketTone } from '../../base/status-tones.ts';
import { contentRefused, describedBy, unavailableNote } from '../../base/unavailable.ts';
import { PagedList } from '../../controllers/paged-list.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { PorticoTicketNewEvent, PorticoTicketSelectEvent } from '../../events/helpdesk.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { shortDateTime } from '../../i18n/format.ts';
import { ticketNumber, ticketStatus } from '../../i18n/helpdesk.messages.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { filterStyles } from '../../styles/filter.styles.ts';
import { unavailableStyles } from '../../styles/unavailable.styles.ts';
import { messages, type TicketListMessages } from './ticket-list.messages.ts';
import { styles } from './ticket-list.styles.ts';

const STATUSES: TicketStatus[] = ['open', 'answered', 'customer_reply', 'closed'];

/** The status asked for, as the API gets it: one of the four, else every ticket. */
const filterOf = (status: TicketStatus | undefined): TicketStatus | undefined => (status && STATUSES.includes(status) ? status : undefined);

/**
 * @tag portico-ticket-list
 * @summary The customer's support tickets (FEATURES D1): department, number, subject,
 * status in words and last update, most recent first, filtered by status.
 *
 * Choosing a ticket fires `portico-ticket-select` (show it in `<portico-ticket-thread>`);
 * "Open ticket" fires `portico-ticket-new` (show `<portico-ticket-form>`). For a portal user
 * who may not open tickets (a read-only user) it is unavailable, with why; one without the
 * `support` permission is told so, with no "Open ticket" or filter.
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
 * @csspart unavailable - Why "Open ticket" is not available to the portal user.
 * @csspart error - Error messages.
 * @csspart empty - Shown when there is no ticket.
 */
export class PorticoTicketList extends PorticoElement<TicketListMessages> {
  static override styles = [sharedStyles, badgeStyles, filterStyles, unavailableStyles, styles];
  static readonly messages = messages;

  /** Shows only tickets with this status: `open`, `answered`, `customer_reply` or `closed`. */
  @property({ reflect: true }) status?: TicketStatus;
  /** The chosen ticket's id, shown as current. */
  @property({ reflect: true }) selected?: string;
  /** Tickets loaded at a time. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  #tickets = new PagedList<readonly [ClientCore | undefined, TicketStatus | undefined, number, string], TicketSummary>(this, {
    args: () => [this.activeClient, filterOf(this.status), this.pageSize, this.effectiveLocale] as const,
    page: async ([client, status, limit, locale], cursor, signal) => {
      if (!client) throw new MissingClientError('portico-ticket-list');
      return client.request(ticketList, { query: { status, limit, cursor } }, { signal, headers: { 'accept-language': locale } });
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  readonly #permissions = new Permissions(this, () => this.activeClient);

  /** Reloads the list, e.g. after a ticket was opened or answered elsewhere on the page. */
  refresh(): void {
    void this.#tickets.refresh();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const tickets = this.#tickets;
    const current = filterOf(this.status);
    // A reload that failed says so instead of showing tickets it could not bring up to date.
    const failed = tickets.failed && !tickets.loading;
    // Tickets the user may not see leave nothing to open or filter.
    const refused = contentRefused(tickets, this.#permissions.missing(ticketList));
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <header part="header">
        <h2 part="title" id="title">${t.title}</h2>
        ${refused ? nothing : this.#renderOpen()}
      </header>
      ${refused ? nothing : unavailableNote('open-unavailable', this.#openUnavailable)}
      ${refused
        ? nothing
        : html`<div class="filter" part="filter" role="group" aria-label=${t.show}>
            ${[undefined, ...STATUSES].map(
              (s) => html`<button type="button" class="button button--secondary" part="button" aria-pressed=${current === s ? 'true' : 'false'} @click=${() => (this.status = s)}>
                ${s ? ticketStatus[this.effectiveLocale][s] : t.all}
              </button>`,
            )}
          </div>`}
      <div class="results" aria-busy=${tickets.loading ? 'true' : 'false'}>
        ${failed
          ? this.#renderError(tickets.error)
          : tickets.render({
              content: () => (tickets.items.length ? this.#renderTickets() : this.#renderEmpty()),
              error: (error) => this.#renderError(error),
              loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3, 4].map(() => html`<span class="skeleton skeleton--row"></span>`)}</div>`),
            })}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${tickets.value && !tickets.loading && !failed ? t.count({ count: tickets.items.length }) : ''}</div>
    </section>`;
  }

  #renderError(error: unknown): TemplateResult {
    return this.loadFailed(error, () => void this.#tickets.refresh());
  }

  #renderEmpty(): TemplateResult {
    const t = this.t;
    return this.status
      ? emptyState({ title: t.noMatchTitle, message: t.noMatchBody, action: html`<button type="button" class="button button--secondary" part="button" @click=${() => (this.status = undefined)}>${t.all}</button>` })
      : emptyState({ title: t.noneTitle, message: t.noneBody, action: this.#renderOpen() });
  }

  /** Why the portal user may not open a ticket; undefined when they may. */
  get #openUnavailable(): string | undefined {
    return this.#permissions.reason(ticketCreate, this.common);
  }

  /** "Open ticket": unavailable, with why (`open-unavailable`, below the header), to a user who may not. */
  #renderOpen(): TemplateResult {
    const unavailable = this.#openUnavailable;
    return html`<button
      type="button"
      class="button button--primary"
      part="button"
      aria-disabled=${unavailable ? 'true' : 'false'}
      aria-describedby=${describedBy(unavailable && 'open-unavailable')}
      ?data-unavailable=${!!unavailable}
      @click=${this.#openTicket}
    >
      ${this.t.openTicket}
    </button>`;
  }

  #renderTickets(): TemplateResult {
    const t = this.t;
    const l = this.effectiveLocale;
    const tickets = this.#tickets;
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
          ${tickets.items.map(
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
      ${tickets.hasMore
        ? showMore({ label: t.more, loading: tickets.loadingMore, error: tickets.moreError, failed: this.common.moreFailed, describe: (e) => this.describe(e), onMore: this.#loadMore })
        : nothing}`;
  }

  #openTicket = (): void => {
    if (this.#openUnavailable) return;
    this.dispatchEvent(new PorticoTicketNewEvent());
  };

  #select(ticket: TicketSummary): void {
    this.selected = ticket.id;
    this.dispatchEvent(new PorticoTicketSelectEvent(ticket));
  }

  #loadMore = async (): Promise<void> => {
    const first = await this.#tickets.more();
    if (first === undefined) return;
    await this.updateComplete;
    // Keyboard users continue where the new tickets begin.
    this.renderRoot.querySelectorAll<HTMLElement>('.item')[first]?.focus();
  };
}
