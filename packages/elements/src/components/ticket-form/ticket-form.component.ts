import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { accountRetrieve, customerServiceList } from '@portico/sdk/account';
import { departmentList, ticketCreate, type KbSuggestion, type Ticket, type TicketCreateParams, type TicketPriority } from '@portico/sdk/helpdesk';
import { PorticoFormControl, type FormFields, type FormProblem } from '../../base/form-control.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { unavailableState } from '../../base/unavailable.ts';
import { Action } from '../../controllers/action.ts';
import { AttachmentsController } from '../../controllers/attachments.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { Resource } from '../../controllers/resource.ts';
import { PorticoTicketCreateEvent, PorticoTicketDeflectEvent, PorticoTicketSelectEvent, PorticoTicketSubmitEvent } from '../../events/helpdesk.ts';
import { attachmentMessages } from '../../i18n/attachments.messages.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { ticketNumber } from '../../i18n/helpdesk.messages.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { attachmentStyles } from '../../styles/attachments.styles.ts';
import { proseStyles } from '../../styles/prose.styles.ts';
import { Suggestions } from './suggestions.ts';
import { EMPTY, FIELDS, PRIORITIES, problems, refusedFields, TEXT_FIELDS, TicketFields, type Problem, type Values } from './ticket-fields.ts';
import { ticketForm, type Loaded } from './ticket-form.fields.ts';
import { failedNote, filedNote, restoredNote, solvedNote } from './ticket-form.notes.ts';
import { messages, type TicketFormMessages } from './ticket-form.messages.ts';
import { styles } from './ticket-form.styles.ts';

/** The loading skeleton: four fields and the message. */
const SKELETON = ['field', 'field', 'field', 'field', 'message'] as const;

/**
 * @tag portico-ticket-form
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
 * changes as a reply. Ctrl+Enter (⌘+Enter) in the message sends the form. A portal user
 * who may not open tickets is told so, and why, where the form would be.
 *
 * Inside a `<form>` it is a form control: the form's data carries `departmentId`,
 * `relatedServiceId`, `priority`, `subject`, `message` and `attachments` (file ids); the form
 * is invalid while a field is (with the message the widget shows there); `form.reset()`
 * empties it (back to what the page prefilled); a disabled `<fieldset>` or `disabled`
 * disables it; the browser's back/forward restore brings the text back.
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
 * @csspart unavailable - Shown to a portal user who may not open tickets, with why.
 * @csspart empty - Shown when tickets cannot be opened.
 */
export class PorticoTicketForm extends PorticoFormControl<TicketFormMessages> {
  static override styles = [sharedStyles, attachmentStyles, proseStyles, styles];
  static readonly messages = messages;

  /** Preselects a department (e.g. `dep_billing` from a "Billing question?" link). */
  @property({ attribute: 'department-id' }) departmentId?: string;
  /** Preselects the service the ticket is about. */
  @property({ attribute: 'related-service-id' }) relatedServiceId?: string;
  /** Prefills the subject. */
  @property({ attribute: 'subject' }) initialSubject?: string;

  /** The article that solved the problem: no ticket is filed (the text stays, to write anyway). */
  @state() private deflected?: KbSuggestion;

  readonly #focus = new FocusAfterRender(this);
  readonly #permissions = new Permissions(this, () => this.activeClient);

