import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { extensionPlayRecordedName, type Extension } from '@portico/sdk/telephony';
import { alertIcon } from '../../base/icons.ts';
import { Resource } from '../../controllers/resource.ts';
import { PorticoErrorEvent } from '../../events/portico-error.ts';
import { ExtensionsPart } from './extensions-part.ts';

/**
 * An extension's recorded name, played by the browser's own player: its short-lived link is
 * asked for when the player is shown. Rendered keyed by the recording, so another one (or a
 * new upload) starts afresh. With `closable`, a Close button fires `close`.
 */
export class PorticoExtensionsPlayer extends ExtensionsPart {
  @property({ attribute: false }) extension?: Extension;
  @property({ type: Boolean }) closable = false;
  /** Starts playing once loaded: the person pressed Play. */
  @property({ type: Boolean }) autoplay = false;
  /** The browser could not play what the link gave. */
  @state() private unplayable = false;

  #link = new Resource(this, {
    args: () => [this.client, this.extension?.id, this.extension?.recordedName?.id] as const,
    load: async ([, id], signal): Promise<string> => (await this.api.request(extensionPlayRecordedName, { params: { id: id ?? '' } }, { signal, headers: this.headers })).url,
    onError: (error) => this.dispatchEvent(new PorticoErrorEvent(error, 'load')),
  });

  protected override render(): TemplateResult | typeof nothing {
    const extension = this.extension;
    if (!extension?.recordedName) return nothing;
    const t = this.t;
    const label = t.playing({ number: extension.number, description: extension.description });
    const failed = (message: string) => html`<span class="field-error" role="alert">${alertIcon}<span>${t.playFailed} ${message}</span></span>`;
    return html`<div class="player" part="player" role="group" aria-label=${label}>
      ${this.closable ? html`<span class="player-label">${label}</span>` : nothing}
      ${this.#link.render({
        content: (url) =>
          this.unplayable
            ? failed('')
            : html`<audio controls ?autoplay=${this.autoplay} src=${url} aria-label=${label} @error=${() => (this.unplayable = true)}></audio>`,
        error: (error) => failed(this.describe(error)),
        loading: () => html`<span class="spinner" aria-hidden="true"></span><span class="visually-hidden">${this.common.loading}</span>`,
      })}
      ${this.closable
        ? html`<button type="button" class="button button--secondary" part="button" @click=${() => this.dispatchEvent(new Event('close'))}>${t.closePlayer}</button>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-extensions-player': PorticoExtensionsPlayer;
  }
}
