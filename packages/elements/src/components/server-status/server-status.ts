import { define } from '../../base/define.ts';
import { PorticoServerStatus } from './server-status.component.ts';

define('portico-server-status', PorticoServerStatus);

declare global {
  interface HTMLElementTagNameMap {
    'portico-server-status': PorticoServerStatus;
  }
}

export { PorticoServerStatus };
