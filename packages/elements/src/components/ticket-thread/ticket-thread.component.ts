import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { ClientCore } from '@portico/sdk/core';
import { ticketClose, ticketReply, ticketRetrieve, ticketUpdateCc, type Ticket } from '@portico/sdk/helpdesk';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { Poller } from '../../controllers/poller.ts';
import { Resource } from '../../controllers/resource.ts';
import { PorticoTicketUpdateEvent } from '../../events/helpdesk.ts';
import { isPermanentRefusal, MissingClientError } from '../../i18n/error-message.ts';
import type { Locale } from '../../i18n/locale.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { attachmentStyles } from '../../styles/attachments.styles.ts';
import { unavailableStyles } from '../../styles/unavailable.styles.ts';
import { messages, type TicketThreadMessages } from './ticket-thread.messages.ts';
import { styles } from './ticket-thread.styles.ts';
import type { TicketChangeEvent } from './ticket-thread-part.ts';
import type { AnnounceEvent } from '../../base/widget-part.ts';
import { type ReplyEndEvent, PorticoTicketThreadReply } from './ticket-thread-reply.ts';
import { PorticoTicketThreadHead } from './ticket-thread-head.ts';
import { PorticoTicketThreadCc } from './ticket-thread-cc.ts';
import { PorticoTicketThreadHistory } from './ticket-thread-history.ts';
// The parts it renders; ticket-thread.ts registers them.

const PARTS = 'portico-ticket-thread-head, portico-ticket-thread-cc, portico-ticket-thread-reply, portico-ticket-thread-history';

/** The ticket waits for support's answer, which the widget checks for. */
const waiting = (ticket: Ticket | null | undefined) => ticket?.status === 'open' || ticket?.status === 'customer_reply';

/**
 * @tag portico-ticket-thread
 * @summary One support ticket (FEATURES D2): its information, the whole history, a reply
 * with attachments, closing it, and the CC recipients who get the replies by e-mail.
 *
 * The reply form sits above the history, newest first, as in the portal. Messages are
 * shown as text, never as HTML. A closed ticket says so; replying opens it again. While the
 * ticket waits for support, the widget checks for the answer every 30 seconds (`refresh-every`). Choosing
 * another ticket (`ticket-id`) drops everything of the last one at once: what was shown,
 * typed, or still on its way. Ctrl+Enter (⌘+Enter) in the reply sends it. A portal user who
 * may not reply, close or change the CC recipients (a read-only user) sees the ticket with
 * those actions unavailable, and why; one without the `support` permission is told so.
 *
 * @event portico-ticket-update - The customer replied, closed the ticket or changed its CC recipients.
 * @event portico-error - Loading, replying, closing, saving CC or a download failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title and actions.
 * @csspart title - The ticket's subject.
 * @csspart summary - The ticket information.
 * @csspart form - The reply form.
 * @csspart label - Field labels.
 * @csspart input - Fields.
 * @csspart attachments - The attachment picker.
 * @csspart message - One message of the history.
 * @csspart badge - Status badges.
 * @csspart button - Every button.
 * @csspart submit - The send button.
 * @csspart status - Notes and results.
 * @csspart unavailable - Why actions are not available to the portal user.
 * @csspart error - Error messages.
 * @csspart empty - Shown when no ticket is chosen.
 */
export class PorticoTicketThread extends PorticoElement<TicketThreadMessages> {
  static override styles = [sharedStyles, badgeStyles, attachmentStyles, unavailableStyles, styles];
  /** The parts it renders, registered with it. */
  static readonly dependencies = {
    'portico-ticket-thread-head': PorticoTicketThreadHead,
    'portico-ticket-thread-cc': PorticoTicketThreadCc,
    'portico-ticket-thread-reply': PorticoTicketThreadReply,
    'portico-ticket-thread-history': PorticoTicketThreadHistory,
  };
  static readonly messages = messages;

  /** The ticket to show. */
  @property({ attribute: 'ticket-id', reflect: true }) ticketId?: string;

  /** Seconds between checks for support's answer while the ticket waits for it. */
  @property({ type: Number, attribute: 'refresh-every' }) refreshEvery = 30;

  /**
   * The ticket, and the client it was loaded through, for which the reply form is open:
   * another ticket or another customer starts with the form closed; the same ticket in
   * another language keeps it, with what was typed.
   */
  @state() private replyingIn?: { client?: ClientCore; ticketId: string };

  // Asked once there is something to show: a thread waiting for its ticket asks nothing.
  readonly #permissions = new Permissions(this, () => (this.ticketId ? this.activeClient : undefined));