  readonly #attachments = new AttachmentsController(
    this,
    () => this.activeClient,
    (item) => {
      this.announcement = attachmentMessages[this.effectiveLocale].announceUploaded({ name: item.name });
      this.#fields.save();
    },
  );

  readonly #fields = new TicketFields(this, this.#attachments);

  readonly #load = new Resource(this, {
    args: () => [this.activeClient, this.effectiveLocale] as const,
    load: async ([client, locale], signal): Promise<Loaded> => {
      if (!client) throw new MissingClientError('portico-ticket-form');
      const options = { signal, headers: { 'accept-language': locale } };
      const [account, departments, services] = await Promise.all([
        client.request(accountRetrieve, {}, options),
        client.request(departmentList, {}, options),
        client.request(customerServiceList, {}, options),
      ]);
      return { account, departments: departments.data, services: services.data.filter((s) => s.status !== 'terminated') };
    },
    onComplete: (loaded) => this.#fields.open(loaded.account.id, this.#prefill()),
    onError: (error) => this.reportError(error, 'load'),
  });

  readonly #suggestions = new Suggestions(this, {
    client: () => this.activeClient,
    locale: () => this.effectiveLocale,
    t: () => this.t,
    text: () => `${this.#fields.values.subject}\n${this.#fields.values.message}`,
    announce: (text) => (this.announcement = text),
    focus: (selector) => this.#focus.request(selector),
    describe: (error) => this.describe(error),
    onReadError: (error) => this.reportError(error, 'load'),
    onSolved: (suggestion) => this.#deflect(suggestion),
  });

  /** Filing the ticket: its retries go under one key until the API answers, so one ticket is filed. */
  readonly #file = new Action<TicketCreateParams, Ticket>(this, {
    idempotent: true,
    send: (body, { idempotencyKey, signal }) => this.activeClient!.request(ticketCreate, { body }, { idempotencyKey, signal, headers: { 'accept-language': this.effectiveLocale } }),
    focus: { result: '#result-title', busy: '[part~="submit"]' },
  });

  protected override render(): TemplateResult {
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <h2 part="title" id="title" tabindex="-1">${this.t.title}</h2>
      ${this.#load.render({
        content: (loaded) => this.#renderContent(loaded),
        error: (error) => this.loadFailed(error, () => void this.#load.refresh()),
        loading: () => loadingState(this.common.loading, html`<div class="stack">${SKELETON.map((shape) => html`<span class="skeleton skeleton--${shape}"></span>`)}</div>`),
      })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderContent(loaded: Loaded): TemplateResult {
    const t = this.t;
    const ticket = this.#file.result;
    if (ticket) {
      const onView = () => this.dispatchEvent(new PorticoTicketSelectEvent(ticket));
      return filedNote({ t, ticket, email: loaded.account.email, earlier: this.#file.earlier, onView, onAnother: this.#startOver });
    }
    if (!loaded.departments.length) return emptyState({ title: t.unavailableTitle, message: t.unavailableBody });
    // A form the user could fill in but never send is not offered: why is said in its place.
    const unavailable = this.#unavailable;
    if (unavailable) return unavailableState('file-unavailable', this.common.notAllowedTitle, unavailable);
    if (this.deflected) return solvedNote(t, this.#writeAnyway);
    const error = this.#file.error;
    // Refused fields say why at themselves; any other failure in the alert.
    const failed = error !== undefined && !Object.keys(refusedFields(error, t)).length;
    return html`<p class="muted intro">${t.intro}</p>
      ${this.#fields.restored ? restoredNote(t, this.#discard) : nothing}
      ${ticketForm({
        t,
        locale: this.effectiveLocale,
        loaded,
        fields: this.#fields,
        found: this.#problems(),
        attachments: this.#attachments,
        suggestions: this.#suggestions.render(),
        failure: failed ? failedNote({ t, error, describe: (e) => this.describe(e), retry: this.common.retry, disabled: this.formDisabled, onRetry: this.#submit }) : nothing,
        disabled: this.formDisabled,
        sending: this.#file.busy,
        onSubmit: this.#onSubmit,
      })}`;
  }

  /** Why the portal user may not open a ticket; undefined when they may. */
  get #unavailable(): string | undefined {
    return this.#permissions.reason(ticketCreate, this.common);
  }

  #problems(): Problem[] {
    return problems(this.#fields.values, this.#load.value?.departments, this.t, this.effectiveLocale);
  }

  /** What the page prefilled: where the form starts, and where `form.reset()` goes back to. */
  #prefill(): Values {
    return { ...EMPTY, departmentId: this.departmentId ?? '', relatedServiceId: this.relatedServiceId ?? '', subject: this.initialSubject ?? '' };
  }

  protected formFields(): FormFields {
    const { departmentId, relatedServiceId, priority, subject, message } = this.#fields.values;
    return { departmentId, relatedServiceId, priority, subject, message, attachments: this.#attachments.uploaded.map((a) => a.id) };
  }

  protected override formProblem(): FormProblem | undefined {
    const unavailable = this.#unavailable;
    if (unavailable) return { flag: 'customError', message: unavailable };
    const found = [...this.#fields.refusals, ...this.#problems()];
    const first = FIELDS.map((field) => found.find((p) => p.field === field)).find(Boolean);
    if (first) return { flag: first.flag, message: first.message, field: first.field === 'attachments' ? 'attachments-input' : first.field };
    if (this.#attachments.uploading) return { flag: 'customError', message: attachmentMessages[this.effectiveLocale].stillUploading, field: 'attachments-input' };
    return undefined;
  }

  protected formReset(): void {
    this.#clear();
  }

  protected formRestore(fields: FormData): void {
    const restored: Partial<Values> = {};
    for (const name of ['departmentId', 'relatedServiceId', 'subject', 'message'] as const) {
      const value = fields.get(name);
      if (typeof value === 'string') restored[name] = value;
    }
    const priority = fields.get('priority');
    if (PRIORITIES.includes(priority as TicketPriority)) restored.priority = priority as TicketPriority;
    this.#fields.restore(restored);
  }

  protected override formInvalid(): void {
    this.#fields.touchAll();
  }

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.#submit();
  };

  #submit = async (): Promise<void> => {
    const loaded = this.#load.value;
    if (this.#file.busy || !loaded || !this.activeClient || this.formDisabled || this.#unavailable) return;
    this.#fields.touchAll();
    const found = this.#problems();
    const invalid = TEXT_FIELDS.filter((field) => this.#fields.shown(field, found));
    if (invalid.length || this.#attachments.uploading) {
      this.#focus.request(invalid.length ? `#${invalid[0]}` : '#attachments-input', '#attachments-group');
      this.announce(invalid.length ? this.t.fixFields({ count: invalid.length }) : attachmentMessages[this.effectiveLocale].stillUploading);
      return;
    }
    const v = this.#fields.values;
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
    const ticket = await this.#file.run(params);
    if (ticket) this.#filed(ticket);
    else if (this.#file.error !== undefined) this.#failed(this.#file.error);
  };

  #filed(ticket: Ticket): void {
    this.#fields.forget();
    this.#attachments.clear();
    this.announcement = this.t.successTitle({ number: ticketNumber(ticket.number) });
    this.dispatchEvent(new PorticoTicketCreateEvent(ticket));
  }

  /** Refused fields say why at themselves, with focus on the first; any other failure in the alert. */
  #failed(error: unknown): void {
    const fields = refusedFields(error, this.t);
    const first = FIELDS.find((field) => fields[field]);
    if (!first) return this.#focus.request('#action-error');
    // The details themselves were refused: correcting them is a new action with a new key.
    this.#fields.refuse(fields);
    this.#focus.request(first === 'attachments' ? '#attachments-input' : `#${first}`, '#attachments-group');
  }

  #startOver = (): void => {
    this.#file.reset();
    this.#fields.reset({ ...EMPTY, departmentId: this.#fields.values.departmentId, relatedServiceId: this.relatedServiceId ?? '' });
    this.#focus.request('#departmentId');
  };

  #discard = (): void => {
    this.#clear();
    this.#focus.request('#departmentId');
  };

  /** Back to what the page prefilled: the draft, the files, a failure and an answer go. */
  #clear(): void {
    this.#file.reset();
    this.deflected = undefined;
    this.#fields.forget();
    this.#attachments.clear();
    this.#suggestions.close();
    this.#fields.reset(this.#prefill());
  }

  #deflect(suggestion: KbSuggestion): void {
    this.deflected = suggestion;
    this.#suggestions.close();
    // Solved: the next visit starts afresh. The text stays here, for "Write a ticket anyway".
    this.#fields.forget();
    this.#focus.request('#deflected');
    this.announcement = this.t.solvedTitle;
    const { subject, message } = this.#fields.values;
    this.dispatchEvent(new PorticoTicketDeflectEvent({ id: suggestion.id, title: suggestion.title }, subject.trim(), message.trim()));
  }

  #writeAnyway = (): void => {
    this.deflected = undefined;
    this.#fields.save();
    this.#focus.request('#message');
  };
}
