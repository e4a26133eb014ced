import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { kbArticleList, kbArticleRetrieve, kbCategoryList, type KbArticle, type KbArticleSummary, type KbCategory } from '@portico/sdk/helpdesk';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, errorState, loadingState } from '../../base/states.ts';
import { showMore } from '../../base/show-more.ts';
import { sanitizeHtml } from '../../base/rich-text.ts';
import { sanitized } from '../../base/sanitized.ts';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { date } from '../../i18n/format.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { proseStyles } from '../../styles/prose.styles.ts';
import { messages, type KnowledgeBaseMessages } from './knowledge-base.messages.ts';
import { styles } from './knowledge-base.styles.ts';

interface Listing {
  /** What it lists (`listingKey`), so that it never shows under another category's heading. */
  key: string;
  articles: KbArticleSummary[];
  nextCursor: string | null;
}

/** What a listing lists: the words searched for, else the category (search ignores it). */
const listingKey = (categoryId: string | undefined, query: string): string => (query ? `search:${query}` : `category:${categoryId ?? ''}`);

/**
 * @summary The provider's knowledge base (FEATURES D4): categories, search, and articles
 * read in place.
 *
 * Search runs as the customer types (debounced; the search before is cancelled) and
 * forgives Polish letters and word endings. Articles are formatted text from the provider,
 * sanitised before they are shown. `category-id` and `article-id` open a category or an
 * article directly (e.g. from a link in an e-mail); the customer moves around inside.
 *
 * @event portico-error - Loading failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title and search.
 * @csspart title - The title.
 * @csspart label - The search field's label.
 * @csspart input - The search field.
 * @csspart item - A category or an article in a list.
 * @csspart article - The article being read.
 * @csspart button - Every button.
 * @csspart error - Error messages.
 * @csspart empty - Shown when nothing matches.
 */
export class PorticoKnowledgeBase extends PorticoElement {
  static override styles = [sharedStyles, proseStyles, styles];

  /** The category shown. */
  @property({ attribute: 'category-id', reflect: true }) categoryId?: string;
  /** The article shown. */
  @property({ attribute: 'article-id', reflect: true }) articleId?: string;

  @state() private query = '';
  @state() private more?: Listing;
  @state() private loadingMore = false;
  @state() private moreError?: unknown;
  #typing?: ReturnType<typeof setTimeout>;
  readonly #focus = new FocusAfterRender(this);
  /**
   * The customer opened the article here (a link, a retry): focus goes to its title once it is
   * shown. Not when the page set `article-id`, nor when the language changed: nobody asked.
   */
  #focusArticle = false;

