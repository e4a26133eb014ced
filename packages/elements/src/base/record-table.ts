import { html, nothing, type TemplateResult } from 'lit';
import { describedBy } from './unavailable.ts';

/**
 * A detail's cell content in a table of records (`styles/record-list.styles.ts`): its column's
 * name, shown in the card a row becomes on a narrower screen (the table's header is hidden
 * there), over its value (one box, so a card's values line up across its columns).
 */
export const detail = (name: string, value: unknown): TemplateResult => html`<span class="cell-label">${name}</span><div class="cell-value">${value}</div>`;

/** An action of a row, and whether the portal user may take it. */
export interface RowAction {
  /** What the button says, and its accessible name (which names the record). */
  text: string;
  label: string;
  /** The id of the note that says why the user may not take it; undefined when they may. */
  unavailable: string | undefined;
  onPress: (button: HTMLElement) => void;
}

/**
 * A record's Edit and Delete (`data-edit`, `data-delete` with its id). One the portal user may
 * not take stays in view and in the tab order, `aria-disabled` and described by the note that
 * says why (`base/unavailable.ts`); pressed, it does nothing.
 */
export function rowActions(id: string, edit: RowAction, remove: RowAction): TemplateResult {
  const button = (action: RowAction, data: 'edit' | 'delete') =>
    html`<button
      type="button"
      class="button button--secondary"
      part="button"
      data-edit=${data === 'edit' ? id : nothing}
      data-delete=${data === 'delete' ? id : nothing}
      aria-label=${action.label}
      aria-disabled=${action.unavailable ? 'true' : 'false'}
      aria-describedby=${describedBy(action.unavailable)}
      ?data-unavailable=${action.unavailable !== undefined}
      @click=${(event: Event) => action.unavailable || action.onPress(event.currentTarget as HTMLElement)}
    >
      ${action.text}
    </button>`;
  return html`<td class="actions">${button(edit, 'edit')}${button(remove, 'delete')}</td>`;
}
