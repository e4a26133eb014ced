import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * Moves focus to the result of an action once it is on screen (WCAG: focus follows the
 * result), so a keyboard or screen-reader user lands on the error, the confirmation or the
 * field to fix instead of on a button that disappeared.
 */
export class FocusAfterRender implements ReactiveController {
  readonly #host: Host;
  #selectors: readonly string[] = [];

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses the first of `selectors` that matches after the next render (later ones are fallbacks). */
  request(...selectors: string[]): void {
    this.#selectors = selectors;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const selectors = this.#selectors;
    if (!selectors.length) return;
    this.#selectors = [];
    const root = this.#host.renderRoot;
    const target = selectors.map((selector) => root.querySelector<HTMLElement>(selector)).find(Boolean);
    // Not inside the update: the field losing focus may change the host in its blur handler,
    // which would schedule a second update from within this one.
    if (target) queueMicrotask(() => target.focus());
  }
}
