import { define } from '../../base/define.ts';
import { PorticoPhoneLines } from './phone-lines.component.ts';

define('portico-phone-lines', PorticoPhoneLines);

declare global {
  interface HTMLElementTagNameMap {
    'portico-phone-lines': PorticoPhoneLines;
  }
}

export { PorticoPhoneLines };
