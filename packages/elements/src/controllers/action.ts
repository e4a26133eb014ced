import type { ReactiveControllerHost } from 'lit';
import { answered, IdempotentAction } from '../base/idempotent-action.ts';
import { PorticoErrorEvent, type PorticoAction } from '../events/portico-error.ts';
import { FocusAfterRender } from './focus-after-render.ts';

type Host = ReactiveControllerHost & EventTarget & { readonly renderRoot: ParentNode };

export interface ActionOptions<P, R> {
  /** Sends one try; `idempotencyKey` is the user action's (with `idempotent`), kept across its retries. */
  send: (params: P, context: { idempotencyKey?: string; signal: AbortSignal }) => Promise<R>;
  /**
   * The action creates something (a payment, a ticket, an order): every retry of one user
   * action goes under one idempotency key until the API has answered it, and an edited retry
   * after a lost answer brings back what the earlier try made (`earlier`).
   */
  idempotent?: boolean;
  /** What the `portico-error` event names; `submit` unless said. */
  kind?: PorticoAction;
  /** Where focus goes once the result, or the failure, is on screen (selectors in the host's root). */
  focus?: { result?: string; error?: string; busy?: string };
}

/**
 * One thing a person does in a widget — pay, send, save, order — with what the widget shows
 * of it: `busy` while it is sent, then its `result` or its `error`. Failures reach the host
 * page as `portico-error`. A second press while busy does nothing; `reset()` starts a new
 * action (and drops the answer of one still on its way). A widget that leaves the page while
 * busy keeps the action: the request may be carried out, and its answer is shown if the
 * widget comes back (a framework moving it, say).
 */
export class Action<P, R> {
  readonly #host: Host;
  readonly #options: ActionOptions<P, R>;
  readonly #focus: FocusAfterRender;
  #idempotent?: IdempotentAction<P>;
  #pending?: AbortController;
  #result?: R;
  #error: unknown;
  #earlier = false;

  constructor(host: Host, options: ActionOptions<P, R>) {
    this.#host = host;
    this.#options = options;
    this.#focus = new FocusAfterRender(host);
  }

  get busy(): boolean {
    return this.#pending !== undefined;
  }

  get result(): R | undefined {
    return this.#result;
  }

  /** Why the last try failed, until the next try or an edit (`clearError()`). */
  get error(): unknown {
    return this.#error;
  }

  /** The result is what an earlier version of the action made (its answer had been lost). */
  get earlier(): boolean {
    return this.#earlier;
  }

  /**
   * Sent, and not answered by the API yet: busy, or (with `idempotent`) its answer lost. What
   * was sent may still be carried out, so the next run is the same action, under the same key:
   * a form keeps what was sent rather than starting afresh.
   */
  get unanswered(): boolean {
    return this.#pending !== undefined || this.#idempotent !== undefined;
  }

  /** Sends `params`; resolves to the result, or `undefined` when it failed or was dropped. */
  async run(params: P): Promise<R | undefined> {
    if (this.#pending) return undefined;
    const pending = (this.#pending = new AbortController());
    const { send, idempotent, focus } = this.#options;
    if (this.#error !== undefined && focus?.busy) this.#focus.request(focus.busy);
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      let result: R;
      if (idempotent) {
        const action = (this.#idempotent ??= new IdempotentAction<P>());
        const sent = await action.send(params, (version, idempotencyKey) => send(version, { idempotencyKey, signal: pending.signal }), pending.signal);
        result = sent.result;
        this.#earlier = sent.earlier;
      } else {
        result = await send(params, { signal: pending.signal });
        this.#earlier = false;
      }
      if (pending !== this.#pending) return undefined;
      this.#idempotent = undefined;
      this.#result = result;
      if (focus?.result) this.#focus.request(focus.result);
      return result;
    } catch (error) {
      if (pending !== this.#pending) return undefined;
      // Refused on its merits: what is sent next is a new action, under a new key.
      if (answered(error)) this.#idempotent = undefined;
      this.#error = error;
      this.#host.dispatchEvent(new PorticoErrorEvent(error, this.#options.kind ?? 'submit'));
      if (focus?.error) this.#focus.request(focus.error);
      return undefined;
    } finally {
      if (pending === this.#pending) {
        this.#pending = undefined;
        this.#host.requestUpdate();
      }
    }
  }

  /** An edit: the failure said for what was there before no longer applies. */
  clearError(): void {
    if (this.#error === undefined) return;
    this.#error = undefined;
    this.#host.requestUpdate();
  }

  /** Ends the action: result, failure and idempotency key go; an answer still on its way is dropped. */
  reset(): void {
    this.#pending?.abort();
    this.#pending = undefined;
    this.#idempotent = undefined;
    this.#result = undefined;
    this.#error = undefined;
    this.#earlier = false;
    this.#host.requestUpdate();
  }
}
