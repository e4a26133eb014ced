import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { ClientCore } from '@portico/sdk/core';
import type { Ticket } from '@portico/sdk/helpdesk';
import { VERSION } from '../../base/version.ts';
import { commonMessages, type CommonMessages } from '../../i18n/common.messages.ts';
import { describeError, MissingClientError } from '../../i18n/error-message.ts';
import type { Locale } from '../../i18n/locale.ts';
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

/** News for the thread's live region. */
export class AnnounceEvent extends Event {
  static readonly type = 'announce';
  constructor(readonly text: string) {
    super(AnnounceEvent.type, { bubbles: true });
  }
}

/**
 * One part of `<portico-ticket-thread>` for one ticket (its header, CC recipients, reply
 * form, history). The thread renders each part keyed to its ticket: another ticket gets new
 * parts, with nothing typed, shown or on its way for the last one.
 *
 * A part renders into the thread's shadow root, so the thread's styles, `part` names, ids and
 * ARIA references apply across parts as they are. It tells the thread what changed through
 * events that bubble to the thread's box (not beyond its shadow root): a part taken off the
 * page (its ticket no longer shown) has no box above it, and tells no one.
 */
export class TicketThreadPart extends LitElement {
  static readonly porticoVersion = VERSION;

  @property({ attribute: false }) ticket!: Ticket;
  @property({ attribute: false }) client?: ClientCore;
  @property() locale: Locale = 'en';
  @property({ attribute: false }) timeZone?: string;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected get t(): TicketThreadMessages {
    return messages[this.locale];
  }

  protected get common(): CommonMessages {
    return commonMessages[this.locale];
  }

  /** The client to send through; without one, the action fails with the reason. */
  protected get api(): ClientCore {
    if (!this.client) throw new MissingClientError('portico-ticket-thread');
    return this.client;
  }

  protected get headers(): Record<string, string> {
    return { 'accept-language': this.locale };
  }

  protected describe(error: unknown): string {
    return describeError(error, this.common);
  }

  /** The ticket as the API answered an action here: shown by this part at once, and by the thread. */
  protected changed(ticket: Ticket, change: TicketChangeEvent['change']): void {
    this.ticket = ticket;
    this.dispatchEvent(new TicketChangeEvent(ticket, change));
  }

  protected announce(text: string): void {
    this.dispatchEvent(new AnnounceEvent(text));
  }
}
