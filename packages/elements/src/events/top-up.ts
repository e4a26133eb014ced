import type { TopUp, TopUpCreateParams } from '@portico/sdk/account';

/** A top-up is about to be sent. Cancelable: `preventDefault()` stops it, and nothing is sent. */
export class PorticoTopUpSubmitEvent extends CustomEvent<{ params: TopUpCreateParams }> {
  static readonly type = 'portico-top-up-submit';
  constructor(params: TopUpCreateParams) {
    super(PorticoTopUpSubmitEvent.type, { bubbles: true, composed: true, cancelable: true, detail: { params } });
  }
}

/** A top-up was accepted: `succeeded` (card, BLIK) or `pending` (bank transfer until booked). */
export class PorticoTopUpCompleteEvent extends CustomEvent<{ topUp: TopUp }> {
  static readonly type = 'portico-top-up-complete';
  constructor(topUp: TopUp) {
    super(PorticoTopUpCompleteEvent.type, { bubbles: true, composed: true, detail: { topUp } });
  }
}

/** The bank's payment confirmation was attached to a pending transfer. */
export class PorticoTopUpConfirmationEvent extends CustomEvent<{ topUp: TopUp }> {
  static readonly type = 'portico-top-up-confirmation';
  constructor(topUp: TopUp) {
    super(PorticoTopUpConfirmationEvent.type, { bubbles: true, composed: true, detail: { topUp } });
  }
}

/** These events by name; on elements, and on the document they bubble up to. */
export interface TopUpEventMap {
  'portico-top-up-submit': PorticoTopUpSubmitEvent;
  'portico-top-up-complete': PorticoTopUpCompleteEvent;
  'portico-top-up-confirmation': PorticoTopUpConfirmationEvent;
}

declare global {
  interface HTMLElementEventMap extends TopUpEventMap {}
  interface DocumentEventMap extends TopUpEventMap {}
}
