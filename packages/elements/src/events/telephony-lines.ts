import type { MusicTrack, PhoneLine, SipRegistration } from '@portico/sdk/telephony';

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

/** These events by name; on elements, and on the document they bubble up to. */
export interface TelephonyLinesEventMap {
  'portico-phone-line-saved': PorticoPhoneLineSavedEvent;
  'portico-phone-line-registration': PorticoPhoneLineRegistrationEvent;
  'portico-music-track-saved': PorticoMusicTrackSavedEvent;
  'portico-music-track-deleted': PorticoMusicTrackDeletedEvent;
}

declare global {
  interface HTMLElementEventMap extends TelephonyLinesEventMap {}
  interface DocumentEventMap extends TelephonyLinesEventMap {}
}
