import { define } from '../../base/define.ts';
import { PorticoTicketList } from './ticket-list.component.ts';

define('portico-ticket-list', PorticoTicketList);

declare global {
  interface HTMLElementTagNameMap {
    'portico-ticket-list': PorticoTicketList;
  }
}

export { PorticoTicketList };
