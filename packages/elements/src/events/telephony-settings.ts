import type { PbxSettings } from '@portico/sdk/telephony';

/** A section of the PBX's settings, as the contract names it. */
export type PbxSettingsSection = Exclude<keyof PbxSettings, 'version'>;

/** One section of the PBX's settings was saved; `settings` are all of them as they are now (with the new version). */
export class PorticoPbxSettingsSavedEvent extends CustomEvent<{ section: PbxSettingsSection; settings: PbxSettings }> {
  static readonly type = 'portico-pbx-settings-saved';
  constructor(section: PbxSettingsSection, settings: PbxSettings) {
    super(PorticoPbxSettingsSavedEvent.type, { bubbles: true, composed: true, detail: { section, settings } });
  }
}

/** These events by name; on elements, and on the document they bubble up to. */
export interface PbxSettingsEventMap {
  'portico-pbx-settings-saved': PorticoPbxSettingsSavedEvent;
}

declare global {
  interface HTMLElementEventMap extends PbxSettingsEventMap {}
  interface DocumentEventMap extends PbxSettingsEventMap {}
}
