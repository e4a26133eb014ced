import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import type { ClientCore } from '@portico/sdk/core';
import { phoneLineConfigure, phoneLineList, type PhoneLine } from '@portico/sdk/telephony';
import { noPbx } from '../../base/no-pbx.ts';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { alertIcon, retryIcon } from '../../base/icons.ts';
import { unavailableActions, type UnavailableActions } from '../../base/unavailable-actions.ts';
import type { AnnounceEvent } from '../../base/widget-part.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { Resource } from '../../controllers/resource.ts';
import { PorticoPhoneLineRegistrationEvent } from '../../events/telephony.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { phoneNumber, shortDateTime } from '../../i18n/format.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { dialogStyles } from '../../styles/dialog.styles.ts';
import { unavailableStyles } from '../../styles/unavailable.styles.ts';
import { PorticoPhoneLinesConfigure } from './line-configure.ts';
import { lineTable } from './line-table.ts';
import type { LineChangedEvent } from './phone-lines-part.ts';
import { messages, type PhoneLinesMessages } from './phone-lines.messages.ts';
import { styles } from './phone-lines.styles.ts';
import { RegistrationWatch, type RegistrationChange } from './registration-watch.ts';

/** The lines, and when they were read (ms since the epoch). */
interface LoadedLines {
  lines: PhoneLine[];
  at: number;
}

/** A PBX has a few lines, a trunk a few dozen: pages of the API's largest size, up to this many. */
const MAX_PAGES = 10;

/**
 * @tag portico-phone-lines
 * @summary The PBX's public phone lines (FEATURES T6), as the portal lists them: account,
 * days unused, available funds, type, product, pickup group, location, forwarding, SIP
 * registration and IP phone model; "Configure" changes a line's forwarding and pickup group.
 *
 * The SIP registration is live: the list checks it again every `refresh-every` seconds while
 * it is on the page and the page is seen, keeps the lines on screen meanwhile, and says in its
 * live region when a phone went offline or came back.
 *
 * A portal user without the telephony permission is told the lines are not available to them;
 * a read-only user sees them, with "Configure" unavailable and why.
 *
 * @event portico-phone-line-saved - A line's forwarding or pickup group was saved.
 * @event portico-phone-line-registration - A phone registered or went offline since the last check.
 * @event portico-error - A load or a save failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title, the count and "Check now".
 * @csspart title - The title.
 * @csspart table - The lines (cards in a narrow box).
 * @csspart item - One line.
 * @csspart badge - SIP registration badges.
 * @csspart button - Every button.
 * @csspart dialog - The configure dialog.
 * @csspart label - Field labels.
 * @csspart input - Fields.
 * @csspart status - A conflict explained in the dialog.
 * @csspart unavailable - Why configuring is unavailable to the portal user.
 * @csspart error - Error messages.
 * @csspart empty - Shown when there is no line, or no PBX.
 *
 */
export class PorticoPhoneLines extends PorticoElement<PhoneLinesMessages> {
  static override styles = [sharedStyles, badgeStyles, dialogStyles, unavailableStyles, styles];
  /** The parts it renders, registered with it. */
  static readonly dependencies = { 'portico-phone-lines-configure': PorticoPhoneLinesConfigure };
  static readonly messages = messages;

  /** Seconds between checks of the SIP registration while the widget is seen; 0 stops them. */
  @property({ type: Number, attribute: 'refresh-every' }) refreshEvery = 15;

  readonly #dialog = createRef<PorticoPhoneLinesConfigure>();
  readonly #permissions = new Permissions(this, () => this.activeClient);

