import { property } from 'lit/decorators.js';
import type { Contract } from '@portico/sdk/contracts';
import { WidgetPart } from '../../base/widget-part.ts';
import { messages, type ContractCardMessages } from './contract-card.messages.ts';

// Inside the card, parts speak to it with events that stop at its shadow root: a part of a
// number no longer shown has left the page, and is heard by no one.

/** An action here changed the contract: the card shows `contract`, or without one loads it again. */
export class ContractChangeEvent extends Event {
  static readonly type = 'contract-card-change';
  constructor(readonly contract?: Contract) {
    super(ContractChangeEvent.type, { bubbles: true });
  }
}

/** A part of `<portico-contract-card>` for one contract (its PUK, the contact data, a new SIM card), rendered keyed to its contract. */
export class ContractCardPart extends WidgetPart<ContractCardMessages> {
  static readonly widget = 'portico-contract-card';
  static readonly messages = messages;

  /** The contract this part belongs to, as the card shows it. */
  @property({ attribute: false }) contract!: Contract;

  /** The contract as an action left it: shown by the card at once, or (without it) loaded again. */
  protected changed(contract?: Contract): void {
    this.dispatchEvent(new ContractChangeEvent(contract));
  }
}
