import { html, nothing, type TemplateResult } from 'lit';
import { alertIcon } from './icons.ts';

/**
 * A field's problem under it, with the id its `aria-describedby` names (`<id>-error`): a
 * sentence, or several (each collision of a number with the dial plan) as a list.
 */
export function fieldError(id: string, problem: string | readonly string[] | undefined): TemplateResult | typeof nothing {
  if (typeof problem === 'string') return problem ? html`<p id="${id}-error" class="field-error" part="error">${alertIcon}<span>${problem}</span></p>` : nothing;
  if (!problem?.length) return nothing;
  return html`<div id="${id}-error" class="field-error" part="error">
    ${alertIcon}
    <ul class="conflicts">
      ${problem.map((said) => html`<li>${said}</li>`)}
    </ul>
  </div>`;
}
