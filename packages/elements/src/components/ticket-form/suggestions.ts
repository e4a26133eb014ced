import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ClientCore } from '@portico/sdk/core';
import { kbArticleSuggest, type KbSuggestion } from '@portico/sdk/helpdesk';
import { alertIcon, checkIcon } from '../../base/icons.ts';
import { Resource } from '../../controllers/resource.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { TicketFormMessages } from './ticket-form.messages.ts';

/** Suggestions follow typing this soon after it stops: the budget is 300 ms, request included. */
const SUGGEST_AFTER = 120;

type Reader = typeof import('./article-reader.ts');

let reader: Promise<Reader> | undefined;
const loadReader = (): Promise<Reader> => {
  reader ??= import('./article-reader.ts');
  reader.catch(() => (reader = undefined));
  return reader;
};

export interface SuggestionsOptions {
  client: () => ClientCore | undefined;
  locale: () => Locale;
  t: () => TicketFormMessages;
  /** What the customer wrote so far: the subject and the message. */
  text: () => string;
  /** Says a new set of suggestions in the widget's live region. */
  announce: (text: string) => void;
  /** Moves focus to the article opened, once it is on screen. */
  focus: (selector: string) => void;
  describe: (error: unknown) => string;
  /** An article could not be read: the host page hears of it. */
  onReadError: (error: unknown) => void;
  /** "This solved my problem". */
  onSolved: (suggestion: KbSuggestion) => void;
}

/**
 * Knowledge-base articles that may answer the ticket, asked for once typing pauses (a newer
 * question cancels the one before; the last suggestions stay until the next arrive), each
 * readable in place. Suggestions are a help, not a step: when they fail, the form goes on
 * without them.
 */
export class Suggestions implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: SuggestionsOptions;
  readonly #list: Resource<readonly [ClientCore | undefined, Locale, string], KbSuggestion[]>;
  /** The article read in place; its body is loaded (and the sanitiser with it) only then. */
  readonly #article: Resource<readonly [ClientCore | undefined, Locale, string | undefined], ReturnType<Reader['sanitized']> | null>;
  /** The text as last seen, and the text asked about once typing paused. */
  #typed = '';
  #asked = '';
  #timer?: ReturnType<typeof setTimeout>;
  #open?: string;
  #announced = '';

  constructor(host: ReactiveControllerHost, options: SuggestionsOptions) {
    this.#host = host;
    this.#options = options;
    // Before the resources: the text asked about is settled before they read it.
    host.addController(this);
    this.#list = new Resource(host, {
      args: () => [options.client(), options.locale(), this.#asked] as const,
      load: async ([client, locale, text], signal) =>
        client && text ? (await client.request(kbArticleSuggest, { query: { text: text.slice(0, 2000), limit: 4 } }, { signal, headers: { 'accept-language': locale } })).data : [],
      keep: ([client, locale], [nextClient, nextLocale]) => client === nextClient && locale === nextLocale,
      onComplete: (list) => this.#shown(list),
    });
    this.#article = new Resource(host, {
      args: () => [options.client(), options.locale(), this.#open] as const,
      load: async ([client, locale, id]) => {
        if (!client || !id) return null;
        const { readArticle, sanitized } = await loadReader();
        return sanitized(await readArticle(client, id, locale));
      },
      onError: options.onReadError,
    });
  }

  hostUpdate(): void {
    const text = this.#options.text().trim();
    if (text === this.#typed) return;
    this.#typed = text;
    clearTimeout(this.#timer);
    if (text.replace(/[^\p{L}\p{N}]/gu, '').length < 3) {
      this.#asked = '';
      return;
    }
    this.#timer = setTimeout(() => {
      this.#asked = text;
      this.#host.requestUpdate();
    }, SUGGEST_AFTER);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    // Back on the page, the text is looked at afresh (an answer for it is kept).
    this.#typed = '';
  }

  /** Closes the article being read. */
  close(): void {
    this.#open = undefined;
    this.#host.requestUpdate();
  }

  render(): TemplateResult | typeof nothing {
    const t = this.#options.t();
    const list = this.#list.value ?? [];
    const searching = this.#list.loading && this.#asked !== '';
    if (!list.length && !searching) return nothing;
    return html`<section class="suggestions" part="summary" aria-labelledby="suggestions-title" aria-busy=${searching ? 'true' : 'false'}>
      <h3 id="suggestions-title">${t.suggestions}</h3>
      ${list.length ? html`<p class="muted">${t.suggestionsIntro}</p>` : html`<p class="muted"><span class="spinner" aria-hidden="true"></span> ${t.searching}</p>`}
      <ul class="articles">
        ${list.map((suggestion) => {
          const open = this.#open === suggestion.id;
          return html`<li class="article">
            <h4 class="article-title">${suggestion.title}</h4>
            <p class="muted">${suggestion.excerpt}</p>
            <button type="button" class="button button--link" part="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="article-${suggestion.id}" @click=${() => this.#toggle(suggestion)}>
              ${open ? t.hide : t.read}
            </button>
            ${open ? this.#renderArticle(suggestion, t) : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  #renderArticle(suggestion: KbSuggestion, t: TicketFormMessages): TemplateResult {
    return html`<div id="article-${suggestion.id}" class="reader" role="region" tabindex="-1" aria-label=${suggestion.title}>
      ${this.#article.render({
        loading: () => html`<span class="skeleton skeleton--reader"></span>`,
        error: (error) => html`<p class="field-error" role="alert">${alertIcon}<span>${t.articleFailed} ${this.#options.describe(error)}</span></p>`,
        content: (body) =>
          html`<div class="prose">${body}</div>
            <button type="button" class="button button--secondary" part="button" @click=${() => this.#options.onSolved(suggestion)}>${checkIcon}${t.solved}</button>`,
      })}
    </div>`;
  }

  #toggle(suggestion: KbSuggestion): void {
    if (this.#open === suggestion.id) return this.close();
    this.#open = suggestion.id;
    this.#options.focus(`#article-${suggestion.id}`);
    this.#host.requestUpdate();
  }

  /** New suggestions are said once; an article no longer among them closes. */
  #shown(list: KbSuggestion[]): void {
    const ids = list.map((s) => s.id).join();
    if (list.length && ids !== this.#announced) this.#options.announce(this.#options.t().suggestionsFound({ count: list.length }));
    this.#announced = ids;
    if (this.#open && !list.some((s) => s.id === this.#open)) this.#open = undefined;
  }
}
