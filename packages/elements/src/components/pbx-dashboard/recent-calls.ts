import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { pbxCallRecent, pbxCallRecording, type PbxCall, type PbxCallPage } from '@portico/sdk/telephony';
import { alertIcon } from '../../base/icons.ts';
import { noPbx } from '../../base/no-pbx.ts';
import { emptyState, errorState, loadingState } from '../../base/states.ts';
import { describedBy, unavailableNote } from '../../base/unavailable.ts';
import { AnnounceEvent } from '../../base/widget-part.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { Resource } from '../../controllers/resource.ts';
import { dateTime, duration, money, number, phoneNumber } from '../../i18n/format.ts';
import { PorticoErrorEvent } from '../../events/portico-error.ts';
import { isPermanentRefusal } from '../../i18n/error-message.ts';
import { DashboardPart } from './dashboard-part.ts';
import type { PbxDashboardMessages } from './pbx-dashboard.messages.ts';

type Column = keyof PbxDashboardMessages['columns'];

/** A page of calls, and which page it is (the one asked for next may still be on its way). */
type ShownPage = PbxCallPage & { page: number };

/**
 * The dashboard's recent calls (the last 30 days, newest first), a page at a time as the
 * portal shows them — "Page 1 of 3", "1–10 of 27" — each with its date, line, numbers,
 * duration and cost, and a recorded call played in the page. Its loading and its failure are
 * its own: the rest of the dashboard stays. Playing needs the call recordings permission: to a
 * portal user without it, Play is unavailable, and a note above the calls says why.
 */
export class PorticoPbxRecentCalls extends DashboardPart {
  /** Calls a page. */
  @property({ type: Number }) pageSize = 10;

  /** The cursor of each page seen so far; the first page has none. */
  @state() private cursors: (string | undefined)[] = [undefined];
  @state() private page = 0;
  /** The call whose recording is being played. */
  @state() private playing?: PbxCall;
  /** The browser could not play what the link gave. */
  @state() private unplayable = false;
  /** The page was changed by the person: its arrival is said. */
  #paged = false;
  readonly #focus = new FocusAfterRender(this);
  readonly #permissions = new Permissions(this, () => this.client);

