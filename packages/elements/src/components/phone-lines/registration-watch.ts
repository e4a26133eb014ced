import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PhoneLine, SipRegistration } from '@portico/sdk/telephony';
import { Poller } from '../../controllers/poller.ts';

export interface RegistrationWatchOptions {
  /** Loads the lines again, keeping them on screen. */
  refresh: () => Promise<void>;
  /** Lines are shown and no load is under way: there is something to follow. */
  ready: () => boolean;
  /** Seconds between checks; 0 stops them. */
  every: () => number;
  /** Phones registered or went offline since the last check. */
  onChange: (changes: RegistrationChange[]) => void;
}

/** A line whose phone registered or went offline, with how it was before. */
export interface RegistrationChange {
  line: PhoneLine;
  previous: SipRegistration;
}

/**
 * Follows the lines' SIP registration while the widget is on the page: it loads them again
 * every few seconds and tells which phones came or went since the last look. Nobody reads a
 * page that is hidden (another tab, a minimised window): checks pause there, and the first
 * thing done on coming back is to look again.
 */
export class RegistrationWatch implements ReactiveController {
  readonly #options: RegistrationWatchOptions;
  /** The registration seen last, by line id, for the lines shown (`scope`). */
  #seen = new Map<string, SipRegistration>();
  #scope?: object;

  constructor(host: ReactiveControllerHost, options: RegistrationWatchOptions) {
    this.#options = options;
    host.addController(this);
    new Poller(
      host,
      () => this.#check(),
      () => this.#options.every() > 0 && this.#options.ready() && !hidden(),
      () => this.#options.every() * 1000,
    );
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#visibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#visibility);
  }

  /**
   * The lines as loaded now, for the lines of `scope` (another client's lines are new, not
   * changed): the changes since the last look are told.
   */
  saw(lines: readonly PhoneLine[], scope: object): void {
    const fresh = scope !== this.#scope;
    this.#scope = scope;
    const before = this.#seen;
    this.#seen = new Map(lines.map((line) => [line.id, line.sip]));
    if (fresh) return;
    const changes: RegistrationChange[] = [];
    for (const line of lines) {
      const previous = before.get(line.id);
      if (previous && previous.status !== line.sip.status) changes.push({ line, previous });
    }
    if (changes.length) this.#options.onChange(changes);
  }

  async #check(): Promise<void> {
    // Hidden since the check was scheduled: it waits for the page to be seen again.
    if (hidden()) return;
    await this.#options.refresh();
  }

  #visibility = (): void => {
    if (hidden() || this.#options.every() <= 0 || !this.#options.ready()) return;
    void this.#options.refresh();
  };
}

const hidden = () => document.visibilityState === 'hidden';
