import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { CALL_LIMITS, callRecording } from '@portico/sdk/contracts';
import { dayKey, dayOf, type ClientCore } from '@portico/sdk/core';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { unavailableNote } from '../../base/unavailable.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { alertIcon, retryIcon } from '../../base/icons.ts';
import { PagedList } from '../../controllers/paged-list.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { waitingFor } from '../../base/waiting-for.ts';
import { number } from '../../i18n/format.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { unavailableStyles } from '../../styles/unavailable.styles.ts';
import { messages, type CallLogMessages } from './call-log-table.messages.ts';
import { styles } from './call-log-table.styles.ts';
import { customStart, filterOf, filters, rangeRefused, FIRST_CHOICE, periodOf, queryOf, type Choice, type Filter } from './call-filters.ts';
import { CallLogExport, exportLabels, exportTools, type ExportFormat } from './call-log-export.ts';
import { callTable, type SortField } from './call-table.ts';
import { DEFAULT_PRESET, type RangePreset } from './range.ts';
import { VirtualRows } from './virtual-rows.ts';
import { CallPlayer } from './call-player.ts';
import { callLogsDisabled, callSource, noPbx, type CallSource, type CallSourceKind, type SourcePage } from './call-source.ts';
import type { ExportedCall } from './export/options.ts';

/** The first page is small, so rows show at once; the rest come in the API's largest pages as needed. */
const FIRST_PAGE = 200;

type ListArgs = readonly [client: ClientCore | undefined, source: CallSource | undefined, ...filter: Filter];

/** What the account is, not a failure: said in words, with no retry and no `portico-error`. */
const refusal = (error: unknown): boolean => callLogsDisabled(error) || noPbx(error);

