import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClientCore } from '@portico/sdk/core';
import { pbxCheckSettings, type DialPlanConflict, type PbxSettingsUpdate } from '@portico/sdk/telephony';
import { Resource } from '../../controllers/resource.ts';

/** The pause in typing after which a change is checked against the dial plan. */
const CHECK_AFTER = 400;

export interface DialPlanCheckOptions {
  client: () => ClientCore | undefined;
  /**
   * The change to check as it stands, or undefined when there is nothing worth asking about
   * (nothing changed, or the form's own checks already say what is wrong).
   */
  change: () => PbxSettingsUpdate | undefined;
  /**
   * The version of the settings the change is made to: a section saved elsewhere changes the
   * plan, and what a change would break is asked again.
   */
  version: () => number | undefined;
}

/**
 * What a section's change would break in the dial plan, asked of the API (`checkSettings`,
 * which saves nothing) once typing pauses, or at once when a field is left (`now()`). Only
 * the answer for the change as it stands is given: while a newer change waits for its pause
 * or its answer, there is none (`checking`), so that no conflict is ever shown against a
 * value that is no longer there. The check is a help, not a step: when it fails, the save
 * still goes, and the API checks it then.
 */
export class DialPlanCheck implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: DialPlanCheckOptions;
  readonly #result: Resource<readonly [ClientCore | undefined, string], DialPlanConflict[]>;
  /** The change as last seen, and the change asked about: JSON, '' for none. */
  #seen = '';
  #asked = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, options: DialPlanCheckOptions) {
    this.#host = host;
    this.#options = options;
    // Before the resource: the change asked about is settled before it reads it.
    host.addController(this);
    this.#result = new Resource(host, {
      args: () => [options.client(), this.#asked] as const,
      load: async ([client, asked], signal) => {
        if (!client || !asked) return [];
        const { change } = JSON.parse(asked) as { change: PbxSettingsUpdate };
        return (await client.request(pbxCheckSettings, { body: change }, { signal })).conflicts;
      },
    });
  }

  /** What the change as it stands would break; undefined until it is known. */
  get conflicts(): DialPlanConflict[] | undefined {
    return this.#current && !this.#result.loading ? this.#result.value : undefined;
  }

  /** A change waits for its pause or its answer. */
  get checking(): boolean {
    return this.#seen !== '' && (!this.#current || this.#result.loading);
  }

  /** Why the check of the change as it stands failed. */
  get error(): unknown {
    return this.#current && !this.#result.loading ? this.#result.error : undefined;
  }

  get #current(): boolean {
    return this.#seen !== '' && this.#asked === this.#seen;
  }

  hostUpdate(): void {
    const key = this.#key();
    if (key === this.#seen) return;
    this.#seen = key;
    clearTimeout(this.#timer);
    if (!key) {
      this.#asked = '';
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#asked = key;
      this.#host.requestUpdate();
    }, CHECK_AFTER);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    // Back on the page, the change is looked at afresh (an answer for it is kept).
    this.#seen = '';
  }

  /** A field was left or a choice made: the change is checked now, with no pause to wait for. */
  now(): void {
    const key = this.#key();
    this.#seen = key;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#asked === key) return;
    this.#asked = key;
    this.#host.requestUpdate();
  }

  #key(): string {
    const change = this.#options.change();
    return change ? JSON.stringify({ version: this.#options.version(), change }) : '';
  }
}
