import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { describedBy } from './unavailable.ts';

/**
 * Records as a table on a wide screen and as cards on a narrower one
 * (`styles/record-list.styles.ts`), named by the widget's title: a header of `columns`, then the
 * actions' column (named for screen readers only), and a row or more for each record.
 */
export function recordTable<T extends { id: string }>(columns: readonly string[], actions: string, records: readonly T[], rows: (record: T) => unknown): TemplateResult {
  return html`<table part="table" aria-labelledby="title">
    <thead>
      <tr>
        ${columns.map((name) => html`<th scope="col">${name}</th>`)}
        <th scope="col"><span class="visually-hidden">${actions}</span></th>
      </tr>
    </thead>
    <tbody>
      ${repeat(records, (record) => record.id, rows)}
    </tbody>
  </table>`;
}

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

/**
 * "Add" a record: in the list's header (`id`, `add`) and in its empty state. Unavailable to a
 * portal user who may not add, as a row's actions are.
 */
export function addButton(text: string, unavailable: string | undefined, onAdd: (button: HTMLElement) => void, id?: string): TemplateResult {
  return html`<button
    id=${ifDefined(id)}
    type="button"
    class="button button--primary"
    part="button"
    aria-disabled=${unavailable ? 'true' : 'false'}
    aria-describedby=${describedBy(unavailable)}
    ?data-unavailable=${unavailable !== undefined}
    @click=${(event: Event) => unavailable || onAdd(event.currentTarget as HTMLElement)}
  >
    ${text}
  </button>`;
}
