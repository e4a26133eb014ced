import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode & { activeElement?: Element | null } };

/**
 * Focus on a widget's title stays on its title when a render replaces it — "Loading…" becoming
 * the contract's number, a ticket's header drawn by a part of its own — instead of falling to
 * the page's `<body>` (a host page focuses the title when it opens the widget; Try again does).
 * Only when focus was lost: a person who moved it elsewhere meanwhile keeps it there.
 */
export class TitleFocus implements ReactiveController {
  readonly #host: Host;
  #onTitle = false;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#onTitle = this.#host.renderRoot.activeElement?.id === 'title';
  }

  hostUpdated(): void {
    if (!this.#onTitle) return;
    this.#onTitle = false;
    if (this.#host.renderRoot.activeElement?.id === 'title') return;
    // The host's update may be followed by its parts' (a header drawn by a part): once all are done.
    void this.#host.updateComplete.then(() => {
      const lost = !document.activeElement || document.activeElement === document.body;
      const title = this.#host.renderRoot.querySelector<HTMLElement>('#title');
      if (!lost || !title) return;
      if (!title.hasAttribute('tabindex')) title.tabIndex = -1;
      title.focus({ preventScroll: true });
    });
  }
}
