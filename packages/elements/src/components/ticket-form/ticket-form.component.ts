import { styleMap } from 'lit/directives/style-map.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { ConflictError, isA, ValidationError } from '@portico/sdk/core';
import { accountRetrieve, customerServiceList, type Account, type CustomerService } from '@portico/sdk/account';
import {
  departmentList,
  kbArticleSuggest,
  ticketCreate,
  type Attachment,
  type Department,
  type KbSuggestion,
  type Ticket,
  type TicketCreateParams,
  type TicketPriority,
} from '@portico/sdk/helpdesk';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, errorState, loadingState } from '../../base/states.ts';
import { alertIcon, checkIcon, retryIcon } from '../../base/icons.ts';
import { attachmentPicker } from '../../base/attachment-picker.ts';
import { clearDraft, loadDraft, saveDraft } from '../../base/draft.ts';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { AttachmentsController } from '../../controllers/attachments.ts';
import { PorticoTicketCreateEvent, PorticoTicketDeflectEvent, PorticoTicketSelectEvent, PorticoTicketSubmitEvent } from '../../events/helpdesk.ts';
import { attachmentMessages } from '../../i18n/attachments.messages.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { number } from '../../i18n/format.ts';
import { ticketNumber, ticketPriority } from '../../i18n/helpdesk.messages.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { attachmentStyles } from '../../styles/attachments.styles.ts';
import { proseStyles } from '../../styles/prose.styles.ts';
import { messages, type TicketFormMessages } from './ticket-form.messages.ts';
import { styles } from './ticket-form.styles.ts';
import { leftField } from '../../base/left-field.ts';
import { SUBMIT_SHORTCUT, submitOnShortcut } from '../../base/submit-shortcut.ts';
import { answered, IdempotentAction } from '../../base/idempotent-action.ts';

/** The contract's limits, said at the field before anything is sent. */
const SUBJECT = { min: 3, max: 150 };
const MESSAGE = { min: 10, max: 10_000 };
/** Suggestions follow typing this soon after it stops: the budget is 300 ms, request included. */
const SUGGEST_AFTER = 120;
const PRIORITIES: TicketPriority[] = ['low', 'medium', 'high'];

type Field = 'departmentId' | 'relatedServiceId' | 'subject' | 'message' | 'attachments';

interface Values {
  departmentId: string;
  relatedServiceId: string;
  priority: TicketPriority;
  subject: string;
  message: string;
}

interface Draft extends Values {
  attachments: Attachment[];
}

interface Loaded {
  account: Account;
  departments: Department[];
  services: CustomerService[];
}

/** What the reader opened in place: loading, the sanitised article, or why it failed. */
type Reading = { id: string; html?: ReturnType<Reader['sanitized']>; error?: unknown };
type Reader = typeof import('./article-reader.ts');

let reader: Promise<Reader> | undefined;
const loadReader = (): Promise<Reader> => {
  reader ??= import('./article-reader.ts');
  reader.catch(() => (reader = undefined));
  return reader;
};

/**
 * @summary Opens a support ticket (FEATURES D7): department, related service, priority,
 * subject, message and attachments, with knowledge-base suggestions as the customer types.
 *
 * Name and e-mail come from the session. Articles that may answer the question appear as
 * the customer writes and can be read in place; "This solved my problem" ends there, with
 * no ticket filed. The draft — attachments included — survives a reload and a failed send,
 * and goes once the ticket is open or an article solved the problem ("Write a ticket
 * anyway" keeps it again). One user action sends one idempotency key, so a retry
 * after a network failure never files two tickets — even when the customer edited the text
 * in between: if the first try had been filed, that ticket is shown, with a note to add the
 * changes as a reply. Ctrl+Enter (⌘+Enter) in the message sends the form.
 *
 * @event portico-ticket-submit - Cancelable: the ticket is about to be sent, with its details.
 * @event portico-ticket-create - The ticket is open; `detail.ticket.number` is what the customer quotes.
 * @event portico-ticket-deflect - A suggested article solved the problem; no ticket was filed.
 * @event portico-ticket-select - "View the ticket" after it was opened.
 * @event portico-error - Loading, an upload or sending failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart title - The title.
 * @csspart form - The form.
 * @csspart label - Field labels.
 * @csspart input - Fields.
 * @csspart attachments - The attachment picker.
 * @csspart summary - The suggestions.
 * @csspart button - Every button.
 * @csspart submit - The send button.
 * @csspart status - The confirmation and notes.
 * @csspart error - Error messages.
 * @csspart empty - Shown when tickets cannot be opened.
 */
