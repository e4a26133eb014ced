import type { ClientCore } from '@portico/sdk/core';
import { pbxUpdateSettings, type PbxSettings, type PbxSettingsUpdate } from '@portico/sdk/telephony';

/**
 * Saves sections of the settings one after another, each against the version the last answer
 * left (If-Match). Every save moves the version of the whole settings: two sections saved at
 * once are two changes in turn, and the second is not refused (412) because the first moved
 * the version under it. A change made elsewhere still is.
 */
export class SettingsSaver {
  /** The version of the settings as last loaded or saved here. */
  version: number | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  /** Saves `change` once the saves before it are answered. */
  save(client: ClientCore, change: PbxSettingsUpdate, signal: AbortSignal): Promise<PbxSettings> {
    const saving = this.#queue.then(async () => {
      signal.throwIfAborted();
      const saved = await client.request(pbxUpdateSettings, { body: change }, { ifMatch: this.version ?? 0, signal });
      this.version = saved.version;
      return saved;
    });
    this.#queue = saving.catch(() => undefined);
    return saving;
  }
}
