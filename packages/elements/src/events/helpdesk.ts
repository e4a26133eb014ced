import type { KbSuggestion, Ticket, TicketCreateParams, TicketSummary } from '@portico/sdk/helpdesk';

/** About to open a ticket with these details; cancel it and nothing is sent. */
export class PorticoTicketSubmitEvent extends CustomEvent<{ params: TicketCreateParams }> {
  static readonly type = 'portico-ticket-submit';
  constructor(params: TicketCreateParams) {
    super(PorticoTicketSubmitEvent.type, { bubbles: true, composed: true, cancelable: true, detail: { params } });
  }
}

/** A ticket was opened; `ticket.number` is what the customer quotes. */
export class PorticoTicketCreateEvent extends CustomEvent<{ ticket: Ticket }> {
  static readonly type = 'portico-ticket-create';
  constructor(ticket: Ticket) {
    super(PorticoTicketCreateEvent.type, { bubbles: true, composed: true, detail: { ticket } });
  }
}

/** A suggested article solved the customer's problem: no ticket was needed. */
export class PorticoTicketDeflectEvent extends CustomEvent<{ article: Pick<KbSuggestion, 'id' | 'title'>; subject: string; message: string }> {
  static readonly type = 'portico-ticket-deflect';
  constructor(article: Pick<KbSuggestion, 'id' | 'title'>, subject: string, message: string) {
    super(PorticoTicketDeflectEvent.type, { bubbles: true, composed: true, detail: { article, subject, message } });
  }
}

/** The customer chose a ticket in a list: show its page. */
export class PorticoTicketSelectEvent extends CustomEvent<{ ticketId: string; ticket: TicketSummary }> {
  static readonly type = 'portico-ticket-select';
  constructor(ticket: TicketSummary) {
    super(PorticoTicketSelectEvent.type, { bubbles: true, composed: true, detail: { ticketId: ticket.id, ticket } });
  }
}

/** The customer asked to open a new ticket ("Open ticket"): show the ticket form. */
export class PorticoTicketNewEvent extends CustomEvent<Record<string, never>> {
  static readonly type = 'portico-ticket-new';
  constructor() {
    super(PorticoTicketNewEvent.type, { bubbles: true, composed: true, detail: {} });
  }
}

/** The ticket changed on the customer's side: a reply, closing it, new CC recipients. */
export class PorticoTicketUpdateEvent extends CustomEvent<{ ticket: Ticket; change: 'reply' | 'close' | 'cc' }> {
  static readonly type = 'portico-ticket-update';
  constructor(ticket: Ticket, change: 'reply' | 'close' | 'cc') {
    super(PorticoTicketUpdateEvent.type, { bubbles: true, composed: true, detail: { ticket, change } });
  }
}

/** These events by name; on elements, and on the document they bubble up to. */
export interface HelpdeskEventMap {
  'portico-ticket-submit': PorticoTicketSubmitEvent;
  'portico-ticket-create': PorticoTicketCreateEvent;
  'portico-ticket-deflect': PorticoTicketDeflectEvent;
  'portico-ticket-select': PorticoTicketSelectEvent;
  'portico-ticket-new': PorticoTicketNewEvent;
  'portico-ticket-update': PorticoTicketUpdateEvent;
}

declare global {
  interface HTMLElementEventMap extends HelpdeskEventMap {}
  interface DocumentEventMap extends HelpdeskEventMap {}
}
