import { define } from '../../base/define.ts';
import { PorticoServiceList } from './service-list.component.ts';
import { PorticoServiceListItem } from './service-item.ts';
import { PorticoServiceListOrderDialog } from './service-order-dialog.ts';

define('portico-service-list-item', PorticoServiceListItem);
define('portico-service-list-order-dialog', PorticoServiceListOrderDialog);
define('portico-service-list', PorticoServiceList);

declare global {
  interface HTMLElementTagNameMap {
    'portico-service-list': PorticoServiceList;
  }
}

export { PorticoServiceList };