  #ticket = new Resource<readonly [ClientCore | undefined, string | undefined, Locale], Ticket | null>(this, {
    args: () => [this.activeClient, this.ticketId, this.effectiveLocale] as const,
    load: async ([client, id, locale], signal) => {
      // No ticket chosen yet: the widget asks for one; there is nothing to load or to fail.
      if (!id) return null;
      if (!client) throw new MissingClientError('portico-ticket-thread');
      return client.request(ticketRetrieve, { params: { id } }, { signal, headers: { 'accept-language': locale } });
    },
    // Another language is the same ticket in other words: the reply being typed stays on screen.
    keep: ([client, id], [nextClient, nextId]) => client === nextClient && id === nextId,
    // A check for support's answer that fails changes nothing (the ticket stays, the next check
    // may succeed): only a ticket that cannot be shown is a failure.
    onError: (error) => {
      if (this.#ticket.value === undefined) this.reportError(error, 'load');
    },
  });

  constructor() {
    super();
    new Poller(
      this,
      () => this.#ticket.refresh(),
      () => waiting(this.#ticket.value),
      () => this.refreshEvery * 1000,
    );
  }

  /** Reads the ticket again, keeping what is shown until the answer is in. */
  async refresh(): Promise<void> {
    await this.#ticket.refresh();
  }

  /** The parts render after the widget: done once they are. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([...this.renderRoot.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(PARTS)].map((part) => part.updateComplete));
    return done;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    // What the parts tell reaches the box only from parts on the page: those of the ticket shown.
    return html`<section
      part="base"
      lang=${this.effectiveLocale}
      aria-labelledby="title"
      @reply-open=${this.#openReply}
      @reply-end=${this.#replyEnd}
      @ticket-change=${this.#changed}
      @portico-part-announce=${this.#announce}
    >
      ${!this.ticketId
        ? html`<h2 part="title" id="title">${t.missingId}</h2>${emptyState({ title: t.missingId, message: t.missingIdBody })}`
        : this.#ticket.render({
            content: (ticket) => (ticket ? this.#renderTicket(ticket) : nothing),
            error: (error) =>
              html`<h2 part="title" id="title">${isPermanentRefusal(error) ? this.common.notAllowedTitle : this.common.loadFailed}</h2>
                ${this.loadFailed(error, () => void this.#ticket.refresh())}`,
            loading: () =>
              html`<h2 part="title" id="title" class="visually-hidden">${this.common.loading}</h2>
                ${loadingState(this.common.loading, html`<div class="stack"><span class="skeleton skeleton--subject"></span><span class="skeleton skeleton--info"></span>${[1, 2, 3].map(() => html`<span class="skeleton skeleton--message"></span>`)}</div>`)}`,
          })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  /** Each part belongs to the ticket: another one gets parts of its own, with nothing of the last. */
  #renderTicket(ticket: Ticket): TemplateResult {
    const may = this.#permissions;
    const unavailable = { reply: may.reason(ticketReply, this.common), close: may.reason(ticketClose, this.common), cc: may.reason(ticketUpdateCc, this.common) };
    // A form opened before the answer of what the user may do came: it goes, as its button.
    const replying = this.replyingIn?.ticketId === ticket.id && this.replyingIn.client === this.activeClient && !unavailable.reply;
    const client = this.activeClient;
    const locale = this.effectiveLocale;
    const timeZone = this.effectiveTimeZone;
    return html`${keyed(
        ticket.id,
        html`<portico-ticket-thread-head
          .ticket=${ticket}
          .client=${client}
          locale=${locale}
          .timeZone=${timeZone}
          ?replying=${replying}
          .replyUnavailable=${unavailable.reply}
          .closeUnavailable=${unavailable.close}
        ></portico-ticket-thread-head>`,
      )}
      ${keyed(ticket.id, html`<portico-ticket-thread-cc .ticket=${ticket} .client=${client} locale=${locale} .timeZone=${timeZone} .unavailable=${unavailable.cc}></portico-ticket-thread-cc>`)}
      ${keyed(
        ticket.id,
        html`<portico-ticket-thread-reply .ticket=${ticket} .client=${client} locale=${locale} .timeZone=${timeZone} ?open=${replying}></portico-ticket-thread-reply>`,
      )}
      ${keyed(ticket.id, html`<portico-ticket-thread-history .ticket=${ticket} .client=${client} locale=${locale} .timeZone=${timeZone}></portico-ticket-thread-history>`)}`;
  }

  #changed = (event: TicketChangeEvent): void => {
    this.#ticket.set(event.ticket);
    this.dispatchEvent(new PorticoTicketUpdateEvent(event.ticket, event.change));
  };

  #announce = (event: AnnounceEvent): void => {
    this.announce(event.text);
  };

  #openReply = (): void => {
    const ticket = this.#ticket.value;
    if (ticket) this.replyingIn = { client: this.activeClient, ticketId: ticket.id };
  };

  /** Sent: focus on the reply, now the newest message; cancelled: on the ticket's title. */
  #replyEnd = async (event: ReplyEndEvent): Promise<void> => {
    this.replyingIn = undefined;
    if (event.sent) this.announce(this.t.replied);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(event.sent ? '.newest' : '#title')?.focus();
  };
}
