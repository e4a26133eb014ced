import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * Moves focus to the result of an action once it is on screen (WCAG: focus follows the
 * result), so a keyboard or screen-reader user lands on the error, the confirmation or the
 * field to fix instead of on a button that disappeared.
 */
export class FocusAfterRender implements ReactiveController {
  readonly #host: Host;
  #selector?: string;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses the element matching `selector` after the next render. */
  request(selector: string): void {
    this.#selector = selector;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const selector = this.#selector;
    if (!selector) return;
    this.#selector = undefined;
    const target = this.#host.renderRoot.querySelector<HTMLElement>(selector);
    // Not inside the update: the field losing focus may change the host in its blur handler,
    // which would schedule a second update from within this one.
    if (target) queueMicrotask(() => target.focus());
  }
}
