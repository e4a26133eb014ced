import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { ClientCore } from '@portico/sdk/core';
import { fetchSession } from '../../configure.ts';
import { porticoContext, type PorticoContext } from '../../base/context.ts';
import { VERSION } from '../../base/version.ts';
import { injectTokens } from '../../styles/tokens.ts';

/**
 * @tag portico-provider
 * @summary Shares one Portico client, language and theme with every widget inside it.
 *
 * Give it a client (`.client`), or let it make one from `base-url` and `session-url` (a
 * URL of your backend that answers POST with a customer session).
 *
 * @slot - The widgets that use this provider.
 */
export class PorticoProvider extends LitElement {
  static readonly porticoVersion = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The client every widget inside uses, unless a widget has its own. */
  @property({ attribute: false }) client?: ClientCore;

  /** Where the Portico API lives; with `session-url`, the provider makes its own client. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** Your backend's URL that mints a customer session (answers POST with `{ token, expiresAt }`). */
  @property({ attribute: 'session-url' }) sessionUrl?: string;

  /** The language of the widgets inside: `pl` or `en`. */
  @property({ reflect: true }) locale?: string;

  /** The time zone the widgets inside show times and count days in (`Europe/Warsaw`); unset, the browser's. */
  @property({ attribute: 'time-zone', reflect: true }) timeZone?: string;

  /** Forces a colour scheme for the widgets inside: `light` or `dark`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @provide({ context: porticoContext })
  protected context: PorticoContext = {};

  #ownClient?: { key: string; client: ClientCore };

  override connectedCallback(): void {
    injectTokens(this.ownerDocument);
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    const client = this.client ?? this.#clientFromAttributes();
    if (client !== this.context.client || this.locale !== this.context.locale || this.timeZone !== this.context.timeZone) {
      // A new object, so that every consuming widget re-renders.
      this.context = { client, locale: this.locale, timeZone: this.timeZone };
    }
  }

  #clientFromAttributes(): ClientCore | undefined {
    if (!this.baseUrl || !this.sessionUrl) return undefined;
    const key = `${this.baseUrl} ${this.sessionUrl}`;
    if (this.#ownClient?.key !== key) {
      const sessionUrl = this.sessionUrl;
      this.#ownClient = { key, client: new ClientCore({ baseUrl: this.baseUrl, fetchSessionToken: () => fetchSession(sessionUrl) }) };
    }
    this.#ownClient.client.locale = this.locale;
    return this.#ownClient.client;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
