import { define } from '../../base/define.ts';
import { PorticoInvoices } from './invoices.component.ts';

define('portico-invoices', PorticoInvoices);

declare global {
  interface HTMLElementTagNameMap {
    'portico-invoices': PorticoInvoices;
  }
}

export { PorticoInvoices };
