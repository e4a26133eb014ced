import { LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ClientCore } from '@portico/sdk/core';
import { defaults } from '../configure.ts';
import { PageLocaleController } from '../controllers/page-locale.ts';
import { TitleFocus } from '../controllers/title-focus.ts';
import { PorticoErrorEvent, type PorticoAction } from '../events/portico-error.ts';
import { commonMessages, type CommonMessages } from '../i18n/common.messages.ts';
import { describeError, isPermanentRefusal } from '../i18n/error-message.ts';
import { errorState } from './states.ts';
import { resolveLocale, type Locale } from '../i18n/locale.ts';
import { resolveTimeZone } from '../i18n/time-zone.ts';
import { porticoContext, type PorticoContext } from './context.ts';
import { injectTokens } from '../styles/tokens.ts';
import { VERSION } from './version.ts';

/**
 * What every Portico widget shares: where its client comes from, which language it speaks,
 * its theme, and how it reports failures.
 */
export class PorticoElement<M = unknown> extends LitElement {
  static readonly porticoVersion = VERSION;

  /** The language: `pl` or `en`. Unset, it follows the provider, `configure()`, the client, then the page's `lang`. */
  @property({ reflect: true }) locale?: string;

  /**
   * The time zone times are shown and days counted in, as an IANA name (`Europe/Warsaw`).
   * Unset, it follows the provider, `configure()`, then the browser. "Today", "this month"
   * and "the last 30 days" are the customer's calendar days in this zone.
   */
  @property({ attribute: 'time-zone', reflect: true }) timeZone?: string;

  /** Forces a colour scheme for this widget: `light` or `dark`. Unset, it follows the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The Portico client; unset, the provider's or the one from `configure()`. */
  @property({ attribute: false }) client?: ClientCore;

  @consume({ context: porticoContext, subscribe: true })
  @state()
  protected provided?: PorticoContext;

  /** What the widget's live region (its `role="status"` element) says now. */
  @state() protected announcement = '';

  constructor() {
    super();
    new PageLocaleController(this);
    new TitleFocus(this);
  }

  /** Says `text` in the live region, again if it is what was said last: a second save is news too. */
  protected announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  override connectedCallback(): void {
    injectTokens(this.ownerDocument);
    super.connectedCallback();
  }

  /**
   * Moves focus to the widget's title (its `#title`), as a host page does when it opens the
   * widget for something the customer chose: a screen reader then reads where they are, and
   * the keyboard goes on from there. Without a title yet, the host element is focused.
   */
  override focus(options?: FocusOptions): void {
    const title = this.renderRoot?.querySelector<HTMLElement>('#title');
    if (!title) return super.focus(options);
    if (!title.hasAttribute('tabindex')) title.tabIndex = -1;
    title.focus(options);
  }

  /** The client this widget talks through, wherever it came from. */
  protected get activeClient(): ClientCore | undefined {
    return this.client ?? this.provided?.client ?? defaults().client;
  }

  /** The language this widget speaks now. */
  get effectiveLocale(): Locale {
    return resolveLocale(this.locale, this.provided?.locale, defaults().locale, this.activeClient?.locale, document.documentElement.lang);
  }

  /** The time zone this widget counts days in now: a name, or undefined for the browser's own. */
  get effectiveTimeZone(): string | undefined {
    return resolveTimeZone(this.timeZone, this.provided?.timeZone, defaults().timeZone);
  }

  /** The widget's own texts — its class's static `messages` catalogue — in its language. */
  protected get t(): M {
    return (this.constructor as unknown as { messages: Record<Locale, M> }).messages[this.effectiveLocale];
  }

  protected get common(): CommonMessages {
    return commonMessages[this.effectiveLocale];
  }

  /** The meaning of an error, in this widget's language. */
  protected describe(error: unknown): string {
    return describeError(error, this.common);
  }

  /**
   * The widget's content could not be loaded: why, and a retry — or, when the portal user may
   * not see it, that it is not available to them and why, with no retry that could not help.
   */
  protected loadFailed(error: unknown, onRetry: () => void): TemplateResult {
    const permanent = isPermanentRefusal(error);
    return errorState({ title: permanent ? this.common.notAllowedTitle : this.common.loadFailed, message: this.describe(error), ...(permanent ? {} : { retryLabel: this.common.retry, onRetry }) });
  }

  /** Tells the host page that something failed (the widget shows it to the user itself). */
  protected reportError(error: unknown, action: PorticoAction): void {
    this.dispatchEvent(new PorticoErrorEvent(error, action));
  }
}
