import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClientCore } from '@portico/sdk/core';
import { kbArticleList, kbArticleRetrieve, kbCategoryList, type KbArticleSummary, type KbCategory } from '@portico/sdk/helpdesk';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, errorState, loadingState } from '../../base/states.ts';
import { showMore } from '../../base/show-more.ts';
import { sanitizeHtml } from '../../base/rich-text.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { PagedList } from '../../controllers/paged-list.ts';
import { Resource } from '../../controllers/resource.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import type { Locale } from '../../i18n/locale.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { proseStyles } from '../../styles/prose.styles.ts';
import { articleView } from './knowledge-base.article.ts';
import { messages, type KnowledgeBaseMessages } from './knowledge-base.messages.ts';
import { styles } from './knowledge-base.styles.ts';

/** The search follows typing this soon after it stops. */
const SEARCH_AFTER = 250;

/**
 * @tag portico-knowledge-base
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
export class PorticoKnowledgeBase extends PorticoElement<KnowledgeBaseMessages> {
  static override styles = [sharedStyles, proseStyles, styles];
  static readonly messages = messages;

  /** The category shown. */
  @property({ attribute: 'category-id', reflect: true }) categoryId?: string;
  /** The article shown. */
  @property({ attribute: 'article-id', reflect: true }) articleId?: string;

  /** The words searched for: the search field's text, trimmed, once typing paused. */
  @state() private query = '';
  #typing?: ReturnType<typeof setTimeout>;
  readonly #focus = new FocusAfterRender(this);
  /**
   * The customer opened the article here (a link, a retry): focus goes to its title once it is
   * shown. Not when the page set `article-id`, nor when the language changed: nobody asked.
   */
  #focusArticle = false;

  #categories = new Resource(this, {
    args: () => [this.activeClient, this.effectiveLocale] as const,
    load: async ([client, locale], signal): Promise<KbCategory[]> => {
      if (!client) throw new MissingClientError('portico-knowledge-base');
      return (await client.request(kbCategoryList, {}, { signal, headers: { 'accept-language': locale } })).data;
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  /** The articles of the category, or those the words find (a search ignores the category). */
  #listing = new PagedList<readonly [ClientCore | undefined, Locale, string | undefined, string], KbArticleSummary>(this, {
    args: () => [this.activeClient, this.effectiveLocale, this.categoryId || undefined, this.query] as const,
    page: async ([client, locale, categoryId, query], cursor, signal) => {
      if (!client || (!categoryId && !query)) return { data: [], nextCursor: null };
      return client.request(kbArticleList, { query: query ? { query, limit: 20, cursor } : { categoryId, limit: 50, cursor } }, { signal, headers: { 'accept-language': locale } });
    },
    // The last search's results stay while the words change (they do not blink at every word
    // typed); another category's articles never stand under this one's heading.
    keep: ([client, , , before], [next, , , now]) => client === next && Boolean(before && now),
    onError: (error) => this.reportError(error, 'load'),
  });

  #article = new Resource(this, {
    args: () => [this.activeClient, this.effectiveLocale, this.articleId || undefined] as const,
    load: async ([client, locale, id], signal) => {
      if (!client || !id) return null;
      const article = await client.request(kbArticleRetrieve, { params: { id } }, { signal, headers: { 'accept-language': locale } });
      // Its headings under its title (h3): the editor's h2 become h4.
      return { article, html: await sanitizeHtml(article.bodyHtml, 4) };
    },
    onComplete: (loaded) => {
      if (loaded && this.#focusArticle) this.#focus.request('#article-title');
      this.#focusArticle = false;
    },
    onError: (error) => {
      this.#focusArticle = false;
      this.reportError(error, 'load');
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typing);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const listing = this.#listing;
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
      ${this.articleId ? this.#renderArticle() : this.query || this.categoryId ? this.#renderListing() : this.#renderCategories()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.query && listing.value && !listing.loading ? t.found({ count: listing.items.length }) : ''}</div>
    </section>`;
  }

  #renderCategories(): TemplateResult {
    const t = this.t;
    return this.#categories.render({
      loading: () => this.#loading(),
      error: (error) => this.#error(error, () => void this.#categories.refresh()),
      content: (categories) =>
        categories.length
          ? // Focusable from script only: "All categories" moves focus here, as opening a category moves it to its heading.
            html`<h3 id="categories" tabindex="-1">${t.categories}</h3>
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
              </ul>`
          : emptyState({ title: t.noneTitle, message: t.noneBody }),
    });
  }

  #renderListing(): TemplateResult {
    const t = this.t;
    const listing = this.#listing;
    const category = this.#categories.value?.find((c) => c.id === this.categoryId);
    const heading = this.query ? t.results({ query: this.query }) : (category?.name ?? '');
    return html`${this.#breadcrumbs(this.query ? undefined : category)}
      <h3 id="listing-title" tabindex="-1">${heading}</h3>
      ${listing.render({
        loading: () => this.#loading(),
        error: (error) => this.#error(error, () => void listing.refresh()),
        content: () =>
          listing.items.length
            ? html`<ul class="articles" aria-labelledby="listing-title">
                  ${listing.items.map(
                    (a) => html`<li>
                      <button type="button" class="item" part="item" @click=${() => this.#openArticle(a.id)}>
                        <span class="name">${a.title}</span>
                        <span class="muted">${a.excerpt}</span>
                      </button>
                    </li>`,
                  )}
                </ul>
                ${listing.hasMore
                  ? showMore({ label: t.more, loading: listing.loadingMore, error: listing.moreError, failed: this.common.moreFailed, describe: (e) => this.describe(e), onMore: this.#loadMore })
                  : nothing}`
            : this.query
              ? emptyState({ title: t.noResultsTitle, message: t.noResultsBody, action: html`<button type="button" class="button button--secondary" part="button" @click=${this.#home}>${t.home}</button>` })
              : emptyState({ title: t.emptyCategoryTitle, message: t.emptyCategoryBody }),
      })}`;
  }

  #renderArticle(): TemplateResult {
    return html`${this.#backToResults()}${this.#article.render({
      loading: () => this.#loading(),
      error: (error) => html`${this.#breadcrumbs()}${this.#error(error, this.#retryArticle)}`,
      content: (loaded) =>
        loaded
          ? html`${this.#breadcrumbs(this.#categories.value?.find((c) => c.id === loaded.article.categoryId), true)}
            ${articleView({ ...loaded, t: this.t, locale: this.effectiveLocale, timeZone: this.effectiveTimeZone, onOpen: (id) => this.#openArticle(id) })}`
          : this.#loading(),
    })}`;
  }

  /** "All categories › Category": the way back, as buttons. */
  #breadcrumbs(category?: KbCategory, inArticle = false): TemplateResult {
    const t = this.t;
    return html`<nav class="crumbs" aria-label=${t.breadcrumbs}>
      <button type="button" class="button button--link" part="button" @click=${this.#home}>${t.home}</button>
      ${category && inArticle ? html`<span aria-hidden="true">›</span><button type="button" class="button button--link" part="button" @click=${() => this.#openCategory(category.id)}>${category.name}</button>` : nothing}
    </nav>`;
  }

  /** An article opened from the results of a search: the way back to them, the words kept. */
  #backToResults(): TemplateResult | typeof nothing {
    if (!this.query) return nothing;
    return html`<button type="button" class="button button--link back" part="button" @click=${this.#showResults}><span aria-hidden="true">‹</span> ${this.t.backToResults}</button>`;
  }

  #loading(): TemplateResult {
    return loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3, 4].map(() => html`<span class="skeleton skeleton--item"></span>`)}</div>`);
  }

  #error(error: unknown, onRetry: () => void): TemplateResult {
    return errorState({ title: this.common.loadFailed, message: this.describe(error), retryLabel: this.common.retry, onRetry });
  }

  /** The button pressed goes away with the error: focus follows to the article's title. */
  #retryArticle = (): void => {
    this.#focusArticle = true;
    void this.#article.refresh();
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
    }, SEARCH_AFTER);
  };

  #openCategory(id: string): void {
    this.categoryId = id;
    this.articleId = undefined;
    this.query = '';
    this.#clearSearch();
    this.#focus.request('#listing-title');
  }

  #openArticle(id: string): void {
    // Focus on its title once it is shown (the article's onComplete); now if it already is.
    if (id !== this.articleId || this.#article.loading) this.#focusArticle = true;
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
    const first = await this.#listing.more();
    if (first === undefined) return;
    await this.updateComplete;
    // Keyboard users continue where the new articles begin (with the last page, the button
    // they pressed is gone).
    this.renderRoot.querySelectorAll<HTMLElement>('.articles .item')[first]?.focus();
  };
}
