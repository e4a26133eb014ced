import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { Task, TaskStatus } from '@lit/task';
import { callList, callRecording, type Call, type CallCategory, type CallDirection, type CallListQuery, type CallPage, type CallSort } from '@portico/sdk/contracts';
import type { ClientCore } from '@portico/sdk/core';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, errorState, loadingState } from '../../base/states.ts';
import { alertIcon, retryIcon } from '../../base/icons.ts';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { dateTime, duration, fileSize, money, number, phoneNumber, shortDateTime } from '../../i18n/format.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { messages, type CallLogMessages } from './call-log-table.messages.ts';
import { styles } from './call-log-table.styles.ts';
import { customDays, DEFAULT_PRESET, isoRange, presetDays, PRESETS, today, type RangePreset } from './range.ts';
import { downIcon, upIcon } from './call-log-table.icons.ts';
import { dayKey, dayOf, isA } from '@portico/sdk/core';

/** The first page is small, so rows show at once; the rest come in large pages as needed. */
const FIRST_PAGE = 200;
const NEXT_PAGE = 10_000;
/** Rows drawn beyond the visible ones, above and below, so that scrolling shows no gaps. */
const OVERSCAN = 3;
const ROW = { table: 44, cards: 68 };
/** Below this width (px) rows become two-line cards; the columns' own minimum is about 620. */
const NARROW = 640;

interface Filters {
  from: string;
  to: string;
  category?: CallCategory;
  direction?: CallDirection;
  query?: string;
  sort: CallSort;
}

/** Calls loaded so far for one filter: a sparse list the size of the total. */
interface Loaded {
  /** The contract the calls are of: later pages are asked of it, whatever is set meanwhile. */
  contractId: string;
  filters: Filters;
  rows: Call[];
  total: number;
  loaded: number;
  cursor: string | null;
}

type ExportState = { format: 'xlsx' | 'csv'; written: number; total: number; cancel(): void } | { format: 'xlsx' | 'csv'; failed: unknown } | undefined;

/**
 * @summary A phone number's itemised calls: a year of them, scrolled smoothly, filtered,
 * sorted, totalled, exported and listened to (FEATURES C4).
 *
 * The table draws only the rows in view, so 100,000 calls scroll like 100. Pages load from
 * the API as they are needed, and the count says how many are in. "Show summary" gives the
 * totals per type and a chart per day; Export builds an Excel or CSV file of the current
 * filter off the main thread, with the code loaded only then. Recorded calls play inline.
 *
 * @event portico-error - A load, an export or a recording failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title row and its tools.
 * @csspart title - The title.
 * @csspart filters - The period and filters.
 * @csspart label - Filter labels.
 * @csspart input - Filter fields.
 * @csspart button - Every button.
 * @csspart table - The scrolling table.
 * @csspart row - One call.
 * @csspart player - The recording player.
 * @csspart status - The loaded count and export progress.
 * @csspart error - Error messages.
 * @csspart empty - Shown when no call matches.
 *
 * @cssproperty --portico-call-log-table-height - The table's height; defaults to 32rem.
 */
export class PorticoCallLogTable extends PorticoElement {
  static override styles = [sharedStyles, styles];

  /** The contract whose calls to show. */
  @property({ attribute: 'contract-id', reflect: true }) contractId?: string;

