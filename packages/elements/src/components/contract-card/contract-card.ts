import { define } from '../../base/define.ts';
import { PorticoContractCard } from './contract-card.component.ts';

define('portico-contract-card', PorticoContractCard);

declare global {
  interface HTMLElementTagNameMap {
    'portico-contract-card': PorticoContractCard;
  }
}

export { PorticoContractCard };
