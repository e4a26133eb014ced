import { html, type TemplateResult } from 'lit';
import { alertIcon, checkIcon, clockIcon, infoIcon } from './icons.ts';

export type Tone = 'success' | 'warning' | 'danger' | 'neutral';

const ICONS = { success: checkIcon, warning: clockIcon, danger: alertIcon, neutral: infoIcon };

/** A status in words with an icon; the colour only repeats what they say. */
export function badge(text: string, tone: Tone): TemplateResult {
  return html`<span class="badge badge--${tone}" part="badge">${ICONS[tone]}<span>${text}</span></span>`;
}
