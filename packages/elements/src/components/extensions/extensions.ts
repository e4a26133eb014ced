import { define } from '../../base/define.ts';
import { PorticoExtensions } from './extensions.component.ts';

define('portico-extensions', PorticoExtensions);

declare global {
  interface HTMLElementTagNameMap {
    'portico-extensions': PorticoExtensions;
  }
}

export { PorticoExtensions };
