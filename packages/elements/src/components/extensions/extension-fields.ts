import { html, type TemplateResult } from 'lit';
import type { DialPlanConflict } from '@portico/sdk/telephony';
import { textField } from '../../base/text-field.ts';
import { phoneNumber } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import { describeDialPlanConflict } from '../../i18n/telephony.messages.ts';
import type { ExtensionDraft, ExtensionOptions, ExtensionProblems } from './extension-draft.ts';
import type { ExtensionsMessages } from './extensions.messages.ts';

export interface ExtensionFieldsView {
  t: ExtensionsMessages;
  locale: Locale;
  draft: ExtensionDraft;
  options: ExtensionOptions;
  problems: ExtensionProblems;
  /** What the number would collide with in the dial plan, as the API refused it. */
  conflicts: DialPlanConflict[];
  onEdit: (patch: Partial<ExtensionDraft>) => void;
}

/** The editor's fields: number (of the PBX's length), description, phone line, pickup group, published. */
export function extensionFields(view: ExtensionFieldsView): TemplateResult {
  const { t, locale, draft, options, problems, conflicts, onEdit } = view;
  // A group the extension is in stays choosable, even if the PBX no longer lists it.
  const groups = draft.pickupGroup && !options.pickupGroups.includes(draft.pickupGroup) ? [...options.pickupGroups, draft.pickupGroup] : options.pickupGroups;
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  return html`${textField({
      id: 'extension-number',
      label: t.number,
      value: draft.number,
      hint: t.digits({ length: options.extensionLength }),
      problem: conflicts.length ? conflicts.map((conflict) => describeDialPlanConflict(conflict, locale)) : problems['extension-number'],
      short: true,
      onInput: (number) => onEdit({ number }),
    })}
    ${textField({
      id: 'extension-description',
      label: t.description,
      value: draft.description,
      hint: t.descriptionHint,
      problem: problems['extension-description'],
      onInput: (description) => onEdit({ description }),
    })}
    <div class="field">
      <label class="label" part="label" for="extension-line">${t.line}</label>
      <select id="extension-line" class="input" part="input" @change=${(e: Event) => onEdit({ lineId: value(e) })}>
        <option value="" ?selected=${!draft.lineId}>${t.noLine}</option>
        ${options.lines.map((line) => html`<option value=${line.id} ?selected=${draft.lineId === line.id}>${phoneNumber(line.number)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label class="label" part="label" for="extension-pickup">${t.pickupGroup}</label>
      <select id="extension-pickup" class="input" part="input" @change=${(e: Event) => onEdit({ pickupGroup: value(e) })}>
        <option value="" ?selected=${!draft.pickupGroup}>${t.noPickupGroup}</option>
        ${groups.map((group) => html`<option value=${group} ?selected=${draft.pickupGroup === group}>${group}</option>`)}
      </select>
    </div>
    <label class="choice">
      <input id="extension-published" type="checkbox" .checked=${draft.published} @change=${(e: Event) => onEdit({ published: (e.target as HTMLInputElement).checked })} />
      <span>${t.published}</span>
    </label>`;
}