  // Another page keeps the one shown until it comes, so the pager keeps its focus.
  readonly #calls = new Resource(this, {
    args: () => [this.client, this.locale, this.pageSize, this.page, this.cursors[this.page]] as const,
    load: async ([, locale, limit, page, cursor], signal): Promise<ShownPage> => ({ ...(await this.api.request(pbxCallRecent, { query: { limit, cursor } }, { signal, headers: { 'accept-language': locale } })), page }),
    keep: ([client, , size], [next, , nextSize]) => client === next && size === nextSize,
    onComplete: (answer) => this.#arrived(answer),
    onError: (error) => {
      if (!noPbx(error)) this.dispatchEvent(new PorticoErrorEvent(error, 'load'));
    },
  });

  readonly #recording = new Resource(this, {
    args: () => [this.client, this.playing?.id] as const,
    load: async ([client, callId], signal): Promise<string | null> => (client && callId ? (await client.request(pbxCallRecording, { params: { callId } }, { signal })).url : null),
    onError: (error) => this.dispatchEvent(new PorticoErrorEvent(error, 'load')),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another account, or pages of another size: the pages seen so far are not its pages.
    if ((changed.has('client') && changed.get('client') !== undefined) || (changed.has('pageSize') && changed.get('pageSize') !== undefined)) {
      this.cursors = [undefined];
      this.page = 0;
      this.playing = undefined;
    }
  }

  /** Loads the page shown again, keeping it on screen meanwhile. */
  refresh(): Promise<void> {
    return this.#calls.refresh();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const calls = this.#calls;
    return html`<section class="panel panel--calls" part="panel" aria-labelledby="calls-title" aria-busy=${calls.loading ? 'true' : 'false'}>
      <h3 id="calls-title" tabindex="-1">${t.calls}</h3>
      ${calls.render({
        content: (answer) => (answer.data.length ? this.#renderCalls(answer) : emptyState({ title: t.noCallsTitle, message: t.noCallsBody })),
        error: (error) =>
          noPbx(error)
            ? html`<p class="muted">${t.noPbxTitle}</p>`
            : isPermanentRefusal(error)
              ? errorState({ title: this.common.notAllowedTitle, message: this.describe(error) })
              : errorState({ title: t.panelFailed, message: this.describe(error), retryLabel: this.common.retry, onRetry: () => void calls.refresh() }),
        loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3, 4].map(() => html`<span class="skeleton skeleton--row"></span>`)}</div>`),
      })}
    </section>`;
  }

  /** Why the portal user may not play recordings; undefined when they may. */
  get #playUnavailable(): string | undefined {
    return this.#permissions.reason(pbxCallRecording, this.common);
  }

  #renderCalls(answer: ShownPage): TemplateResult {
    const t = this.t;
    const columns = Object.keys(t.columns) as Column[];
    return html`${answer.data.some((call) => call.recording) ? unavailableNote('play-unavailable', this.#playUnavailable) : nothing}
      <table part="table" aria-labelledby="calls-title" aria-describedby="calls-range">
        <thead>
          <tr>
            ${columns.map((c) => html`<th scope="col" class="c-${c}">${c === 'recording' ? html`<span class="visually-hidden">${t.columns.recording}</span>` : t.columns[c]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            answer.data,
            (call) => call.id,
            (call) => this.#renderCall(call),
          )}
        </tbody>
      </table>
      ${this.playing ? this.#renderPlayer(this.playing) : nothing} ${this.#renderPager(answer)}`;
  }

  #renderCall(call: PbxCall): TemplateResult {
    const t = this.t;
    const l = this.locale;
    const cell = (column: Column, content: unknown) => html`<td class="c-${column}"><span class="cell-label" aria-hidden="true">${t.columns[column]}</span><span>${content}</span></td>`;
    const names = this.#names(call);
    const unavailable = this.#playUnavailable ? 'play-unavailable' : undefined;
    return html`<tr part="row">
      <th scope="row" class="c-startedAt"><time datetime=${call.startedAt}>${names.when}</time></th>
      ${cell('account', phoneNumber(call.account))} ${cell('from', names.from)} ${cell('to', names.to)}
      ${cell('duration', duration(call.duration ?? 0))} ${cell('cost', money(call.cost, l))}
      <td class="c-recording">
        ${call.recording
          ? html`<button
              type="button"
              class="button button--secondary play"
              part="button"
              data-call=${call.id}
              aria-label=${t.playCall(names)}
              aria-expanded=${this.playing?.id === call.id ? 'true' : 'false'}
              aria-controls="call-player"
              aria-disabled=${unavailable ? 'true' : 'false'}
              aria-describedby=${describedBy(unavailable)}
              ?data-unavailable=${unavailable !== undefined}
              @click=${() => this.#play(call)}
            >
              ${t.play}
            </button>`
          : html`<span class="muted card-only">${t.notRecorded}</span>`}
      </td>
    </tr>`;
  }

  #names(call: PbxCall): { from: string; to: string; when: string } {
    return { from: phoneNumber(call.from), to: phoneNumber(call.to), when: dateTime(call.startedAt, this.locale, this.timeZone) };
  }

  #renderPlayer(call: PbxCall): TemplateResult {
    const t = this.t;
    const label = t.playing(this.#names(call));
    const failed = (error: unknown) => html`<p class="field-error" role="alert">${alertIcon}<span>${t.playFailed} ${error === undefined ? '' : this.describe(error)}</span></p>`;
    return html`<div id="call-player" class="player" part="player" role="group" aria-label=${label}>
      <span class="player-label">${label}</span>
      ${this.#recording.render({
        content: (url) => (url && !this.unplayable ? html`<audio controls autoplay src=${url} aria-label=${label} @error=${() => (this.unplayable = true)}></audio>` : failed(undefined)),
        error: failed,
        loading: () => html`<span class="spinner" aria-hidden="true"></span>`,
      })}
      <button type="button" class="button button--secondary" part="button" @click=${this.#closePlayer}>${t.closePlayer}</button>
    </div>`;
  }

  #renderPager(answer: ShownPage): TemplateResult {
    const t = this.t;
    const l = this.locale;
    const first = answer.page * this.pageSize + 1;
    const pages = Math.max(1, Math.ceil(answer.total / this.pageSize));
    const previous = answer.page > 0;
    const next = Boolean(answer.nextCursor);
    return html`<nav class="pager" aria-label=${t.pages}>
      <span id="calls-range" class="muted">
        ${t.page({ page: number(answer.page + 1, l), pages: number(pages, l) })} ·
        ${t.range({ first: number(first, l), last: number(first + answer.data.length - 1, l), total: number(answer.total, l) })}
      </span>
      <span class="pager-buttons">
        <button type="button" class="button button--secondary" part="button" aria-disabled=${previous ? 'false' : 'true'} @click=${() => this.#go(-1)}>${t.previous}</button>
        <button type="button" class="button button--secondary" part="button" aria-disabled=${next ? 'false' : 'true'} @click=${() => this.#go(1)}>${t.next}</button>
      </span>
    </nav>`;
  }

  /** To the page before or after; a button with nowhere to go keeps its focus and does nothing. */
  #go(step: -1 | 1): void {
    const answer = this.#calls.value;
    if (!answer || this.#calls.loading) return;
    if (step === 1 && !answer.nextCursor) return;
    if (step === -1 && this.page === 0) return;
    if (step === 1) this.cursors = [...this.cursors.slice(0, this.page + 1), answer.nextCursor ?? undefined];
    this.page += step;
    this.#paged = true;
  }

  #arrived(answer: ShownPage): void {
    if (!this.#paged) return;
    this.#paged = false;
    const pages = Math.max(1, Math.ceil(answer.total / this.pageSize));
    this.dispatchEvent(new AnnounceEvent(this.t.page({ page: number(answer.page + 1, this.locale), pages: number(pages, this.locale) })));
  }

  #play(call: PbxCall): void {
    if (this.#playUnavailable) return;
    if (this.playing?.id === call.id) return this.#closePlayer();
    this.unplayable = false;
    this.playing = call;
  }

  #closePlayer = (): void => {
    const call = this.playing;
    this.playing = undefined;
    if (call) this.#focus.request(`.play[data-call="${call.id}"]`);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-pbx-dashboard-calls': PorticoPbxRecentCalls;
  }
}
