/**
 * A call recording's audio: a quiet, speech-like warble, so that a player has something to
 * play. 8 kHz 8-bit mono WAV, at most 30 seconds (a preview of long calls).
 */
export function recordingWav(seconds: number): Uint8Array {
  const rate = 8000;
  const length = Math.round(Math.min(Math.max(seconds, 1), 30) * rate);
  const bytes = new Uint8Array(44 + length);
  const view = new DataView(bytes.buffer);
  const text = (at: number, value: string) => [...value].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + length, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate, true); // bytes a second
  view.setUint16(32, 1, true); // block align
  view.setUint16(34, 8, true); // bits a sample
  text(36, 'data');
  view.setUint32(40, length, true);
  for (let i = 0; i < length; i++) {
    const t = i / rate;
    // Syllables of a voice: a 3–4 Hz envelope over a wavering 180 Hz tone.
    const envelope = Math.max(0, Math.sin(2 * Math.PI * 3.3 * t)) * (0.6 + 0.4 * Math.sin(2 * Math.PI * 0.4 * t));
    const tone = Math.sin(2 * Math.PI * (180 + 40 * Math.sin(2 * Math.PI * 1.7 * t)) * t);
    bytes[44 + i] = 128 + Math.round(40 * envelope * tone);
  }
  return bytes;
}
