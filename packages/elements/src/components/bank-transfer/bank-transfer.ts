import { define } from '../../base/define.ts';
import { PorticoBankTransfer } from './bank-transfer.component.ts';

define('portico-bank-transfer', PorticoBankTransfer);

declare global {
  interface HTMLElementTagNameMap {
    'portico-bank-transfer': PorticoBankTransfer;
  }
}

export { PorticoBankTransfer };
