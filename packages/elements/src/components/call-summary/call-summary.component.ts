import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CallSummary } from '@portico/sdk/contracts';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { Resource } from '../../controllers/resource.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { waitingFor } from '../../base/waiting-for.ts';
import { date, fileSize, money, number } from '../../i18n/format.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { messages, type Bucket, type CallSummaryMessages } from './call-summary.messages.ts';
import { styles } from './call-summary.styles.ts';
import { callLogsDisabled, callSource, noPbx, type CallSourceKind } from '../call-log-table/call-source.ts';

/** The chart's drawing box; the SVG scales to its container. */
const W = 720;
const H = 200;
/** Periods longer than this many days are charted by week. */
const WEEKLY_AFTER = 92;

/**
 * @tag portico-call-summary
 * @summary A phone number's calls totalled, or the PBX's: per type (calls, SMS, data,
 * roaming) and per day, as a chart of calls and cost (FEATURES C4, "pokaż podsumowanie"; T10).
 *
 * `<portico-call-log-table>` shows it for its filter; it also stands alone, e.g. on a
 * dashboard. The chart has a text description and a table of the same days. With
 * `source="pbx"` it totals the PBX's calls; on a package without call logs it says so.
 *
 * @event portico-error - Loading failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart title - The title.
 * @csspart totals - The totals per type.
 * @csspart chart - The chart.
 * @csspart error - Error messages.
 * @csspart empty - Shown when the period has no calls.
 */
export class PorticoCallSummary extends PorticoElement<CallSummaryMessages> {
  static override styles = [sharedStyles, styles];
  static readonly messages = messages;

  /** The contract whose calls to total (a contract's calls, the default). */
  @property({ attribute: 'contract-id', reflect: true }) contractId?: string;
  /** Whose calls: `contract` (the default: the `contract-id`'s) or `pbx` (the customer's PBX). */
  @property({ reflect: true }) source?: CallSourceKind;
  /** The period's start (ISO 8601); unset, the whole history. */
  @property() from?: string;
  /** The period's end, exclusive (ISO 8601). */
  @property() to?: string;

