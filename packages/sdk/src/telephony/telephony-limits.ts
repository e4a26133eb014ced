/**
 * The shape of a PBX's dial plan and of the audio it plays. The client checks these before
 * sending anything and the API enforces them again, with the rules that need the whole plan
 * (collisions, prefixes, the configured extension length).
 */
export const TELEPHONY_LIMITS = {
  /** Digits of an extension number: the PBX's configured length is one of these. */
  extensionLength: { min: 2, max: 6 },
  /** Digits of an abbreviated (speed-dial) code: the configured length is one of these. */
  abbreviatedLength: { min: 1, max: 4 },
  /** Digits of a hunt group's number. */
  huntGroupNumberLength: { min: 2, max: 8 },
  /** Characters of a feature prefix (intercom, pickup, park, retrieve): digits, `*` and `#`. */
  prefixLength: { min: 1, max: 4 },
  /** Extensions in one hunt group. */
  huntGroupMembers: { max: 50 },
  /** Abbreviated numbers of one PBX. */
  abbreviatedNumbers: { max: 100 },
  /** Audio a PBX plays: recorded names of extensions and music on hold. */
  audio: {
    /** WAV, MP3 and Ogg: what a phone system converts and every browser plays back. */
    types: ['audio/wav', 'audio/x-wav', 'audio/mpeg', 'audio/ogg'],
    extensions: ['.wav', '.mp3', '.ogg'],
    /** Bytes of a recorded name: 2 MiB, a few seconds of speech. */
    maxNameSize: 2 * 1024 * 1024,
    /** Bytes of a music file: 10 MiB. */
    maxMusicSize: 10 * 1024 * 1024,
  },
  /** Tracks of music on hold one PBX keeps. */
  musicTracks: { max: 20 },
} as const;
