import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { TELEPHONY_LIMITS, type AbbreviatedDialingSettings } from '@portico/sdk/telephony';
import { dialledNumber, rangeProblem, type Problems } from './section-checks.ts';
import { numberField, textField } from './section-fields.ts';
import { SettingsSection } from './settings-section.ts';

/** One abbreviated number as typed; `key` stays with the row while rows are added and removed. */
interface Row {
  key: number;
  code: string;
  name: string;
  target: string;
}

interface AbbreviatedFields {
  length: string;
  rows: Row[];
}

const { abbreviatedLength, abbreviatedNumbers } = TELEPHONY_LIMITS;
const NAME_MAX = 60;
const TARGET = { min: 3, max: 20 };

let rowKeys = 0;

const plusIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M12 5v14M5 12h14"/></svg>`;
const removeIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3"/></svg>`;

const fieldId = (row: Row, field: 'code' | 'name' | 'target') => `abbreviated-${row.key}-${field}`;
const ROW_POINTER = /^\/abbreviatedDialing\/numbers\/(\d+)(?:\/(code|name|target))?$/;

/** T7: abbreviated dialling: the length of a code, and the codes with the numbers they call. */
export class PorticoPbxSettingsAbbreviatedDialing extends SettingsSection<'abbreviatedDialing', AbbreviatedFields> {
  protected readonly section = 'abbreviatedDialing';
  protected readonly sectionId = 'abbreviated';

  protected fromSaved(saved: AbbreviatedDialingSettings): AbbreviatedFields {
    return { length: String(saved.length), rows: saved.numbers.map((n) => ({ key: ++rowKeys, code: n.code, name: n.name, target: n.target })) };
  }

  protected toBody(values: AbbreviatedFields): AbbreviatedDialingSettings {
    return { length: Number(values.length.trim()), numbers: values.rows.map((row) => ({ code: row.code.trim(), target: dialledNumber(row.target), name: row.name.trim() })) };
  }

  protected problems(values: AbbreviatedFields): Problems {
    const t = this.t;
    const problems: Problems = {};
    const lengthProblem = rangeProblem(values.length, abbreviatedLength, t);
    if (lengthProblem) problems['abbreviated-length'] = lengthProblem;
    const length = lengthProblem ? undefined : Number(values.length.trim());
    const codes = new Set<string>();
    for (const row of values.rows) {
      const code = row.code.trim();
      if (!/^\d+$/.test(code) || (length !== undefined && code.length !== length)) problems[fieldId(row, 'code')] = length === undefined ? t.codeDigitsOnly : t.codeDigits({ length });
      else if (codes.has(code)) problems[fieldId(row, 'code')] = t.codeTwice({ code });
      codes.add(code);
      const name = row.name.trim();
      if (!name) problems[fieldId(row, 'name')] = t.nameRequired;
      else if (name.length > NAME_MAX) problems[fieldId(row, 'name')] = t.tooLong({ max: NAME_MAX });
      const target = dialledNumber(row.target);
      if (!/^\+?\d+$/.test(target)) problems[fieldId(row, 'target')] = t.targetInvalid;
      else if (target.length < TARGET.min || target.length > TARGET.max) problems[fieldId(row, 'target')] = t.targetLength(TARGET);
    }
    return problems;
  }

  /** Every code must have the configured length: a new length says at once which codes no longer do. */
  protected override toldWith(id: string): string | undefined {
    return id.endsWith('-code') ? 'abbreviated-length' : undefined;
  }

  protected fieldOf(pointer: string, values: AbbreviatedFields): string | undefined {
    if (pointer === '/abbreviatedDialing/length') return 'abbreviated-length';
    if (pointer === '/abbreviatedDialing/numbers') return 'abbreviated-add';
    // Numbers are pointed at by their place in what was sent: the rows as they are now.
    const match = ROW_POINTER.exec(pointer);
    const row = match ? values.rows[Number(match[1])] : undefined;
    return row ? fieldId(row, (match![2] as 'code' | 'name' | 'target' | undefined) ?? 'code') : undefined;
  }

