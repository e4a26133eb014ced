import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { OrderAction, Service, ServiceOrder } from '@portico/sdk/contracts';
import type { ClientCore } from '@portico/sdk/core';
import { VERSION } from '../../base/version.ts';
import { commonMessages, type CommonMessages } from '../../i18n/common.messages.ts';
import { describeError, MissingClientError } from '../../i18n/error-message.ts';
import type { Locale } from '../../i18n/locale.ts';
import { messages, type ServiceListMessages } from './service-list.messages.ts';

/**
 * A part of `<portico-service-list>`: it renders into the widget's own shadow root (no root of
 * its own), so that the widget's styles, parts and ids — a label's `for`, `aria-controls`,
 * where focus goes — reach it as they reach the rest of the widget.
 */
export class ServiceListPart extends LitElement {
  static readonly porticoVersion = VERSION;

  /** The widget's client and language. */
  @property({ attribute: false }) client?: ClientCore;
  @property() locale: Locale = 'en';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected get t(): ServiceListMessages {
    return messages[this.locale];
  }

  protected get common(): CommonMessages {
    return commonMessages[this.locale];
  }

  /** The client to send through; without one, the action fails with the reason. */
  protected get api(): ClientCore {
    if (!this.client) throw new MissingClientError('portico-service-list');
    return this.client;
  }

  /** Names and descriptions of services are content: asked for in the widget's language. */
  protected get headers(): Record<string, string> {
    return { 'accept-language': this.locale };
  }

  protected describe(error: unknown): string {
    return describeError(error, this.common);
  }
}

// Inside the widget, parts speak to it with events that stop at its shadow root; a part that
// left the page (another number was chosen) is heard by no one.

/** News for the widget's live region. */
export class AnnounceEvent extends Event {
  static readonly type = 'service-list-announce';
  constructor(readonly text: string) {
    super(AnnounceEvent.type, { bubbles: true });
  }
}

/** The services changed (a setting saved, an order placed): the widget loads them again, and follows the order. */
export class ServicesChangedEvent extends Event {
  static readonly type = 'service-list-changed';
  constructor(readonly order?: ServiceOrder) {
    super(ServicesChangedEvent.type, { bubbles: true });
  }
}

/** A service's switch was pressed: the widget opens the order dialog for it. */
export class OrderStartEvent extends Event {
  static readonly type = 'service-list-order';
  constructor(
    readonly service: Service,
    readonly action: OrderAction,
    readonly opener: HTMLElement,
  ) {
    super(OrderStartEvent.type, { bubbles: true });
  }
}
