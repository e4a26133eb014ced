import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { ConflictError, isA, ValidationError } from '@portico/sdk/core';
import { attachmentDownload, ticketClose, ticketReply, ticketRetrieve, ticketUpdateCc, type Attachment, type Ticket, type TicketMessage, type TicketReplyParams } from '@portico/sdk/helpdesk';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, errorState, loadingState } from '../../base/states.ts';
import { badge } from '../../base/badge.ts';
import { alertIcon, checkIcon, retryIcon } from '../../base/icons.ts';
import { attachmentPicker } from '../../base/attachment-picker.ts';
import { safeUrl } from '../../base/safe-url.ts';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { AttachmentsController } from '../../controllers/attachments.ts';
import { Poller } from '../../controllers/poller.ts';
import { PorticoTicketUpdateEvent } from '../../events/helpdesk.ts';
import { attachmentMessages } from '../../i18n/attachments.messages.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { dateTime, fileSize, number } from '../../i18n/format.ts';
import { ticketNumber, ticketPriority, ticketStatus } from '../../i18n/helpdesk.messages.ts';
import { ticketTone } from '../../base/status-tones.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { attachmentStyles } from '../../styles/attachments.styles.ts';
import { messages, type TicketThreadMessages } from './ticket-thread.messages.ts';
import { styles } from './ticket-thread.styles.ts';
import { leftField } from '../../base/left-field.ts';
import { SUBMIT_SHORTCUT, submitOnShortcut } from '../../base/submit-shortcut.ts';
import { answered, IdempotentAction } from '../../base/idempotent-action.ts';

const MESSAGE = { min: 10, max: 10_000 };
const MAX_CC = 10;

/**
 * @summary One support ticket (FEATURES D2): its information, the whole history, a reply
 * with attachments, closing it, and the CC recipients who get the replies by e-mail.
 *
 * The reply form sits above the history, newest first, as in the portal. Messages are
 * shown as text, never as HTML. A closed ticket says so; replying opens it again. While the
 * ticket waits for support, the widget checks for the answer every 30 seconds (`refresh-every`). Choosing
 * another ticket (`ticket-id`) drops everything of the last one at once: what was shown,
 * typed, or still on its way. Ctrl+Enter (⌘+Enter) in the reply sends it.
 *
 * @event portico-ticket-update - The customer replied, closed the ticket or changed its CC recipients.
 * @event portico-error - Loading, replying, closing, saving CC or a download failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title and actions.
 * @csspart title - The ticket's subject.
 * @csspart summary - The ticket information.
 * @csspart form - The reply form.
 * @csspart label - Field labels.
 * @csspart input - Fields.
 * @csspart attachments - The attachment picker.
 * @csspart message - One message of the history.
 * @csspart badge - Status badges.
 * @csspart button - Every button.
 * @csspart submit - The send button.
 * @csspart status - Notes and results.
 * @csspart error - Error messages.
 * @csspart empty - Shown when no ticket is chosen.
 */
export class PorticoTicketThread extends PorticoElement {
  static override styles = [sharedStyles, badgeStyles, attachmentStyles, styles];

  /** The ticket to show. */
  @property({ attribute: 'ticket-id', reflect: true }) ticketId?: string;

  /** Seconds between checks for support's answer while the ticket waits for it. */
  @property({ type: Number, attribute: 'refresh-every' }) refreshEvery = 30;

