import { html, nothing, type TemplateResult } from 'lit';
import type { Extension } from '@portico/sdk/telephony';
import { badge } from '../../base/badge.ts';
import { detail, recordTable, rowActions } from '../../base/record-table.ts';
import { duration, phoneNumber } from '../../i18n/format.ts';
import type { ExtensionsMessages } from './extensions.messages.ts';

export interface ExtensionTableView {
  t: ExtensionsMessages;
  extensions: readonly Extension[];
  /** The extension whose recorded name plays now, and its player (shown under its row). */
  playing: string | undefined;
  player: unknown;
  onPlay: (extension: Extension, button: HTMLElement) => void;
  onEdit: (extension: Extension, button: HTMLElement) => void;
  onDelete: (extension: Extension, button: HTMLElement) => void;
  /** The ids of the notes saying why the portal user may not edit or delete; undefined for what they may. */
  unavailable: { edit?: string; delete?: string };
}

/**
 * The extensions as a table on a wide screen and as cards on a narrower one, each with its
 * phone line (or that it has none), pickup group, whether it is published, its recorded name
 * to play, and the hunt groups it is in.
 */
export function extensionTable(view: ExtensionTableView): TemplateResult {
  const { t } = view;
  const c = t.columns;
  // The row stays as it is when its player opens under it (the Play button keeps focus).
  const player = (extension: Extension) => (view.playing === extension.id ? html`<tr class="player-row"><td colspan="8">${view.player}</td></tr>` : nothing);
  return recordTable([c.number, c.description, c.line, c.pickupGroup, c.published, c.recordedName, c.huntGroups], c.actions, view.extensions, (extension) => html`${row(view, extension)}${player(extension)}`);
}

function row(view: ExtensionTableView, extension: Extension): TemplateResult {
  const { t } = view;
  const c = t.columns;
  const numbered = { number: extension.number };
  const recording = extension.recordedName;
  return html`<tr part="item" data-extension=${extension.id}>
    <td class="number">${extension.number}</td>
    <td class="description row-heading" data-number=${extension.number}>${extension.description || html`<span class="muted">${t.none}</span>`}</td>
    <td class="line detail">${detail(c.line, extension.line ? phoneNumber(extension.line.number) : html`<span class="muted">${t.notAssigned}</span>`)}</td>
    <td class="pickup detail">${detail(c.pickupGroup, extension.pickupGroup ?? html`<span class="muted">${t.none}</span>`)}</td>
    <td class="published detail">${detail(c.published, badge(extension.published ? t.yes : t.no, extension.published ? 'success' : 'neutral'))}</td>
    <td class="recording detail">
      ${detail(
        c.recordedName,
        recording
          ? html`<button
                type="button"
                class="button button--link play"
                part="button"
                data-play=${extension.id}
                aria-label=${t.playLabel(numbered)}
                aria-pressed=${view.playing === extension.id ? 'true' : 'false'}
                @click=${(e: Event) => view.onPlay(extension, e.currentTarget as HTMLElement)}
              >
                ${t.play}
              </button>
              <span class="muted">${duration(recording.duration)}</span>`
          : html`<span class="muted">${t.none}</span>`,
      )}
    </td>
    <td class="groups detail">
      ${detail(
        c.huntGroups,
        extension.huntGroups.length
          ? html`<ul class="group-list">
              ${extension.huntGroups.map((g) => html`<li>${g.number} ${g.name}</li>`)}
            </ul>`
          : html`<span class="muted">${t.none}</span>`,
      )}
    </td>
    ${rowActions(
      extension.id,
      { text: t.edit, label: t.editLabel(numbered), unavailable: view.unavailable.edit, onPress: (button) => view.onEdit(extension, button) },
      { text: t.delete, label: t.deleteLabel(numbered), unavailable: view.unavailable.delete, onPress: (button) => view.onDelete(extension, button) },
    )}
  </tr>`;
}
