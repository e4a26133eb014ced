import type { ClientCore, RequestOptions } from './client-core.ts';
import type { ClientOperation, OperationInput, OperationOutput } from './operation.ts';

/** The most items `toArray` collects; a larger export should iterate instead. */
export const TO_ARRAY_MAX = 10_000;

/**
 * One page of a cursor-paged list. `for await` over it walks every item of every page,
 * fetching the next page only when the previous one is used up.
 */
export class Page<T> implements AsyncIterable<T> {
  readonly data: T[];
  readonly nextCursor: string | null;
  #fetchPage: (cursor: string) => Promise<Page<T>>;

  constructor(data: T[], nextCursor: string | null, fetchPage: (cursor: string) => Promise<Page<T>>) {
    this.data = data;
    this.nextCursor = nextCursor;
    this.#fetchPage = fetchPage;
  }

  get hasMore(): boolean {
    return this.nextCursor !== null;
  }

  /** The next page, or `null` after the last one. */
  nextPage(): Promise<Page<T> | null> {
    return this.nextCursor === null ? Promise.resolve(null) : this.#fetchPage(this.nextCursor);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    let page: Page<T> | null = this;
    while (page) {
      yield* page.data;
      page = await page.nextPage();
    }
  }
}

/** What a `list` method returns: await it for the first page, or `for await` it for every item. */
export type PagePromise<T> = Promise<Page<T>> &
  AsyncIterable<T> & {
    /** Collects items across pages, at most `limit` (≤ 10,000). */
    toArray(options: { limit: number }): Promise<T[]>;
  };

export function toPagePromise<T>(first: Promise<Page<T>>): PagePromise<T> {
  return Object.assign(first, {
    async *[Symbol.asyncIterator]() {
      yield* await first;
    },
    async toArray({ limit }: { limit: number }) {
      if (!Number.isInteger(limit) || limit < 1 || limit > TO_ARRAY_MAX) {
        throw new RangeError(`toArray() takes a limit from 1 to ${TO_ARRAY_MAX}`);
      }
      const items: T[] = [];
      for await (const item of await first) {
        items.push(item);
        if (items.length >= limit) break;
      }
      return items;
    },
  });
}

/**
 * Sends a list operation: the result is awaitable for the first page and `for await`-able
 * for every item. A function, not a method of the client, so that code that never pages
 * does not carry this.
 */
export function list<O extends ClientOperation, T = OperationOutput<O> extends { data: (infer I)[] } ? I : never>(
  client: ClientCore,
  operation: O,
  input: OperationInput<O>,
  options: RequestOptions = {},
): PagePromise<T> {
  // Without a query schema the cursor would be dropped and the first page fetched forever.
  if (!operation.query) throw new TypeError(`${operation.id} is not a list operation: it takes no query`);
  const fetchPage = async (cursor: string | undefined): Promise<Page<T>> => {
    const query = { ...(input.query as object | undefined), ...(cursor ? { cursor } : {}) };
    const result = (await client.request(operation, { ...input, query } as OperationInput<O>, options)) as { data: T[]; nextCursor: string | null };
    return new Page(result.data, result.nextCursor, fetchPage);
  };
  return toPagePromise(fetchPage(undefined));
}
