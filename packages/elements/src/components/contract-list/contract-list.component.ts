import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { contractList, tariffPlanList, type Contract, type ContractStatus, type TariffPlan } from '@portico/sdk/contracts';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, errorState, loadingState } from '../../base/states.ts';
import { badge } from '../../base/badge.ts';
import { showMore } from '../../base/show-more.ts';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { contractStatus } from '../../i18n/contracts.messages.ts';
import { contractTone } from '../../base/status-tones.ts';
import { date, phoneNumber } from '../../i18n/format.ts';
import { PorticoContractSelectEvent } from '../../events/contracts.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { messages } from './contract-list.messages.ts';
import { styles } from './contract-list.styles.ts';

const STATUSES: ContractStatus[] = ['active', 'suspended', 'blocked', 'terminated'];

interface Results {
  contracts: Contract[];
  total: number;
  nextCursor: string | null;
}

/**
 * @summary The customer's phone numbers, searchable by number, SIM user and label, with
 * filters for status and tariff plan (FEATURES C1).
 *
 * Search runs on the server as the person types (debounced; earlier searches are cancelled),
 * a page at a time, so hundreds of numbers stay quick. Choosing one fires
 * `portico-contract-select`; the host page shows it, e.g. in `<portico-contract-card>`.
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
export class PorticoContractList extends PorticoElement {
  static override styles = [sharedStyles, badgeStyles, styles];

  /** The chosen contract's id, shown as current. */
  @property({ reflect: true }) selected?: string;

  /** Numbers loaded at a time. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  @state() private query = '';
  @state() private status: ContractStatus | '' = '';
  @state() private plan = '';
  /** Pages loaded after the first ("Show more"). */
  @state() private more: Results | undefined;
  @state() private loadingMore = false;
  /** Why the last "Show more" failed; shown with a retry. */
  @state() private moreError?: unknown;
  #typing?: ReturnType<typeof setTimeout>;
  /** The "Show more" in flight: a new search aborts it, so its page never lands on other results. */
  #moreAbort?: AbortController;

  #results = new Task(this, {
    task: async ([client, query, status, plan, limit], { signal }): Promise<Results> => {
      this.#cancelMore();
      if (!client) throw new MissingClientError('portico-contract-list');
      const page = await client.request(contractList, { query: { query: query || undefined, status: status || undefined, plan: plan || undefined, limit } }, { signal });
      this.more = undefined;
      return { contracts: page.data, total: page.total, nextCursor: page.nextCursor };
    },
    args: () => [this.activeClient, this.query, this.status, this.plan, this.pageSize] as const,
    onError: (error) => this.reportError(error, 'load'),
  });

  #plans = new Task(this, {
    task: async ([client], { signal }): Promise<TariffPlan[]> => (client ? (await client.request(tariffPlanList, {}, { signal })).data : []),
    args: () => [this.activeClient] as const,
  });

  constructor() {
    super();
    new AbortOnDisconnect(this, this.#results);
  }

  get #t() {
    return messages[this.effectiveLocale];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typing);
    this.#cancelMore();
  }

  #cancelMore(): void {
    this.#moreAbort?.abort();
    this.#moreAbort = undefined;
    this.loadingMore = false;
    this.moreError = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('selected')) this.renderRoot.querySelector<HTMLElement>('[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const results = this.more ?? this.#results.value;
    const busy = this.#results.status === TaskStatus.PENDING;
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <header part="header">
        <h2 part="title" id="title">${t.title}</h2>
        ${results ? html`<p class="muted count" id="count">${t.count({ shown: results.contracts.length, total: results.total })}</p>` : nothing}
      </header>
      <div class="filters" role="search">
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
      </div>
      <div class="results" aria-busy=${busy ? 'true' : 'false'}>${results ? this.#renderResults(results) : this.#results.status === TaskStatus.ERROR ? this.#renderError() : this.#renderLoading()}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${results && !busy ? t.count({ shown: results.contracts.length, total: results.total }) : ''}</div>
    </section>`;
  }

  #renderLoading(): TemplateResult {
    return loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3, 4, 5].map(() => html`<span class="skeleton" style="height: 3.5rem"></span>`)}</div>`);
  }

  #renderError(): TemplateResult {
    return errorState({ title: this.common.loadFailed, message: this.describe(this.#results.error), retryLabel: this.common.retry, onRetry: () => void this.#results.run() });
  }

  #renderResults({ contracts, total, nextCursor }: Results): TemplateResult {
    const t = this.#t;
    if (contracts.length === 0) {
      const filtered = this.query !== '' || this.status !== '' || this.plan !== '';
      return filtered
        ? emptyState({ title: t.noMatchTitle, message: t.noMatchBody, action: html`<button type="button" class="button button--secondary" part="button" @click=${this.#clear}>${t.clear}</button>` })
        : emptyState({ title: t.noneTitle, message: t.noneBody });
    }
    const l = this.effectiveLocale;
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
      ${nextCursor
        ? showMore({
            label: t.more({ count: Math.min(this.pageSize, total - contracts.length) }),
            loading: this.loadingMore,
            error: this.moreError,
            failed: t.moreFailed,
            describe: (e) => this.describe(e),
            onMore: this.#loadMore,
          })
        : nothing}`;
  }

  #onSearch = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typing);
    // A search a keystroke would be wasteful; the task cancels the one in flight when the next starts.
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
    const current = this.more ?? this.#results.value;
    const client = this.activeClient;
    if (!current?.nextCursor || !client || this.loadingMore || this.#results.status === TaskStatus.PENDING) return;
    const scope = (this.#moreAbort = new AbortController());
    const { signal } = scope;
    // The page belongs to the results it continues: a search since then drops it.
    const stillCurrent = () => !signal.aborted && (this.more ?? this.#results.value) === current;
    this.loadingMore = true;
    this.moreError = undefined;
    const focusIndex = current.contracts.length;
    try {
      const page = await client.request(
        contractList,
        { query: { query: this.query || undefined, status: this.status || undefined, plan: this.plan || undefined, limit: this.pageSize, cursor: current.nextCursor } },
        { signal },
      );
      if (!stillCurrent()) return;
      const shown = (this.more = { contracts: [...current.contracts, ...page.data], total: page.total, nextCursor: page.nextCursor });
      await this.updateComplete;
      if (signal.aborted || this.more !== shown) return;
      // Keyboard users continue where the new numbers begin.
      this.renderRoot.querySelectorAll<HTMLElement>('.item')[focusIndex]?.focus();
    } catch (error) {
      if (!stillCurrent()) return;
      this.reportError(error, 'load');
      this.moreError = error;
    } finally {
      if (this.#moreAbort === scope) {
        this.#moreAbort = undefined;
        this.loadingMore = false;
      }
    }
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
