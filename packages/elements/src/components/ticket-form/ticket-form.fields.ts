import { html, nothing, type TemplateResult } from 'lit';
import type { Account, CustomerService } from '@portico/sdk/account';
import { TICKET_LIMITS, type Department } from '@portico/sdk/helpdesk';
import { alertIcon } from '../../base/icons.ts';
import { attachmentPicker } from '../../base/attachment-picker.ts';
import { SUBMIT_SHORTCUT, submitOnShortcut } from '../../base/submit-shortcut.ts';
import type { AttachmentsController } from '../../controllers/attachments.ts';
import { attachmentMessages } from '../../i18n/attachments.messages.ts';
import { number } from '../../i18n/format.ts';
import { ticketPriority } from '../../i18n/helpdesk.messages.ts';
import type { Locale } from '../../i18n/locale.ts';
import { characters, PRIORITIES, type Field, type Problem, type TicketFields } from './ticket-fields.ts';
import type { TicketFormMessages } from './ticket-form.messages.ts';

/** What the form is filled from: the customer's account, the departments and their services. */
export interface Loaded {
  account: Account;
  departments: Department[];
  services: CustomerService[];
}

export interface FormView {
  t: TicketFormMessages;
  locale: Locale;
  loaded: Loaded;
  fields: TicketFields;
  /** What is wrong with the fields now (shown at those the customer touched). */
  found: readonly Problem[];
  attachments: AttachmentsController;
  suggestions: TemplateResult | typeof nothing;
  /** Why the last send failed, when it was not the fields. */
  failure: TemplateResult | typeof nothing;
  /** Disabled as a form control: nothing can be typed or sent. */
  disabled: boolean;
  sending: boolean;
  onSubmit: (event: Event) => void;
}

/** The ticket's form: who it is from, what it is about, the message and its files. */
export function ticketForm(view: FormView): TemplateResult {
  const { t, locale: l, loaded, fields, disabled } = view;
  const v = fields.values;
  const error = (field: Field) => fields.shown(field, view.found);
  const field = fieldOf(t, error);
  const uploads = attachmentMessages[l];
  return html`<form part="form" novalidate @submit=${view.onSubmit}>
    <fieldset ?disabled=${disabled}>
      <legend>${t.aboutTicket}</legend>
      <!-- Who files it, as the account says: read, not typed, so not a stop for the Tab key. -->
      <div class="from">
        <dl class="pair">
          <div class="field">
            <dt class="label" part="label">${t.name}</dt>
            <dd class="value name">${loaded.account.name}</dd>
          </div>
          <div class="field">
            <dt class="label" part="label">${t.email}</dt>
            <dd class="value email">${loaded.account.email}</dd>
          </div>
        </dl>
        <p class="hint">${t.fromAccount}</p>
      </div>
      <!-- One below the other: a service's name ("Poczta e-mail — 5 skrzynek @…") needs the whole width. -->
      <div class="stack">
        ${field(
          'departmentId',
          t.department,
          true,
          html`<select id="departmentId" class="input" part="input" required aria-required="true" @change=${fields.input} @blur=${fields.left} aria-invalid=${error('departmentId') ? 'true' : 'false'} aria-describedby=${describedBy('departmentId', error('departmentId'))}>
            <option value="" ?selected=${!v.departmentId}>${t.chooseDepartment}</option>
            ${loaded.departments.map((d) => html`<option value=${d.id} ?selected=${v.departmentId === d.id}>${d.name}</option>`)}
          </select>`,
        )}
        ${field(
          'relatedServiceId',
          t.relatedService,
          false,
          html`<select id="relatedServiceId" class="input" part="input" @change=${fields.input} aria-invalid=${error('relatedServiceId') ? 'true' : 'false'} aria-describedby=${describedBy('relatedServiceId', error('relatedServiceId'))}>
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
              <input type="radio" name="priority" value=${p} .checked=${v.priority === p} @change=${() => fields.set('priority', p)} />
              <span>${ticketPriority[l][p]}</span>
            </label>`,
          )}
        </div>
      </fieldset>
    </fieldset>
    <fieldset ?disabled=${disabled}>
      <legend>${t.messageSection}</legend>
      ${field(
        'subject',
        t.subject,
        true,
        html`<input id="subject" class="input" part="input" maxlength=${TICKET_LIMITS.subject.max} required aria-required="true" autocomplete="off" .value=${v.subject} @input=${fields.input} @blur=${fields.left} aria-invalid=${error('subject') ? 'true' : 'false'} aria-describedby=${describedBy('subject', error('subject'))} />`,
      )}
      ${field(
        'message',
        t.message,
        true,
        html`<textarea id="message" class="input" part="input" rows="8" required aria-required="true" .value=${v.message} aria-keyshortcuts=${SUBMIT_SHORTCUT} @keydown=${submitOnShortcut} @input=${fields.input} @blur=${fields.left} aria-invalid=${error('message') ? 'true' : 'false'} aria-describedby=${describedBy('message', error('message'), 'message-hint')}></textarea>`,
        html`<span id="message-hint" class="hint">${t.messageHint}</span>
          <span class="hint count" aria-live="off">${t.characters({ count: number(characters(v.message), l), max: number(TICKET_LIMITS.message.max, l) })}</span>`,
      )}
      ${view.suggestions}
      ${attachmentPicker({ controller: view.attachments, t: uploads, locale: l, id: 'attachments', extraError: error('attachments') ?? (fields.tried && view.attachments.uploading ? uploads.stillUploading : undefined) })}
    </fieldset>
    ${view.failure}
    <div class="actions">
      <button type="submit" class="button button--primary" part="button submit" ?disabled=${disabled} aria-disabled=${view.sending ? 'true' : 'false'}>
        ${view.sending ? html`<span class="spinner" aria-hidden="true"></span>${t.sending}` : t.send}
      </button>
    </div>
  </form>`;
}

/** A labelled field with its hint and, when there is one, its error. */
const fieldOf =
  (t: TicketFormMessages, error: (field: Field) => string | undefined) =>
  (id: Field, label: string, required: boolean, control: TemplateResult, hint?: TemplateResult): TemplateResult => {
    const shown = error(id);
    return html`<div class="field">
      <label class="label" part="label" for=${id}>${label}${required ? html` <span class="muted required">(${t.required})</span>` : nothing}</label>
      ${control} ${hint ?? nothing}
      ${shown ? html`<span id="${id}-error" class="field-error" part="error">${alertIcon}<span>${shown}</span></span>` : nothing}
    </div>`;
  };

/** What a field's `aria-describedby` names: its hint, and its error when it has one. */
function describedBy(id: Field, error: string | undefined, hint?: string): string | typeof nothing {
  return [hint, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || nothing;
}
