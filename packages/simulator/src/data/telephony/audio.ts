import type { AudioRecord } from './records.ts';

/**
 * A short 8 kHz 8-bit mono WAV: a tune of `notes` (Hz), each `beat` seconds, so that seeded
 * music and recorded names have something a browser plays back.
 */
export function toneWav(notes: readonly number[], beat = 0.25): Uint8Array<ArrayBuffer> {
  const rate = 8000;
  const perNote = Math.round(beat * rate);
  const length = perNote * notes.length;
  const bytes = new Uint8Array(44 + length);
  const view = new DataView(bytes.buffer);
  const text = (at: number, value: string) => [...value].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + length, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  text(36, 'data');
  view.setUint32(40, length, true);
  for (let i = 0; i < length; i++) {
    const note = notes[Math.floor(i / perNote)]!;
    const within = (i % perNote) / perNote;
    const envelope = Math.min(1, within * 20) * (1 - within) ** 0.5;
    bytes[44 + i] = 128 + Math.round(36 * envelope * Math.sin((2 * Math.PI * note * i) / rate));
  }
  return bytes;
}

/** What an uploaded file is, read from its first bytes, and how long it plays; null if it is no audio a browser plays. */
export function sniffAudio(bytes: Uint8Array): { contentType: string; duration: number } | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 44 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const byteRate = view.getUint32(28, true);
    return { contentType: 'audio/wav', duration: byteRate > 0 ? Math.round((bytes.length - 44) / byteRate) : 0 };
  }
  if (bytes.length >= 4 && ascii(0, 4) === 'OggS') return { contentType: 'audio/ogg', duration: Math.round(bytes.length / 16_000) };
  // MP3: an ID3 tag, or an MPEG audio frame (11 set sync bits). At 128 kbit/s, 16 kB a second.
  if (bytes.length >= 3 && (ascii(0, 3) === 'ID3' || (bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0))) {
    return { contentType: 'audio/mpeg', duration: Math.round(bytes.length / 16_000) };
  }
  return null;
}

export function audioRecord(id: string, fileName: string, bytes: Uint8Array, uploadedAt: number): AudioRecord {
  const sniffed = sniffAudio(bytes)!;
  return { id, fileName, contentType: sniffed.contentType, size: bytes.length, duration: sniffed.duration, uploadedAt: new Date(uploadedAt).toISOString(), bytes };
}
