import { html, nothing, type TemplateResult } from 'lit';
import type { DialPlanConflict, DialPlanConflictCode } from '@portico/sdk/telephony';
import { alertIcon } from '../../base/icons.ts';
import { describeDialPlanConflict, describeDialPlanEntry } from '../../i18n/telephony.messages.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { PbxSettingsMessages } from './pbx-settings.messages.ts';

/** Conflicts of one kind at one field said each in a sentence; more are summed up, with what they are. */
const SENTENCES = 3;
/** Of more than this many, the first few are listed, then "and N more". */
const ALL_LISTED = 5;
const FIRST_FEW = 3;

const capitalized = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/**
 * What a change of one field would break in the dial plan, in words. A few conflicts are
 * each a sentence; many of one kind (an extension length that 40 extensions no longer fit)
 * are a count, the first few numbers and "and 37 more", with a button that shows them all.
 */
export function conflictList(options: {
  /** The field's id: the list is `<id>-conflicts`, for the field's `aria-describedby`. */
  id: string;
  conflicts: readonly DialPlanConflict[];
  t: PbxSettingsMessages;
  locale: Locale;
  /** The whole list is shown, not its first few. */
  expanded: boolean;
  onToggle: () => void;
}): TemplateResult | typeof nothing {
  const { id, conflicts, t, locale, expanded } = options;
  if (!conflicts.length) return nothing;
  const groups = new Map<DialPlanConflictCode, DialPlanConflict[]>();
  for (const conflict of conflicts) groups.set(conflict.code, [...(groups.get(conflict.code) ?? []), conflict]);
  const items: TemplateResult[] = [];
  for (const [code, group] of groups) {
    if (group.length <= SENTENCES) {
      items.push(...group.map((conflict) => html`<li>${capitalized(describeDialPlanConflict(conflict, locale), locale)}</li>`));
      continue;
    }
    const first = group[0]!;
    const long = group.length > ALL_LISTED;
    const shown = expanded || !long ? group : group.slice(0, FIRST_FEW);
    const summary = t.conflictSummary[code]({ count: group.length, number: first.number, length: first.number });
    items.push(html`<li>
      ${summary}
      <ul class="entries" id="${id}-entries-${code}">
        ${shown.map((conflict) => html`<li>${capitalized(describeDialPlanEntry(conflict.entry, locale), locale)}</li>`)}
        ${long && !expanded ? html`<li class="more">${t.andMore({ count: group.length - FIRST_FEW })}</li>` : nothing}
      </ul>
      ${long
        ? html`<button type="button" class="button button--link" part="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="${id}-entries-${code}" @click=${options.onToggle}>
            ${expanded ? t.showFewer : t.showAll({ count: group.length })}
          </button>`
        : nothing}
    </li>`);
  }
  return html`<div class="conflicts" id="${id}-conflicts" part="conflicts">
    ${alertIcon}
    <ul>
      ${items}
    </ul>
  </div>`;
}
