import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fieldError } from './field-error.ts';
import { describedBy } from './unavailable.ts';

export interface TextFieldView {
  /** The input's id; its hint's and its problem's begin with it (`<id>-hint`, `<id>-error`). */
  id: string;
  label: string;
  value: string;
  /** What to type, under the field. */
  hint?: string;
  /** What is wrong with it: a sentence, or several (each collision with the dial plan); undefined when nothing is. */
  problem?: string | readonly string[];
  /** A number or a code, a few characters long: a short field with the digits keyboard. */
  short?: boolean;
  /** A phone number: the phone keyboard, and the browser's own suggestion of one. */
  tel?: boolean;
  maxLength?: number;
  required?: boolean;
  /** Not asked for now (forwarding switched off): hidden, its value kept. */
  hidden?: boolean;
  onInput: (value: string) => void;
}

/**
 * A labelled text field with its hint and its problem under it, both naming it
 * (`aria-describedby`), and `aria-invalid` while it has a problem.
 */
export function textField(view: TextFieldView): TemplateResult {
  const { id, hint, problem } = view;
  const invalid = problem !== undefined && problem.length > 0;
  return html`<div class="field" ?hidden=${view.hidden}>
    <label class="label" part="label" for=${id}>${view.label}</label>
    <input
      id=${id}
      class=${view.short ? 'input short' : 'input'}
      part="input"
      type=${view.tel ? 'tel' : 'text'}
      inputmode=${ifDefined(view.tel ? 'tel' : view.short ? 'numeric' : undefined)}
      autocomplete=${view.tel ? 'tel' : 'off'}
      maxlength=${ifDefined(view.maxLength)}
      ?required=${view.required}
      .value=${view.value}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(hint !== undefined && `${id}-hint`, invalid && `${id}-error`)}
      @input=${(event: Event) => view.onInput((event.target as HTMLInputElement).value)}
    />
    ${hint !== undefined ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
    ${fieldError(id, problem)}
  </div>`;
}
