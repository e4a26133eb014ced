import { property } from 'lit/decorators.js';
import type { Ticket } from '@portico/sdk/helpdesk';
import { WidgetPart } from '../../base/widget-part.ts';
import { messages, type TicketThreadMessages } from './ticket-thread.messages.ts';

/** A part changed the ticket (a reply, closing it, CC): the thread shows the API's answer and tells the page. */
export class TicketChangeEvent extends Event {
  static readonly type = 'ticket-change';
  constructor(
    readonly ticket: Ticket,
    readonly change: 'reply' | 'close' | 'cc',
  ) {
    super(TicketChangeEvent.type, { bubbles: true });
  }
}

/**
 * One part of `<portico-ticket-thread>` for one ticket (its header, CC recipients, reply
 * form, history), rendered keyed to its ticket.
 */
export class TicketThreadPart extends WidgetPart<TicketThreadMessages> {
  static readonly widget = 'portico-ticket-thread';
  static readonly messages = messages;

  @property({ attribute: false }) ticket!: Ticket;

  /** The ticket as the API answered an action here: shown by this part at once, and by the thread. */
  protected changed(ticket: Ticket, change: TicketChangeEvent['change']): void {
    this.ticket = ticket;
    this.dispatchEvent(new TicketChangeEvent(ticket, change));
  }
}