/**
 * @tag portico-call-log-table
 * @summary A phone number's itemised calls, or the PBX's: a year of them, scrolled smoothly,
 * filtered, sorted, totalled, exported and listened to (FEATURES C4, T10).
 *
 * The table draws only the rows in view, so a million calls scroll like 100. Pages load from
 * the API as they are needed, and the count says how many are in. "Show summary" gives the
 * totals per type and a chart per day; Export builds an Excel or CSV file of the current
 * filter off the main thread, with the code loaded only then. Recorded calls play inline.
 * With `source="pbx"` it shows the PBX's calls with the line each went through; on a package
 * without call logs it says so, and who to ask.
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
export class PorticoCallLogTable extends PorticoElement<CallLogMessages> {
  static override styles = [sharedStyles, unavailableStyles, styles];
  /** The parts it renders, registered with it. */
  static readonly dependencies = {
    'portico-call-player': CallPlayer,
  };
  static readonly messages = messages;

  /** The contract whose calls to show (a contract's log, the default). */
  @property({ attribute: 'contract-id', reflect: true }) contractId?: string;

  /** Whose calls: `contract` (the default: the `contract-id`'s) or `pbx` (the customer's PBX, every line). */
  @property({ reflect: true }) source?: CallSourceKind;

  /**
   * The period shown: `last_30_days` (the default), `this_month`, `last_month`,
   * `last_3_months`, `last_12_months`, or `custom` (two days the person picks). Days and
   * months are the customer's calendar days in the widget's `time-zone`. The person changes
   * it in the widget too.
   */
  @property({ reflect: true }) period: RangePreset = DEFAULT_PRESET;
  @state() private choice: Choice = FIRST_CHOICE;
  @state() private view: 'calls' | 'summary' = 'calls';
  @state() private playing?: ExportedCall;
  #typing?: ReturnType<typeof setTimeout>;
  /** The source shown at the last update: a recording or a file of another one's goes. */
  #shownSource?: CallSource;
  readonly #focus = new FocusAfterRender(this);
  readonly #permissions = new Permissions(this, () => this.activeClient);

  /** The calls of the filter shown: a first page at once, the next ones as the table scrolls to them. */
  #calls = new PagedList<ListArgs, ExportedCall, SourcePage>(this, {
    args: () => [this.activeClient, callSource(this.source, this.contractId), ...this.#filter()] as const,
    page: async ([client, source, ...filter], cursor, signal): Promise<SourcePage> => {
      // No number chosen yet (often a hidden log): nothing to ask for, and nothing failed.
      if (!source) {
        waitingFor(this, 'contract-id');
        return { data: [], nextCursor: null, total: 0 };
      }
      if (!client) throw new MissingClientError('portico-call-log-table');
      const limit = cursor === undefined ? FIRST_PAGE : CALL_LIMITS.page.max;
      return source.list(client, { ...queryOf(filter), limit, cursor }, signal);
    },
    onError: (error) => {
      if (!refusal(error)) this.reportError(error, 'load');
    },
  });

  // After the list: a new list (read in its update) starts at the top.
  #rows = new VirtualRows(this, {
    viewport: '.viewport',
    rowEm: { table: 2.75, cards: 4.25 },
    // The columns' own minimum is about 620 px; with the line a PBX call went through, about 740.
    narrowBelow: () => (this.#calls.args?.[1]?.lines ? 760 : 640),
    overscan: 3,
    list: () => this.#calls.scope,
    need: (rows) => {
      const calls = this.#calls;
      // Loads pages until the rows in view (and a screen beyond) are in; after a failure, its Retry does.
      if (calls.value && calls.items.length < Math.min(rows, calls.value.total) && !calls.moreError) void calls.more();
    },
  });

  #export = new CallLogExport(this, (name) => this.announce(this.t.exported({ file: name })));

  /** What the API is asked for; while a custom range is wrong, the range of the calls shown. */
  #filter(): Filter {
    const shown = this.#calls.args;
    return filterOf(periodOf(this.period), this.choice, this.effectiveTimeZone, shown && { from: shown[2], to: shown[3] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typing);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another contract (or the PBX): its recording or its file is not the last one's.
    const source = callSource(this.source, this.contractId);
    if (this.#shownSource && source !== this.#shownSource) {
      this.#export.cancel();
      this.playing = undefined;
    }
    this.#shownSource = source;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const playing = this.playing;
    const refused = rangeRefused(periodOf(this.period), this.choice, this.effectiveTimeZone);
    const title = html`<h2 part="title" id="title">${this.source === 'pbx' ? t.pbxTitle : t.title}</h2>`;
    const calls = this.#calls;
    // A package without call logs, or no PBX: said instead of the log, with nothing to try again.
    if (!calls.value && refusal(calls.error)) {
      const off = callLogsDisabled(calls.error);
      return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
        <header part="header">${title}</header>
        ${emptyState({ title: off ? t.disabledTitle : t.noPbxTitle, message: off ? t.disabled : t.noPbx })}
      </section>`;
    }
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <header part="header">
        ${title}
        <div class="tools">
          <button type="button" class="button button--secondary" part="button" aria-pressed=${this.view === 'summary' ? 'true' : 'false'} @click=${this.#toggleView}>
            ${this.view === 'summary' ? t.list : t.summary}
          </button>
          ${exportTools(this.#export, { t, locale: this.effectiveLocale, disabled: refused || !this.#calls.value?.total, describe: (e) => this.describe(e), onExport: this.#startExport })}
        </div>
      </header>
      ${filters({ t, period: periodOf(this.period), choice: this.choice, zone: this.effectiveTimeZone, summary: this.view === 'summary', onPeriod: this.#choosePeriod, onChoice: this.#choose, onSearch: this.#onSearch })}
      ${refused
        ? // The calls of the period before are not this one's: nothing is shown until it is right.
          emptyState({ title: t.rangeRefusedTitle, message: t.badRange })
        : this.view === 'summary'
          ? this.#renderSummary()
          : this.#renderCalls()}
      ${playing
        ? keyed(
            playing.id,
            html`<portico-call-player .client=${this.activeClient} .call=${playing} .source=${calls.args?.[1]} locale=${this.effectiveLocale} time-zone=${ifDefined(this.effectiveTimeZone)} exportparts="player, button" @close=${this.#closePlayer}></portico-call-player>`,
          )
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderCalls(): TemplateResult {
    const calls = this.#calls;
    return calls.render({
      content: (page) =>
        !calls.args?.[1]
          ? emptyState({ title: this.t.noContractTitle, message: this.t.noContractBody })
          : page.total === 0
            ? emptyState({ title: this.t.emptyTitle, message: this.t.emptyBody })
            : this.#renderTable(page.total),
      error: (error) => this.loadFailed(error, () => void calls.refresh()),
      // Another list of a table on screen keeps its header (a sort button keeps focus); a first one shows its shape.
      loading: () => (this.#rows.attached ? this.#renderTable(undefined) : loadingState(this.common.loading, html`<div class="stack">${Array.from({ length: 8 }, () => html`<span class="skeleton skeleton--call"></span>`)}</div>`)),
    });
  }

  /** The count, a failed page with its Retry, and the table; while the list loads, its header over skeleton rows. */
  #renderTable(total: number | undefined): TemplateResult {
    const t = this.t;
    const l = this.effectiveLocale;
    const calls = this.#calls;
    const loaded = calls.items.length;
    const count = number(total ?? 0, l);
    // A contract's recordings and the PBX's need the same permission.
    const playUnavailable = this.#permissions.reason(callRecording, this.common);
    return html`<p class="count muted" id="count" part="status">
        ${total === undefined
          ? html`<span>${this.common.loading}</span>`
          : html`<span>${t.total({ count, n: total })}</span> · <span>${loaded >= total ? t.allLoaded : t.loaded({ loaded: number(loaded, l), total: count })}</span>`}
        ${calls.loadingMore || calls.loading ? html`<span class="spinner" aria-hidden="true"></span><span class="visually-hidden">${t.loadingMore}</span>` : nothing}
      </p>
      ${calls.moreError !== undefined
        ? html`<div class="alert alert--error" role="alert" part="error">
            ${alertIcon}<p>${t.loadFailedMore} ${this.describe(calls.moreError)}</p>
            <button type="button" class="button button--secondary" part="button" @click=${() => void calls.more()}>${retryIcon}${this.common.retry}</button>
          </div>`
        : nothing}
      ${unavailableNote('recordings-unavailable', calls.items.some((c) => c.recording) ? playUnavailable : undefined)}
      ${callTable({ t, locale: l, timeZone: this.effectiveTimeZone, rows: this.#rows, calls: calls.items, total, lines: Boolean(calls.args?.[1]?.lines), sort: this.choice.sort, onSort: this.#sortBy, onPlay: this.#play, playUnavailable })}`;
  }

  #renderSummary(): TemplateResult {
    if (!customElements.get('portico-call-summary')) return loadingState(this.common.loading, html`<span class="skeleton skeleton--summary"></span>`);
    const [from, to] = this.#filter();
    return html`<portico-call-summary .client=${this.activeClient} source=${ifDefined(this.source)} contract-id=${this.contractId ?? ''} from=${from} to=${to} locale=${this.effectiveLocale} time-zone=${ifDefined(this.effectiveTimeZone)}></portico-call-summary>`;
  }

  #choose = (change: Partial<Choice>): void => {
    this.choice = { ...this.choice, ...change };
  };

  /** A new period; "Custom…" starts from the days of the period being left, up to today. */
  #choosePeriod = (event: Event): void => {
    const period = (event.target as HTMLSelectElement).value as RangePreset;
    const left = periodOf(this.period);
    if (period === 'custom' && left !== 'custom') this.#choose(customStart(left, this.effectiveTimeZone));
    this.period = period;
  };

  #onSearch = (event: Event): void => {
    const query = (event.target as HTMLInputElement).value.replace(/[^\d+]/g, '');
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => this.#choose({ query }), 300);
  };

  /** A new column starts with the largest (newest, longest, dearest) first; the same column flips. */
  #sortBy = (field: SortField): void => {
    this.#choose({ sort: this.choice.sort === `-${field}` ? field : `-${field}` });
  };

  #toggleView = async (): Promise<void> => {
    this.view = this.view === 'calls' ? 'summary' : 'calls';
    if (this.view === 'summary') {
      await import('../call-summary/call-summary.ts');
      // Defined now: the summary takes the skeleton's place.
      this.requestUpdate();
    }
  };

  #play = (call: ExportedCall): void => {
    this.playing = call;
  };

  /** Closes the player; focus goes back to the call's play button, or to the table when it has scrolled away. */
  #closePlayer = (): void => {
    const call = this.playing;
    this.playing = undefined;
    if (call) this.#focus.request(`.play[data-call="${CSS.escape(call.id)}"]`, '.viewport', `#export-xlsx`);
  };

  /** Builds the file of the calls shown (their source and filter, whatever is chosen meanwhile). */
  #startExport = (format: ExportFormat): void => {
    const page = this.#calls.value;
    const args = this.#calls.args;
    // A period refused at its field has no calls to export (the list shown is the period before's).
    if (!page || !args?.[0] || !args[1] || rangeRefused(periodOf(this.period), this.choice, this.effectiveTimeZone)) return;
    const [client, source, ...filter] = args;
    const query = queryOf(filter);
    const zone = this.effectiveTimeZone;
    const name = `${this.t.file}-${dayKey(dayOf(Date.parse(query.from), zone))}`;
    void this.#export.start(format, { client, source, query, total: page.total, name, options: { locale: this.effectiveLocale, labels: exportLabels(this.t, source.lines), timeZone: zone, rows: page.total } });
  };
}
