import type { ReactiveControllerHost } from 'lit';
import { Resource } from './resource.ts';

/** One page of a list as the API sends it. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export interface PagedListOptions<A extends readonly unknown[], T, P extends Page<T> = Page<T>> {
  args: () => A;
  /** Loads the page after `cursor` (`undefined`: the first). */
  page: (args: A, cursor: string | undefined, signal: AbortSignal) => Promise<P>;
  /** Told of every failure, of the first page and of "Show more" (the widget reports it). */
  onError?: (error: unknown) => void;
  /** Whether the rows for `previous` arguments stay on screen while `next`'s load (see `Resource`). */
  keep?: (previous: A, next: A) => boolean;
}

/**
 * A list loaded a page at a time: the first page as a `Resource` (another filter loads
 * afresh, a refresh keeps the rows), and the next ones by `more()` — one at a time, dropped
 * when the list was loaded again meanwhile (the cursor belongs to the list it replaced). A
 * failed page is kept as `moreError` for the "Show more" button, which tries it again.
 * What a page says of the whole list besides its rows (`P`: a total, say) is the latest page's.
 */
export class PagedList<A extends readonly unknown[], T, P extends Page<T> = Page<T>> extends Resource<A, P> {
  readonly #page: PagedListOptions<A, T, P>['page'];
  readonly #onError?: (error: unknown) => void;
  readonly #list: ReactiveControllerHost;
  #more?: AbortController;
  #moreError: unknown;

  constructor(host: ReactiveControllerHost, options: PagedListOptions<A, T, P>) {
    super(host, { args: options.args, load: (args, signal) => options.page(args, undefined, signal), onError: options.onError, keep: options.keep });
    this.#list = host;
    this.#page = options.page;
    this.#onError = options.onError;
  }

  /** The rows loaded so far; empty while the first page loads. */
  get items(): T[] {
    return this.value?.data ?? [];
  }

  get hasMore(): boolean {
    return Boolean(this.value?.nextCursor);
  }

  /** A next page is on its way. */
  get loadingMore(): boolean {
    return this.#more !== undefined;
  }

  /** Why the last "Show more" failed, until it is tried again. */
  get moreError(): unknown {
    return this.#moreError;
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    this.#stopMore();
  }

  protected override started(): void {
    this.#stopMore();
  }

  /**
   * Adds the next page. Resolves to the index of its first row (where a keyboard user goes
   * on), or `undefined` when nothing was added: no next page, one already on its way, the
   * list loading again, a failure, or an answer for a list no longer shown.
   */
  async more(): Promise<number | undefined> {
    const current = this.value;
    const args = this.args;
    if (!current?.nextCursor || !args || this.#more || this.loading) return undefined;
    const request = (this.#more = new AbortController());
    const scope = this.scope;
    this.#moreError = undefined;
    this.#list.requestUpdate();
    try {
      const page = await this.#page(args, current.nextCursor, request.signal);
      if (request.signal.aborted || scope !== this.scope) return undefined;
      // Rows changed locally meanwhile (one updated, one added) stay: the page goes after them.
      const first = this.items.length;
      this.update((list) => ({ ...page, data: [...list.data, ...page.data] }));
      return first;
    } catch (error) {
      if (request.signal.aborted) return undefined;
      this.#moreError = error;
      this.#onError?.(error);
      return undefined;
    } finally {
      if (this.#more === request) {
        this.#more = undefined;
        this.#list.requestUpdate();
      }
    }
  }

  #stopMore(): void {
    this.#more?.abort();
    this.#more = undefined;
    this.#moreError = undefined;
  }
}
