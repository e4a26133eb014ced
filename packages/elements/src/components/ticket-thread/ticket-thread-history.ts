import { html, nothing, type TemplateResult } from 'lit';
import { attachmentDownload, type TicketMessage } from '@portico/sdk/helpdesk';
import { alertIcon } from '../../base/icons.ts';
import { safeUrl } from '../../base/safe-url.ts';
import { Action } from '../../controllers/action.ts';
import { attachmentMessages } from '../../i18n/attachments.messages.ts';
import { dateTime, fileSize } from '../../i18n/format.ts';
import { TicketThreadPart } from './ticket-thread-part.ts';

/** A short-lived link to a file, checked to be a web address. */
interface Download {
  href: string;
  fileName: string;
}

/**
 * The ticket's messages, newest first, as text (never HTML), with their files: each downloads
 * through a short-lived link asked for when it is chosen.
 */
export class PorticoTicketThreadHistory extends TicketThreadPart {
  readonly #download = new Action<string, Download>(this, {
    kind: 'load',
    send: async (id, { signal }) => {
      const link = await this.api.request(attachmentDownload, { params: { id } }, { signal });
      const href = safeUrl(link.url);
      if (!href) throw new Error('The download link is not a web address.');
      return { href, fileName: link.fileName };
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A link asked for on a ticket no longer shown is not one to open.
    this.#download.reset();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const failure = this.#download.error;
    return html`<h3 id="history">${t.history}</h3>
      ${failure !== undefined ? html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p>${t.downloadFailed} ${this.describe(failure)}</p></div>` : nothing}
      <ol class="history" aria-labelledby="history">
        ${[...this.ticket.messages].reverse().map((m, i) => this.#renderMessage(m, i === 0))}
      </ol>`;
  }

  #renderMessage(message: TicketMessage, newest: boolean): TemplateResult {
    const t = this.t;
    const l = this.locale;
    const staff = message.author.kind === 'staff';
    return html`<li class="message ${staff ? 'staff' : 'customer'} ${newest ? 'newest' : ''}" part="message" tabindex="-1">
      <div class="message-head">
        <span class="author">${message.author.name}</span>
        <span class="role">${staff ? t.staff : t.you}</span>
        <time class="muted" datetime=${message.createdAt}>${dateTime(message.createdAt, l, this.timeZone)}</time>
      </div>
      <p class="body">${message.body}</p>
      ${message.attachments.length
        ? html`<ul class="message-files" aria-label=${t.attachments}>
            ${message.attachments.map(
              (a) => html`<li>
                <button type="button" class="button button--link" part="button" aria-label=${attachmentMessages[l].download({ name: a.fileName })} @click=${() => void this.#open(a.id)}>${a.fileName}</button>
                <span class="muted">${fileSize(a.size, l)}</span>
              </li>`,
            )}
          </ul>`
        : nothing}
    </li>`;
  }

  async #open(id: string): Promise<void> {
    const link = await this.#download.run(id);
    if (!link) return;
    const anchor = document.createElement('a');
    anchor.href = link.href;
    anchor.download = link.fileName;
    anchor.rel = 'noopener';
    anchor.hidden = true;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-ticket-thread-history': PorticoTicketThreadHistory;
  }
}
