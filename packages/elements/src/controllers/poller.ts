import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `tick` every `interval` ms while `active()` says there is something to follow, and
 * only while the host is on the page. For work the server finishes later (service orders,
 * support's answers, server status). It looks again after every render of the host, so what
 * a load or an action just brought is followed without being told.
 */
export class Poller implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;
  #connected = false;
  #running = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly tick: () => Promise<void>,
    private readonly active: () => boolean,
    private readonly interval: () => number = () => 2000,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.poke();
  }

  hostUpdated(): void {
    this.poke();
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Starts following if there is something to follow and nothing is scheduled. */
  poke(): void {
    if (!this.#connected || this.#timer !== undefined || this.#running || !this.active()) return;
    this.#timer = setTimeout(async () => {
      this.#timer = undefined;
      this.#running = true;
      try {
        await this.tick();
      } finally {
        this.#running = false;
        this.poke();
      }
    }, this.interval());
  }
}
