import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConflictError, isA } from '@portico/sdk/core';
import { TICKET_LIMITS, ticketReply, type Ticket, type TicketReplyParams } from '@portico/sdk/helpdesk';
import { attachmentPicker } from '../../base/attachment-picker.ts';
import { alertIcon, retryIcon } from '../../base/icons.ts';
import { leftField } from '../../base/left-field.ts';
import { SUBMIT_SHORTCUT, submitOnShortcut } from '../../base/submit-shortcut.ts';
import { Action } from '../../controllers/action.ts';
import { AttachmentsController } from '../../controllers/attachments.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { attachmentMessages } from '../../i18n/attachments.messages.ts';
import { number } from '../../i18n/format.ts';
import { TicketThreadPart } from './ticket-thread-part.ts';

const MESSAGE = TICKET_LIMITS.message;

/** Characters as the contract counts them: an emoji is one. */
const characters = (text: string): number => [...text].length;

/** The reply form is done with: `sent`, or cancelled (what was typed stays for the next time it opens). */
export class ReplyEndEvent extends Event {
  static readonly type = 'reply-end';
  constructor(readonly sent: boolean) {
    super(ReplyEndEvent.type, { bubbles: true });
  }
}

/**
 * The reply form, with attachments. A reply is sent once however often it is retried (one
 * idempotency key until the API has answered); a reply to a closed ticket opens it again.
 * Closed with "Cancel", it keeps what was typed.
 */
export class PorticoTicketThreadReply extends TicketThreadPart {
  /** The form is shown. */
  @property({ type: Boolean }) open = false;

  @state() private text = '';
  /** The customer has left the field or tried to send: its problem is said from now on. */
  @state() private touched = false;

  readonly #focus = new FocusAfterRender(this);
  readonly #attachments = new AttachmentsController(
    this,
    () => this.client,
    (item) => this.announce(attachmentMessages[this.locale].announceUploaded({ name: item.name })),
  );
  readonly #send = new Action<TicketReplyParams, Ticket>(this, {
    idempotent: true,
    send: (body, { idempotencyKey, signal }) => this.api.request(ticketReply, { params: { id: this.ticket.id }, body }, { signal, idempotencyKey, headers: this.headers }),
    focus: { error: '#reply-failed', busy: '#reply-send' },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) {
      this.touched = false;
      this.#focus.request('#reply');
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.open) return nothing;
    const t = this.t;
    const l = this.locale;
    const closed = this.ticket.status === 'closed';
    const problem = this.touched ? this.#problem() : undefined;
    const failure = this.#send.error;
    const inFlight = isA(failure, ConflictError) && failure.code === 'idempotency_key_in_flight';
    const busy = this.#send.busy;
    return html`<form class="reply" part="form" novalidate @submit=${this.#submit} aria-labelledby="reply-label">
      <div class="field">
        <label class="label" part="label" id="reply-label" for="reply">${t.replyLabel}</label>
        ${closed ? html`<span class="hint" id="reopen-hint">${t.closedNote}</span>` : nothing}
        <textarea
          id="reply"
          class="input"
          part="input"
          rows="6"
          .value=${this.text}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${[closed ? 'reopen-hint' : '', problem ? 'reply-error' : ''].filter(Boolean).join(' ') || nothing}
          @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}
          aria-keyshortcuts=${SUBMIT_SHORTCUT}
          @keydown=${submitOnShortcut}
          @blur=${leftField(() => (this.touched = true))}
        ></textarea>
        <span class="hint count">${number(characters(this.text), l)} / ${number(MESSAGE.max, l)}</span>
        ${problem ? html`<span id="reply-error" class="field-error" part="error">${alertIcon}<span>${problem}</span></span>` : nothing}
      </div>
      ${attachmentPicker({ controller: this.#attachments, t: attachmentMessages[l], locale: l, id: 'reply-files', extraError: this.touched && this.#attachments.uploading ? attachmentMessages[l].stillUploading : undefined })}
      ${this.#send.earlier && !busy && failure === undefined ? html`<p class="alert alert--success" part="status" id="reply-earlier" tabindex="-1">${t.earlierReply}</p>` : nothing}
      ${failure !== undefined
        ? html`<div class="alert alert--error" role="alert" part="error">
            ${alertIcon}
            <h4 id="reply-failed" tabindex="-1">${t.replyFailed}</h4>
            <p>${inFlight ? this.common.conflict : this.describe(failure)} ${t.keptNote}</p>
            <button type="submit" class="button button--secondary" part="button retry">${retryIcon}${this.common.retry}</button>
          </div>`
        : nothing}
      <div class="actions">
        <button type="submit" id="reply-send" class="button button--primary" part="button submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.sending}` : t.send}
        </button>
        <button type="button" class="button button--secondary" part="button" @click=${this.#cancel}>${t.cancel}</button>
      </div>
    </form>`;
  }

  #problem(): string | undefined {
    const t = this.t;
    const length = characters(this.text.trim());
    if (!length) return t.messageRequired;
    if (length < MESSAGE.min) return t.messageShort({ min: MESSAGE.min });
    if (length > MESSAGE.max) return t.messageLong({ max: number(MESSAGE.max, this.locale) });
    return undefined;
  }

  #cancel = (): void => {
    this.#send.clearError();
    this.touched = false;
    this.dispatchEvent(new ReplyEndEvent(false));
  };

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#send.busy) return;
    this.touched = true;
    const problem = this.#problem();
    if (problem || this.#attachments.uploading) {
      this.#focus.request(problem ? '#reply' : '#reply-files-input', '#reply-files-group');
      return;
    }
    const ids = this.#attachments.uploaded.map((a) => a.id);
    const ticket = await this.#send.run({ message: this.text.trim(), ...(ids.length ? { attachments: ids } : {}) });
    if (!ticket) return;
    this.changed(ticket, 'reply');
    if (this.#send.earlier) {
      // What is in the field now was not posted: it stays, to be sent as a reply of its own,
      // with the files added since (those of the earlier version are on the ticket already).
      this.#attachments.forget(new Set(ticket.messages.flatMap((m) => m.attachments.map((a) => a.id))));
      this.announce(this.t.earlierReply);
      this.#focus.request('#reply-earlier');
      return;
    }
    this.#attachments.clear();
    this.text = '';
    this.touched = false;
    this.dispatchEvent(new ReplyEndEvent(true));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-ticket-thread-reply': PorticoTicketThreadReply;
  }
}
