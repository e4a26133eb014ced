import { html, nothing, type TemplateResult } from 'lit';
import { ConflictError, isA } from '@portico/sdk/core';
import type { Ticket } from '@portico/sdk/helpdesk';
import { alertIcon, checkIcon, retryIcon } from '../../base/icons.ts';
import { ticketNumber } from '../../i18n/helpdesk.messages.ts';
import type { TicketFormMessages } from './ticket-form.messages.ts';

/** The ticket is open: the number to quote, where the confirmation went, and what next. */
export function filedNote(o: { t: TicketFormMessages; ticket: Ticket; email: string; earlier: boolean; onView: () => void; onAnother: () => void }): TemplateResult {
  const { t } = o;
  return html`<div class="alert alert--success result" part="status">
    ${checkIcon}
    <h3 id="result-title" tabindex="-1">${t.successTitle({ number: ticketNumber(o.ticket.number) })}</h3>
    <p>${t.successBody({ email: o.ticket.requester.email || o.email })}</p>
    ${o.earlier ? html`<p>${t.filedEarlier}</p>` : nothing}
    <div class="actions">
      <button type="button" class="button button--primary" part="button" @click=${o.onView}>${t.view}</button>
      <button type="button" class="button button--secondary" part="button" @click=${o.onAnother}>${t.another}</button>
    </div>
  </div>`;
}

/** An article solved the problem: no ticket, and the way to write one after all. */
export function solvedNote(t: TicketFormMessages, onWriteAnyway: () => void): TemplateResult {
  return html`<div class="alert alert--success" part="status">
    ${checkIcon}
    <h3 id="deflected" tabindex="-1">${t.solvedTitle}</h3>
    <p>${t.solvedBody}</p>
    <button type="button" class="button button--secondary" part="button" @click=${onWriteAnyway}>${t.writeAnyway}</button>
  </div>`;
}

/** The unsent ticket was brought back; the customer may start over. */
export function restoredNote(t: TicketFormMessages, onDiscard: () => void): TemplateResult {
  return html`<div class="alert" part="status">
    ${checkIcon}
    <p>${t.draftRestored}</p>
    <button type="button" class="button button--link" part="button" @click=${onDiscard}>${t.discardDraft}</button>
  </div>`;
}

/** The ticket was not sent (for a reason other than its fields): why, that nothing is lost, and Retry. */
export function failedNote(o: { t: TicketFormMessages; error: unknown; describe: (error: unknown) => string; retry: string; disabled: boolean; onRetry: () => void }): TemplateResult {
  const { t, error } = o;
  const inFlight = isA(error, ConflictError) && error.code === 'idempotency_key_in_flight';
  return html`<div class="alert alert--error" role="alert" part="error">
    ${alertIcon}
    <h3 id="action-error" tabindex="-1">${t.submitFailed}</h3>
    <p>${inFlight ? t.inFlight : o.describe(error)} ${t.keptNote}</p>
    <button type="button" class="button button--secondary" part="button retry" ?disabled=${o.disabled} @click=${o.onRetry}>${retryIcon}${o.retry}</button>
  </div>`;
}
