import { define } from '../../base/define.ts';
import { PorticoCallLogTable } from './call-log-table.component.ts';

define('portico-call-log-table', PorticoCallLogTable);

declare global {
  interface HTMLElementTagNameMap {
    'portico-call-log-table': PorticoCallLogTable;
  }
}

export { PorticoCallLogTable };
