import type { OrderAction, Service, ServiceOrder } from '@portico/sdk/contracts';
import { PorticoElement } from '../../base/portico-element.ts';
import { messages, type ServiceListMessages } from './service-list.messages.ts';

/**
 * A part of `<portico-service-list>`: it renders into the widget's own shadow root (no root of
 * its own), so that the widget's styles, parts and ids — a label's `for`, `aria-controls`,
 * where focus goes — reach it as they reach the rest of the widget. The widget gives it its
 * client and language.
 */
export class ServiceListPart extends PorticoElement<ServiceListMessages> {
  static readonly messages = messages;

  protected override createRenderRoot(): HTMLElement {
    return this;
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
