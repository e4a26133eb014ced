import { describedBy } from '../../base/unavailable.ts';
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../../base/style-props.ts';
import type { Call, CallSort } from '@portico/sdk/contracts';
import type { ExportedCall } from './export/options.ts';
import type { Locale } from '../../i18n/locale.ts';
import { duration, fileSize, money, phoneNumber, shortDateTime } from '../../i18n/format.ts';
import type { CallLogMessages } from './call-log-table.messages.ts';
import { downIcon, upIcon } from './call-log-table.icons.ts';
import type { VirtualRows } from './virtual-rows.ts';

export type SortField = 'startedAt' | 'duration' | 'cost';

export interface CallTableView {
  t: CallLogMessages;
  locale: Locale;
  timeZone: string | undefined;
  rows: VirtualRows;
  /** The calls loaded so far, from the first. */
  calls: readonly ExportedCall[];
  /** How many calls match; undefined while the list loads. */
  total: number | undefined;
  /** The calls went through the lines of a PBX: a column says which. */
  lines: boolean;
  sort: CallSort;
  onSort: (field: SortField) => void;
  onPlay: (call: ExportedCall) => void;
  /** Why the portal user may not play recordings (`Permissions.reason`); the note with this id says it. */
  playUnavailable?: string | undefined;
}

/** Who the call was with: the other number, or the internet. */
export function counterpart(call: Call, t: CallLogMessages): string {
  if (call.type === 'data') return t.internet;
  return phoneNumber(call.direction === 'outgoing' ? call.to : call.from);
}

/**
 * The calls as a scrolling table whose rows exist only where they are seen. The header stays
 * while another list loads (a sort button keeps focus); the rows not loaded yet are skeletons.
 */
export function callTable(view: CallTableView): TemplateResult {
  const { t, rows, calls } = view;
  const loading = view.total === undefined;
  const total = view.total ?? 0;
  // While the list loads, a screen of skeleton rows.
  const { start, end } = rows.window(loading ? Number.MAX_SAFE_INTEGER : total);
  const drawn: TemplateResult[] = [];
  const now = Date.now();
  for (let i = start; i < end; i++) drawn.push(row(view, calls[i], i, now));
  return html`<div class="viewport ${rows.narrow ? 'narrow' : ''} ${view.lines ? 'lines' : ''}" part="table" tabindex="0" role="region" aria-labelledby="title count" aria-busy=${loading ? 'true' : 'false'} ${styleProps(rows.viewportStyle())} @scroll=${rows.onScroll} @keydown=${rows.onKeydown}>
    <div role="table" aria-labelledby="title" aria-describedby="count" aria-rowcount=${loading ? -1 : total + 1}>
      <div role="rowgroup" class="head">
        <div role="row" aria-rowindex="1" class="row head-row">
          ${header(view, 'startedAt', t.columns.startedAt)}
          <span role="columnheader" class="c-direction"><span class="direction-text">${t.columns.direction}</span></span>
          <span role="columnheader" class="c-category">${t.columns.category}</span>
          ${view.lines ? html`<span role="columnheader" class="c-account">${t.columns.account}</span>` : nothing}
          <span role="columnheader" class="c-number">${t.columns.number}</span>
          ${header(view, 'duration', t.columns.amount)} ${header(view, 'cost', t.columns.cost)}
          <span role="columnheader" class="c-recording"><span class="visually-hidden">${t.columns.recording}</span></span>
        </div>
      </div>
      <div role="rowgroup" class="body" ${styleProps(rows.bodyStyle(loading ? end : total))}>
        <div class="window" ${styleProps(rows.windowStyle(start))}>${drawn}</div>
      </div>
    </div>
  </div>`;
}

/** A sortable column's header: a button, with `aria-sort` saying how it is sorted now. */
function header(view: CallTableView, field: SortField, label: string): TemplateResult {
  const current = view.sort.replace(/^-/, '') === field;
  const descending = view.sort.startsWith('-');
  const sort = current ? (descending ? 'descending' : 'ascending') : 'none';
  return html`<span role="columnheader" class="c-${field}" aria-sort=${sort}>
    <button type="button" class="sort" part="button" @click=${() => view.onSort(field)} title=${view.t.sortBy({ column: label })}>
      ${label}${current ? (descending ? downIcon : upIcon) : nothing}
    </button>
  </span>`;
}

function row(view: CallTableView, call: ExportedCall | undefined, index: number, now: number): TemplateResult {
  if (!call) {
    return html`<div role="row" aria-rowindex=${index + 2} class="row" part="row" aria-busy="true"><span role="cell" class="c-wide"><span class="skeleton"></span></span></div>`;
  }
  const { t, locale: l } = view;
  const who = counterpart(call, t);
  const play = call.recording ? t.play({ who }) : '';
  return html`<div role="row" aria-rowindex=${index + 2} class="row ${call.recording ? 'recorded' : ''}" part="row">
    <span role="cell" class="c-startedAt">${shortDateTime(call.startedAt, l, view.timeZone, now)}</span>
    <span role="cell" class="c-direction ${call.direction}"><span class="direction-text">${t.directions[call.direction]}</span></span>
    <span role="cell" class="c-category">${t.categories[call.category]}${call.country ? html` <span class="muted">${call.country}</span>` : nothing}</span>
    ${view.lines ? html`<span role="cell" class="c-account">${phoneNumber(call.account ?? '')}</span>` : nothing}
    <span role="cell" class="c-number">${who}</span>
    <span role="cell" class="c-duration">
      ${call.duration !== null
        ? duration(call.duration)
        : call.volume !== null
          ? fileSize(call.volume, l)
          : html`<span class="card-only" aria-hidden="true">${t.categories[call.category]}</span>`}
    </span>
    <span role="cell" class="c-cost">${money(call.cost, l)}</span>
    <span role="cell" class="c-recording">
      ${call.recording
        ? html`<button
            type="button"
            class="play"
            part="button"
            data-call=${call.id}
            aria-label=${play}
            title=${view.playUnavailable ?? play}
            aria-disabled=${view.playUnavailable ? 'true' : 'false'}
            ?data-unavailable=${!!view.playUnavailable}
            aria-describedby=${describedBy(view.playUnavailable && 'recordings-unavailable')}
            @click=${() => view.playUnavailable || view.onPlay(call)}
          ></button>`
        : nothing}
    </span>
  </div>`;
}
