import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Call } from '@portico/sdk/contracts';
import { alertIcon } from '../../base/icons.ts';
import { PorticoElement } from '../../base/portico-element.ts';
import { Resource } from '../../controllers/resource.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { dateTime } from '../../i18n/format.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { messages, type CallLogMessages } from './call-log-table.messages.ts';
import { counterpart } from './call-table.ts';
import type { CallSource } from './call-source.ts';

const styles = css`
  .player {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-s);
    padding: var(--portico-space-s);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface-muted);
  }
  .player audio {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .player-label {
    font-weight: 600;
  }
`;

/**
 * One recorded call of the call log, played inline: its recording's link is asked for, then
 * the browser's own player plays it. Close (the `close` event) is the call log's to act on.
 * Rendered keyed by the call, so another call starts afresh.
 */
export class CallPlayer extends PorticoElement<CallLogMessages> {
  static override styles = [sharedStyles, styles];
  static readonly messages = messages;

  @property({ attribute: false }) call?: Call;
  /** Where the call is from: it gives the recording's link. */
  @property({ attribute: false }) source?: CallSource;
  /** The browser could not play what the link gave. */
  @state() private unplayable?: Error;

  #link = new Resource(this, {
    args: () => [this.activeClient, this.source, this.call?.id] as const,
    load: async ([client, source, callId], signal): Promise<string> => {
      if (!client) throw new MissingClientError('portico-call-log-table');
      if (!source || !callId) throw new Error('The player has no call to play.');
      return (await source.recording(client, callId, signal)).url;
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  protected override render(): TemplateResult | typeof nothing {
    const call = this.call;
    if (!call) return nothing;
    const t = this.t;
    const label = t.playing({ who: counterpart(call, t), when: dateTime(call.startedAt, this.effectiveLocale, this.effectiveTimeZone) });
    const failed = (error: unknown) => html`<span class="field-error" role="alert">${alertIcon}<span>${t.playFailed} ${this.describe(error)}</span></span>`;
    return html`<div class="player" part="player" role="group" aria-label=${label} lang=${this.effectiveLocale}>
      <span class="player-label">${label}</span>
      ${this.#link.render({
        content: (url) =>
          this.unplayable ? failed(this.unplayable) : html`<audio controls autoplay src=${url} @error=${() => (this.unplayable = new Error('audio'))}></audio>`,
        error: failed,
        loading: () => html`<span class="spinner" aria-hidden="true"></span>`,
      })}
      <button type="button" class="button button--secondary" part="button" @click=${() => this.dispatchEvent(new Event('close'))}>${t.closePlayer}</button>
    </div>`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'portico-call-player': CallPlayer;
  }
}
