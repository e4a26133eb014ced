import { property } from 'lit/decorators.js';
import { PorticoElement } from './portico-element.ts';

/**
 * What a widget submits with the `<form>` around it: its fields by name (a field with several
 * values, such as attachment ids, as an array). The entries go into the form's data under
 * these names.
 */
export type FormFields = Record<string, string | readonly string[]>;

/** Why what the widget holds cannot be submitted: one problem, the first the customer meets. */
export interface FormProblem {
  /** The constraint it breaks, as a native control names it: `valueMissing`, `tooShort`, `tooLong`, `customError`… */
  flag: keyof ValidityStateFlags;
  /** What the widget says at the field, in its language: the form's validation message. */
  message: string;
  /** The id of the field in the widget's shadow root: the browser points its message there. */
  field?: string;
}

/**
 * A widget that takes part in a surrounding `<form>` as a native control does
 * (form-associated custom element): its fields go into the form's data, the form cannot be
 * submitted while the widget says something is wrong, `form.reset()` empties it, a disabled
 * `<fieldset>` (or its own `disabled`) disables it, and the browser's back/forward restore
 * brings back what was typed.
 *
 * A subclass says what it holds and reacts to the form; the base keeps the browser informed
 * after every change:
 *
 * ```ts
 * class PorticoThing extends PorticoFormControl<ThingMessages> {
 *   protected formFields() { return { amount: this.amount }; }
 *   protected override formProblem() { return this.amount ? undefined : { flag: 'valueMissing', message: this.t.amountRequired, field: 'amount' }; }
 *   protected formReset() { this.amount = ''; }
 *   protected formRestore(fields: FormData) { this.amount = String(fields.get('amount') ?? ''); }
 *   // render: disable the inputs and the send button while `this.formDisabled`, and send nothing.
 * }
 * ```
 *
 * Subclasses that override `updated()` call `super.updated()`.
 */
export abstract class PorticoFormControl<M = unknown> extends PorticoElement<M> {
  static readonly formAssociated = true;

  /** Disables the widget as a form control: nothing can be typed or sent, and the form leaves it out. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  readonly #internals = this.attachInternals();
  #formDisabled = false;

  constructor() {
    super();
    this.addEventListener('invalid', () => this.formInvalid());
  }

  /** The fields to submit now. */
  protected abstract formFields(): FormFields;

  /** What `form.reset()` does: back to what the widget held before anyone typed. */
  protected abstract formReset(): void;

  /** What the browser kept of the fields (back/forward, a restored tab): put it back. */
  protected abstract formRestore(fields: FormData): void;

  /** What stops the form from being submitted, if anything; the default: nothing. */
  protected formProblem(): FormProblem | undefined {
    return undefined;
  }

  /** The form around was checked and this widget is invalid: show at the fields what is wrong. */
  protected formInvalid(): void {}

  /** Disabled by its own `disabled` or by a disabled `<fieldset>` around it. */
  protected get formDisabled(): boolean {
    return this.#formDisabled;
  }

  /** The form the widget belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** False while disabled: the form neither checks nor submits it. */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  formResetCallback(): void {
    this.formReset();
  }

  /** What the browser kept (`setFormValue`'s state) comes back, for a `restore` (back/forward) or an `autocomplete`. */
  formStateRestoreCallback(state: FormData | File | string | [string, FormDataEntryValue][] | null, _reason?: 'restore' | 'autocomplete'): void {
    if (state === null || typeof state === 'string' || state instanceof File) return;
    const fields = new FormData();
    for (const [name, value] of state) fields.append(name, value);
    this.formRestore(fields);
  }

  // The form reads the fields synchronously (`new FormData(form)` right after an input event,
  // `form.reset()` then a check), as it does a native control's: they are told at every change,
  // not only after the next render (which also gives the message its field to point at).
  override requestUpdate(...args: Parameters<PorticoElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    if (this.hasUpdated) this.#tell();
  }

  protected override updated(changed: Parameters<PorticoElement['updated']>[0]): void {
    super.updated(changed);
    this.#tell();
  }

  #tell(): void {
    const data = new FormData();
    for (const [name, value] of Object.entries(this.formFields())) for (const entry of typeof value === 'string' ? [value] : value) data.append(name, entry);
    this.#internals.setFormValue(data, data);
    const problem = this.formProblem();
    if (!problem) {
      this.#internals.setValidity({});
      return;
    }
    const anchor = problem.field ? (this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(problem.field)}`) ?? undefined) : undefined;
    this.#internals.setValidity({ [problem.flag]: true }, problem.message, anchor);
  }
}
