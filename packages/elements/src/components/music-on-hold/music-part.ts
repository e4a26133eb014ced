import type { MusicTrack } from '@portico/sdk/telephony';
import { WidgetPart } from '../../base/widget-part.ts';
import { messages, type MusicOnHoldMessages } from './music-on-hold.messages.ts';

/** A part of `<portico-music-on-hold>`: one track, or the upload form. */
export class MusicPart extends WidgetPart<MusicOnHoldMessages> {
  static readonly widget = 'portico-music-on-hold';
  static readonly messages = messages;
}

// Inside the widget, parts speak to it with events that stop at its shadow root.

/** What changed in the tracks: the widget shows it at once, and loads them again when others changed too. */
export type TracksChange = { kind: 'added' | 'saved'; track: MusicTrack } | { kind: 'activated'; track: MusicTrack } | { kind: 'deleted'; id: string };

export class TracksChangedEvent extends Event {
  static readonly type = 'music-tracks-changed';
  constructor(readonly change: TracksChange) {
    super(TracksChangedEvent.type, { bubbles: true });
  }
}
