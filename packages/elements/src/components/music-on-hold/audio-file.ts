import { TELEPHONY_LIMITS } from '@portico/sdk/telephony';

const { audio } = TELEPHONY_LIMITS;

/** The kinds of file the PBX plays, as a person knows them. */
export const AUDIO_TYPES = 'WAV, MP3, Ogg';

/** What the file picker offers: the extensions and the types. */
export const AUDIO_ACCEPT = [...audio.extensions, ...audio.types].join(',');

const TYPE_BY_EXTENSION: Record<string, string> = { wav: 'audio/wav', mp3: 'audio/mpeg', ogg: 'audio/ogg' };

export type AudioProblem = 'fileType' | 'fileTooBig';

/**
 * Checks a music file before upload, as the contract will: its type and size. A file whose
 * type the system did not report (or reported vaguely) is typed by its extension.
 */
export function checkMusicFile(file: File): { file: File } | { problem: AudioProblem } {
  const types: readonly string[] = audio.types;
  const inferred = TYPE_BY_EXTENSION[/\.(\w+)$/.exec(file.name)?.[1]?.toLowerCase() ?? ''];
  const typed = !types.includes(file.type) && inferred && (file.type === '' || file.type === 'application/octet-stream') ? new File([file], file.name, { type: inferred, lastModified: file.lastModified }) : file;
  if (!types.includes(typed.type)) return { problem: 'fileType' };
  if (typed.size > audio.maxMusicSize) return { problem: 'fileTooBig' };
  return { file: typed };
}
