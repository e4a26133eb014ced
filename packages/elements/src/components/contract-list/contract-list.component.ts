import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { contractList, tariffPlanList, type Contract, type ContractStatus, type TariffPlan } from '@portico/sdk/contracts';
import type { ClientCore } from '@portico/sdk/core';
import { PorticoElement } from '../../base/portico-element.ts';
import { contentRefused } from '../../base/unavailable.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { badge } from '../../base/badge.ts';
import { showMore } from '../../base/show-more.ts';
import { PagedList, type Page } from '../../controllers/paged-list.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { Resource } from '../../controllers/resource.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { contractStatus } from '../../i18n/contracts.messages.ts';
import { contractTone } from '../../base/status-tones.ts';
import { date, phoneNumber } from '../../i18n/format.ts';
import { PorticoContractSelectEvent } from '../../events/contracts.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { messages, type ContractListMessages } from './contract-list.messages.ts';
import { styles } from './contract-list.styles.ts';

const STATUSES: ContractStatus[] = ['active', 'suspended', 'blocked', 'terminated'];

/** What the results are for: the client, the words, the status, the plan and the page size. */
type Search = readonly [ClientCore | undefined, string, ContractStatus | '', string, number];

/** A page of numbers, with how many match in all. */
type ContractPage = Page<Contract> & { total: number };

/**
 * @tag portico-contract-list
 * @summary The customer's phone numbers, searchable by number, SIM user and label, with
 * filters for status and tariff plan (FEATURES C1).
 *
 * Search runs on the server as the person types (debounced; earlier searches are cancelled),
 * a page at a time, so hundreds of numbers stay quick. Choosing one fires
 * `portico-contract-select`; the host page shows it, e.g. in `<portico-contract-card>`.
 * A portal user without the `services` permission is told so, with no search or filters.
 *
 * @event portico-contract-select - A number was chosen: `{ contractId, contract }`.
 * @event portico-error - Loading failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title row.
 * @csspart title - The title.
 * @csspart label - Filter labels.
 * @csspart input - The search field and filters.
 * @csspart button - Every button.
 * @csspart item - One number in the results.
 * @csspart badge - Status badges.
 * @csspart error - Error messages.
 * @csspart empty - Shown when nothing matches.
 */
export class PorticoContractList extends PorticoElement<ContractListMessages> {
  static override styles = [sharedStyles, badgeStyles, styles];
  static readonly messages = messages;

  /** The chosen contract's id, shown as current. */
  @property({ reflect: true }) selected?: string;

