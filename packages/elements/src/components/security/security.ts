import { define } from '../../base/define.ts';
import { PorticoSecurity } from './security.component.ts';

define('portico-security', PorticoSecurity);

declare global {
  interface HTMLElementTagNameMap {
    'portico-security': PorticoSecurity;
  }
}

export { PorticoSecurity };