  /** The ticket as last changed here (a reply, closing, CC), newer than the load. */
  @state() private latest?: Ticket;
  @state() private replying = false;
  @state() private reply = '';
  @state() private replyTouched = false;
  @state() private sending = false;
  @state() private replyError?: unknown;
  @state() private confirmingClose = false;
  @state() private closing = false;
  @state() private closeError?: unknown;
  @state() private ccText = '';
  @state() private ccError?: string;
  @state() private ccSaving = false;
  @state() private downloadError?: unknown;
  /** The reply being sent, until the API has answered it: its retries post it once. */
  #action?: IdempotentAction<TicketReplyParams>;
  /** The text in the reply field was not posted: an earlier version of it had reached support. */
  @state() private earlierReply = false;
  /**
   * What is in flight belongs to one ticket: choosing another aborts it, and an answer that
   * arrives for an earlier ticket, or a background read older than the last change made
   * here, is dropped instead of shown.
   */
  #scope = new AbortController();
  #changes = 0;
  readonly #focus = new FocusAfterRender(this);
  #attachments = new AttachmentsController(this, () => this.activeClient, (item) => (this.announcement = attachmentMessages[this.effectiveLocale].announceUploaded({ name: item.name })));

  #load = new Task(this, {
    task: async ([client, id, locale], { signal }): Promise<Ticket | typeof initialState> => {
      // No ticket chosen yet: the widget asks for one; there is nothing to load or to fail.
      if (!id) return initialState;
      if (!client) throw new MissingClientError('portico-ticket-thread');
      const ticket = await client.request(ticketRetrieve, { params: { id } }, { signal, headers: { 'accept-language': locale } });
      this.latest = undefined;
      return ticket;
    },
    args: () => [this.activeClient, this.ticketId, this.effectiveLocale] as const,
    onError: (error) => this.reportError(error, 'load'),
  });

  #poller = new Poller(
    this,
    () => this.#refresh(),
    () => this.#ticket?.status === 'open' || this.#ticket?.status === 'customer_reply',
    () => this.refreshEvery * 1000,
  );

  constructor() {
    super();
    new AbortOnDisconnect(this, this.#load);
  }

  get #t(): TicketThreadMessages {
    return messages[this.effectiveLocale];
  }

  /** The chosen ticket, once loaded: never the one before it, which the load keeps until it is done. */
  get #ticket(): Ticket | undefined {
    const ticket = this.latest ?? this.#load.value;
    return ticket?.id === this.ticketId ? ticket : undefined;
  }

  /** Reads the ticket again, keeping what is shown until the answer is in. */
  async refresh(): Promise<void> {
    await this.#refresh();
  }

  async #refresh(): Promise<void> {
    const client = this.activeClient;
    if (!client || !this.ticketId) return;
    const { signal } = this.#scope;
    const changes = this.#changes;
    try {
      const ticket = await client.request(ticketRetrieve, { params: { id: this.ticketId } }, { signal, headers: { 'accept-language': this.effectiveLocale } });
      if (!signal.aborted && changes === this.#changes) this.latest = ticket;
    } catch {
      // A background check that fails changes nothing; the next one may succeed.
    }
  }

  /** The ticket as an action here left it, if the action still concerns the ticket shown. */
  #changed(ticket: Ticket, signal: AbortSignal): boolean {
    if (signal.aborted) return false;
    this.#changes++;
    this.latest = ticket;
    return true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another ticket: nothing shown, typed or in flight for the last one carries over.
    if (changed.has('ticketId') && changed.get('ticketId') !== undefined) {
      this.#scope.abort();
      this.#scope = new AbortController();
      this.latest = undefined;
      this.#resetForms();
    }
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const ticket = this.#ticket;
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      ${!this.ticketId
        ? html`<h2 part="title" id="title">${t.missingId}</h2>${emptyState({ title: t.missingId, message: t.missingIdBody })}`
        : ticket
          ? this.#renderTicket(ticket)
          : this.#load.status === TaskStatus.ERROR
            ? html`<h2 part="title" id="title">${this.common.loadFailed}</h2>
                ${errorState({ title: this.common.loadFailed, message: this.describe(this.#load.error), retryLabel: this.common.retry, onRetry: () => void this.#load.run() })}`
            : html`<h2 part="title" id="title" class="visually-hidden">${this.common.loading}</h2>
                ${loadingState(this.common.loading, html`<div class="stack"><span class="skeleton" style="height: 2rem; width: 60%"></span><span class="skeleton" style="height: 6rem"></span>${[1, 2, 3].map(() => html`<span class="skeleton" style="height: 5rem"></span>`)}</div>`)}`}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderTicket(ticket: Ticket): TemplateResult {
    const t = this.#t;
    const l = this.effectiveLocale;
    const closed = ticket.status === 'closed';
    return html`<header part="header">
        <h2 part="title" id="title" tabindex="-1">${ticket.subject}</h2>
        <div class="actions">
          ${this.replying ? nothing : html`<button type="button" class="button button--primary" part="button" @click=${this.#openReply}>${t.reply}</button>`}
          ${closed || this.confirmingClose ? nothing : html`<button type="button" class="button button--secondary" part="button" id="close" @click=${this.#askClose}>${t.close}</button>`}
        </div>
      </header>
      ${this.confirmingClose ? this.#renderCloseConfirm() : nothing}
      ${this.closeError ? html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p>${t.closeFailed} ${this.describe(this.closeError)}</p></div>` : nothing}
      ${closed ? html`<div class="alert" part="status">${checkIcon}<p id="closed-note" tabindex="-1">${t.closedNote}</p></div>` : nothing}
      <dl class="info" part="summary" aria-label=${t.info}>
        <div><dt>${t.number}</dt><dd class="number">${ticketNumber(ticket.number)}</dd></div>
        <div><dt>${t.status}</dt><dd>${badge(ticketStatus[l][ticket.status], ticketTone[ticket.status])}</dd></div>
        <div><dt>${t.department}</dt><dd>${ticket.department.name}</dd></div>
        <div><dt>${t.priority}</dt><dd>${ticketPriority[l][ticket.priority]}</dd></div>
        <div><dt>${t.service}</dt><dd>${ticket.relatedService?.name ?? t.noService}</dd></div>
        <div><dt>${t.opened}</dt><dd>${dateTime(ticket.createdAt, l, this.effectiveTimeZone)}</dd></div>
        <div><dt>${t.updated}</dt><dd>${dateTime(ticket.updatedAt, l, this.effectiveTimeZone)}</dd></div>
      </dl>
      ${this.#renderCc(ticket)}
      ${this.replying ? this.#renderReply(ticket) : nothing}
      <h3 id="history">${t.history}</h3>
      ${this.downloadError ? html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p>${t.downloadFailed} ${this.describe(this.downloadError)}</p></div>` : nothing}
      <ol class="history" aria-labelledby="history">
        ${[...ticket.messages].reverse().map((m, i) => this.#renderMessage(m, i === 0))}
      </ol>`;
  }

  #renderMessage(message: TicketMessage, newest: boolean): TemplateResult {
    const t = this.#t;
    const l = this.effectiveLocale;
    const staff = message.author.kind === 'staff';
    return html`<li class="message ${staff ? 'staff' : 'customer'} ${newest ? 'newest' : ''}" part="message" tabindex="-1">
      <div class="message-head">
        <span class="author">${message.author.name}</span>
        <span class="role">${staff ? t.staff : t.you}</span>
        <time class="muted" datetime=${message.createdAt}>${dateTime(message.createdAt, l, this.effectiveTimeZone)}</time>
      </div>
      <p class="body">${message.body}</p>
      ${message.attachments.length
        ? html`<ul class="message-files" aria-label=${t.attachments}>
            ${message.attachments.map(
              (a) => html`<li>
                <button type="button" class="button button--link" part="button" aria-label=${attachmentMessages[l].download({ name: a.fileName })} @click=${() => void this.#download(a)}>${a.fileName}</button>
                <span class="muted">${fileSize(a.size, l)}</span>
              </li>`,
            )}
          </ul>`
        : nothing}
    </li>`;
  }

  #renderReply(ticket: Ticket): TemplateResult {
    const t = this.#t;
    const l = this.effectiveLocale;
    const error = this.replyTouched ? this.#replyProblem() : undefined;
    const inFlight = isA(this.replyError, ConflictError) && this.replyError.code === 'idempotency_key_in_flight';
    return html`<form class="reply" part="form" novalidate @submit=${this.#send} aria-labelledby="reply-label">
      <div class="field">
        <label class="label" part="label" id="reply-label" for="reply">${t.replyLabel}</label>
        ${ticket.status === 'closed' ? html`<span class="hint" id="reopen-hint">${t.closedNote}</span>` : nothing}
        <textarea
          id="reply"
          class="input"
          part="input"
          rows="6"
          .value=${this.reply}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${[ticket.status === 'closed' ? 'reopen-hint' : '', error ? 'reply-error' : ''].filter(Boolean).join(' ') || nothing}
          @input=${(e: Event) => (this.reply = (e.target as HTMLTextAreaElement).value)}
          aria-keyshortcuts=${SUBMIT_SHORTCUT}
          @keydown=${submitOnShortcut}
          @blur=${leftField(() => (this.replyTouched = true))}
        ></textarea>
        <span class="hint count">${number(this.reply.length, l)} / ${number(MESSAGE.max, l)}</span>
        ${error ? html`<span id="reply-error" class="field-error" part="error">${alertIcon}<span>${error}</span></span>` : nothing}
      </div>
      ${attachmentPicker({ controller: this.#attachments, t: attachmentMessages[l], locale: l, id: 'reply-files', extraError: this.replyTouched && this.#attachments.uploading ? attachmentMessages[l].stillUploading : undefined })}
      ${this.earlierReply ? html`<p class="alert alert--success" part="status" id="reply-earlier" tabindex="-1">${t.earlierReply}</p>` : nothing}
      ${this.replyError
        ? html`<div class="alert alert--error" role="alert" part="error">
            ${alertIcon}
            <h4 id="reply-failed" tabindex="-1">${t.replyFailed}</h4>
            <p>${inFlight ? this.common.conflict : this.describe(this.replyError)} ${t.keptNote}</p>
            <button type="submit" class="button button--secondary" part="button retry">${retryIcon}${this.common.retry}</button>
          </div>`
        : nothing}
      <div class="actions">
        <button type="submit" class="button button--primary" part="button submit" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${this.sending ? html`<span class="spinner" aria-hidden="true"></span>${t.sending}` : t.send}
        </button>
        <button type="button" class="button button--secondary" part="button" @click=${this.#cancelReply}>${t.cancel}</button>
      </div>
    </form>`;
  }

  #renderCloseConfirm(): TemplateResult {
    const t = this.#t;
    return html`<div class="alert alert--warning confirm" role="group" aria-labelledby="close-question" part="status">
      ${alertIcon}
      <p id="close-question" tabindex="-1">${t.closeConfirm}</p>
      <div class="actions">
        <button type="button" class="button button--primary" part="button" aria-disabled=${this.closing ? 'true' : 'false'} @click=${this.#close}>
          ${this.closing ? html`<span class="spinner" aria-hidden="true"></span>${t.closing}` : t.close}
        </button>
        <button type="button" class="button button--secondary" part="button" @click=${this.#keepOpen}>${t.keepOpen}</button>
      </div>
    </div>`;
  }

  #renderCc(ticket: Ticket): TemplateResult {
    const t = this.#t;
    return html`<section class="cc" aria-labelledby="cc-title">
      <h3 id="cc-title" tabindex="-1">${t.cc}</h3>
      <p class="hint" id="cc-hint">${t.ccHint}</p>
      ${ticket.cc.length
        ? html`<ul class="chips">
            ${ticket.cc.map(
              (email) => html`<li class="chip">
                <span>${email}</span>
                <button type="button" class="button button--link" part="button" aria-label=${t.ccRemove({ email })} title=${t.ccRemove({ email })} aria-disabled=${this.ccSaving ? 'true' : 'false'} @click=${() => this.ccSaving || void this.#saveCc(ticket.cc.filter((e) => e !== email))}>✕</button>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t.ccNone}</p>`}
      ${ticket.cc.length < MAX_CC
        ? html`<form class="cc-add" novalidate @submit=${this.#addCc}>
            <label class="visually-hidden" for="cc-new">${t.ccNew}</label>
            <input
              id="cc-new"
              class="input"
              part="input"
              type="email"
              autocomplete="email"
              placeholder=${t.ccNew}
              .value=${this.ccText}
              aria-invalid=${this.ccError ? 'true' : 'false'}
              aria-describedby=${this.ccError ? 'cc-hint cc-error' : 'cc-hint'}
              @input=${(e: Event) => {
                this.ccText = (e.target as HTMLInputElement).value;
                this.ccError = undefined;
              }}
            />
            <button type="submit" class="button button--secondary" part="button" aria-disabled=${this.ccSaving ? 'true' : 'false'}>${this.ccSaving ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t.ccAdd}</button>
          </form>`
        : nothing}
      ${this.ccError ? html`<span id="cc-error" class="field-error" part="error" role="alert">${alertIcon}<span>${this.ccError}</span></span>` : nothing}
    </section>`;
  }

  #replyProblem(): string | undefined {
    const t = this.#t;
    const text = this.reply.trim();
    if (!text) return t.messageRequired;
    if (text.length < MESSAGE.min) return t.messageShort({ min: MESSAGE.min });
    if (text.length > MESSAGE.max) return t.messageLong({ max: number(MESSAGE.max, this.effectiveLocale) });
    return undefined;
  }

  #openReply = (): void => {
    this.replying = true;
    this.replyTouched = false;
    this.#focus.request('#reply');
  };

  #cancelReply = (): void => {
    this.replying = false;
    this.replyError = undefined;
    this.earlierReply = false;
    this.replyTouched = false;
    this.#focus.request('#title');
  };

  #send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const client = this.activeClient;
    const ticket = this.#ticket;
    if (!client || !ticket || this.sending) return;
    this.replyTouched = true;
    if (this.#replyProblem() || this.#attachments.uploading) {
      this.#focus.request(this.#replyProblem() ? '#reply' : '#reply-files-input', '#reply-files-group');
      return;
    }
    const ids = this.#attachments.uploaded.map((a) => a.id);
    const params: TicketReplyParams = { message: this.reply.trim(), ...(ids.length ? { attachments: ids } : {}) };
    const action = (this.#action ??= new IdempotentAction());
    this.sending = true;
    this.replyError = undefined;
    this.earlierReply = false;
    const { signal } = this.#scope;
    let sent: { result: Ticket; earlier: boolean };
    try {
      sent = await action.send(params, (body, idempotencyKey) => client.request(ticketReply, { params: { id: ticket.id }, body }, { signal, idempotencyKey, headers: { 'accept-language': this.effectiveLocale } }), signal);
      if (!this.#changed(sent.result, signal)) return;
    } catch (error) {
      if (signal.aborted) return;
      this.reportError(error, 'submit');
      if (answered(error)) this.#action = undefined;
      this.replyError = error;
      this.#focus.request('#reply-failed');
      return;
    } finally {
      if (!signal.aborted) this.sending = false;
    }
    this.#action = undefined;
    this.#poller.poke();
    this.dispatchEvent(new PorticoTicketUpdateEvent(sent.result, 'reply'));
    if (sent.earlier) {
      // What is in the field now was not posted: it stays, to be sent as a reply of its own,
      // with the files added since (those of the earlier version are on the ticket already).
      this.#attachments.forget(new Set(sent.result.messages.flatMap((m) => m.attachments.map((a) => a.id))));
      this.earlierReply = true;
      this.announce(this.#t.earlierReply);
      this.#focus.request('#reply-earlier');
      return;
    }
    this.#attachments.clear();
    this.reply = '';
    this.replyTouched = false;
    this.replying = false;
    this.announce(this.#t.replied);
    this.#focus.request('.newest');
  };

  #askClose = (): void => {
    this.confirmingClose = true;
    this.closeError = undefined;
    this.#focus.request('#close-question');
  };

  #keepOpen = (): void => {
    this.confirmingClose = false;
    this.#focus.request('#close');
  };

  #close = async (): Promise<void> => {
    const client = this.activeClient;
    const ticket = this.#ticket;
    if (!client || !ticket || this.closing) return;
    this.closing = true;
    const { signal } = this.#scope;
    try {
      const closed = await client.request(ticketClose, { params: { id: ticket.id } }, { signal, headers: { 'accept-language': this.effectiveLocale } });
      if (!this.#changed(closed, signal)) return;
      this.confirmingClose = false;
      this.announce(this.#t.closedDone);
      this.#focus.request('#closed-note');
      this.dispatchEvent(new PorticoTicketUpdateEvent(closed, 'close'));
    } catch (error) {
      if (signal.aborted) return;
      this.reportError(error, 'submit');
      this.closeError = error;
    } finally {
      if (!signal.aborted) this.closing = false;
    }
  };

  #addCc = (event: Event): void => {
    event.preventDefault();
    const ticket = this.#ticket;
    if (!ticket || this.ccSaving) return;
    const email = this.ccText.trim();
    const t = this.#t;
    // The contract's own check, before anything is sent.
    const problem = !ticketUpdateCc.body({ cc: [email] }).ok ? t.ccInvalid : ticket.cc.some((e) => e.toLowerCase() === email.toLowerCase()) ? t.ccDuplicate : ticket.cc.length >= MAX_CC ? t.ccTooMany({ max: MAX_CC }) : undefined;
    if (problem) {
      this.ccError = problem;
      this.#focus.request('#cc-new');
      return;
    }
    void this.#saveCc([...ticket.cc, email], true);
  };

  async #saveCc(cc: string[], added = false): Promise<void> {
    const client = this.activeClient;
    const ticket = this.#ticket;
    if (!client || !ticket) return;
    this.ccSaving = true;
    this.ccError = undefined;
    const { signal } = this.#scope;
    try {
      const saved = await client.request(ticketUpdateCc, { params: { id: ticket.id }, body: { cc } }, { signal, headers: { 'accept-language': this.effectiveLocale } });
      if (!this.#changed(saved, signal)) return;
      if (added) this.ccText = '';
      this.announce(this.#t.ccSaved);
      // The tenth address leaves no field to add one more: the list's heading then.
      this.#focus.request('#cc-new', '#cc-title');
      this.dispatchEvent(new PorticoTicketUpdateEvent(saved, 'cc'));
    } catch (error) {
      if (signal.aborted) return;
      this.reportError(error, 'submit');
      this.ccError = isA(error, ValidationError) ? this.#t.ccInvalid : `${this.#t.ccFailed} ${this.describe(error)}`;
    } finally {
      if (!signal.aborted) this.ccSaving = false;
    }
  }

  async #download(attachment: Attachment): Promise<void> {
    const client = this.activeClient;
    if (!client) return;
    const { signal } = this.#scope;
    this.downloadError = undefined;
    try {
      const link = await client.request(attachmentDownload, { params: { id: attachment.id } }, { signal });
      // A link asked for on the last ticket shown is not this one's to open.
      if (signal.aborted) return;
      const href = safeUrl(link.url);
      if (!href) throw new Error('The download link is not a web address.');
      const anchor = document.createElement('a');
      anchor.href = href;
      anchor.download = link.fileName;
      anchor.rel = 'noopener';
      anchor.hidden = true;
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
    } catch (error) {
      if (signal.aborted) return;
      this.reportError(error, 'load');
      this.downloadError = error;
    }
  }

  #resetForms(): void {
    this.earlierReply = false;
    this.sending = false;
    this.closing = false;
    this.ccSaving = false;
    this.replying = false;
    this.reply = '';
    this.replyTouched = false;
    this.replyError = undefined;
    this.confirmingClose = false;
    this.closeError = undefined;
    this.ccText = '';
    this.ccError = undefined;
    this.downloadError = undefined;
    this.#action = undefined;
    this.#attachments.clear();
  }
}
