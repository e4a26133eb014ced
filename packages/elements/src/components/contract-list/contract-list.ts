import { define } from '../../base/define.ts';
import { PorticoContractList } from './contract-list.component.ts';

define('portico-contract-list', PorticoContractList);

declare global {
  interface HTMLElementTagNameMap {
    'portico-contract-list': PorticoContractList;
  }
}

export { PorticoContractList };