  /**
   * The period shown: `last_30_days` (the default), `this_month`, `last_month`,
   * `last_3_months`, `last_12_months`, or `custom` (two days the person picks). Days and
   * months are the customer's calendar days in the widget's `time-zone`. The person changes
   * it in the widget too.
   */
  @property({ reflect: true }) period: RangePreset = DEFAULT_PRESET;
  @state() private customFrom = '';
  @state() private customTo = '';
  @state() private category: CallCategory | '' = '';
  @state() private direction: CallDirection | '' = '';
  @state() private query = '';
  @state() private sort: CallSort = '-startedAt';
  @state() private view: 'calls' | 'summary' = 'calls';
  /** The first row in view and how many fit: the part of the table that exists. */
  @state() private first = 0;
  @state() private visible = 16;
  @state() private narrow = false;
  @state() private loadingMore = false;
  @state() private moreError?: unknown;
  @state() private exporting: ExportState;
  @state() private playing?: { call: Call; url?: string; error?: unknown };
  @state() private summaryReady = false;
  #typing?: ReturnType<typeof setTimeout>;
  /** Later pages of the list shown: aborted when the contract or the filter changes (a new list). */
  #ahead = new AbortController();
  #resize?: ResizeObserver;
  readonly #focus = new FocusAfterRender(this);

  #calls = new Task(this, {
    task: async ([client, id, filters], { signal }): Promise<Loaded> => {
      if (!client) throw new MissingClientError('portico-call-log-table');
      // A new list: the pages still coming for the last one are not wanted.
      this.#stopLoadingAhead();
      const page = await client.request(callList, { params: { id: id ?? '' }, query: { ...filters, limit: FIRST_PAGE } }, { signal });
      const rows = new Array<Call>(page.total);
      for (let i = 0; i < page.data.length; i++) rows[i] = page.data[i]!;
      this.moreError = undefined;
      return { contractId: id ?? '', filters, rows, total: page.total, loaded: page.data.length, cursor: page.nextCursor };
    },
    args: () => [this.activeClient, this.contractId, this.#filters()] as const,
    argsEqual: (a, b) => a[0] === b[0] && a[1] === b[1] && JSON.stringify(a[2]) === JSON.stringify(b[2]),
    onComplete: (loaded) => {
      // A new filter starts at the top.
      const viewport = this.#viewport;
      if (viewport) viewport.scrollTop = 0;
      this.first = 0;
      // Called before the task holds `loaded` as its value: the new list is passed on.
      void this.#loadAhead(false, loaded);
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  constructor() {
    super();
    new AbortOnDisconnect(this, this.#calls);
  }

  get #t(): CallLogMessages {
    return messages[this.effectiveLocale];
  }

  get #viewport(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.viewport');
  }

  get #rowHeight(): number {
    return this.narrow ? ROW.cards : ROW.table;
  }

