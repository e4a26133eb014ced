import { define } from '../../base/define.ts';
import { PorticoHuntGroups } from './hunt-groups.component.ts';

define('portico-hunt-groups', PorticoHuntGroups);

declare global {
  interface HTMLElementTagNameMap {
    'portico-hunt-groups': PorticoHuntGroups;
  }
}

export { PorticoHuntGroups };
