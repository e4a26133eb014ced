import { define } from '../../base/define.ts';
import { PorticoPaymentHistory } from './payment-history.component.ts';

define('portico-payment-history', PorticoPaymentHistory);

declare global {
  interface HTMLElementTagNameMap {
    'portico-payment-history': PorticoPaymentHistory;
  }
}

export { PorticoPaymentHistory };
