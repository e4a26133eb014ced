import { define } from '../../base/define.ts';
import { PorticoTicketForm } from './ticket-form.component.ts';

define('portico-ticket-form', PorticoTicketForm);

declare global {
  interface HTMLElementTagNameMap {
    'portico-ticket-form': PorticoTicketForm;
  }
}

export { PorticoTicketForm };
