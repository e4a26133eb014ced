import { html, nothing, type TemplateResult } from 'lit';
import { alertIcon } from '../../base/icons.ts';

/** What a section says at one field: its problem (the form's check, or the API's refusal) and what the value would break. */
export interface FieldSaid {
  problem?: string;
  /** The conflict list, rendered with id `<field>-conflicts`; `nothing` when there is none. */
  conflicts: TemplateResult | typeof nothing;
}

interface FieldOptions {
  id: string;
  label: string;
  hint?: string;
  said?: FieldSaid;
  /** Says "(optional)" after the label. */
  optional?: string;
}

const describedBy = (o: FieldOptions) =>
  [o.hint ? `${o.id}-hint` : '', o.said?.problem ? `${o.id}-error` : '', o.said && o.said.conflicts !== nothing ? `${o.id}-conflicts` : ''].filter(Boolean).join(' ') || nothing;

const invalid = (o: FieldOptions) => (o.said?.problem || (o.said && o.said.conflicts !== nothing) ? 'true' : 'false');

function label(o: FieldOptions): TemplateResult {
  return html`<label class="label" part="label" for=${o.id}>${o.label}${o.optional ? html` <span class="muted">(${o.optional})</span>` : nothing}</label>`;
}

function below(o: FieldOptions): TemplateResult {
  return html`${o.hint ? html`<p id="${o.id}-hint" class="hint">${o.hint}</p>` : nothing}
  ${o.said?.problem ? html`<p id="${o.id}-error" class="field-error" part="error">${alertIcon}<span>${o.said.problem}</span></p>` : nothing} ${o.said?.conflicts ?? nothing}`;
}

/**
 * A text field. Feature prefixes and numbers are typed on a phone's keypad (`inputmode="tel"`
 * has `*` and `#`); what is typed stays as typed, and is checked, not filtered.
 */
export function textField(o: FieldOptions & { value: string; inputmode: 'tel' | 'numeric' | 'text'; short?: boolean; onInput: (value: string) => void }): TemplateResult {
  return html`<div class="field">
    ${label(o)}
    <input
      id=${o.id}
      class="input ${o.short ? 'short' : ''}"
      part="input"
      type="text"
      autocomplete="off"
      spellcheck="false"
      inputmode=${o.inputmode}
      .value=${o.value}
      aria-invalid=${invalid(o)}
      aria-describedby=${describedBy(o)}
      @input=${(e: InputEvent) => o.onInput((e.target as HTMLInputElement).value)}
    />
    ${below(o)}
  </div>`;
}

/** A whole number in a range (a length of digits). */
export function numberField(o: FieldOptions & { value: string; min: number; max: number; onInput: (value: string) => void }): TemplateResult {
  return html`<div class="field">
    ${label(o)}
    <input
      id=${o.id}
      class="input short"
      part="input"
      type="number"
      inputmode="numeric"
      min=${o.min}
      max=${o.max}
      step="1"
      .value=${o.value}
      aria-invalid=${invalid(o)}
      aria-describedby=${describedBy(o)}
      @input=${(e: InputEvent) => o.onInput((e.target as HTMLInputElement).value)}
    />
    ${below(o)}
  </div>`;
}

/** A yes/no setting. */
export function checkboxField(o: FieldOptions & { checked: boolean; onChange: (checked: boolean) => void }): TemplateResult {
  return html`<div class="field">
    <label class="choice">
      <input id=${o.id} type="checkbox" .checked=${o.checked} aria-describedby=${describedBy(o)} @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)} />
      <span>${o.label}</span>
    </label>
    ${below(o)}
  </div>`;
}

/** One of a few choices. */
export function selectField(o: FieldOptions & { value: string; options: { value: string; label: string }[]; onChange: (value: string) => void }): TemplateResult {
  return html`<div class="field">
    ${label(o)}
    <select id=${o.id} class="input" part="input" aria-invalid=${invalid(o)} aria-describedby=${describedBy(o)} @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}>
      ${o.options.map((option) => html`<option value=${option.value} ?selected=${option.value === o.value}>${option.label}</option>`)}
    </select>
    ${below(o)}
  </div>`;
}
