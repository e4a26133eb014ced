import { define } from '../../base/define.ts';
import { PorticoTicketThread } from './ticket-thread.component.ts';

define('portico-ticket-thread', PorticoTicketThread);

declare global {
  interface HTMLElementTagNameMap {
    'portico-ticket-thread': PorticoTicketThread;
  }
}

export { PorticoTicketThread };