  /** Numbers loaded at a time. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  @state() private query = '';
  @state() private status: ContractStatus | '' = '';
  @state() private plan = '';
  #typing?: ReturnType<typeof setTimeout>;
  readonly #permissions = new Permissions(this, () => this.activeClient);

  // The numbers of the words searched so far stay on screen while the next words load.
  #results = new PagedList<Search, Contract, ContractPage>(this, {
    args: () => [this.activeClient, this.query, this.status, this.plan, this.pageSize] as const,
    page: async ([client, query, status, plan, limit], cursor, signal) => {
      if (!client) throw new MissingClientError('portico-contract-list');
      return client.request(contractList, { query: { query: query || undefined, status: status || undefined, plan: plan || undefined, limit, cursor } }, { signal });
    },
    keep: ([client], [next]) => client === next,
    onError: (error) => this.reportError(error, 'load'),
  });

  // Without the plans, the plan filter offers only "All"; the numbers still show.
  #plans = new Resource(this, {
    args: () => [this.activeClient] as const,
    load: async ([client], signal): Promise<TariffPlan[]> => (client ? (await client.request(tariffPlanList, {}, { signal })).data : []),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typing);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('selected')) this.renderRoot.querySelector<HTMLElement>('[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const results = this.#results;
    const count = results.value ? t.count({ shown: results.items.length, total: results.value.total }) : undefined;
    // Numbers the user may not see leave nothing to search or filter.
    const refused = contentRefused(results, this.#permissions.missing(contractList));
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <header part="header">
        <h2 part="title" id="title">${t.title}</h2>
        ${count ? html`<p class="muted count" id="count">${count}</p>` : nothing}
      </header>
      ${refused ? nothing : this.#renderFilters()}
      <div class="results" aria-busy=${results.loading ? 'true' : 'false'}>
        ${results.render({
          content: () => this.#renderResults(),
          error: (error) => this.loadFailed(error, () => void results.refresh()),
          loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3, 4, 5].map(() => html`<span class="skeleton skeleton--item"></span>`)}</div>`),
        })}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${count && !results.loading ? count : ''}</div>
    </section>`;
  }

  #renderFilters(): TemplateResult {
    const t = this.t;
    return html`<div class="filters" role="search">
      <label class="field">
        <span class="label" part="label">${t.search}</span>
        <input class="input" part="input" type="search" .value=${this.query} placeholder=${t.searchHint} aria-describedby="count" @input=${this.#onSearch} />
      </label>
      <label class="field">
        <span class="label" part="label">${t.status}</span>
        <select class="input" part="input" @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value as ContractStatus | '')}>
          <option value="" ?selected=${this.status === ''}>${t.any}</option>
          ${STATUSES.map((s) => html`<option value=${s} ?selected=${this.status === s}>${contractStatus[this.effectiveLocale][s]}</option>`)}
        </select>
      </label>
      <label class="field">
        <span class="label" part="label">${t.plan}</span>
        <select class="input" part="input" @change=${(e: Event) => (this.plan = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.plan === ''}>${t.any}</option>
          ${(this.#plans.value ?? []).map((p) => html`<option value=${p.id} ?selected=${this.plan === p.id}>${p.name}</option>`)}
        </select>
      </label>
    </div>`;
  }

  #renderResults(): TemplateResult {
    const t = this.t;
    const contracts = this.#results.items;
    if (contracts.length === 0) {
      const filtered = this.query !== '' || this.status !== '' || this.plan !== '';
      return filtered
        ? emptyState({ title: t.noMatchTitle, message: t.noMatchBody, action: html`<button type="button" class="button button--secondary" part="button" @click=${this.#clear}>${t.clear}</button>` })
        : emptyState({ title: t.noneTitle, message: t.noneBody });
    }
    const l = this.effectiveLocale;
    const total = this.#results.value?.total ?? contracts.length;
    return html`<ul class="list" role="list" @keydown=${this.#onKeydown}>
        ${contracts.map(
          (c) => html`<li>
            <button type="button" class="item" part="item" aria-current=${c.id === this.selected ? 'true' : 'false'} @click=${() => this.#select(c)}>
              <span class="number">${phoneNumber(c.msisdn)}</span>
              <span class="who">${c.label ? html`<span class="label-text">${c.label}</span> · ` : nothing}${c.simUser.firstName} ${c.simUser.lastName}</span>
              <span class="plan muted">${c.plan.name}</span>
              <span class="state">${badge(contractStatus[l][c.status], contractTone[c.status])}</span>
              <span class="ends muted">${c.endsAt ? t.endsAt({ date: date(c.endsAt, l, this.effectiveTimeZone) }) : t.openEnded}</span>
            </button>
          </li>`,
        )}
      </ul>
      ${this.#results.hasMore
        ? showMore({
            label: t.more({ count: Math.min(this.pageSize, total - contracts.length) }),
            loading: this.#results.loadingMore,
            error: this.#results.moreError,
            failed: t.moreFailed,
            describe: (e) => this.describe(e),
            onMore: this.#loadMore,
          })
        : nothing}`;
  }

  #onSearch = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typing);
    // A search a keystroke would be wasteful; the list cancels the one in flight when the next starts.
    this.#typing = setTimeout(() => (this.query = value.trim()), 250);
  };

  #clear = (): void => {
    // A search still waiting for typing to stop would bring the filter back.
    clearTimeout(this.#typing);
    this.query = '';
    this.status = '';
    this.plan = '';
    const search = this.renderRoot.querySelector<HTMLInputElement>('input[type=search]');
    if (search) {
      search.value = '';
      search.focus();
    }
  };

  #select(contract: Contract): void {
    this.selected = contract.id;
    this.dispatchEvent(new PorticoContractSelectEvent(contract));
  }

  #loadMore = async (): Promise<void> => {
    const first = await this.#results.more();
    if (first === undefined) return;
    await this.updateComplete;
    // Keyboard users continue where the new numbers begin.
    this.renderRoot.querySelectorAll<HTMLElement>('.item')[first]?.focus();
  };

  /** Up and down move between numbers, as in a list box. */
  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('.item')];
    const at = items.indexOf(this.shadowRoot?.activeElement as HTMLElement);
    const next = items[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };
}