export class PorticoTicketForm extends PorticoElement {
  static override styles = [sharedStyles, attachmentStyles, proseStyles, styles];

  /** Preselects a department (e.g. `dep_billing` from a "Billing question?" link). */
  @property({ attribute: 'department-id' }) departmentId?: string;
  /** Preselects the service the ticket is about. */
  @property({ attribute: 'related-service-id' }) relatedServiceId?: string;
  /** Prefills the subject. */
  @property({ attribute: 'subject' }) initialSubject?: string;

  @state() private values: Values = { departmentId: '', relatedServiceId: '', priority: 'medium', subject: '', message: '' };
  @state() private touched = new Set<Field>();
  @state() private submitted = false;
  @state() private submitting = false;
  @state() private actionError?: unknown;
  @state() private serverErrors: Partial<Record<Field, string>> = {};
  @state() private result?: Ticket;
  /** The ticket filed is a version sent before the customer's last edits (an answer had been lost). */
  @state() private filedEarlier = false;
  @state() private suggestions: KbSuggestion[] = [];
  @state() private searching = false;
  @state() private reading?: Reading;
  @state() private deflected?: KbSuggestion;
  @state() private restored = false;
  /** The submission in progress, until the API has answered it: its retries file one ticket. */
  #action?: IdempotentAction<TicketCreateParams>;
  readonly #focus = new FocusAfterRender(this);
  #suggestTimer?: ReturnType<typeof setTimeout>;
  #suggestAbort?: AbortController;
  #lastSuggested = '';
  #draftKey?: string;

