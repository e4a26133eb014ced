import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountSecurity } from '@portico/sdk/account';
import { alertIcon, checkIcon, infoIcon } from '../../base/icons.ts';
import { WidgetPart } from '../../base/widget-part.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { messages, type SecurityMessages } from './security.messages.ts';

/**
 * A section of `<portico-security>`: password, security code, IP allow-list, two-factor, call
 * verification. Each has its own action, busy state and result; what it changed goes to the
 * widget (`SecurityChangedEvent`), which shows it in every section.
 */
export class SecurityPart extends WidgetPart<SecurityMessages> {
  static readonly widget = 'portico-security';
  static readonly messages = messages;

  /** The settings as the API answered them last. */
  @property({ attribute: false }) security!: AccountSecurity;

  protected readonly focusAfter = new FocusAfterRender(this);

  /** Tells the widget what the API answered, so every section shows it. */
  protected changed(patch: Partial<AccountSecurity>): void {
    this.dispatchEvent(new SecurityChangedEvent(patch));
  }

  /** The settings changed elsewhere: the widget loads them again. */
  protected reload(): void {
    this.dispatchEvent(new SecurityReloadEvent());
  }
}

// Inside the widget, sections speak to it with events that stop at its shadow root.

export class SecurityChangedEvent extends Event {
  static readonly type = 'security-section-changed';
  constructor(readonly patch: Partial<AccountSecurity>) {
    super(SecurityChangedEvent.type, { bubbles: true });
  }
}

export class SecurityReloadEvent extends Event {
  static readonly type = 'security-section-reload';
  constructor() {
    super(SecurityReloadEvent.type, { bubbles: true });
  }
}

/** A section's box and title. */
export function sectionBox(id: string, title: string, content: unknown): TemplateResult {
  return html`<section id=${id} class="section" part="section" aria-labelledby="${id}-title">
    <h3 id="${id}-title" class="section-title">${title}</h3>
    ${content}
  </section>`;
}

/** A field's problem under it, in words, with an icon that repeats it. */
export function problemOf(id: string, message: string | undefined): TemplateResult | typeof nothing {
  return message ? html`<p id="${id}-error" class="field-error" part="error">${alertIcon}<span>${message}</span></p>` : nothing;
}

/** `aria-describedby` of a field: its hint, then its problem when it has one. */
export function describedBy(id: string, hint: string | undefined, problem: string | undefined): string | typeof nothing {
  const ids = [hint, problem ? `${id}-error` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

export type NoticeTone = 'success' | 'info' | 'warning' | 'error';
const NOTICE_ICONS = { success: checkIcon, info: infoIcon, warning: alertIcon, error: alertIcon };

/** A section's result, focusable so that focus can follow it. */
export function notice(id: string, tone: NoticeTone, text: unknown, extra?: unknown): TemplateResult {
  const content = html`${NOTICE_ICONS[tone]}
    <p>${text}</p>
    ${extra ?? nothing}`;
  // An error is an alert (read at once); a result is announced by the widget's live region.
  return tone === 'error'
    ? html`<div id=${id} class="alert alert--error" part="error" tabindex="-1" role="alert">${content}</div>`
    : html`<div id=${id} class="alert alert--${tone}" part="status" tabindex="-1">${content}</div>`;
}

/** A submit button that says it is busy and ignores presses meanwhile (`aria-disabled` keeps it focusable). */
export function submitButton(options: { id: string; busy: boolean; label: string; busyLabel: string; secondary?: boolean; type?: 'submit' | 'button'; onClick?: () => void }): TemplateResult {
  const { id, busy, label, busyLabel, secondary, type = 'submit', onClick } = options;
  return html`<button id=${id} type=${type} class="button ${secondary ? 'button--secondary' : 'button--primary'}" part="button" aria-disabled=${busy ? 'true' : 'false'} @click=${onClick ?? nothing}>
    ${busy ? html`<span class="spinner" aria-hidden="true"></span>${busyLabel}` : label}
  </button>`;
}

/** Digits only, as a code field keeps them (spaces and dashes people paste are dropped). */
export const digitsOf = (text: string): string => text.replace(/[\s-]/g, '');