  #categories = new Task(this, {
    task: async ([client, locale], { signal }): Promise<KbCategory[]> => {
      if (!client) throw new MissingClientError('portico-knowledge-base');
      return (await client.request(kbCategoryList, {}, { signal, headers: { 'accept-language': locale } })).data;
    },
    args: () => [this.activeClient, this.effectiveLocale] as const,
    onError: (error) => this.reportError(error, 'load'),
  });

  #listing = new Task(this, {
    task: async ([client, locale, categoryId, query], { signal }): Promise<Listing | undefined> => {
      this.moreError = undefined;
      if (!client || (!categoryId && !query)) return undefined;
      const page = await client.request(kbArticleList, { query: query ? { query, limit: 20 } : { categoryId, limit: 50 } }, { signal, headers: { 'accept-language': locale } });
      this.more = undefined;
      return { key: listingKey(categoryId, query), articles: page.data, nextCursor: page.nextCursor };
    },
    args: () => [this.activeClient, this.effectiveLocale, this.categoryId, this.query] as const,
    onError: (error) => this.reportError(error, 'load'),
  });

  #article = new Task(this, {
    task: async ([client, locale, id], { signal }): Promise<{ article: KbArticle; html: string } | undefined> => {
      if (!client || !id) return undefined;
      const article = await client.request(kbArticleRetrieve, { params: { id } }, { signal, headers: { 'accept-language': locale } });
      return { article, html: await sanitizeHtml(article.bodyHtml, 4) };
    },
    args: () => [this.activeClient, this.effectiveLocale, this.articleId] as const,
    onComplete: () => {
      if (this.#focusArticle && this.articleId) this.#focus.request('#article-title');
      this.#focusArticle = false;
    },
    onError: (error) => {
      this.#focusArticle = false;
      this.reportError(error, 'load');
    },
  });

  constructor() {
    super();
    new AbortOnDisconnect(this, this.#categories);
    new AbortOnDisconnect(this, this.#listing);
    new AbortOnDisconnect(this, this.#article);
  }

  get #t(): KnowledgeBaseMessages {
    return messages[this.effectiveLocale];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typing);
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const listing = this.#shownListing();
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <header part="header">
        <h2 part="title" id="title">${t.title}</h2>
        <form role="search" @submit=${(e: Event) => e.preventDefault()}>
          <label class="field">
            <span class="label" part="label">${t.search}</span>
            <input class="input" part="input" type="search" placeholder=${t.searchHint} @input=${this.#onSearch} />
          </label>
        </form>
      </header>
      ${this.articleId ? this.#renderArticle() : this.query || this.categoryId ? this.#renderListing(listing) : this.#renderCategories()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.query && listing && this.#listing.status !== TaskStatus.PENDING ? t.found({ count: listing.articles.length }) : ''}</div>
    </section>`;
  }

  /**
   * The listing to show while the next one loads: the last search's results while the words
   * change (they do not blink at every word typed), never another category's articles under
   * this one's heading — the skeleton instead.
   */
  #shownListing(): Listing | undefined {
    // Pages added by "Show more" belong to the listing they extended, not to one loaded since
    // (nor to a load that failed: its error shows instead).
    const loaded = this.#listing.value;
    const listing = this.more && this.more.key === loaded?.key ? this.more : loaded;
    if (!listing) return undefined;
    return listing.key === listingKey(this.categoryId, this.query) || (this.query && listing.key.startsWith('search:')) ? listing : undefined;
  }

  #renderCategories(): TemplateResult {
    const t = this.#t;
    const categories = this.#categories.value;
    if (!categories) return this.#categories.status === TaskStatus.ERROR ? this.#error(this.#categories) : this.#loading();
    if (!categories.length) return emptyState({ title: t.noneTitle, message: t.noneBody });
    // Focusable from script only: "All categories" moves focus here, as opening a category moves it to its heading.
    return html`<h3 id="categories" tabindex="-1">${t.categories}</h3>
      <ul class="categories" aria-labelledby="categories">
        ${categories.map(
          (c) => html`<li>
            <button type="button" class="item category" part="item" @click=${() => this.#openCategory(c.id)}>
              <span class="name">${c.name}</span>
              <span class="muted">${c.description}</span>
              <span class="muted count">${t.articleCount({ count: c.articleCount })}</span>
            </button>
          </li>`,
        )}
      </ul>`;
  }

  #renderListing(listing: Listing | undefined): TemplateResult {
    const t = this.#t;
    const category = this.#categories.value?.find((c) => c.id === this.categoryId);
    const heading = this.query ? t.results({ query: this.query }) : (category?.name ?? '');
    return html`${this.#breadcrumbs(this.query ? undefined : category)}
      <h3 id="listing-title" tabindex="-1">${heading}</h3>
      ${listing
        ? listing.articles.length
          ? html`<ul class="articles" aria-labelledby="listing-title">
                ${listing.articles.map(
                  (a) => html`<li>
                    <button type="button" class="item" part="item" @click=${() => this.#openArticle(a.id)}>
                      <span class="name">${a.title}</span>
                      <span class="muted">${a.excerpt}</span>
                    </button>
                  </li>`,
                )}
              </ul>
              ${listing.nextCursor
                ? showMore({ label: t.more, loading: this.loadingMore, error: this.moreError, failed: this.common.moreFailed, describe: (e) => this.describe(e), onMore: this.#loadMore })
                : nothing}`
          : this.query
            ? emptyState({ title: t.noResultsTitle, message: t.noResultsBody, action: html`<button type="button" class="button button--secondary" part="button" @click=${this.#home}>${t.home}</button>` })
            : emptyState({ title: t.emptyCategoryTitle, message: t.emptyCategoryBody })
        : this.#listing.status === TaskStatus.ERROR
          ? this.#error(this.#listing)
          : this.#loading()}`;
  }

  #renderArticle(): TemplateResult {
    const t = this.#t;
    // Only the article asked for: the one before it, shown while the next loads, would take the
    // focus meant for the new one and have its title read out instead.
    const loaded = this.#article.value?.article.id === this.articleId ? this.#article.value : undefined;
    if (!loaded) {
      return this.#article.status === TaskStatus.ERROR
        ? html`${this.#backToResults()}${this.#breadcrumbs()}${this.#error(this.#article, this.#retryArticle)}`
        : html`${this.#backToResults()}${this.#loading()}`;
    }
    const { article, html: body } = loaded;
    const category = this.#categories.value?.find((c) => c.id === article.categoryId);
    return html`${this.#backToResults()}${this.#breadcrumbs(category, true)}
      <article part="article" aria-labelledby="article-title">
        <h3 id="article-title" tabindex="-1">${article.title}</h3>
        <p class="muted updated">${t.updated({ date: date(article.updatedAt, this.effectiveLocale, this.effectiveTimeZone) })}</p>
        <div class="prose">${sanitized(body)}</div>
        ${article.related.length
          ? html`<nav class="related" aria-labelledby="related">
              <h4 id="related">${t.related}</h4>
              <ul>
                ${article.related.map((r) => html`<li><button type="button" class="button button--link" part="button" @click=${() => this.#openArticle(r.id)}>${r.title}</button></li>`)}
              </ul>
            </nav>`
          : nothing}
      </article>`;
  }

  /** "All categories › Category": the way back, as buttons. */
  #breadcrumbs(category?: KbCategory, inArticle = false): TemplateResult {
    const t = this.#t;
    return html`<nav class="crumbs" aria-label=${t.breadcrumbs}>
      <button type="button" class="button button--link" part="button" @click=${this.#home}>${t.home}</button>
      ${category && inArticle ? html`<span aria-hidden="true">›</span><button type="button" class="button button--link" part="button" @click=${() => this.#openCategory(category.id)}>${category.name}</button>` : nothing}
    </nav>`;
  }

  /** An article opened from the results of a search: the way back to them, the words kept. */
  #backToResults(): TemplateResult | typeof nothing {
    if (!this.query) return nothing;
    return html`<button type="button" class="button button--link back" part="button" @click=${this.#showResults}><span aria-hidden="true">‹</span> ${this.#t.backToResults}</button>`;
  }

  #loading(): TemplateResult {
    return loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3, 4].map(() => html`<span class="skeleton" style="height: 4rem"></span>`)}</div>`);
  }

  #error(task: Task<readonly unknown[], unknown>, onRetry: () => void = () => void task.run()): TemplateResult {
    return errorState({ title: this.common.loadFailed, message: this.describe(task.error), retryLabel: this.common.retry, onRetry });
  }

  /** The button pressed goes away with the error: focus follows to the article's title. */
  #retryArticle = (): void => {
    this.#focusArticle = true;
    void this.#article.run();
  };

  /**
   * The field is the customer's: the query is its text trimmed, never written back to it (that
   * would eat the space after a word when they pause there); only #clearSearch empties it.
   */
  #onSearch = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => {
      this.query = value.trim();
      if (this.query) this.articleId = undefined;
    }, 250);
  };

  #openCategory(id: string): void {
    this.categoryId = id;
    this.articleId = undefined;
    this.query = '';
    this.#clearSearch();
    this.#focus.request('#listing-title');
  }

  #openArticle(id: string): void {
    // Focus on its title once it is shown (the task's onComplete); now if it already is.
    if (id !== this.articleId || this.#article.status === TaskStatus.PENDING) this.#focusArticle = true;
    else this.#focus.request('#article-title');
    this.articleId = id;
  }

  /** Back from an article to the results it was opened from, with focus on their heading. */
  #showResults = (): void => {
    this.articleId = undefined;
    this.#focus.request('#listing-title');
  };

  #home = (): void => {
    this.categoryId = undefined;
    this.articleId = undefined;
    this.query = '';
    this.#clearSearch();
    this.#focus.request('#categories');
  };

  #clearSearch(): void {
    clearTimeout(this.#typing);
    const search = this.renderRoot.querySelector<HTMLInputElement>('input[type=search]');
    if (search) search.value = '';
  }

  #loadMore = async (): Promise<void> => {
    const current = this.#shownListing();
    const client = this.activeClient;
    const key = listingKey(this.categoryId, this.query);
    // Not while another search loads: the cursor belongs to the last one's results.
    if (!current?.nextCursor || current.key !== key || !client || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    const focusIndex = current.articles.length;
    try {
      const query = this.query ? { query: this.query, limit: 20, cursor: current.nextCursor } : { categoryId: this.categoryId, limit: 50, cursor: current.nextCursor };
      const page = await client.request(kbArticleList, { query }, { headers: { 'accept-language': this.effectiveLocale } });
      // The customer may have moved on meanwhile; these articles belong to what they left.
      if (key !== listingKey(this.categoryId, this.query)) return;
      this.more = { ...current, articles: [...current.articles, ...page.data], nextCursor: page.nextCursor };
      await this.updateComplete;
      // Keyboard users continue where the new articles begin (with the last page, the button
      // they pressed is gone).
      this.renderRoot.querySelectorAll<HTMLElement>('.articles .item')[focusIndex]?.focus();
    } catch (error) {
      if (key === listingKey(this.categoryId, this.query)) this.moreError = error;
      this.reportError(error, 'load');
    } finally {
      this.loadingMore = false;
    }
  };
}
