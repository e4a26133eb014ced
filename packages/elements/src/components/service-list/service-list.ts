import { define } from '../../base/define.ts';
import { PorticoServiceList } from './service-list.component.ts';

define('portico-service-list', PorticoServiceList);

declare global {
  interface HTMLElementTagNameMap {
    'portico-service-list': PorticoServiceList;
  }
}

export { PorticoServiceList };
