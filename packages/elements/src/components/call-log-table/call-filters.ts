import { html, nothing, type TemplateResult } from 'lit';
import type { CallCategory, CallDirection, CallListQuery, CallSort } from '@portico/sdk/contracts';
import { dayKey } from '@portico/sdk/core';
import { alertIcon } from '../../base/icons.ts';
import type { CallLogMessages } from './call-log-table.messages.ts';
import { customDays, DEFAULT_PRESET, isoRange, presetDays, PRESETS, today, type RangePreset } from './range.ts';

/** What the person chose, besides the period (a property of the widget). */
export interface Choice {
  category: CallCategory | '';
  direction: CallDirection | '';
  /** Digits of a number. */
  query: string;
  sort: CallSort;
  /** The custom period's days as typed (`<input type=date>`); empty until typed. */
  customFrom: string;
  customTo: string;
}

export const FIRST_CHOICE: Choice = { category: '', direction: '', query: '', sort: '-startedAt', customFrom: '', customTo: '' };

/** The filter as the API takes it, in primitives (so that an unchanged one is seen as such). */
export type Filter = readonly [from: string, to: string, category: CallCategory | '', direction: CallDirection | '', query: string, sort: CallSort];

export function queryOf([from, to, category, direction, query, sort]: Filter): CallListQuery & { from: string; to: string } {
  return { from, to, ...(category ? { category } : {}), ...(direction ? { direction } : {}), ...(query ? { query } : {}), sort };
}

/** The period, or the default one when the attribute names none. */
export const periodOf = (period: string): RangePreset => (PRESETS.includes(period as RangePreset) ? (period as RangePreset) : DEFAULT_PRESET);

/** The custom range's two days as typed; a day not typed yet is the default period's. */
export function customInputs(choice: Choice, zone: string | undefined): { from: string; to: string } {
  if (choice.customFrom && choice.customTo) return { from: choice.customFrom, to: choice.customTo };
  const days = presetDays(DEFAULT_PRESET, today(zone));
  return { from: choice.customFrom || dayKey(days.first), to: choice.customTo || dayKey(days.last) };
}

/**
 * What the API is asked for, from what the person chose. While a custom range is wrong (its
 * message shows at the field), the range `shown` stays.
 */
export function filterOf(period: RangePreset, choice: Choice, zone: string | undefined, shown?: { from: string; to: string }): Filter {
  const inputs = period === 'custom' ? customInputs(choice, zone) : undefined;
  const custom = inputs && customDays(inputs.from, inputs.to);
  const range = period !== 'custom' ? isoRange(presetDays(period, today(zone)), zone) : custom ? isoRange(custom, zone) : (shown ?? isoRange(presetDays(DEFAULT_PRESET, today(zone)), zone));
  return [range.from, range.to, choice.category, choice.direction, choice.query, choice.sort];
}

/** A custom period the wrong way round: refused at its field, and nothing is shown for it. */
export function rangeRefused(period: RangePreset, choice: Choice, zone: string | undefined): boolean {
  if (period !== 'custom') return false;
  const custom = customInputs(choice, zone);
  return custom.from > custom.to;
}

/** "Custom…" starts from the days of the period being left, up to today. */
export function customStart(left: Exclude<RangePreset, 'custom'>, zone: string | undefined): Pick<Choice, 'customFrom' | 'customTo'> {
  const now = today(zone);
  const days = presetDays(left, now);
  return { customFrom: dayKey(days.first), customTo: dayKey(days.last) > dayKey(now) ? dayKey(now) : dayKey(days.last) };
}

export interface FiltersView {
  t: CallLogMessages;
  period: RangePreset;
  choice: Choice;
  zone: string | undefined;
  /** The summary shows: the filters that do not apply to totals step aside. */
  summary: boolean;
  onPeriod: (event: Event) => void;
  onChoice: (change: Partial<Choice>) => void;
  onSearch: (event: Event) => void;
}

/** The period (and a custom one's days, refused at the field when the wrong way round), type, direction and number. */
export function filters(view: FiltersView): TemplateResult {
  const { t, period, choice } = view;
  const custom = customInputs(choice, view.zone);
  const badRange = rangeRefused(period, choice, view.zone);
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  return html`<div class="filters" part="filters">
    <label class="field">
      <span class="label" part="label">${t.period}</span>
      <select class="input" part="input" @change=${view.onPeriod}>
        ${PRESETS.map((p) => html`<option value=${p} ?selected=${period === p}>${t.presets[p]}</option>`)}
      </select>
    </label>
    ${period === 'custom'
      ? html`<label class="field">
            <span class="label" part="label">${t.from}</span>
            <input class="input" part="input" type="date" .value=${custom.from} max=${custom.to} aria-invalid=${badRange ? 'true' : 'false'} aria-describedby=${badRange ? 'range-error' : nothing} @change=${(e: Event) => view.onChoice({ customFrom: value(e) })} />
          </label>
          <label class="field">
            <span class="label" part="label">${t.to}</span>
            <input class="input" part="input" type="date" .value=${custom.to} min=${custom.from} @change=${(e: Event) => view.onChoice({ customTo: value(e) })} />
          </label>
          ${badRange ? html`<p id="range-error" class="field-error range-error" part="error">${alertIcon}<span>${t.badRange}</span></p>` : nothing}`
      : nothing}
    <label class="field" ?hidden=${view.summary}>
      <span class="label" part="label">${t.type}</span>
      <select class="input" part="input" @change=${(e: Event) => view.onChoice({ category: value(e) as Choice['category'] })}>
        <option value="" ?selected=${choice.category === ''}>${t.any}</option>
        ${(['voice', 'sms', 'data', 'roaming'] as const).map((c) => html`<option value=${c} ?selected=${choice.category === c}>${t.categoriesPlural[c]}</option>`)}
      </select>
    </label>
    <label class="field" ?hidden=${view.summary}>
      <span class="label" part="label">${t.direction}</span>
      <select class="input" part="input" @change=${(e: Event) => view.onChoice({ direction: value(e) as Choice['direction'] })}>
        <option value="" ?selected=${choice.direction === ''}>${t.any}</option>
        ${(['outgoing', 'incoming'] as const).map((d) => html`<option value=${d} ?selected=${choice.direction === d}>${t.directions[d]}</option>`)}
      </select>
    </label>
    <label class="field" ?hidden=${view.summary}>
      <span class="label" part="label">${t.search}</span>
      <input class="input" part="input" type="search" inputmode="tel" placeholder=${t.searchHint} @input=${view.onSearch} />
    </label>
  </div>`;
}