  protected renderFields(values: AbbreviatedFields): TemplateResult {
    const t = this.t;
    const full = values.rows.length >= abbreviatedNumbers.max;
    const add = this.said('abbreviated-add');
    return html`${numberField({
        id: 'abbreviated-length',
        label: t.abbreviatedLength,
        hint: t.abbreviatedLengthHint(abbreviatedLength),
        value: values.length,
        ...abbreviatedLength,
        said: this.said('abbreviated-length'),
        onInput: (length) => this.edit((now) => ({ ...now, length })),
      })}
      <fieldset class="numbers">
        <legend class="label">${t.abbreviatedNumbers}</legend>
        ${values.rows.length
          ? html`<ol class="rows" role="list">
              ${repeat(
                values.rows,
                (row) => row.key,
                (row, i) => this.#renderRow(row, i),
              )}
            </ol>`
          : html`<p class="muted">${t.noAbbreviated}</p>`}
        <div class="add">
          <button
            type="button"
            id="abbreviated-add"
            class="button button--secondary"
            part="button"
            aria-disabled=${full ? 'true' : 'false'}
            aria-describedby=${full ? 'abbreviated-add-hint' : nothing}
            @click=${this.#add}
          >
            ${plusIcon}${t.addNumber}
          </button>
          ${full ? html`<p id="abbreviated-add-hint" class="hint">${t.atMost({ max: abbreviatedNumbers.max })}</p>` : nothing}
          ${add.problem ? html`<p class="field-error" part="error">${add.problem}</p>` : nothing} ${add.conflicts}
        </div>
      </fieldset>`;
  }

  #renderRow(row: Row, i: number): TemplateResult {
    const t = this.t;
    const edit = (change: Partial<Row>) => this.edit((now) => ({ ...now, rows: now.rows.map((r) => (r.key === row.key ? { ...r, ...change } : r)) }));
    const label = [row.code.trim(), row.name.trim()].filter(Boolean).join(' ') || t.row({ n: i + 1 });
    return html`<li class="number-row" part="item">
      <fieldset class="row-fields">
        <legend class="visually-hidden">${t.row({ n: i + 1 })}</legend>
        ${textField({ id: fieldId(row, 'code'), label: t.code, value: row.code, inputmode: 'numeric', said: this.said(fieldId(row, 'code')), onInput: (code) => edit({ code }) })}
        ${textField({ id: fieldId(row, 'name'), label: t.name, value: row.name, inputmode: 'text', said: this.said(fieldId(row, 'name')), onInput: (name) => edit({ name }) })}
        ${textField({ id: fieldId(row, 'target'), label: t.target, value: row.target, inputmode: 'tel', said: this.said(fieldId(row, 'target')), onInput: (target) => edit({ target }) })}
        <button type="button" class="icon-button remove" part="button" aria-label=${t.removeNumber({ label })} title=${t.removeNumber({ label })} @click=${() => this.#remove(row)}>
          ${removeIcon}
        </button>
      </fieldset>
    </li>`;
  }

  #add = (): void => {
    if (this.values.rows.length >= abbreviatedNumbers.max) return;
    const row: Row = { key: ++rowKeys, code: '', name: '', target: '' };
    this.edit((now) => ({ ...now, rows: [...now.rows, row] }));
    this.focusAfter.request(`#${fieldId(row, 'code')}`);
  };

  #remove(row: Row): void {
    const index = this.values.rows.findIndex((r) => r.key === row.key);
    this.edit((now) => ({ ...now, rows: now.rows.filter((r) => r.key !== row.key) }));
    // Focus stays in the list: on the row that took this one's place, else the one before, else Add.
    const rows = this.values.rows;
    const next = rows[index] ?? rows[index - 1];
    this.focusAfter.request(next ? `#${fieldId(next, 'code')}` : '#abbreviated-add');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-pbx-settings-abbreviated-dialing': PorticoPbxSettingsAbbreviatedDialing;
  }
}