  // Another language is the same lines in other words: they stay on screen meanwhile.
  readonly #lines = new Resource(this, {
    args: () => [this.activeClient, this.effectiveLocale] as const,
    load: async ([client, locale], signal): Promise<LoadedLines> => loadLines(client, locale, signal),
    keep: ([client], [next]) => client === next,
    onComplete: (value) => this.#watch.saw(value.lines, this.#lines.scope),
    // A check that fails while lines are shown is said on the widget; the page hears of the first
    // load. An account without a PBX is a state, not a failure.
    onError: (error) => {
      if (this.#lines.value === undefined && !noPbx(error)) this.reportError(error, 'load');
    },
  });

  readonly #watch = new RegistrationWatch(this, {
    refresh: () => this.#lines.refresh(),
    ready: () => this.#lines.value !== undefined && !this.#lines.loading,
    every: () => this.refreshEvery,
    onChange: (changes) => this.#registrationChanged(changes),
  });

  /** Loads the lines again (the registration, the funds), keeping them on screen meanwhile. */
  refresh(): Promise<void> {
    return this.#lines.refresh();
  }

  /** Whether the portal user may configure lines, and why not. */
  get #unavailable(): UnavailableActions<'configure'> {
    return unavailableActions(this.#permissions, this.common, 'configure-unavailable', { configure: phoneLineConfigure });
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const lines = this.#lines;
    const loaded = lines.value;
    const unavailable = this.#unavailable;
    return html`<section
      part="base"
      lang=${this.effectiveLocale}
      aria-labelledby="title"
      @portico-part-announce=${(e: AnnounceEvent) => this.announce(e.text)}
      @phone-lines-changed=${this.#changed}
    >
      <header part="header">
        <h2 part="title" id="title" tabindex="-1">${t.title}</h2>
        ${loaded && loaded.lines.length ? this.#renderChecked(loaded) : nothing}
      </header>
      ${loaded?.lines.length ? unavailable.note : nothing} ${loaded && lines.failed ? this.#renderRefreshFailure(lines.error) : nothing}
      <div class="results" aria-busy=${lines.loading ? 'true' : 'false'}>
        ${lines.render({
          content: (value) =>
            value.lines.length
              ? lineTable({ t, locale: this.effectiveLocale, timeZone: this.effectiveTimeZone, lines: value.lines, unavailable: unavailable.ids.configure, onConfigure: this.#configure })
              : emptyState({ title: t.noneTitle, message: t.noneBody }),
          error: (error) =>
            noPbx(error)
              ? emptyState({ title: t.noPbxTitle, message: t.noPbxBody })
              : this.loadFailed(error, () => void lines.refresh()),
          loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3].map(() => html`<span class="skeleton skeleton--line"></span>`)}</div>`),
        })}
      </div>
      <portico-phone-lines-configure
        ${ref(this.#dialog)}
        .client=${this.activeClient}
        .locale=${this.effectiveLocale}
        .timeZone=${this.effectiveTimeZone}
        .lines=${loaded?.lines ?? []}
      ></portico-phone-lines-configure>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  /** How many lines, when their registration was read, and a way to read it now. */
  #renderChecked(loaded: LoadedLines): TemplateResult {
    const t = this.t;
    const busy = this.#lines.loading;
    return html`<div class="checked">
      <span class="muted">${t.count({ count: loaded.lines.length })} · ${t.checked({ time: shortDateTime(loaded.at, this.effectiveLocale, this.effectiveTimeZone) })}</span>
      <button type="button" class="button button--secondary" part="button" aria-disabled=${busy ? 'true' : 'false'} @click=${this.#checkNow}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : retryIcon}${t.refresh}
      </button>
    </div>`;
  }

  /**
   * A check that failed while lines are shown: they stay, with why they may be out of date.
   * The message stays while the next check is under way, so it is not read out at every one.
   */
  #renderRefreshFailure(error: unknown): TemplateResult {
    const busy = this.#lines.loading;
    return html`<div class="alert alert--warning" role="alert" part="error">
      ${alertIcon}
      <p>${this.t.refreshFailed} ${this.describe(error)}</p>
      <button type="button" class="button button--secondary" part="button retry" aria-disabled=${busy ? 'true' : 'false'} @click=${this.#checkNow}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : retryIcon}${this.common.retry}
      </button>
    </div>`;
  }

  #configure = (line: PhoneLine, opener: HTMLElement): void => {
    if (!this.#unavailable.ids.configure) void this.#dialog.value?.start(line, opener);
  };

  #checkNow = (): void => {
    if (!this.#lines.loading) void this.#lines.refresh();
  };

  /** A line saved in the dialog is shown as saved; a conflict loads the lines as they are now. */
  #changed = (event: LineChangedEvent): void => {
    const line = event.line;
    if (!line) {
      void this.#lines.refresh();
      return;
    }
    this.#lines.update((value) => ({ ...value, lines: value.lines.map((shown) => (shown.id === line.id ? line : shown)) }));
  };

  #registrationChanged(changes: readonly RegistrationChange[]): void {
    const t = this.t;
    const said = changes.map(({ line }) => (line.sip.status === 'registered' ? t.cameOnline : t.wentOffline)({ number: phoneNumber(line.number) }));
    this.announce(said.join(' '));
    for (const { line, previous } of changes) this.dispatchEvent(new PorticoPhoneLineRegistrationEvent(line, previous));
  }
}

/** Every line of the PBX, page after page, in `locale` (locations are content). */
async function loadLines(client: ClientCore | undefined, locale: string, signal: AbortSignal): Promise<LoadedLines> {
  if (!client) throw new MissingClientError('portico-phone-lines');
  const lines: PhoneLine[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await client.request(phoneLineList, { query: { limit: 100, cursor } }, { signal, headers: { 'accept-language': locale } });
    lines.push(...answer.data);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return { lines, at: Date.now() };
}

