import type { OrderAction, Service, ServiceOrder } from '@portico/sdk/contracts';
import { WidgetPart } from '../../base/widget-part.ts';
import { messages, type ServiceListMessages } from './service-list.messages.ts';

/** A part of `<portico-service-list>`: one service, or the order dialog. */
export class ServiceListPart extends WidgetPart<ServiceListMessages> {
  static readonly widget = 'portico-service-list';
  static readonly messages = messages;
}

// Inside the widget, parts speak to it with events that stop at its shadow root; a part that
// left the page (another number was chosen) is heard by no one.

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
