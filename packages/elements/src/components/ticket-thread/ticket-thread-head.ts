import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ticketClose, type Ticket } from '@portico/sdk/helpdesk';
import { badge } from '../../base/badge.ts';
import { alertIcon, checkIcon } from '../../base/icons.ts';
import { describedBy, unavailableNote } from '../../base/unavailable.ts';
import { ticketTone } from '../../base/status-tones.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { dateTime } from '../../i18n/format.ts';
import { ticketNumber, ticketPriority, ticketStatus } from '../../i18n/helpdesk.messages.ts';
import { TicketThreadPart } from './ticket-thread-part.ts';

/**
 * The ticket's header — its subject, "Reply" and "Close ticket" — with closing it after
 * asking, and the ticket's information below. Actions the portal user may not take stay in
 * view, unavailable, with why said once below them.
 */
export class PorticoTicketThreadHead extends TicketThreadPart {
  /** The reply form is open: its button is not offered again. */
  @property({ type: Boolean }) replying = false;
  /** Why the portal user may not reply; unset, they may. */
  @property({ attribute: false }) replyUnavailable?: string;
  /** Why the portal user may not close the ticket; unset, they may. */
  @property({ attribute: false }) closeUnavailable?: string;

  @state() private confirming = false;

  readonly #focus = new FocusAfterRender(this);
  readonly #close = new Action<string, Ticket>(this, {
    send: (id, { signal }) => this.api.request(ticketClose, { params: { id } }, { signal, headers: this.headers }),
  });

  protected override render(): TemplateResult {
    const t = this.t;
    const l = this.locale;
    const ticket = this.ticket;
    const closed = ticket.status === 'closed';
    return html`<header part="header">
        <h2 part="title" id="title" tabindex="-1">${ticket.subject}</h2>
        <div class="actions">
          ${this.replying ? nothing : this.#button('reply-button', 'button--primary', t.reply, this.replyUnavailable, () => this.dispatchEvent(new Event('reply-open', { bubbles: true })))}
          ${closed || this.confirming ? nothing : this.#button('close', 'button--secondary', t.close, this.closeUnavailable, this.#ask)}
        </div>
      </header>
      ${unavailableNote('actions-unavailable', this.replying ? undefined : this.replyUnavailable, closed ? undefined : this.closeUnavailable)}
      ${this.confirming ? this.#renderConfirm() : nothing}
      ${this.#close.error ? html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p>${t.closeFailed} ${this.describe(this.#close.error)}</p></div>` : nothing}
      ${closed ? html`<div class="alert" part="status">${checkIcon}<p id="closed-note" tabindex="-1">${t.closedNote}</p></div>` : nothing}
      <dl class="info" part="summary" aria-label=${t.info}>
        <div><dt>${t.number}</dt><dd class="number">${ticketNumber(ticket.number)}</dd></div>
        <div><dt>${t.status}</dt><dd>${badge(ticketStatus[l][ticket.status], ticketTone[ticket.status])}</dd></div>
        <div><dt>${t.department}</dt><dd>${ticket.department.name}</dd></div>
        <div><dt>${t.priority}</dt><dd>${ticketPriority[l][ticket.priority]}</dd></div>
        <div><dt>${t.service}</dt><dd>${ticket.relatedService?.name ?? t.noService}</dd></div>
        <div><dt>${t.opened}</dt><dd>${dateTime(ticket.createdAt, l, this.timeZone)}</dd></div>
        <div><dt>${t.updated}</dt><dd>${dateTime(ticket.updatedAt, l, this.timeZone)}</dd></div>
      </dl>`;
  }

  /** One of the ticket's actions: unavailable to a portal user who may not take it, with why (`actions-unavailable`). */
  #button(id: string, kind: string, label: string, unavailable: string | undefined, act: () => void): TemplateResult {
    return html`<button
      type="button"
      id=${id}
      class="button ${kind}"
      part="button"
      aria-disabled=${unavailable ? 'true' : 'false'}
      aria-describedby=${describedBy(unavailable && 'actions-unavailable')}
      ?data-unavailable=${!!unavailable}
      @click=${() => unavailable || act()}
    >
      ${label}
    </button>`;
  }

  #renderConfirm(): TemplateResult {
    const t = this.t;
    const busy = this.#close.busy;
    return html`<div class="alert alert--warning confirm" role="group" aria-labelledby="close-question" part="status">
      ${alertIcon}
      <p id="close-question" tabindex="-1">${t.closeConfirm}</p>
      <div class="actions">
        <button type="button" class="button button--primary" part="button" aria-disabled=${busy ? 'true' : 'false'} @click=${this.#confirm}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.closing}` : t.close}
        </button>
        <button type="button" class="button button--secondary" part="button" @click=${this.#keepOpen}>${t.keepOpen}</button>
      </div>
    </div>`;
  }

  #ask = (): void => {
    this.confirming = true;
    this.#close.clearError();
    this.#focus.request('#close-question');
  };

  #keepOpen = (): void => {
    this.confirming = false;
    this.#focus.request('#close');
  };

  #confirm = async (): Promise<void> => {
    const closed = await this.#close.run(this.ticket.id);
    if (!closed) return;
    this.confirming = false;
    this.changed(closed, 'close');
    this.announce(this.t.closedDone);
    this.#focus.request('#closed-note');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-ticket-thread-head': PorticoTicketThreadHead;
  }
}
