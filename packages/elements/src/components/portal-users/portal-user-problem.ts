import { html, nothing, type TemplateResult } from 'lit';
import { alertIcon } from '../../base/icons.ts';
import type { PortalUserField, PortalUserProblems } from './portal-user-draft.ts';

/** A field's problem under it, in words, with an icon that repeats it. */
export function problemOf(id: PortalUserField, message: string | undefined): TemplateResult | typeof nothing {
  return message ? html`<p id="${id}-error" class="field-error" part="error">${alertIcon}<span>${message}</span></p>` : nothing;
}

/** `aria-describedby` of a field: its hint, then its problem when it has one. */
export function describedBy(id: PortalUserField, problems: PortalUserProblems, hint?: string): string | typeof nothing {
  const ids = [hint, problems[id] ? `${id}-error` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}