  #attachments = new AttachmentsController(
    this,
    () => this.activeClient,
    (item) => {
      this.announcement = attachmentMessages[this.effectiveLocale].announceUploaded({ name: item.name });
      this.#saveDraft();
    },
  );

  #load = new Task(this, {
    task: async ([client, locale], { signal }): Promise<Loaded> => {
      if (!client) throw new MissingClientError('portico-ticket-form');
      const options = { signal, headers: { 'accept-language': locale } };
      const [account, departments, services] = await Promise.all([
        client.request(accountRetrieve, {}, options),
        client.request(departmentList, {}, options),
        client.request(customerServiceList, {}, options),
      ]);
      return { account, departments: departments.data, services: services.data.filter((s) => s.status !== 'terminated') };
    },
    args: () => [this.activeClient, this.effectiveLocale] as const,
    onComplete: (loaded) => this.#restoreDraft(loaded),
    onError: (error) => this.reportError(error, 'load'),
  });

  constructor() {
    super();
    new AbortOnDisconnect(this, this.#load);
  }

  get #t(): TicketFormMessages {
    return messages[this.effectiveLocale];
  }

  /** The files of the message when the API last refused them; another set clears that refusal. */
  #refusedFiles?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.serverErrors.attachments && this.#files() !== this.#refusedFiles) {
      const { attachments: _cleared, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
  }

  #files(): string {
    return this.#attachments.items.map((item) => item.key).join();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#suggestTimer);
    this.#suggestAbort?.abort();
  }

  protected override render(): TemplateResult {
    const loaded = this.#load.value;
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <h2 part="title" id="title" tabindex="-1">${this.#t.title}</h2>
      ${loaded
        ? this.#renderContent(loaded)
        : this.#load.status === TaskStatus.ERROR
          ? errorState({ title: this.common.loadFailed, message: this.describe(this.#load.error), retryLabel: this.common.retry, onRetry: () => void this.#load.run() })
          : loadingState(
              this.common.loading,
              html`<div class="stack">${[3, 3, 3, 3, 8].map((rows) => html`<span class="skeleton" style=${styleMap({ height: `${rows * 0.8}rem` })}></span>`)}</div>`,
            )}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderContent(loaded: Loaded): TemplateResult {
    const t = this.#t;
    if (this.result) return this.#renderResult(this.result, loaded);
    if (!loaded.departments.length) return emptyState({ title: t.unavailableTitle, message: t.unavailableBody });
    if (this.deflected) {
      return html`<div class="alert alert--success" part="status">
        ${checkIcon}
        <h3 id="deflected" tabindex="-1">${t.solvedTitle}</h3>
        <p>${t.solvedBody}</p>
        <button type="button" class="button button--secondary" part="button" @click=${this.#writeAnyway}>${t.writeAnyway}</button>
      </div>`;
    }
    const errors = this.#errors(loaded);
    const shown = (field: Field) => (this.submitted || this.touched.has(field) ? (this.serverErrors[field] ?? errors[field]) : this.serverErrors[field]);
    const v = this.values;
    const l = this.effectiveLocale;
    return html`<p class="muted intro">${t.intro}</p>
      ${this.restored
        ? html`<div class="alert" part="status">
            ${checkIcon}
            <p>${t.draftRestored}</p>
            <button type="button" class="button button--link" part="button" @click=${this.#discardDraft}>${t.discardDraft}</button>
          </div>`
        : nothing}
      <form part="form" novalidate @submit=${this.#onSubmit}>
        <fieldset>
          <legend>${t.aboutTicket}</legend>
          <div class="pair">
            <label class="field">
              <span class="label" part="label">${t.name}</span>
              <input class="input" part="input" readonly .value=${loaded.account.name} aria-describedby="from-account" />
            </label>
            <label class="field">
              <span class="label" part="label">${t.email}</span>
              <input class="input" part="input" type="email" readonly .value=${loaded.account.email} aria-describedby="from-account" />
            </label>
            <span id="from-account" class="hint span">${t.fromAccount}</span>
          </div>
          <div class="pair">
            ${this.#field(
              'departmentId',
              t.department,
              true,
              shown('departmentId'),
              html`<select id="departmentId" class="input" part="input" required aria-required="true" @change=${this.#onInput} @blur=${this.#onBlur} aria-invalid=${shown('departmentId') ? 'true' : 'false'} aria-describedby=${describedBy('departmentId', shown('departmentId'))}>
                <option value="" ?selected=${!v.departmentId}>${t.chooseDepartment}</option>
                ${loaded.departments.map((d) => html`<option value=${d.id} ?selected=${v.departmentId === d.id}>${d.name}</option>`)}
              </select>`,
            )}
            ${this.#field(
              'relatedServiceId',
              t.relatedService,
              false,
              shown('relatedServiceId'),
              html`<select id="relatedServiceId" class="input" part="input" @change=${this.#onInput} aria-invalid=${shown('relatedServiceId') ? 'true' : 'false'} aria-describedby=${describedBy('relatedServiceId', shown('relatedServiceId'))}>
                <option value="" ?selected=${!v.relatedServiceId}>${t.noService}</option>
                ${loaded.services.map((s) => html`<option value=${s.id} ?selected=${v.relatedServiceId === s.id}>${s.name}</option>`)}
              </select>`,
            )}
          </div>
          <fieldset class="priority">
            <legend class="label" part="label">${t.priority}</legend>
            <div class="segments">
              ${PRIORITIES.map(
                (p) => html`<label class="segment">
                  <input type="radio" name="priority" value=${p} .checked=${v.priority === p} @change=${() => this.#set('priority', p)} />
                  <span>${ticketPriority[l][p]}</span>
                </label>`,
              )}
            </div>
          </fieldset>
        </fieldset>
        <fieldset>
          <legend>${t.messageSection}</legend>
          ${this.#field(
            'subject',
            t.subject,
            true,
            shown('subject'),
            html`<input id="subject" class="input" part="input" maxlength=${SUBJECT.max} required aria-required="true" autocomplete="off" .value=${v.subject} @input=${this.#onInput} @blur=${this.#onBlur} aria-invalid=${shown('subject') ? 'true' : 'false'} aria-describedby=${describedBy('subject', shown('subject'))} />`,
          )}
          ${this.#field(
            'message',
            t.message,
            true,
            shown('message'),
            html`<textarea id="message" class="input" part="input" rows="8" required aria-required="true" .value=${v.message} aria-keyshortcuts=${SUBMIT_SHORTCUT} @keydown=${submitOnShortcut} @input=${this.#onInput} @blur=${this.#onBlur} aria-invalid=${shown('message') ? 'true' : 'false'} aria-describedby=${describedBy('message', shown('message'), 'message-hint')}></textarea>`,
            html`<span id="message-hint" class="hint">${t.messageHint}</span>
              <span class="hint count" aria-live="off">${t.characters({ count: number(v.message.length, l), max: number(MESSAGE.max, l) })}</span>`,
          )}
          ${this.#renderSuggestions()}
          ${attachmentPicker({ controller: this.#attachments, t: attachmentMessages[l], locale: l, id: 'attachments', extraError: this.serverErrors.attachments ?? (this.submitted && this.#attachments.uploading ? attachmentMessages[l].stillUploading : undefined) })}
        </fieldset>
        ${this.actionError ? this.#renderActionError() : nothing}
        <div class="actions">
          <button type="submit" class="button button--primary" part="button submit" aria-disabled=${this.submitting ? 'true' : 'false'}>
            ${this.submitting ? html`<span class="spinner" aria-hidden="true"></span>${t.sending}` : t.send}
          </button>
        </div>
      </form>`;
  }

  /** A labelled field with its hint and, when there is one, its error. */
  #field(id: Field, label: string, required: boolean, error: string | undefined, control: TemplateResult, hint?: TemplateResult): TemplateResult {
    return html`<div class="field">
      <label class="label" part="label" for=${id}>${label}${required ? html` <span class="muted required">(${this.#t.required})</span>` : nothing}</label>
      ${control} ${hint ?? nothing}
      ${error ? html`<span id="${id}-error" class="field-error" part="error">${alertIcon}<span>${error}</span></span>` : nothing}
    </div>`;
  }

  #renderSuggestions(): TemplateResult | typeof nothing {
    const t = this.#t;
    if (!this.suggestions.length && !this.searching) return nothing;
    return html`<section class="suggestions" part="summary" aria-labelledby="suggestions-title" aria-busy=${this.searching ? 'true' : 'false'}>
      <h3 id="suggestions-title">${t.suggestions}</h3>
      ${this.suggestions.length ? html`<p class="muted">${t.suggestionsIntro}</p>` : html`<p class="muted"><span class="spinner" aria-hidden="true"></span> ${t.searching}</p>`}
      <ul class="articles">
        ${this.suggestions.map((s) => {
          const open = this.reading?.id === s.id;
          return html`<li class="article">
            <h4 class="article-title">${s.title}</h4>
            <p class="muted">${s.excerpt}</p>
            <button type="button" class="button button--link" part="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="article-${s.id}" @click=${() => this.#toggleArticle(s)}>
              ${open ? t.hide : t.read}
            </button>
            ${open ? this.#renderArticle(s) : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  #renderArticle(suggestion: KbSuggestion): TemplateResult {
    const t = this.#t;
    const reading = this.reading!;
    return html`<div id="article-${suggestion.id}" class="reader" role="region" tabindex="-1" aria-label=${suggestion.title}>
      ${reading.error
        ? html`<p class="field-error" role="alert">${alertIcon}<span>${t.articleFailed} ${this.describe(reading.error)}</span></p>`
        : reading.html === undefined
          ? html`<span class="skeleton" style=${styleMap({ height: '6rem' })}></span>`
          : html`<div class="prose">${reading.html}</div>
              <button type="button" class="button button--secondary" part="button" @click=${() => this.#deflect(suggestion)}>${checkIcon}${t.solved}</button>`}
    </div>`;
  }

  #renderActionError(): TemplateResult {
    const t = this.#t;
    const error = this.actionError;
    const inFlight = isA(error, ConflictError) && error.code === 'idempotency_key_in_flight';
    return html`<div class="alert alert--error" role="alert" part="error">
      ${alertIcon}
      <h3 id="action-error" tabindex="-1">${t.submitFailed}</h3>
      <p>${inFlight ? t.inFlight : this.describe(error)} ${t.keptNote}</p>
      <button type="button" class="button button--secondary" part="button retry" @click=${this.#submit}>${retryIcon}${this.common.retry}</button>
    </div>`;
  }

  #renderResult(ticket: Ticket, loaded: Loaded): TemplateResult {
    const t = this.#t;
    return html`<div class="alert alert--success result" part="status">
      ${checkIcon}
      <h3 id="result-title" tabindex="-1">${t.successTitle({ number: ticketNumber(ticket.number) })}</h3>
      <p>${t.successBody({ email: ticket.requester.email || loaded.account.email })}</p>
      ${this.filedEarlier ? html`<p>${t.filedEarlier}</p>` : nothing}
      <div class="actions">
        <button type="button" class="button button--primary" part="button" @click=${() => this.dispatchEvent(new PorticoTicketSelectEvent(ticket))}>${t.view}</button>
        <button type="button" class="button button--secondary" part="button" @click=${this.#startOver}>${t.another}</button>
      </div>
    </div>`;
  }

  /** Field errors from what the customer typed; none means the ticket can go. */
  #errors(loaded: Loaded): Partial<Record<Field, string>> {
    const t = this.#t;
    const v = this.values;
    const errors: Partial<Record<Field, string>> = {};
    if (!loaded.departments.some((d) => d.id === v.departmentId)) errors.departmentId = t.departmentRequired;
    const subject = v.subject.trim();
    if (!subject) errors.subject = t.subjectRequired;
    else if (subject.length < SUBJECT.min) errors.subject = t.subjectShort({ min: SUBJECT.min });
    else if (subject.length > SUBJECT.max) errors.subject = t.subjectLong({ max: SUBJECT.max });
    const message = v.message.trim();
    if (!message) errors.message = t.messageRequired;
    else if (message.length < MESSAGE.min) errors.message = t.messageShort({ min: MESSAGE.min });
    else if (message.length > MESSAGE.max) errors.message = t.messageLong({ max: number(MESSAGE.max, this.effectiveLocale) });
    return errors;
  }

  #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    this.#set(target.id as keyof Values, target.value);
  };

  #onBlur = leftField((field): void => {
    const id = field.id as Field;
    if (!this.touched.has(id)) this.touched = new Set([...this.touched, id]);
  });

  #set<K extends keyof Values>(field: K, value: Values[K]): void {
    this.values = { ...this.values, [field]: value };
    if (field in this.serverErrors) {
      const { [field as Field]: _gone, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
    this.#saveDraft();
    if (field === 'subject' || field === 'message') this.#scheduleSuggestions();
  }

  /** Asks for articles once typing pauses; a newer question cancels the one before. */
  #scheduleSuggestions(): void {
    clearTimeout(this.#suggestTimer);
    const text = `${this.values.subject}\n${this.values.message}`.trim();
    if (text.replace(/[^\p{L}\p{N}]/gu, '').length < 3) {
      this.#suggestAbort?.abort();
      this.suggestions = [];
      this.searching = false;
      this.#lastSuggested = '';
      return;
    }
    this.#suggestTimer = setTimeout(() => void this.#suggest(text), SUGGEST_AFTER);
  }

  async #suggest(text: string): Promise<void> {
    const client = this.activeClient;
    // Back to the text last answered: its suggestions are shown, so a question still out is stale.
    this.#suggestAbort?.abort();
    if (!client || text === this.#lastSuggested) {
      this.searching = false;
      return;
    }
    const abort = (this.#suggestAbort = new AbortController());
    this.searching = true;
    try {
      const answer = await client.request(kbArticleSuggest, { query: { text: text.slice(0, 2000), limit: 4 } }, { signal: abort.signal, headers: { 'accept-language': this.effectiveLocale } });
      if (abort.signal.aborted) return;
      this.#lastSuggested = text;
      const before = this.suggestions.map((s) => s.id).join();
      this.suggestions = answer.data;
      if (answer.data.length && answer.data.map((s) => s.id).join() !== before) this.announcement = this.#t.suggestionsFound({ count: answer.data.length });
      if (this.reading && !answer.data.some((s) => s.id === this.reading!.id)) this.reading = undefined;
    } catch {
      // Suggestions are a help, not a step: when they fail, the form goes on without them.
    } finally {
      if (this.#suggestAbort === abort) this.searching = false;
    }
  }

  async #toggleArticle(suggestion: KbSuggestion): Promise<void> {
    if (this.reading?.id === suggestion.id) {
      this.reading = undefined;
      return;
    }
    const client = this.activeClient;
    if (!client) return;
    this.reading = { id: suggestion.id };
    this.#focus.request(`#article-${suggestion.id}`);
    try {
      const { readArticle, sanitized } = await loadReader();
      const safe = await readArticle(client, suggestion.id, this.effectiveLocale);
      if (this.reading?.id === suggestion.id) this.reading = { id: suggestion.id, html: sanitized(safe) };
    } catch (error) {
      this.reportError(error, 'load');
      if (this.reading?.id === suggestion.id) this.reading = { id: suggestion.id, error };
    }
  }

  #deflect(suggestion: KbSuggestion): void {
    this.deflected = suggestion;
    this.reading = undefined;
    // Solved: the next visit starts afresh. The text stays here, for "Write a ticket anyway".
    if (this.#draftKey) clearDraft(this.#draftKey);
    this.restored = false;
    this.#focus.request('#deflected');
    this.announcement = this.#t.solvedTitle;
    this.dispatchEvent(new PorticoTicketDeflectEvent({ id: suggestion.id, title: suggestion.title }, this.values.subject.trim(), this.values.message.trim()));
  }

  #writeAnyway = (): void => {
    this.deflected = undefined;
    this.#saveDraft();
    this.#focus.request('#message');
  };

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.#submit();
  };

  #submit = async (): Promise<void> => {
    const loaded = this.#load.value;
    const client = this.activeClient;
    if (this.submitting || !loaded || !client) return;
    this.submitted = true;
    const errors = { ...this.#errors(loaded), ...this.serverErrors };
    const invalid = (['departmentId', 'relatedServiceId', 'subject', 'message'] as const).filter((f) => errors[f]);
    if (invalid.length || this.#attachments.uploading) {
      this.#focus.request(invalid.length ? `#${invalid[0]}` : '#attachments-input', '#attachments-group');
      this.announce(invalid.length ? this.#t.fixFields({ count: invalid.length }) : attachmentMessages[this.effectiveLocale].stillUploading);
      return;
    }
    const v = this.values;
    const ids = this.#attachments.uploaded.map((a) => a.id);
    const params: TicketCreateParams = {
      departmentId: v.departmentId,
      relatedServiceId: v.relatedServiceId || null,
      priority: v.priority,
      subject: v.subject.trim(),
      message: v.message.trim(),
      ...(ids.length ? { attachments: ids } : {}),
    };
    if (!this.dispatchEvent(new PorticoTicketSubmitEvent(params))) return;
    const action = (this.#action ??= new IdempotentAction());
    this.submitting = true;
    this.actionError = undefined;
    let sent: { result: Ticket; earlier: boolean };
    try {
      sent = await action.send(params, (body, idempotencyKey) => client.request(ticketCreate, { body }, { idempotencyKey, headers: { 'accept-language': this.effectiveLocale } }));
    } catch (error) {
      this.#submitFailed(error);
      return;
    } finally {
      this.submitting = false;
    }
    const ticket = sent.result;
    this.#action = undefined;
    this.filedEarlier = sent.earlier;
    this.result = ticket;
    if (this.#draftKey) clearDraft(this.#draftKey);
    this.#attachments.clear();
    this.restored = false;
    this.#focus.request('#result-title');
    this.announcement = this.#t.successTitle({ number: ticketNumber(ticket.number) });
    this.dispatchEvent(new PorticoTicketCreateEvent(ticket));
  };

  #submitFailed(error: unknown): void {
    this.reportError(error, 'submit');
    if (answered(error)) this.#action = undefined;
    const fields: Partial<Record<Field, string>> = {};
    if (isA(error, ValidationError)) {
      for (const f of error.fieldErrors) {
        const field = f.path.split('.')[0] as Field;
        if (['departmentId', 'relatedServiceId', 'subject', 'message', 'attachments'].includes(field)) fields[field] ??= field === 'relatedServiceId' ? this.#t.serviceUnknown : f.message;
      }
    }
    const invalid = Object.keys(fields) as Field[];
    if (invalid.length) {
      // The details themselves were refused: correcting them is a new action with a new key.
      this.serverErrors = fields;
      this.#refusedFiles = this.#files();
      this.#focus.request(invalid[0] === 'attachments' ? '#attachments-input' : `#${invalid[0]}`, '#attachments-group');
    } else {
      this.actionError = error;
      this.#focus.request('#action-error');
    }
  }

  #startOver = (): void => {
    this.result = undefined;
    this.filedEarlier = false;
    this.values = { ...this.values, subject: '', message: '', relatedServiceId: this.relatedServiceId ?? '', priority: 'medium' };
    this.touched = new Set();
    this.submitted = false;
    this.serverErrors = {};
    this.suggestions = [];
    this.#lastSuggested = '';
    this.#focus.request('#departmentId');
  };

  #discardDraft = (): void => {
    if (this.#draftKey) clearDraft(this.#draftKey);
    this.#attachments.clear();
    this.restored = false;
    this.values = { departmentId: this.departmentId ?? '', relatedServiceId: this.relatedServiceId ?? '', priority: 'medium', subject: this.initialSubject ?? '', message: '' };
    this.suggestions = [];
    this.#lastSuggested = '';
    this.touched = new Set();
    this.submitted = false;
    this.serverErrors = {};
    this.actionError = undefined;
    this.#action = undefined;
    this.#focus.request('#departmentId');
  };

  /** The draft of this customer, if there is one; else what the page prefilled. */
  #restoreDraft(loaded: Loaded): void {
    const key = `portico.ticket-draft.${loaded.account.id}`;
    if (this.#draftKey === key) return;
    this.#draftKey = key;
    const draft = loadDraft<Draft>(key);
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    if (draft && (text(draft.subject) || text(draft.message) || draft.attachments?.length)) {
      this.values = {
        departmentId: text(draft.departmentId),
        relatedServiceId: text(draft.relatedServiceId),
        priority: PRIORITIES.includes(draft.priority as TicketPriority) ? (draft.priority as TicketPriority) : 'medium',
        subject: text(draft.subject),
        message: text(draft.message),
      };
      if (Array.isArray(draft.attachments)) this.#attachments.restore(draft.attachments.filter((a) => a && typeof a.id === 'string'));
      this.restored = true;
      this.#scheduleSuggestions();
    } else {
      this.values = { ...this.values, departmentId: this.departmentId ?? '', relatedServiceId: this.relatedServiceId ?? '', subject: this.initialSubject ?? '' };
      if (this.values.subject) this.#scheduleSuggestions();
    }
  }

  #saveDraft(): void {
    if (!this.#draftKey || this.result) return;
    saveDraft(this.#draftKey, { ...this.values, attachments: this.#attachments.uploaded } satisfies Draft);
  }
}

/** What a field's `aria-describedby` names: its hint, and its error when it has one. */
function describedBy(id: Field, error: string | undefined, hint?: string): string | typeof nothing {
  return [hint, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || nothing;
}