  // Days are the customer's calendar days: the API is told whose.
  #summary = new Resource(this, {
    args: () => [this.activeClient, callSource(this.source, this.contractId), this.from, this.to, this.effectiveTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone] as const,
    load: async ([client, source, from, to, timeZone], signal): Promise<CallSummary | null> => {
      if (!source) return waitingFor(this, 'contract-id');
      if (!client) throw new MissingClientError('portico-call-summary');
      return source.summary(client, { ...(from ? { from } : {}), ...(to ? { to } : {}), timeZone }, signal);
    },
    // A package without call logs, or no PBX, is what the account is, not a failure.
    onError: (error) => {
      if (!callLogsDisabled(error) && !noPbx(error)) this.reportError(error, 'load');
    },
  });

  protected override render(): TemplateResult {
    const t = this.t;
    const summary = this.#summary;
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="summary-title" aria-busy=${summary.loading ? 'true' : 'false'}>
      <h3 part="title" id="summary-title">${t.title}</h3>
      ${summary.render({
        content: (value) => (!value ? emptyState({ title: t.noContractTitle, message: t.noContractBody }) : value.total.count === 0 ? emptyState({ title: t.emptyTitle, message: t.emptyBody }) : html`${this.#renderTotals(value)}${this.#renderChart(value)}`),
        error: (error) =>
          callLogsDisabled(error)
            ? emptyState({ title: t.disabledTitle, message: t.disabled })
            : noPbx(error)
              ? emptyState({ title: t.noPbxTitle, message: t.noPbx })
              : this.loadFailed(error, () => void summary.refresh()),
        loading: () => loadingState(this.common.loading, html`<div class="stack"><span class="skeleton skeleton--totals"></span><span class="skeleton skeleton--chart"></span></div>`),
      })}
    </section>`;
  }

  #renderTotals(summary: CallSummary): TemplateResult {
    const t = this.t;
    const l = this.effectiveLocale;
    return html`<dl class="totals" part="totals">
      ${summary.categories.map(
        (c) => html`<div class="total">
          <dt>${t.categories[c.category]}</dt>
          <dd class="big">${money(c.cost, l)}</dd>
          <dd class="muted">${t.count({ count: number(c.count, l) })}</dd>
          ${c.duration ? html`<dd class="muted">${t.talk({ time: hours(c.duration, l, t.hours) })}</dd>` : nothing}
          ${c.volume ? html`<dd class="muted">${t.data({ size: fileSize(c.volume, l) })}</dd>` : nothing}
        </div>`,
      )}
      <div class="total sum">
        <dt>${t.total}</dt>
        <dd class="big">${money(summary.total.cost, l)}</dd>
        <dd class="muted">${t.count({ count: number(summary.total.count, l) })}</dd>
      </div>
    </dl>`;
  }

  #renderChart(summary: CallSummary): TemplateResult {
    const t = this.t;
    const l = this.effectiveLocale;
    // A bar a day reads well up to about three months; a longer period is drawn a week a bar.
    const unit: Bucket = summary.days.length > WEEKLY_AFTER ? 'week' : 'day';
    const bars = unit === 'week' ? byWeek(summary.days) : summary.days;
    const maxCount = Math.max(1, ...bars.map((d) => d.count));
    const maxCost = Math.max(1, ...bars.map((d) => d.cost.amount));
    const step = W / bars.length;
    const busiest = bars.reduce((a, b) => (b.count > a.count ? b : a));
    const line = bars.map((d, i) => `${(i + 0.5) * step},${H - (d.cost.amount / maxCost) * (H - 8)}`).join(' ');
    const currency = summary.total.cost.currency;
    const label = (d: Bar) => t.bucket[unit](date(d.date, l));
    return html`<figure class="chart" part="chart">
      <figcaption>
        <span class="chart-title">${t.chartTitle[unit]}</span>
        <span class="legend"><span class="swatch bars" aria-hidden="true"></span>${t.legendCalls({ max: number(maxCount, l) })}</span>
        <span class="legend"><span class="swatch line" aria-hidden="true"></span>${t.legendCost({ max: money({ amount: maxCost, currency }, l) })}</span>
      </figcaption>
      <svg viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" role="img" aria-label=${t.chartDescription({
        periods: t.periods[unit](bars.length),
        busiest: t.busiest[unit](date(busiest.date, l)),
        busiestCount: number(busiest.count, l),
        cost: money(summary.total.cost, l),
      })}>
        ${bars.map((d, i) => {
          const height = (d.count / maxCount) * (H - 8);
          return svg`<rect class="bar" x=${i * step + step * 0.12} y=${H - height} width=${Math.max(1, step * 0.76)} height=${height}><title>${t.bar({ date: label(d), count: number(d.count, l), cost: money(d.cost, l) })}</title></rect>`;
        })}
        <polyline class="cost" points=${line} vector-effect="non-scaling-stroke"></polyline>
      </svg>
      <div class="axis muted"><span>${date(bars[0]!.date, l)}</span><span>${date(summary.days.at(-1)!.date, l)}</span></div>
      <details>
        <summary>${t.asTable[unit]}</summary>
        <table>
          <thead><tr><th scope="col">${t.day[unit]}</th><th scope="col">${t.calls}</th><th scope="col">${t.cost}</th></tr></thead>
          <tbody>
            ${bars.map((d) => html`<tr><th scope="row">${label(d)}</th><td>${number(d.count, l)}</td><td>${money(d.cost, l)}</td></tr>`)}
          </tbody>
        </table>
      </details>
    </figure>`;
  }
}

type Bar = CallSummary['days'][number];

/** Days as weeks, Monday to Sunday, each dated by its first day in the period. */
function byWeek(days: readonly Bar[]): Bar[] {
  const weeks: Bar[] = [];
  let monday = '';
  for (const day of days) {
    const moment = new Date(`${day.date}T00:00:00Z`);
    moment.setUTCDate(moment.getUTCDate() - ((moment.getUTCDay() + 6) % 7));
    const week = moment.toISOString().slice(0, 10);
    const last = weeks.at(-1);
    if (last && week === monday) {
      last.count += day.count;
      last.cost = { ...last.cost, amount: last.cost.amount + day.cost.amount };
    } else {
      monday = week;
      weeks.push({ date: day.date, count: day.count, cost: { ...day.cost } });
    }
  }
  return weeks;
}

/** Seconds as hours and minutes of talk: `3 483 h 25 min`. */
function hours(seconds: number, locale: 'pl' | 'en', words: (p: { hours: string; minutes: string }) => string): string {
  return words({ hours: number(Math.floor(seconds / 3600), locale), minutes: number(Math.floor((seconds % 3600) / 60), locale) });
}
