import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onConfigure } from '../configure.ts';

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;
let unsubscribe: (() => void) | undefined;
const updateAll = () => hosts.forEach((host) => host.requestUpdate());

/**
 * Re-renders its host when the page's language (`<html lang>`) or the `configure()`
 * defaults change. One observer serves every widget on the page.
 */
export class PageLocaleController implements ReactiveController {
  #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    if (!observer) {
      observer = new MutationObserver(updateAll);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
      unsubscribe = onConfigure(updateAll);
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (hosts.size === 0) {
      observer?.disconnect();
      unsubscribe?.();
      observer = undefined;
    }
  }
}
