import { TELEPHONY_LIMITS } from '@portico/sdk/telephony';

const { audio } = TELEPHONY_LIMITS;

/** The kinds of file the PBX plays, as a person knows them. */
export const AUDIO_TYPES = 'WAV, MP3, Ogg';

/** What a file picker of audio for the PBX offers: the extensions and the types. */
export const AUDIO_ACCEPT = [...audio.extensions, ...audio.types].join(',');

const TYPE_BY_EXTENSION: Record<string, string> = { wav: 'audio/wav', mp3: 'audio/mpeg', ogg: 'audio/ogg' };

export type AudioProblem = 'fileType' | 'fileTooBig';

/**
 * Checks an audio file for the PBX (music on hold, a recorded name) before upload, as the
 * contract will: its type, and its size up to `maxSize` bytes. A file whose type the system did
 * not report (or reported vaguely) is typed by its extension.
 */
export function checkAudioFile(file: File, maxSize: number): { file: File } | { problem: AudioProblem } {
  const types: readonly string[] = audio.types;
  const inferred = TYPE_BY_EXTENSION[/\.(\w+)$/.exec(file.name)?.[1]?.toLowerCase() ?? ''];
  const typed = !types.includes(file.type) && inferred && (file.type === '' || file.type === 'application/octet-stream') ? new File([file], file.name, { type: inferred, lastModified: file.lastModified }) : file;
  if (!types.includes(typed.type)) return { problem: 'fileType' };
  if (typed.size > maxSize) return { problem: 'fileTooBig' };
  return { file: typed };
}
