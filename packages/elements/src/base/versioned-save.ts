import type { ReactiveControllerHost } from 'lit';
import { ConflictError, IdempotencyError, isA } from '@portico/sdk/core';
import { Action } from '../controllers/action.ts';

type Host = ReactiveControllerHost & EventTarget & { readonly renderRoot: ParentNode };

/** A record the API keeps versions of. */
interface Versioned {
  id: string;
  version: number;
}

export interface VersionedSaveOptions<T, B> {
  /** Adds the record; `idempotencyKey` is the add's, kept across its retries. */
  create: (body: B, context: { idempotencyKey?: string; signal: AbortSignal }) => Promise<T>;
  /** Changes `record` against its version (If-Match). */
  update: (record: T, body: B, signal: AbortSignal) => Promise<T>;
  /** The record as it is now. */
  retrieve: (id: string) => Promise<T>;
}

/**
 * Saving a record edited in a dialog. An add is one action however often it is retried (one
 * idempotency key; an add whose answer was lost comes back as it was sent, and saving it again
 * is the same add). A change is saved against the version shown; when someone changed the
 * record meanwhile, its latest version is loaded (`stale`) and the person's draft is kept, to be
 * saved over it.
 */
export class VersionedSave<T extends Versioned, B> {
  readonly #host: Host;
  readonly #retrieve: (id: string) => Promise<T>;
  readonly #create: Action<B, T>;
  readonly #update: Action<{ record: T; body: B }, T>;
  #record?: T;
  #stale = false;
  #reloaded?: T;
  #created = false;

  constructor(host: Host, options: VersionedSaveOptions<T, B>) {
    this.#host = host;
    this.#retrieve = options.retrieve;
    this.#create = new Action(host, { idempotent: true, send: options.create });
    this.#update = new Action(host, { send: ({ record, body }, { signal }) => options.update(record, body, signal) });
  }

  /** The record edited, as last loaded or saved; undefined while adding. */
  get record(): T | undefined {
    return this.#record;
  }

  /** The record as something else left it (an upload of its file). */
  set record(record: T) {
    this.#record = record;
    this.#host.requestUpdate();
  }

  /** A save found the record changed meanwhile: its latest version is loaded. */
  get stale(): boolean {
    return this.#stale;
  }

  /** The latest version, loaded because the last save was refused for a change made elsewhere. */
  get reloaded(): T | undefined {
    return this.#reloaded;
  }

  /** It was added since `begin()` (and is edited since). */
  get created(): boolean {
    return this.#created;
  }

  get busy(): boolean {
    return this.#create.busy || this.#update.busy;
  }

  /** Why the save failed: the change once there is a record, else the add. */
  get error(): unknown {
    return (this.#record ? this.#update : this.#create).error;
  }

  /** An edit: the refusal of what was there before no longer applies. */
  clearError(): void {
    (this.#record ? this.#update : this.#create).clearError();
  }

  /**
   * A new opening, to edit `record` or to add one. False when adding again after an add whose
   * answer was lost: the draft stays as it was sent, and saving it is the same add.
   */
  begin(record?: T): boolean {
    const fresh = record !== undefined || !this.#create.unanswered;
    if (fresh) this.#create.reset();
    this.#update.reset();
    this.#record = record;
    this.#stale = false;
    this.#reloaded = undefined;
    this.#created = false;
    this.#host.requestUpdate();
    return fresh;
  }

  /** Saves `body`: the record as saved, or undefined (why: `error`; changed elsewhere: its latest is `reloaded`). */
  async save(body: B): Promise<T | undefined> {
    const record = this.#record;
    this.#reloaded = undefined;
    const saved = record ? await this.#update.run({ record, body }) : await this.#create.run(body);
    if (saved) {
      this.#record = saved;
      this.#stale = false;
      this.#created ||= !record;
      this.#host.requestUpdate();
      return saved;
    }
    const error = this.error;
    if (record && isA(error, ConflictError) && !isA(error, IdempotencyError)) {
      // Gone, or out of reach: the failure of the save says enough.
      const latest = await this.#retrieve(record.id).catch(() => undefined);
      if (latest && this.#record === record) {
        this.#record = this.#reloaded = latest;
        this.#stale = true;
        this.#host.requestUpdate();
      }
    }
    return undefined;
  }
}
