import { html, nothing, type TemplateResult } from 'lit';
import type { ServiceParameter } from '@portico/sdk/contracts';
import { parseMoney } from '@portico/sdk/core';
import { alertIcon } from '../../base/icons.ts';
import { money, number, plainAmount } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ServiceListMessages } from './service-list.messages.ts';

/** What a person typed or chose for a service's settings, by key, not yet saved. */
export type SettingsDraft = Record<string, string | boolean>;

/** One setting as the API takes it. */
export interface SettingValue {
  key: string;
  value: string | number | boolean;
}

/** The id of a setting's field: unique in the widget, as every service's settings are in one page. */
export const fieldId = (serviceId: string, key: string) => `${serviceId}-${key}`;

/** A setting's current value in words. */
export function describeValue(p: ServiceParameter, t: ServiceListMessages, locale: Locale): string {
  switch (p.type) {
    case 'boolean':
      return p.value ? t.yes : t.no;
    case 'choice':
      return p.options.find((o) => o.value === p.value)?.label ?? p.value;
    case 'number':
      return `${number(p.value, locale)}${p.unit ? ` ${p.unit}` : ''}`;
    case 'money':
      return money({ amount: p.value, currency: p.currency }, locale);
  }
}

const range = (p: ServiceParameter & { type: 'number' | 'money' }, locale: Locale) =>
  p.type === 'number' ? { min: number(p.min, locale), max: number(p.max, locale) } : { min: money({ amount: p.min, currency: p.currency }, locale), max: money({ amount: p.max, currency: p.currency }, locale) };

/**
 * The changed settings of a service checked against each setting's own range and step: what
 * to send, or the problems by field id (nothing is sent while there are any).
 */
export function checkSettings(serviceId: string, parameters: ServiceParameter[], draft: SettingsDraft, t: ServiceListMessages, locale: Locale): { values: SettingValue[]; errors: Record<string, string> } {
  const values: SettingValue[] = [];
  const errors: Record<string, string> = {};
  for (const p of parameters) {
    const raw = draft[p.key];
    if (!p.editable || raw === undefined) continue;
    const id = fieldId(serviceId, p.key);
    if (p.type === 'number') {
      const value = Number(raw);
      if (String(raw).trim() === '' || !Number.isInteger(value)) errors[id] = t.invalidNumber;
      else if (value < p.min || value > p.max) errors[id] = t.outOfRange(range(p, locale));
      else if ((value - p.min) % p.step !== 0) errors[id] = t.notStep({ step: number(p.step, locale) });
      else values.push({ key: p.key, value });
    } else if (p.type === 'money') {
      const parsed = parseMoney(String(raw), { currency: p.currency, locale });
      if (!parsed.ok) errors[id] = t.invalidAmount;
      else if (parsed.money.amount < p.min || parsed.money.amount > p.max) errors[id] = t.outOfRange(range(p, locale));
      else values.push({ key: p.key, value: parsed.money.amount });
    } else values.push({ key: p.key, value: raw });
  }
  return { values, errors };
}

/** Why the server refused a setting's value (`code`), in the words of the form's own checks. */
export function refusal(p: ServiceParameter | undefined, code: string, t: ServiceListMessages, invalid: string, locale: Locale): string {
  if (p?.type === 'number') return code === 'not_multiple_of' ? t.notStep({ step: number(p.step, locale) }) : code === 'invalid_type' ? t.invalidNumber : t.outOfRange(range(p, locale));
  if (p?.type === 'money') return t.outOfRange(range(p, locale));
  return p ? invalid : t.invalidNumber;
}

/** One setting: its value in words, or — where it may be changed now — its field. */
export function settingField(options: {
  serviceId: string;
  p: ServiceParameter;
  editable: boolean;
  draft: string | boolean | undefined;
  error: string | undefined;
  t: ServiceListMessages;
  locale: Locale;
  onChange: (value: string | boolean) => void;
}): TemplateResult {
  const { p, draft, error, t, locale, onChange } = options;
  if (!options.editable || !p.editable) return html`<div class="setting"><span class="muted">${p.label}</span> <strong>${describeValue(p, t, locale)}</strong></div>`;
  const id = fieldId(options.serviceId, p.key);
  const described = [p.type === 'number' || p.type === 'money' ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  const errorLine = error ? html`<p id="${id}-error" class="field-error" part="error">${alertIcon}<span>${error}</span></p>` : nothing;
  const typed = (e: Event) => onChange((e.target as HTMLInputElement).value);
  switch (p.type) {
    case 'boolean':
      return html`<label class="choice setting">
        <input id=${id} type="checkbox" .checked=${(draft as boolean | undefined) ?? p.value} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
        <span>${p.label}</span>
      </label>`;
    case 'choice':
      return html`<div class="field setting">
        <label class="label" part="label" for=${id}>${p.label}</label>
        <select id=${id} class="input" part="input" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
          ${p.options.map((o) => html`<option value=${o.value} ?selected=${((draft as string | undefined) ?? p.value) === o.value}>${o.label}</option>`)}
        </select>
      </div>`;
    case 'number':
      return html`<div class="field setting">
        <label class="label" part="label" for=${id}>${p.label}${p.unit ? ` (${p.unit})` : ''}</label>
        <input id=${id} class="input short" part="input" type="number" inputmode="numeric" min=${p.min} max=${p.max} step=${p.step} .value=${String(draft ?? p.value)} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described} @input=${typed} />
        <p id="${id}-hint" class="hint">${t.range({ ...range(p, locale), step: p.step > 1 ? number(p.step, locale) : undefined })}</p>
        ${errorLine}
      </div>`;
    case 'money':
      return html`<div class="field setting">
        <label class="label" part="label" for=${id}>${p.label}</label>
        <input id=${id} class="input short" part="input" inputmode="decimal" .value=${typeof draft === 'string' ? draft : plainAmount({ amount: p.value, currency: p.currency }, locale)} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described} @input=${typed} />
        <p id="${id}-hint" class="hint">${t.range(range(p, locale))}</p>
        ${errorLine}
      </div>`;
  }
}
