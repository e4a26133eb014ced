import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ResourceOptions<A extends readonly unknown[], T> {
  /** What the content depends on, read before every render: a change loads it again. */
  args: () => A;
  /** Loads the content for `args`; `signal` aborts when the answer would no longer be shown. */
  load: (args: A, signal: AbortSignal) => Promise<T>;
  /** Told of every failure to load (the widget reports it to the host page). */
  onError?: (error: unknown) => void;
  /** Told of content loaded for the current arguments (not of answers dropped). */
  onComplete?: (value: T) => void;
  /**
   * Whether the content for `previous` arguments stays on screen while `next`'s loads: the
   * results of the words searched so far while the next words load, so that they do not
   * blink at every word typed. Kept content goes if that load fails. Unset: it never stays.
   */
  keep?: (previous: A, next: A) => boolean;
}

export type ResourceStatus = 'loading' | 'error' | 'ready';

const sameArgs = (a: readonly unknown[] | undefined, b: readonly unknown[]) => a !== undefined && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * Content loaded from the API for a widget's arguments (a client, an id, a filter), like
 * `@lit/task`'s `Task` — it loads in `hostUpdate` when the arguments change and aborts what it
 * no longer needs — with three differences every widget needs:
 *
 * - **Content belongs to its arguments.** When they change (another ticket, another customer)
 *   the old content goes at once (unless `keep` lets it stay until the new content comes); an
 *   answer for arguments no longer current is dropped.
 * - **`refresh()` keeps the content** on screen while it loads again, and says a failure
 *   without taking the content away.
 * - **The content can be changed locally** (`update()`): a page "Show more" added, a reply
 *   posted. Task's value cannot be, so widgets used to change it in place.
 *
 * Leaving the page aborts a load under way; coming back runs it again.
 */
export class Resource<A extends readonly unknown[], T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ResourceOptions<A, T>;
  #args?: A;
  #value?: T;
  #error: unknown;
  #failed = false;
  #pending?: AbortController;
  #interrupted = false;
  /** The content on screen belongs to the arguments before (`keep`) until the current ones' loads. */
  #kept = false;
  /** A token that changes with the arguments (not with a refresh): what an action or a page was made for. */
  #scope: object = {};
  /** Counts loads: an answer that is not the last one asked for is dropped. */
  #run = 0;

  constructor(host: ReactiveControllerHost, options: ResourceOptions<A, T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The content for the current arguments; kept while a refresh loads. */
  get value(): T | undefined {
    return this.#value;
  }

  /** Why the last load failed; undefined once one succeeds. */
  get error(): unknown {
    return this.#failed ? this.#error : undefined;
  }

  get failed(): boolean {
    return this.#failed;
  }

  get loading(): boolean {
    return this.#pending !== undefined;
  }

  get status(): ResourceStatus {
    return this.#pending ? 'loading' : this.#failed ? 'error' : this.#value === undefined ? 'loading' : 'ready';
  }

  /** Changes with the arguments: compare it before and after awaiting to drop answers for content no longer shown. */
  get scope(): object {
    return this.#scope;
  }

  /** The arguments the content was (or is being) loaded for. */
  get args(): A | undefined {
    return this.#args;
  }

  hostUpdate(): void {
    const args = this.#options.args();
    if (sameArgs(this.#args, args)) return;
    const previous = this.#args;
    this.#args = args;
    this.#scope = {};
    this.#kept = previous !== undefined && this.#value !== undefined && Boolean(this.#options.keep?.(previous, args));
    if (!this.#kept) this.#value = undefined;
    void this.#load();
  }

  hostDisconnected(): void {
    if (!this.#pending) return;
    this.#pending.abort();
    this.#pending = undefined;
    this.#run++;
    this.#interrupted = true;
  }

  hostConnected(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    void this.#load();
  }

  /** Loads again for the same arguments, keeping the content on screen meanwhile. */
  refresh(): Promise<void> {
    return this.#load();
  }

  /** Changes the content locally (nothing is sent); ignored while there is none. */
  update(change: (value: T) => T): void {
    if (this.#value === undefined) return;
    this.#value = change(this.#value);
    this.#host.requestUpdate();
  }

  /**
   * Content that comes from elsewhere (an action's answer) for the current arguments. A load
   * under way (a refresh) was read before this change and would undo it: it is dropped.
   */
  set(value: T): void {
    if (this.#pending) {
      this.#pending.abort();
      this.#pending = undefined;
      this.#run++;
    }
    this.#value = value;
    this.#kept = false;
    this.#failed = false;
    this.#host.requestUpdate();
  }

  /**
   * The content when there is some (also while it refreshes, or when a refresh failed), else
   * the failure, else the loading state.
   */
  render<R>(states: { loading: () => R; error: (error: unknown) => R; content: (value: T) => R }): R {
    if (this.#value !== undefined) return states.content(this.#value);
    return this.#failed && !this.#pending ? states.error(this.#error) : states.loading();
  }

  /** Runs when a load starts: what was built on the last content (a page on its way) stops. */
  protected started(): void {}

  async #load(): Promise<void> {
    const args = this.#args;
    if (!args) return;
    this.#pending?.abort();
    const pending = (this.#pending = new AbortController());
    const run = ++this.#run;
    this.started();
    this.#host.requestUpdate();
    try {
      const value = await this.#options.load(args, pending.signal);
      if (run !== this.#run) return;
      this.#value = value;
      this.#kept = false;
      this.#failed = false;
      this.#error = undefined;
      this.#options.onComplete?.(value);
    } catch (error) {
      if (run !== this.#run) return;
      if (this.#kept) this.#value = undefined;
      this.#kept = false;
      this.#failed = true;
      this.#error = error;
      this.#options.onError?.(error);
    } finally {
      if (run === this.#run) {
        this.#pending = undefined;
        this.#host.requestUpdate();
      }
    }
  }
}
