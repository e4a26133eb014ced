import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { serverStatusList, type Incident, type ServerStatus, type ServiceHealth } from '@portico/sdk/helpdesk';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { badge, type Tone } from '../../base/badge.ts';
import { alertIcon, checkIcon, retryIcon } from '../../base/icons.ts';
import { Poller } from '../../controllers/poller.ts';
import { Resource } from '../../controllers/resource.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { dateTime, number } from '../../i18n/format.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { messages, type ServerStatusMessages } from './server-status.messages.ts';
import { styles } from './server-status.styles.ts';

interface Checked {
  servers: ServerStatus[];
  /** When it was checked (ms since the epoch). */
  at: number;
}

const TONE: Record<ServiceHealth, Tone> = { operational: 'success', degraded: 'warning', outage: 'danger', maintenance: 'neutral' };
/** Rounded down: a server down two minutes in a month (99.995%) must not read 100.00%. */
const UPTIME: Intl.NumberFormatOptions = { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2, roundingMode: 'floor' };
/** Health that is a problem for the customer; planned maintenance is announced, not a problem. */
const TROUBLE: ReadonlySet<ServiceHealth> = new Set(['degraded', 'outage']);
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/**
 * @tag portico-server-status
 * @summary The provider's servers and current problems (FEATURES D6): one line that says
 * whether everything works, then each server with its services, 30-day uptime and the
 * problems being handled, with their updates.
 *
 * Status is said in words with an icon, never by colour alone. The widget checks again
 * every minute (`refresh-every`) while it is on the page.
 *
 * @event portico-error - Loading failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title and refresh.
 * @csspart title - The title.
 * @csspart summary - The overall status.
 * @csspart item - One server.
 * @csspart badge - Status badges.
 * @csspart button - Every button.
 * @csspart error - Error messages.
 * @csspart empty - Shown when there is no server to report.
 */
export class PorticoServerStatus extends PorticoElement<ServerStatusMessages> {
  static override styles = [sharedStyles, badgeStyles, styles];
  static readonly messages = messages;

  /** Seconds between checks while the widget is on the page. */
  @property({ type: Number, attribute: 'refresh-every' }) refreshEvery = 60;

  /**
   * The last status checked. A check that fails keeps it on screen (with the time it was
   * checked): one failed check of the minute's polling must not wipe the page of a customer
   * who reads it. The failure stays said while the next check (the minute's, or a retry) is
   * under way: a role="alert" taken away and put back would be read out again at every check
   * while the customer is offline.
   */
  #status = new Resource(this, {
    args: () => [this.activeClient, this.effectiveLocale] as const,
    load: async ([client, locale], signal): Promise<Checked> => {
      if (!client) throw new MissingClientError('portico-server-status');
      const answer = await client.request(serverStatusList, {}, { signal, headers: { 'accept-language': locale } });
      return { servers: answer.data, at: Date.now() };
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  constructor() {
    super();
    // Checks again while nothing is under way: after a check, and after a failed one too.
    new Poller(
      this,
      () => this.#status.refresh(),
      () => !this.#status.loading,
      () => this.refreshEvery * 1000,
    );
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const { value: loaded, error, failed, loading: busy } = this.#status;
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <header part="header">
        <h2 part="title" id="title">${t.title}</h2>
        ${loaded
          ? html`<span class="muted checked">${t.checked({ time: new Intl.DateTimeFormat(this.effectiveLocale, TIME).format(loaded.at) })}</span>
              <button type="button" class="button button--secondary" part="button" aria-disabled=${busy ? 'true' : 'false'} @click=${this.#refresh}>
                ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : retryIcon}${t.refresh}
              </button>`
          : nothing}
      </header>
      ${failed && loaded ? this.#renderFailure(error, busy) : nothing}
      ${loaded
        ? loaded.servers.length
          ? this.#renderServers(loaded.servers)
          : emptyState({ title: t.noneTitle, message: t.noneBody })
        : failed
          ? this.#renderFailure(error, busy, this.common.loadFailed)
          : loadingState(this.common.loading, html`<div class="stack"><span class="skeleton skeleton--summary"></span>${[1, 2, 3].map(() => html`<span class="skeleton skeleton--server"></span>`)}</div>`)}
    </section>`;
  }

  /**
   * Why the last check failed, with a retry that says when it is checking again. With nothing
   * shown yet (`title`), it stands in for the status.
   */
  #renderFailure(error: unknown, busy: boolean, title?: string): TemplateResult {
    return html`<div class="alert alert--error" role="alert" part="error">
      ${alertIcon}
      ${title ? html`<h3 class="error-title" tabindex="-1">${title}</h3>` : nothing}
      <p>${this.describe(error)}</p>
      <button type="button" class="button button--secondary" part="button retry" aria-disabled=${busy ? 'true' : 'false'} @click=${this.#refresh}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : retryIcon}${this.common.retry}
      </button>
    </div>`;
  }

  /** Checks again, unless a check is under way (the button says it is busy; a second would only restart it). */
  #refresh = (): void => {
    if (!this.#status.loading) void this.#status.refresh();
  };

  #renderServers(servers: ServerStatus[]): TemplateResult {
    const t = this.t;
    const l = this.effectiveLocale;
    // A server counts as troubled when any of its services is, even if the machine itself is up.
    const troubled = servers.filter((s) => TROUBLE.has(s.status) || s.services.some((service) => TROUBLE.has(service.status)));
    return html`<div class="alert ${troubled.length ? 'alert--warning' : 'alert--success'}" part="summary" role="status">
        ${troubled.length ? alertIcon : checkIcon}
        <h3>${troubled.length ? t.someIssues({ count: troubled.length }) : t.allGood}</h3>
        <p>${troubled.length ? t.someIssuesBody : t.allGoodBody}</p>
      </div>
      <ul class="servers">
        ${servers.map(
          (s) => html`<li class="server" part="item">
            <article aria-labelledby="s-${s.id}">
              <div class="server-head">
                <h3 id="s-${s.id}">${s.name}</h3>
                ${badge(t.health[s.status], TONE[s.status])}
              </div>
              <p class="muted">${s.location} · ${t.uptime({ percent: number(s.uptime, l, UPTIME) })}</p>
              <ul class="services" aria-label=${t.services}>
                ${s.services.map((service) => html`<li><span>${service.name}</span>${badge(t.health[service.status], TONE[service.status])}</li>`)}
              </ul>
              ${s.incidents.length ? this.#renderIncidents(s.incidents) : nothing}
            </article>
          </li>`,
        )}
      </ul>`;
  }

  #renderIncidents(incidents: Incident[]): TemplateResult {
    const t = this.t;
    const l = this.effectiveLocale;
    return html`<div class="incidents">
      <h4>${t.incidents}</h4>
      ${incidents.map(
        (incident) => html`<div class="incident ${incident.status === 'resolved' ? 'resolved' : ''}">
          <p class="incident-head">
            <strong>${incident.title}</strong>
            ${badge(t.incident[incident.status], incident.status === 'resolved' ? 'success' : 'warning')}
          </p>
          <p class="muted">${incident.resolvedAt ? t.resolvedAt({ date: dateTime(incident.resolvedAt, l, this.effectiveTimeZone) }) : t.since({ date: dateTime(incident.startedAt, l, this.effectiveTimeZone) })}</p>
          <ol class="updates">
            ${incident.updates.map((u) => html`<li><time class="muted" datetime=${u.at}>${dateTime(u.at, l, this.effectiveTimeZone)}</time> <span>${u.message}</span></li>`)}
          </ol>
        </div>`,
      )}
    </div>`;
  }
}
