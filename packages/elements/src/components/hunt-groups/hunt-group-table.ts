import { html, type TemplateResult } from 'lit';
import type { HuntGroup } from '@portico/sdk/telephony';
import { badge } from '../../base/badge.ts';
import { detail, recordTable, rowActions } from '../../base/record-table.ts';
import type { HuntGroupsMessages } from './hunt-groups.messages.ts';

export interface HuntGroupTableView {
  t: HuntGroupsMessages;
  groups: readonly HuntGroup[];
  onEdit: (group: HuntGroup, button: HTMLElement) => void;
  onDelete: (group: HuntGroup, button: HTMLElement) => void;
  /** The ids of the notes saying why the portal user may not edit or delete; undefined for what they may. */
  unavailable: { edit?: string; delete?: string };
}

/**
 * The hunt groups as a table on a wide screen and as cards on a narrower one: number, name,
 * ring strategy, members in ringing order, caller ID and call pickup.
 */
export function huntGroupTable(view: HuntGroupTableView): TemplateResult {
  const { t } = view;
  const c = t.columns;
  return recordTable([c.number, c.name, c.strategy, c.members, c.callerId, c.pickupAllowed], c.actions, view.groups, (group) => row(view, group));
}

function row(view: HuntGroupTableView, group: HuntGroup): TemplateResult {
  const { t } = view;
  const c = t.columns;
  const numbered = { number: group.number };
  return html`<tr part="item" data-group=${group.id}>
    <td class="number">${group.number}</td>
    <td class="name row-heading" data-number=${group.number}>${group.name}</td>
    <td class="strategy detail">${detail(c.strategy, t.strategies[group.strategy])}</td>
    <td class="members detail">
      ${detail(
        c.members,
        group.members.length
          ? html`<ol class="member-list">
              ${group.members.map((m) => html`<li><span class="member-number">${m.number}</span> <span class="member-description">${m.description}</span></li>`)}
            </ol>`
          : html`<span class="muted">${t.emptyGroup}</span>`,
      )}
    </td>
    <td class="caller-id detail">${detail(c.callerId, t.callerIds[group.callerId])}</td>
    <td class="pickup detail">${detail(c.pickupAllowed, badge(group.pickupAllowed ? t.yes : t.no, group.pickupAllowed ? 'success' : 'neutral'))}</td>
    ${rowActions(
      group.id,
      { text: t.edit, label: t.editLabel(numbered), unavailable: view.unavailable.edit, onPress: (button) => view.onEdit(group, button) },
      { text: t.delete, label: t.deleteLabel(numbered), unavailable: view.unavailable.delete, onPress: (button) => view.onDelete(group, button) },
    )}
  </tr>`;
}
