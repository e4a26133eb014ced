import { define } from '../../base/define.ts';
import { PorticoContractCard } from './contract-card.component.ts';
import { PorticoContractCardContact } from './contract-card-contact.ts';
import { PorticoContractCardPuk } from './contract-card-puk.ts';
import { PorticoContractCardSimOrder } from './contract-card-sim-order.ts';

define('portico-contract-card-puk', PorticoContractCardPuk);
define('portico-contract-card-contact', PorticoContractCardContact);
define('portico-contract-card-sim-order', PorticoContractCardSimOrder);
define('portico-contract-card', PorticoContractCard);

declare global {
  interface HTMLElementTagNameMap {
    'portico-contract-card': PorticoContractCard;
  }
}

export { PorticoContractCard };
