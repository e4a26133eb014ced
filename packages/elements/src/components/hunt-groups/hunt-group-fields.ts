import { html, type TemplateResult } from 'lit';
import type { CallerIdPresentation, DialPlanConflict, RingStrategy } from '@portico/sdk/telephony';
import { textField } from '../../base/text-field.ts';
import type { Locale } from '../../i18n/locale.ts';
import { describeDialPlanConflict } from '../../i18n/telephony.messages.ts';
import { NUMBER_LENGTH, type HuntGroupDraft, type HuntGroupProblems } from './hunt-group-draft.ts';
import type { HuntGroupsMessages } from './hunt-groups.messages.ts';

const STRATEGIES: RingStrategy[] = ['in_order', 'random', 'simultaneous', 'least_used'];
const CALLER_IDS: CallerIdPresentation[] = ['original', 'group', 'group_name'];

export interface HuntGroupFieldsView {
  t: HuntGroupsMessages;
  locale: Locale;
  draft: HuntGroupDraft;
  problems: HuntGroupProblems;
  /** What the number would collide with in the dial plan, as the API refused it. */
  conflicts: DialPlanConflict[];
  onEdit: (patch: Partial<HuntGroupDraft>) => void;
}

/** The editor's fields besides the members: number, name, ring strategy, caller ID, pickup. */
export function huntGroupFields(view: HuntGroupFieldsView): TemplateResult {
  const { t, locale, draft, problems, conflicts, onEdit } = view;
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  return html`${textField({
      id: 'group-number',
      label: t.number,
      value: draft.number,
      hint: t.numberHint(NUMBER_LENGTH),
      problem: conflicts.length ? conflicts.map((conflict) => describeDialPlanConflict(conflict, locale)) : problems['group-number'],
      short: true,
      onInput: (number) => onEdit({ number }),
    })}
    ${textField({ id: 'group-name', label: t.name, value: draft.name, problem: problems['group-name'], onInput: (name) => onEdit({ name }) })}
    <div class="field">
      <label class="label" part="label" for="group-strategy">${t.strategy}</label>
      <select id="group-strategy" class="input" part="input" @change=${(e: Event) => onEdit({ strategy: value(e) as RingStrategy })}>
        ${STRATEGIES.map((s) => html`<option value=${s} ?selected=${draft.strategy === s}>${t.strategies[s]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label class="label" part="label" for="group-caller-id">${t.callerId}</label>
      <select id="group-caller-id" class="input" part="input" @change=${(e: Event) => onEdit({ callerId: value(e) as CallerIdPresentation })}>
        ${CALLER_IDS.map((c) => html`<option value=${c} ?selected=${draft.callerId === c}>${t.callerIds[c]}</option>`)}
      </select>
    </div>
    <label class="choice">
      <input id="group-pickup" type="checkbox" .checked=${draft.pickupAllowed} @change=${(e: Event) => onEdit({ pickupAllowed: (e.target as HTMLInputElement).checked })} />
      <span>${t.pickupAllowed}</span>
    </label>`;
}
