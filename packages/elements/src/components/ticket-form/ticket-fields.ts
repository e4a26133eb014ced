import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isA, ValidationError } from '@portico/sdk/core';
import { TICKET_LIMITS, type Attachment, type Department, type TicketPriority } from '@portico/sdk/helpdesk';
import { clearDraft, loadDraft, saveDraft } from '../../base/draft.ts';
import { leftField } from '../../base/left-field.ts';
import type { AttachmentsController } from '../../controllers/attachments.ts';
import { number } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { TicketFormMessages } from './ticket-form.messages.ts';

export const PRIORITIES: readonly TicketPriority[] = ['low', 'medium', 'high'];

export type Field = 'departmentId' | 'relatedServiceId' | 'subject' | 'message' | 'attachments';

/** The fields the customer types into and chooses, in the order the form shows them. */
export const TEXT_FIELDS = ['departmentId', 'relatedServiceId', 'subject', 'message'] as const;
/** Every field in the form's order, the files last: the first that is wrong is the one to go to. */
export const FIELDS: readonly Field[] = [...TEXT_FIELDS, 'attachments'];

export interface Values {
  departmentId: string;
  relatedServiceId: string;
  priority: TicketPriority;
  subject: string;
  message: string;
}

interface Draft extends Values {
  attachments: Attachment[];
}

/** What is wrong with a field, said at it, and the constraint a native control would name. */
export interface Problem {
  field: Field;
  flag: 'valueMissing' | 'tooShort' | 'tooLong' | 'customError';
  message: string;
}

export const EMPTY: Values = { departmentId: '', relatedServiceId: '', priority: 'medium', subject: '', message: '' };

/** Characters as the contract counts them: an emoji is one. */
export const characters = (text: string): number => [...text].length;

/** What the customer typed that the contract would refuse; none means the ticket can go. */
export function problems(values: Values, departments: readonly Department[] | undefined, t: TicketFormMessages, locale: Locale): Problem[] {
  const found: Problem[] = [];
  const chosen = departments ? departments.some((d) => d.id === values.departmentId) : values.departmentId !== '';
  if (!chosen) found.push({ field: 'departmentId', flag: 'valueMissing', message: t.departmentRequired });
  const { subject: S, message: M } = TICKET_LIMITS;
  const subject = characters(values.subject.trim());
  if (!subject) found.push({ field: 'subject', flag: 'valueMissing', message: t.subjectRequired });
  else if (subject < S.min) found.push({ field: 'subject', flag: 'tooShort', message: t.subjectShort({ min: S.min }) });
  else if (subject > S.max) found.push({ field: 'subject', flag: 'tooLong', message: t.subjectLong({ max: S.max }) });
  const message = characters(values.message.trim());
  if (!message) found.push({ field: 'message', flag: 'valueMissing', message: t.messageRequired });
  else if (message < M.min) found.push({ field: 'message', flag: 'tooShort', message: t.messageShort({ min: M.min }) });
  else if (message > M.max) found.push({ field: 'message', flag: 'tooLong', message: t.messageLong({ max: number(M.max, locale) }) });
  return found;
}

