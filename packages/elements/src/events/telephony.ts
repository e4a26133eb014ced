import type { Extension, HuntGroup, MusicTrack, PbxSettings, PhoneLine, SipRegistration } from '@portico/sdk/telephony';

/** A section of the PBX's settings, as the contract names it. */
export type PbxSettingsSection = Exclude<keyof PbxSettings, 'version'>;

/** An extension was added (`created`) or changed: its number, line, pickup group, recorded name. */
export class PorticoExtensionSavedEvent extends CustomEvent<{ extension: Extension; created: boolean }> {
  static readonly type = 'portico-extension-saved';
  constructor(extension: Extension, created: boolean) {
    super(PorticoExtensionSavedEvent.type, { bubbles: true, composed: true, detail: { extension, created } });
  }
}

/** An extension was deleted; `leftHuntGroups` are the ids of the hunt groups it left with it. */
export class PorticoExtensionDeletedEvent extends CustomEvent<{ id: string; number: string; leftHuntGroups: string[] }> {
  static readonly type = 'portico-extension-deleted';
  constructor(id: string, number: string, leftHuntGroups: string[]) {
    super(PorticoExtensionDeletedEvent.type, { bubbles: true, composed: true, detail: { id, number, leftHuntGroups } });
  }
}

/** A hunt group was added (`created`) or changed. */
export class PorticoHuntGroupSavedEvent extends CustomEvent<{ huntGroup: HuntGroup; created: boolean }> {
  static readonly type = 'portico-hunt-group-saved';
  constructor(huntGroup: HuntGroup, created: boolean) {
    super(PorticoHuntGroupSavedEvent.type, { bubbles: true, composed: true, detail: { huntGroup, created } });
  }
}

/** A hunt group was deleted; its members stay extensions. */
export class PorticoHuntGroupDeletedEvent extends CustomEvent<{ id: string; number: string }> {
  static readonly type = 'portico-hunt-group-deleted';
  constructor(id: string, number: string) {
    super(PorticoHuntGroupDeletedEvent.type, { bubbles: true, composed: true, detail: { id, number } });
  }
}

/** A line's forwarding or pickup group was saved. */
export class PorticoPhoneLineSavedEvent extends CustomEvent<{ line: PhoneLine }> {
  static readonly type = 'portico-phone-line-saved';
  constructor(line: PhoneLine) {
    super(PorticoPhoneLineSavedEvent.type, { bubbles: true, composed: true, detail: { line } });
  }
}

/** A line's phone registered or went offline, as the list saw when it checked again. */
export class PorticoPhoneLineRegistrationEvent extends CustomEvent<{ line: PhoneLine; previous: SipRegistration }> {
  static readonly type = 'portico-phone-line-registration';
  constructor(line: PhoneLine, previous: SipRegistration) {
    super(PorticoPhoneLineRegistrationEvent.type, { bubbles: true, composed: true, detail: { line, previous } });
  }
}

/** A track of music on hold was uploaded (`created`), described anew, or made the one callers hear. */
export class PorticoMusicTrackSavedEvent extends CustomEvent<{ track: MusicTrack; created: boolean }> {
  static readonly type = 'portico-music-track-saved';
  constructor(track: MusicTrack, created: boolean) {
    super(PorticoMusicTrackSavedEvent.type, { bubbles: true, composed: true, detail: { track, created } });
  }
}

/** A track of music on hold was deleted. */
export class PorticoMusicTrackDeletedEvent extends CustomEvent<{ id: string; description: string }> {
  static readonly type = 'portico-music-track-deleted';
  constructor(id: string, description: string) {
    super(PorticoMusicTrackDeletedEvent.type, { bubbles: true, composed: true, detail: { id, description } });
  }
}

/** One section of the PBX's settings was saved; `settings` are all of them as they are now (with the new version). */
export class PorticoPbxSettingsSavedEvent extends CustomEvent<{ section: PbxSettingsSection; settings: PbxSettings }> {
  static readonly type = 'portico-pbx-settings-saved';
  constructor(section: PbxSettingsSection, settings: PbxSettings) {
    super(PorticoPbxSettingsSavedEvent.type, { bubbles: true, composed: true, detail: { section, settings } });
  }
}

/** These events by name; on elements, and on the document they bubble up to. */
export interface TelephonyEventMap {
  'portico-extension-saved': PorticoExtensionSavedEvent;
  'portico-extension-deleted': PorticoExtensionDeletedEvent;
  'portico-hunt-group-saved': PorticoHuntGroupSavedEvent;
  'portico-hunt-group-deleted': PorticoHuntGroupDeletedEvent;
  'portico-phone-line-saved': PorticoPhoneLineSavedEvent;
  'portico-phone-line-registration': PorticoPhoneLineRegistrationEvent;
  'portico-music-track-saved': PorticoMusicTrackSavedEvent;
  'portico-music-track-deleted': PorticoMusicTrackDeletedEvent;
  'portico-pbx-settings-saved': PorticoPbxSettingsSavedEvent;
}

declare global {
  interface HTMLElementEventMap extends TelephonyEventMap {}
  interface DocumentEventMap extends TelephonyEventMap {}
}
