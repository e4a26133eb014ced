import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { accountRetrieve, balanceRetrieve } from '@portico/sdk/account';
import { pbxRetrieve, type Pbx } from '@portico/sdk/telephony';
import { PorticoElement } from '../../base/portico-element.ts';
import type { AnnounceEvent } from '../../base/widget-part.ts';
import { Resource } from '../../controllers/resource.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { playerStyles } from '../../styles/player.styles.ts';
import { unavailableStyles } from '../../styles/unavailable.styles.ts';
import { accountPanel, contactPanel, pbxPanel, type AccountSummary, type PanelView } from './dashboard-panels.ts';
import { noPbx } from '../../base/no-pbx.ts';
import { PorticoPbxRecentCalls } from './recent-calls.ts';
import { messages, type PbxDashboardMessages } from './pbx-dashboard.messages.ts';
import { styles } from './pbx-dashboard.styles.ts';

/**
 * @tag portico-pbx-dashboard
 * @summary The hosted PBX's start page (FEATURES T1, seed 003 "Pulpit"): balance and credit
 * limit, the customer's name and login, the PBX package and what it has, the phone lines
 * whose phones are not registered, the recent calls a page at a time with their recordings
 * played in the page, and the contact information.
 *
 * Each panel loads on its own, with its own skeleton and its own failure and retry: one
 * that cannot be loaded does not blank the others.
 *
 * A portal user without the telephony permission is told the PBX's panels are not available to
 * them; one without the call recordings permission sees the calls, with playing a recording
 * unavailable and why.
 *
 * @event portico-error - A panel could not be loaded; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart title - The title.
 * @csspart panel - Each panel: account, PBX, recent calls, contact.
 * @csspart summary - The balance and credit limit.
 * @csspart status - The warning of unregistered lines.
 * @csspart table - The recent calls (cards in a narrow box).
 * @csspart row - One call.
 * @csspart player - The recording being played.
 * @csspart unavailable - Why playing recordings is unavailable to the portal user.
 * @csspart button - Every button.
 * @csspart error - Error messages.
 * @csspart empty - Shown when there is no recent call, or no PBX.
 *
 */
export class PorticoPbxDashboard extends PorticoElement<PbxDashboardMessages> {
  static override styles = [sharedStyles, playerStyles, unavailableStyles, styles];
  /** The parts it renders, registered with it. */
  static readonly dependencies = { 'portico-pbx-dashboard-calls': PorticoPbxRecentCalls };
  static readonly messages = messages;

  /** Recent calls a page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  readonly #account = new Resource(this, {
    args: () => [this.activeClient] as const,
    load: async ([client], signal): Promise<AccountSummary> => {
      if (!client) throw new MissingClientError('portico-pbx-dashboard');
      const [account, balance] = await Promise.all([client.request(accountRetrieve, {}, { signal }), client.request(balanceRetrieve, {}, { signal })]);
      return { account, balance };
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  readonly #pbx = new Resource(this, {
    args: () => [this.activeClient, this.effectiveLocale] as const,
    load: async ([client, locale], signal): Promise<Pbx> => {
      if (!client) throw new MissingClientError('portico-pbx-dashboard');
      return client.request(pbxRetrieve, {}, { signal, headers: { 'accept-language': locale } });
    },
    keep: ([client], [next]) => client === next,
    onError: (error) => {
      if (!noPbx(error)) this.reportError(error, 'load');
    },
  });

  /** Loads every panel again, keeping what is shown meanwhile. */
  async refresh(): Promise<void> {
    const calls = this.renderRoot.querySelector('portico-pbx-dashboard-calls');
    await Promise.all([this.#account.refresh(), this.#pbx.refresh(), calls?.refresh()]);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const view: PanelView = { t, locale: this.effectiveLocale, loading: this.common.loading, retry: this.common.retry, notAllowed: this.common.notAllowedTitle, describe: (error) => this.describe(error) };
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title" @portico-part-announce=${(e: AnnounceEvent) => this.announce(e.text)}>
      <h2 part="title" id="title" tabindex="-1">${t.title}</h2>
      <div class="panels">
        ${accountPanel(view, this.#account)} ${pbxPanel(view, this.#pbx)}
        <portico-pbx-dashboard-calls .client=${this.activeClient} .locale=${this.effectiveLocale} .timeZone=${this.effectiveTimeZone} .pageSize=${this.pageSize}></portico-pbx-dashboard-calls>
        ${contactPanel(view, this.#pbx)}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }
}
