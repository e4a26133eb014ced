import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Contract } from '@portico/sdk/contracts';
import type { ClientCore } from '@portico/sdk/core';
import { VERSION } from '../../base/version.ts';
import { commonMessages, type CommonMessages } from '../../i18n/common.messages.ts';
import { describeError, MissingClientError } from '../../i18n/error-message.ts';
import type { Locale } from '../../i18n/locale.ts';
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
export class ContractCardPart extends LitElement {
  static readonly porticoVersion = VERSION;

  /** The contract this part belongs to, as the card shows it. */
  @property({ attribute: false }) contract!: Contract;
  /** The card's client, language and time zone. */
  @property({ attribute: false }) client?: ClientCore;
  @property() locale: Locale = 'en';
  @property({ attribute: false }) timeZone?: string;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected get t(): ContractCardMessages {
    return messages[this.locale];
  }

  protected get common(): CommonMessages {
    return commonMessages[this.locale];
  }

  /** The client to send through; without one, the action fails with the reason. */
  protected get api(): ClientCore {
    if (!this.client) throw new MissingClientError('portico-contract-card');
    return this.client;
  }

  protected describe(error: unknown): string {
    return describeError(error, this.common);
  }

  /** Said in the card's live region. */
  protected announce(text: string): void {
    this.dispatchEvent(new AnnounceEvent(text));
  }

  /** The contract as an action left it: shown by the card at once, or (without it) loaded again. */
  protected changed(contract?: Contract): void {
    this.dispatchEvent(new ContractChangeEvent(contract));
  }
}
