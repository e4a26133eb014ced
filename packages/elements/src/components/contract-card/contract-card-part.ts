import { property } from 'lit/decorators.js';
import type { Contract } from '@portico/sdk/contracts';
import type { ClientCore } from '@portico/sdk/core';
import { PorticoElement } from '../../base/portico-element.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { messages, type ContractCardMessages } from './contract-card.messages.ts';

// Inside the card, parts speak to it with events that stop at its shadow root: a part of a
// number no longer shown has left the page, and is heard by no one.

/** News for the card's live region. */
export class AnnounceEvent extends Event {
  static readonly type = 'contract-card-announce';
  constructor(readonly text: string) {
    super(AnnounceEvent.type, { bubbles: true });
  }
}

/** An action here changed the contract: the card shows `contract`, or without one loads it again. */
export class ContractChangeEvent extends Event {
  static readonly type = 'contract-card-change';
  constructor(readonly contract?: Contract) {
    super(ContractChangeEvent.type, { bubbles: true });
  }
}

/**
 * A part of `<portico-contract-card>` for one contract (its PUK, the contact data, a new SIM
 * card). The card renders each part keyed to its contract: another number gets new parts,
 * with nothing typed, shown or on its way for the last one. A part renders into the card's
 * shadow root, so that the card's styles, `part` names and ids apply across parts as they are.
 */
export class ContractCardPart extends PorticoElement<ContractCardMessages> {
  static readonly messages = messages;

  /** The contract this part belongs to, as the card shows it. */
  @property({ attribute: false }) contract!: Contract;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The client to send through; without one, the action fails with the reason. */
  protected get api(): ClientCore {
    const client = this.activeClient;
    if (!client) throw new MissingClientError('portico-contract-card');
    return client;
  }

  /** Said in the card's live region. */
  protected override announce(text: string): void {
    this.dispatchEvent(new AnnounceEvent(text));
  }

  /** The contract as an action left it: shown by the card at once, or (without it) loaded again. */
  protected changed(contract?: Contract): void {
    this.dispatchEvent(new ContractChangeEvent(contract));
  }
}
