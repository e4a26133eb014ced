import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PhoneLine } from '@portico/sdk/telephony';
import { badge } from '../../base/badge.ts';
import { describedBy } from '../../base/unavailable.ts';
import { money, phoneNumber, shortDateTime } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import { pbxProduct } from '../../i18n/telephony.messages.ts';
import type { PhoneLinesMessages } from './phone-lines.messages.ts';

export interface LineTableView {
  t: PhoneLinesMessages;
  locale: Locale;
  timeZone: string | undefined;
  lines: readonly PhoneLine[];
  /** The id of the note saying why the portal user may not configure a line; undefined when they may. */
  unavailable: string | undefined;
  onConfigure: (line: PhoneLine, opener: HTMLElement) => void;
}

type Column = keyof PhoneLinesMessages['columns'];

/** Nothing in a cell: a dash to the eye, a word to a screen reader. */
const none = (t: PhoneLinesMessages) => html`<span aria-hidden="true">—</span><span class="visually-hidden">${t.none}</span>`;

/**
 * The lines as a table, one row a line, as the portal lists them; narrow, each row is a card
 * whose cells say their column's name (the header row is still there for screen readers).
 */
export function lineTable(view: LineTableView): TemplateResult {
  const { t } = view;
  const columns = Object.keys(t.columns) as Column[];
  return html`<table part="table" aria-labelledby="title">
    <thead>
      <tr>
        ${columns.map((column) => html`<th scope="col" class="c-${column}">${column === 'actions' ? html`<span class="visually-hidden">${t.columns.actions}</span>` : t.columns[column]}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${repeat(
        view.lines,
        (line) => line.id,
        (line) => row(view, line),
      )}
    </tbody>
  </table>`;
}

function row(view: LineTableView, line: PhoneLine): TemplateResult {
  const { t, locale: l } = view;
  const number = phoneNumber(line.number);
  const cell = (column: Column, content: unknown) =>
    html`<td class="c-${column}"><span class="cell-label" aria-hidden="true">${t.columns[column]}</span><span class="cell-value">${content}</span></td>`;
  const { forwarding } = line;
  return html`<tr part="item" data-line=${line.id}>
    <th scope="row" class="c-number">${number}</th>
    ${cell('unused', line.unusedDays === null ? none(t) : t.unusedDays({ days: line.unusedDays }))}
    ${cell('funds', money(line.availableFunds, l))}
    ${cell('type', t.lineType[line.type])}
    ${cell('product', pbxProduct[l][line.product])}
    ${cell('pickupGroup', line.pickupGroup ?? none(t))}
    ${cell('location', line.location)}
    ${cell('forwarding', forwarding.enabled && forwarding.to ? t.forwardingOn({ to: phoneNumber(forwarding.to), when: forwarding.when }) : t.forwardingOff)}
    <td class="c-sip">${registration(view, line)}</td>
    ${cell('phone', line.phoneModel ?? none(t))}
    <td class="c-actions">
      <button
        type="button"
        class="button button--secondary configure"
        part="button"
        aria-label=${t.configureLine({ number })}
        aria-disabled=${view.unavailable ? 'true' : 'false'}
        aria-describedby=${describedBy(view.unavailable)}
        ?data-unavailable=${view.unavailable !== undefined}
        @click=${(event: Event) => view.onConfigure(line, event.currentTarget as HTMLElement)}
      >
        ${t.configure}
      </button>
    </td>
  </tr>`;
}

/** Registered or not, in words with an icon (not by colour alone), since when, and where. */
function registration(view: LineTableView, line: PhoneLine): TemplateResult {
  const { t, locale: l } = view;
  const { sip } = line;
  const registered = sip.status === 'registered';
  const details = sip.since
    ? [t.since({ time: shortDateTime(sip.since, l, view.timeZone) }), ...(registered && sip.address ? [t.at({ address: sip.address })] : [])].join(', ')
    : t.neverRegistered;
  return html`<span class="cell-label" aria-hidden="true">${t.columns.sip}</span>
    <span class="cell-value sip ${sip.status}">
      ${badge(registered ? t.registered : t.unregistered, registered ? 'success' : 'danger')}
      <span class="muted since">${details}</span>
    </span>`;
}

