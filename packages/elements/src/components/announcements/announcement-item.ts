import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Announcement, AnnouncementKind } from '@portico/sdk/helpdesk';
import { badge, type Tone } from '../../base/badge.ts';
import { alertIcon } from '../../base/icons.ts';
import { sanitizeHtml } from '../../base/rich-text.ts';
import { sanitized } from '../../base/sanitized.ts';
import { VERSION } from '../../base/version.ts';
import { Resource } from '../../controllers/resource.ts';
import { PorticoErrorEvent } from '../../events/portico-error.ts';
import { date, dateTime } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AnnouncementsMessages } from './announcements.messages.ts';

const TONE: Record<AnnouncementKind, Tone> = { news: 'neutral', maintenance: 'warning', incident: 'danger' };

/**
 * One announcement of `<portico-announcements>`: its kind, date, title and summary, and —
 * opened with "Read more" — its whole text, formatted and sanitised. It renders into the
 * widget's shadow root, so that the widget's styles and parts apply to it as they are.
 */
export class PorticoAnnouncementItem extends LitElement {
  static readonly porticoVersion = VERSION;

  @property({ attribute: false }) announcement!: Announcement;
  @property({ attribute: false }) t!: AnnouncementsMessages;
  @property() locale: Locale = 'en';
  @property({ attribute: false }) timeZone?: string;

  @state() private open = false;

  /** The whole text, sanitised when it is opened (and again for another language's). */
  #text = new Resource(this, {
    args: () => [this.open ? this.announcement.bodyHtml : undefined] as const,
    load: async ([bodyHtml]) => (bodyHtml === undefined ? '' : sanitizeHtml(bodyHtml, 4)),
    onError: (error) => this.dispatchEvent(new PorticoErrorEvent(error, 'load')),
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render(): TemplateResult {
    const { announcement: a, t, locale: l, timeZone } = this;
    return html`<article aria-labelledby="a-${a.id}">
      <div class="meta">${badge(t.kinds[a.kind], TONE[a.kind])}<time class="muted" datetime=${a.publishedAt}>${date(a.publishedAt, l, timeZone)}</time></div>
      <h3 id="a-${a.id}" tabindex="-1">${a.title}</h3>
      ${a.window ? html`<p class="window">${t.window({ from: dateTime(a.window.from, l, timeZone), to: dateTime(a.window.to, l, timeZone) })}</p>` : nothing}
      <p>${a.summary}</p>
      ${this.open
        ? html`<div id="body-${a.id}">
            ${this.#text.render({
              content: (text) => html`<div class="prose">${sanitized(text)}</div>`,
              error: () => html`<p class="field-error" role="alert">${alertIcon}<span>${t.bodyFailed}</span></p>`,
              loading: () => html`<span class="skeleton skeleton--text"></span>`,
            })}
          </div>`
        : nothing}
      <button type="button" class="button button--link" part="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="body-${a.id}" @click=${() => (this.open = !this.open)}>
        ${this.open ? t.readLess : t.readMore}
      </button>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-announcement-item': PorticoAnnouncementItem;
  }
}