  /** The period, or the default one when the attribute names none. */
  get #period(): RangePreset {
    return PRESETS.includes(this.period) ? this.period : DEFAULT_PRESET;
  }

  /** The custom range's two days as typed; a day not typed yet is the default period's. */
  get #customInputs(): { from: string; to: string } {
    if (this.customFrom && this.customTo) return { from: this.customFrom, to: this.customTo };
    const days = presetDays(DEFAULT_PRESET, today(this.effectiveTimeZone));
    return { from: this.customFrom || dayKey(days.first), to: this.customTo || dayKey(days.last) };
  }

  /** What the API is asked for, from what the person chose. */
  #filters(): Filters {
    const zone = this.effectiveTimeZone;
    const period = this.#period;
    const custom = period === 'custom' ? customDays(this.#customInputs.from, this.#customInputs.to) : undefined;
    // While a custom range is wrong (its message shows at the field), the table keeps what it shows.
    const shown = this.#calls.value?.filters;
    const range =
      period !== 'custom'
        ? isoRange(presetDays(period, today(zone)), zone)
        : custom
          ? isoRange(custom, zone)
          : shown
            ? { from: shown.from, to: shown.to }
            : isoRange(presetDays(DEFAULT_PRESET, today(zone)), zone);
    return {
      ...range,
      ...(this.category ? { category: this.category } : {}),
      ...(this.direction ? { direction: this.direction } : {}),
      ...(this.query ? { query: this.query } : {}),
      sort: this.sort,
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typing);
    this.#stopLoadingAhead();
    this.#resize?.disconnect();
    this.#resize = undefined;
    if (this.exporting && 'cancel' in this.exporting) this.exporting.cancel();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another contract: its recording or its file is not the last one's.
    if (changed.has('contractId') && changed.get('contractId') !== undefined) {
      if (this.exporting && 'cancel' in this.exporting) this.exporting.cancel();
      this.exporting = undefined;
      this.playing = undefined;
    }
  }

  #stopLoadingAhead(): void {
    this.#ahead.abort();
    this.#ahead = new AbortController();
    this.loadingMore = false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const viewport = this.#viewport;
    if (viewport && !this.#resize) {
      // The table's size decides how many rows exist and whether they are rows or cards.
      this.#resize = new ResizeObserver(([entry]) => {
        const { width, height } = entry!.contentRect;
        this.narrow = width < NARROW;
        this.visible = Math.ceil(height / this.#rowHeight) + 1;
      });
      this.#resize.observe(viewport);
    }
    if (!viewport && this.#resize) {
      this.#resize.disconnect();
      this.#resize = undefined;
    }
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const loaded = this.#calls.value;
    const busy = this.#calls.status === TaskStatus.PENDING;
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <header part="header">
        <h2 part="title" id="title">${t.title}</h2>
        <div class="tools">
          <button type="button" class="button button--secondary" part="button" aria-pressed=${this.view === 'summary' ? 'true' : 'false'} @click=${this.#toggleView}>
            ${this.view === 'summary' ? t.list : t.summary}
          </button>
          ${this.#renderExport(loaded)}
        </div>
      </header>
      ${this.#renderFilters()}
      ${this.view === 'summary'
        ? this.#renderSummary()
        : loaded
          ? this.#renderTable(loaded, busy)
          : this.#calls.status === TaskStatus.ERROR
            ? errorState({ title: this.common.loadFailed, message: this.describe(this.#calls.error), retryLabel: this.common.retry, onRetry: () => void this.#calls.run() })
            : loadingState(this.common.loading, html`<div class="stack">${Array.from({ length: 8 }, () => html`<span class="skeleton" style=${styleMap({ height: '2.25rem' })}></span>`)}</div>`)}
      ${this.#renderPlayer()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderFilters(): TemplateResult {
    const t = this.#t;
    const custom = this.#customInputs;
    const badRange = this.#period === 'custom' && custom.from > custom.to;
    return html`<div class="filters" part="filters">
      <label class="field">
        <span class="label" part="label">${t.period}</span>
        <select class="input" part="input" @change=${this.#choosePeriod}>
          ${PRESETS.map((p) => html`<option value=${p} ?selected=${this.#period === p}>${t.presets[p]}</option>`)}
        </select>
      </label>
      ${this.#period === 'custom'
        ? html`<label class="field">
              <span class="label" part="label">${t.from}</span>
              <input class="input" part="input" type="date" .value=${custom.from} max=${custom.to} aria-invalid=${badRange ? 'true' : 'false'} aria-describedby=${badRange ? 'range-error' : nothing} @change=${(e: Event) => (this.customFrom = (e.target as HTMLInputElement).value)} />
            </label>
            <label class="field">
              <span class="label" part="label">${t.to}</span>
              <input class="input" part="input" type="date" .value=${custom.to} min=${custom.from} @change=${(e: Event) => (this.customTo = (e.target as HTMLInputElement).value)} />
            </label>
            ${badRange ? html`<p id="range-error" class="field-error range-error" part="error">${alertIcon}<span>${t.badRange}</span></p>` : nothing}`
        : nothing}
      <label class="field" ?hidden=${this.view === 'summary'}>
        <span class="label" part="label">${t.type}</span>
        <select class="input" part="input" @change=${(e: Event) => (this.category = (e.target as HTMLSelectElement).value as CallCategory | '')}>
          <option value="" ?selected=${this.category === ''}>${t.any}</option>
          ${(['voice', 'sms', 'data', 'roaming'] as const).map((c) => html`<option value=${c} ?selected=${this.category === c}>${t.categoriesPlural[c]}</option>`)}
        </select>
      </label>
      <label class="field" ?hidden=${this.view === 'summary'}>
        <span class="label" part="label">${t.direction}</span>
        <select class="input" part="input" @change=${(e: Event) => (this.direction = (e.target as HTMLSelectElement).value as CallDirection | '')}>
          <option value="" ?selected=${this.direction === ''}>${t.any}</option>
          ${(['outgoing', 'incoming'] as const).map((d) => html`<option value=${d} ?selected=${this.direction === d}>${t.directions[d]}</option>`)}
        </select>
      </label>
      <label class="field" ?hidden=${this.view === 'summary'}>
        <span class="label" part="label">${t.search}</span>
        <input class="input" part="input" type="search" inputmode="tel" placeholder=${t.searchHint} @input=${this.#onSearch} />
      </label>
    </div>`;
  }

  #renderTable(loaded: Loaded, busy: boolean): TemplateResult {
    const t = this.#t;
    const l = this.effectiveLocale;
    if (loaded.total === 0) return emptyState({ title: t.emptyTitle, message: t.emptyBody });
    const height = this.#rowHeight;
    const start = Math.max(0, this.first - OVERSCAN);
    const end = Math.min(loaded.total, this.first + this.visible + OVERSCAN);
    const rows: TemplateResult[] = [];
    const now = Date.now();
    for (let i = start; i < end; i++) rows.push(this.#renderRow(loaded.rows[i], i, now));
    const count = number(loaded.total, l);
    return html`<p class="count muted" id="count" part="status">
        <span>${t.total({ count, n: loaded.total })}</span> ·
        <span>${loaded.loaded >= loaded.total ? t.allLoaded : t.loaded({ loaded: number(loaded.loaded, l), total: count })}</span>
        ${this.loadingMore || busy ? html`<span class="spinner" aria-hidden="true"></span><span class="visually-hidden">${t.loadingMore}</span>` : nothing}
      </p>
      ${this.moreError
        ? html`<div class="alert alert--error" role="alert" part="error">
            ${alertIcon}<p>${t.loadFailedMore} ${this.describe(this.moreError)}</p>
            <button type="button" class="button button--secondary" part="button" @click=${() => void this.#loadAhead(true)}>${retryIcon}${this.common.retry}</button>
          </div>`
        : nothing}
      <div class="viewport ${this.narrow ? 'narrow' : ''}" part="table" tabindex="0" role="region" aria-labelledby="title count" aria-busy=${busy ? 'true' : 'false'} style=${styleMap({ '--row': `${height}px` })} @scroll=${this.#onScroll}>
        <div role="table" aria-labelledby="title" aria-describedby="count" aria-rowcount=${loaded.total + 1}>
          <div role="rowgroup" class="head">
            <div role="row" aria-rowindex="1" class="row head-row">
              ${this.#header('startedAt', t.columns.startedAt)}
              <span role="columnheader" class="c-direction"><span class="direction-text">${t.columns.direction}</span></span>
              <span role="columnheader" class="c-category">${t.columns.category}</span>
              <span role="columnheader" class="c-number">${t.columns.number}</span>
              ${this.#header('duration', t.columns.amount)} ${this.#header('cost', t.columns.cost)}
              <span role="columnheader" class="c-recording"><span class="visually-hidden">${t.columns.recording}</span></span>
            </div>
          </div>
          <div role="rowgroup" class="body" style=${styleMap({ height: `${loaded.total * height}px` })}>
            <div class="window" style=${styleMap({ transform: `translateY(${start * height}px)` })}>${rows}</div>
          </div>
        </div>
      </div>`;
  }

  /** A sortable column's header: a button, with `aria-sort` saying how it is sorted now. */
  #header(field: 'startedAt' | 'duration' | 'cost', label: string): TemplateResult {
    const current = this.sort.replace(/^-/, '') === field;
    const descending = this.sort.startsWith('-');
    const sort = current ? (descending ? 'descending' : 'ascending') : 'none';
    return html`<span role="columnheader" class="c-${field}" aria-sort=${sort}>
      <button type="button" class="sort" part="button" @click=${() => this.#sortBy(field)} title=${this.#t.sortBy({ column: label })}>
        ${label}${current ? (descending ? downIcon : upIcon) : nothing}
      </button>
    </span>`;
  }

  #renderRow(call: Call | undefined, index: number, now: number): TemplateResult {
    if (!call) {
      return html`<div role="row" aria-rowindex=${index + 2} class="row" part="row" aria-busy="true"><span role="cell" class="c-wide"><span class="skeleton"></span></span></div>`;
    }
    const t = this.#t;
    const l = this.effectiveLocale;
    const who = this.#counterpart(call);
    const play = call.recording ? t.play({ who }) : '';
    return html`<div role="row" aria-rowindex=${index + 2} class="row ${call.recording ? 'recorded' : ''}" part="row">
      <span role="cell" class="c-startedAt">${shortDateTime(call.startedAt, l, this.effectiveTimeZone, now)}</span>
      <span role="cell" class="c-direction ${call.direction}"><span class="direction-text">${t.directions[call.direction]}</span></span>
      <span role="cell" class="c-category">${t.categories[call.category]}${call.country ? html` <span class="muted">${call.country}</span>` : nothing}</span>
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
          ? html`<button type="button" class="play" part="button" data-call=${call.id} aria-label=${play} title=${play} @click=${() => void this.#play(call)}></button>`
          : nothing}
      </span>
    </div>`;
  }

  /** Who the call was with: the other number, or the internet. */
  #counterpart(call: Call): string {
    if (call.type === 'data') return this.#t.internet;
    return phoneNumber(call.direction === 'outgoing' ? call.to : call.from);
  }

  #renderSummary(): TemplateResult {
    if (!this.summaryReady) return loadingState(this.common.loading, html`<span class="skeleton" style=${styleMap({ height: '16rem' })}></span>`);
    const filters = this.#filters();
    return html`<portico-call-summary .client=${this.activeClient} contract-id=${this.contractId ?? ''} from=${filters.from} to=${filters.to} locale=${this.effectiveLocale} time-zone=${ifDefined(this.effectiveTimeZone)}></portico-call-summary>`;
  }

  #renderExport(loaded: Loaded | undefined): TemplateResult {
    const t = this.#t;
    const l = this.effectiveLocale;
    const state = this.exporting;
    if (state && 'cancel' in state) {
      return html`<div class="progress" part="status">
        <progress max=${state.total || 1} value=${state.written} aria-labelledby="export-label"></progress>
        <span id="export-label">${t.exporting({ written: number(state.written, l), total: number(state.total, l) })}</span>
        <button type="button" id="export-cancel" class="button button--secondary" part="button" @click=${state.cancel}>${t.cancel}</button>
      </div>`;
    }
    // aria-disabled, not disabled: a focused button that becomes disabled would drop focus to the page.
    const disabled = !loaded || loaded.total === 0 ? 'true' : 'false';
    return html`<div class="export" role="group" aria-label=${t.export}>
      <span class="muted" aria-hidden="true">${t.export}:</span>
      <button type="button" id="export-xlsx" class="button button--secondary" part="button" aria-disabled=${disabled} @click=${() => void this.#export('xlsx')}>${t.excel}</button>
      <button type="button" id="export-csv" class="button button--secondary" part="button" aria-disabled=${disabled} @click=${() => void this.#export('csv')}>${t.csv}</button>
      ${state && 'failed' in state ? html`<span class="field-error" role="alert" part="error">${alertIcon}<span>${t.exportFailed} ${this.describe(state.failed)}</span></span>` : nothing}
    </div>`;
  }

  #renderPlayer(): TemplateResult | typeof nothing {
    const playing = this.playing;
    if (!playing) return nothing;
    const t = this.#t;
    const label = t.playing({ who: this.#counterpart(playing.call), when: dateTime(playing.call.startedAt, this.effectiveLocale, this.effectiveTimeZone) });
    return html`<div class="player" part="player" role="group" aria-label=${label}>
      <span class="player-label">${label}</span>
      ${playing.error
        ? html`<span class="field-error" role="alert">${alertIcon}<span>${t.playFailed} ${this.describe(playing.error)}</span></span>`
        : playing.url
          ? html`<audio controls autoplay src=${playing.url} @error=${() => (this.playing = { ...playing, error: new Error('audio') })}></audio>`
          : html`<span class="spinner" aria-hidden="true"></span>`}
      <button type="button" class="button button--secondary" part="button" @click=${this.#closePlayer}>${t.closePlayer}</button>
    </div>`;
  }

  /** Closes the player; focus goes back to the call's play button, or to the table when it has scrolled away. */
  #closePlayer = (): void => {
    const call = this.playing?.call;
    this.playing = undefined;
    if (call) this.#focus.request(`.play[data-call="${CSS.escape(call.id)}"]`, '.viewport', `#export-xlsx`);
  };

  /** A new period; "Custom…" starts from the days of the period being left, up to today. */
  #choosePeriod = (event: Event): void => {
    const period = (event.target as HTMLSelectElement).value as RangePreset;
    const left = this.#period;
    if (period === 'custom' && left !== 'custom') {
      const now = today(this.effectiveTimeZone);
      const days = presetDays(left, now);
      this.customFrom = dayKey(days.first);
      this.customTo = dayKey(days.last) > dayKey(now) ? dayKey(now) : dayKey(days.last);
    }
    this.period = period;
  };

  #onScroll = (event: Event): void => {
    const first = Math.floor((event.target as HTMLElement).scrollTop / this.#rowHeight);
    if (first === this.first) return;
    this.first = first;
    void this.#loadAhead();
  };

  #onSearch = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value.replace(/[^\d+]/g, '');
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => (this.query = value), 300);
  };

  #sortBy(field: 'startedAt' | 'duration' | 'cost'): void {
    // A new column starts with the largest (newest, longest, dearest) first; the same column flips.
    this.sort = (this.sort === `-${field}` ? field : `-${field}`) as CallSort;
  }

  async #toggleView(): Promise<void> {
    this.view = this.view === 'calls' ? 'summary' : 'calls';
    if (this.view === 'summary' && !this.summaryReady) {
      await import('../call-summary/call-summary.ts');
      this.summaryReady = true;
    }
  }

  /** Loads pages until the rows in view (and a screen beyond) are in; one page at a time. */
  async #loadAhead(retry = false, loaded = this.#calls.status === TaskStatus.PENDING ? undefined : this.#calls.value): Promise<void> {
    const client = this.activeClient;
    // A list being replaced (pending) gets no more pages: the new one loads its own when it arrives.
    if (!loaded || !client || this.loadingMore || (this.moreError && !retry)) return;
    const { signal } = this.#ahead;
    this.moreError = undefined;
    const needed = Math.min(loaded.total, this.first + 2 * this.visible);
    if (loaded.loaded >= needed || !loaded.cursor) return;
    this.loadingMore = true;
    try {
      while (loaded.loaded < Math.min(loaded.total, this.first + 2 * this.visible) && loaded.cursor && !signal.aborted) {
        const page: CallPage = await client.request(callList, { params: { id: loaded.contractId }, query: { ...loaded.filters, limit: NEXT_PAGE, cursor: loaded.cursor } }, { signal });
        if (signal.aborted || this.#calls.value !== loaded) return;
        for (let i = 0; i < page.data.length; i++) loaded.rows[loaded.loaded + i] = page.data[i]!;
        loaded.loaded += page.data.length;
        loaded.cursor = page.nextCursor;
        this.requestUpdate();
      }
    } catch (error) {
      if (!signal.aborted) {
        this.moreError = error;
        this.reportError(error, 'load');
      }
    } finally {
      // Once aborted, `loadingMore` belongs to the next list (reset when this one was dropped).
      if (!signal.aborted) this.loadingMore = false;
    }
  }

  async #play(call: Call): Promise<void> {
    const client = this.activeClient;
    const contractId = this.#calls.value?.contractId;
    if (!client || !contractId) return;
    this.playing = { call };
    try {
      const link = await client.request(callRecording, { params: { id: contractId, callId: call.id } });
      if (this.playing?.call === call) this.playing = { call, url: link.url };
    } catch (error) {
      this.reportError(error, 'load');
      if (this.playing?.call === call) this.playing = { call, error };
    }
  }

  /** Builds the file of the current filter off the main thread, with the code loaded only now. */
  async #export(format: 'xlsx' | 'csv'): Promise<void> {
    const client = this.activeClient;
    const loaded = this.#calls.value;
    if (!client || !loaded || loaded.total === 0 || (this.exporting && 'cancel' in this.exporting)) return;
    const { contractId } = loaded;
    const controller = new AbortController();
    let file: { cancel(): void } | undefined;
    /** Focus was on the progress (its Cancel button), which is about to go: back to the format's button. */
    const refocus = () => {
      if (isA(this.renderRoot, ShadowRoot) && this.renderRoot.activeElement?.closest('.progress')) this.#focus.request(`#export-${format}`);
    };
    const cancel = () => {
      controller.abort();
      file?.cancel();
      refocus();
      this.exporting = undefined;
    };
    this.exporting = { format, written: 0, total: loaded.total, cancel };
    // The button pressed goes with the export buttons: Cancel takes its place, and focus.
    this.#focus.request('#export-cancel');
    try {
      const { createCallExport } = await import('./export/call-export.ts');
      if (controller.signal.aborted) return;
      const exporter = createCallExport({ format, locale: this.effectiveLocale, labels: this.#exportLabels(), timeZone: this.effectiveTimeZone });
      file = exporter;
      exporter.onprogress = (written) => {
        if (!controller.signal.aborted && this.exporting && 'cancel' in this.exporting) this.exporting = { ...this.exporting, written };
      };
      await fetchAll(client, contractId, loaded.filters, controller.signal, (calls) => exporter.add(calls));
      const blob = await exporter.finish();
      if (controller.signal.aborted) return;
      const name = `${this.#t.file}-${dayKey(dayOf(Date.parse(loaded.filters.from), this.effectiveTimeZone))}.${format}`;
      download(blob, name);
      refocus();
      this.exporting = undefined;
      this.announce(this.#t.exported({ file: name }));
    } catch (error) {
      if (controller.signal.aborted) return;
      this.reportError(error, 'export');
      refocus();
      this.exporting = { format, failed: error };
    }
  }

  #exportLabels() {
    const t = this.#t;
    return {
      sheetName: t.sheet,
      columns: {
        startedAt: t.columns.startedAt,
        direction: t.columns.direction,
        category: t.columns.category,
        from: t.csvColumns.from,
        to: t.csvColumns.to,
        country: t.csvColumns.country,
        duration: t.csvColumns.duration,
        volume: t.csvColumns.volume,
        cost: t.columns.cost,
        currency: t.csvColumns.currency,
        recorded: t.columns.recording,
      },
      direction: t.directions,
      category: t.categories,
      yes: t.yes,
      no: t.no,
    };
  }
}

/** Every call of a filter, in the API's largest pages, handed over as they arrive. */
async function fetchAll(client: ClientCore, id: string, filters: CallListQuery, signal: AbortSignal, onPage: (calls: Call[]) => void): Promise<void> {
  let cursor: string | undefined;
  do {
    const page: CallPage = await client.request(callList, { params: { id }, query: { ...filters, limit: NEXT_PAGE, cursor } }, { signal });
    onPage(page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** Saves a file the way a browser saves a download. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
