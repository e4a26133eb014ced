import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { ClientCore } from '@portico/sdk/core';
import { commonMessages, type CommonMessages } from '../i18n/common.messages.ts';
import { describeError, MissingClientError } from '../i18n/error-message.ts';
import type { Catalog, Locale } from '../i18n/locale.ts';
import { VERSION } from './version.ts';

/** News for the widget's live region, from one of its parts. */
export class AnnounceEvent extends Event {
  static readonly type = 'portico-part-announce';
  constructor(readonly text: string) {
    super(AnnounceEvent.type, { bubbles: true });
  }
}

/**
 * A part of a widget (a ticket's reply form, a contract's PUK, one service of a list): a
 * small element the widget renders, keyed to the item it belongs to, so that another item
 * gets new parts with nothing typed, shown or on its way for the last one.
 *
 * A part renders into the widget's own shadow root (no root of its own): the widget's styles,
 * `part` names, ids and ARIA references — a label's `for`, `aria-controls`, where focus goes —
 * reach it as they reach the rest of the widget. It is given the widget's client, language
 * and time zone, and speaks to the widget with events that bubble to the widget's box and stop
 * at its shadow root: a part that left the page (its item no longer shown) is heard by no one.
 *
 * A subclass names its widget (`static widget`, for the message of a missing client) and its
 * texts (`static messages`, the widget's catalogue).
 */
export abstract class WidgetPart<M> extends LitElement {
  static readonly porticoVersion = VERSION;

  @property({ attribute: false }) client?: ClientCore;
  @property() locale: Locale = 'en';
  @property({ attribute: false }) timeZone?: string;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The widget's texts, in the widget's language. */
  protected get t(): M {
    return (this.constructor as unknown as { messages: Catalog<M> }).messages[this.locale];
  }

  protected get common(): CommonMessages {
    return commonMessages[this.locale];
  }

  /** The client to send through; without one, the action fails with the reason. */
  protected get api(): ClientCore {
    if (!this.client) throw new MissingClientError((this.constructor as unknown as { widget: string }).widget);
    return this.client;
  }

  /** Names and descriptions are content: asked for in the widget's language. */
  protected get headers(): Record<string, string> {
    return { 'accept-language': this.locale };
  }

  protected describe(error: unknown): string {
    return describeError(error, this.common);
  }

  /** Said in the widget's live region. */
  protected announce(text: string): void {
    this.dispatchEvent(new AnnounceEvent(text));
  }
}