/** The fields the API refused, with what to say at each; none when the failure was not theirs. */
export function refusedFields(error: unknown, t: TicketFormMessages): Partial<Record<Field, string>> {
  const fields: Partial<Record<Field, string>> = {};
  if (!isA(error, ValidationError)) return fields;
  for (const f of error.fieldErrors) {
    const field = f.path.split('.')[0] as Field;
    if (FIELDS.includes(field)) fields[field] ??= field === 'relatedServiceId' ? t.serviceUnknown : f.message;
  }
  return fields;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The ticket being written: what was typed and chosen, which fields show their errors yet
 * (one the customer left, or all once they tried to send), what the API refused, and the
 * draft kept in the browser's storage for this customer — attachments included — so that a
 * reload or a failed send loses nothing.
 */
export class TicketFields implements ReactiveController {
  values: Values = EMPTY;
  /** The customer's unsent draft was brought back: a note offers to start over. */
  restored = false;
  readonly #host: ReactiveControllerHost;
  readonly #attachments: AttachmentsController;
  #touched = new Set<Field>();
  /** What the API refused, by field, until the customer edits that field (the files: changes them). */
  #refused: Partial<Record<Field, string>> = {};
  #refusedFiles = '';
  #draftKey?: string;

  constructor(host: ReactiveControllerHost, attachments: AttachmentsController) {
    this.#host = host;
    this.#attachments = attachments;
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.#refused.attachments && this.#files() !== this.#refusedFiles) this.#refused = { ...this.#refused, attachments: undefined };
  }

  /** The error to show at `field`: what the API refused, else (once touched) what `problems` found. */
  shown(field: Field, found: readonly Problem[]): string | undefined {
    return this.#refused[field] ?? (this.#touched.has(field) ? found.find((p) => p.field === field)?.message : undefined);
  }

  /** The customer tried to send: every field shows its errors (the files are touched only then). */
  get tried(): boolean {
    return this.#touched.has('attachments');
  }

  /** What the API refused, as problems (they stand until the field is edited). */
  get refusals(): Problem[] {
    return Object.entries(this.#refused).flatMap(([field, message]) => (message ? [{ field: field as Field, flag: 'customError' as const, message }] : []));
  }

  /** A field's `input` or `change`: its id names the value. */
  readonly input = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    this.set(target.id as keyof Values, target.value);
  };

  /** A field's `blur`: the customer left it, and its errors show from now on. */
  readonly left = leftField((field) => this.touch(field.id as Field));

  set<K extends keyof Values>(field: K, value: Values[K]): void {
    this.values = { ...this.values, [field]: value };
    if (this.#refused[field as Field]) this.#refused = { ...this.#refused, [field]: undefined };
    this.save();
    this.#host.requestUpdate();
  }

  touch(field: Field): void {
    if (this.#touched.has(field)) return;
    this.#touched = new Set([...this.#touched, field]);
    this.#host.requestUpdate();
  }

  touchAll(): void {
    this.#touched = new Set([...TEXT_FIELDS, 'attachments']);
    this.#host.requestUpdate();
  }

  /** The API refused these fields: they say so until edited. */
  refuse(fields: Partial<Record<Field, string>>): void {
    this.#refused = fields;
    this.#refusedFiles = this.#files();
    this.#host.requestUpdate();
  }

  /**
   * The form is shown for this customer: their draft comes back, else what the page prefilled.
   * What is already there (brought back by the browser) stays.
   */
  open(accountId: string, prefill: Values): void {
    const key = `portico.ticket-draft.${accountId}`;
    if (this.#draftKey === key) return;
    const first = this.#draftKey === undefined;
    this.#draftKey = key;
    if (first && (this.values.subject || this.values.message)) return this.save();
    const draft = loadDraft<Draft>(key);
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
    } else {
      this.values = prefill;
    }
    this.#host.requestUpdate();
  }

  /** Starts again with `values`: nothing touched or refused (the draft is left as it is). */
  reset(values: Values): void {
    this.values = values;
    this.#touched = new Set();
    this.#refused = {};
    this.restored = false;
    this.#host.requestUpdate();
  }

  /** What the browser kept of the fields (back/forward): typed text comes back. */
  restore(values: Partial<Values>): void {
    this.values = { ...this.values, ...values };
    this.save();
    this.#host.requestUpdate();
  }

  /** The draft is done with (filed, solved, discarded): a later visit starts afresh. */
  forget(): void {
    if (this.#draftKey) clearDraft(this.#draftKey);
    this.restored = false;
    this.#host.requestUpdate();
  }

  save(): void {
    if (this.#draftKey) saveDraft(this.#draftKey, { ...this.values, attachments: this.#attachments.uploaded } satisfies Draft);
  }

  #files(): string {
    return this.#attachments.items.map((item) => item.key).join();
  }
}
