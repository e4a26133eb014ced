import { define } from '../../base/define.ts';
import { PorticoProvider } from './provider.component.ts';

define('portico-provider', PorticoProvider);

declare global {
  interface HTMLElementTagNameMap {
    'portico-provider': PorticoProvider;
  }
}

export { PorticoProvider };
