import { define } from '../../base/define.ts';
import { PorticoTicketThreadCc } from './ticket-thread-cc.ts';
import { PorticoTicketThreadHead } from './ticket-thread-head.ts';
import { PorticoTicketThreadHistory } from './ticket-thread-history.ts';
import { PorticoTicketThreadReply } from './ticket-thread-reply.ts';
import { PorticoTicketThread } from './ticket-thread.component.ts';

define('portico-ticket-thread-head', PorticoTicketThreadHead);
define('portico-ticket-thread-cc', PorticoTicketThreadCc);
define('portico-ticket-thread-reply', PorticoTicketThreadReply);
define('portico-ticket-thread-history', PorticoTicketThreadHistory);
define('portico-ticket-thread', PorticoTicketThread);

declare global {
  interface HTMLElementTagNameMap {
    'portico-ticket-thread': PorticoTicketThread;
  }
}

export { PorticoTicketThread };
