/** What a widget was doing when it failed. */
export type PorticoAction = 'load' | 'submit' | 'upload' | 'copy' | 'export';

/**
 * A load or an action failed. The widget already shows the failure to the user; this is
 * for the host page's logging and analytics.
 */
export class PorticoErrorEvent extends CustomEvent<{ error: unknown; action: PorticoAction }> {
  static readonly type = 'portico-error';
  constructor(error: unknown, action: PorticoAction) {
    super(PorticoErrorEvent.type, { bubbles: true, composed: true, detail: { error, action } });
  }
}

/** These events by name; on elements, and on the document they bubble up to. */
export interface PorticoErrorEventMap {
  'portico-error': PorticoErrorEvent;
}

declare global {
  interface HTMLElementEventMap extends PorticoErrorEventMap {}
  interface DocumentEventMap extends PorticoErrorEventMap {}
}
