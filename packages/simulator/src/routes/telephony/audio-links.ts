import { http, HttpResponse } from 'msw';
import type { AudioLink } from '@portico/sdk/telephony';
import type { AudioRecord } from '../../data/telephony/records.ts';
import type { SimulatorContext } from '../../http/context.ts';

/** How long a link to uploaded audio plays. */
const LINK_TTL = 5 * 60_000;

/** A short-lived link that plays `audio` in an `<audio>` element, without a session. */
export function audioLink(sim: SimulatorContext, request: Request, audio: AudioRecord): AudioLink {
  const token = sim.random.id('aud', 24);
  const expiresAt = sim.clock.now() + LINK_TTL;
  sim.audioLinks.set(token, { bytes: audio.bytes, contentType: audio.contentType, expiresAt });
  return { url: `${new URL(request.url).origin}/media/audio/${token}`, contentType: audio.contentType, expiresAt: new Date(expiresAt).toISOString() };
}

/** The bytes behind audio links. */
export function audioMediaRoute(sim: SimulatorContext) {
  return http.get('*/media/audio/:token', ({ params }) => {
    const link = sim.audioLinks.get(String(params.token));
    if (!link || link.expiresAt < sim.clock.now()) return new HttpResponse('This audio link has expired.', { status: 404 });
    return new HttpResponse(link.bytes, { headers: { 'content-type': link.contentType, 'cache-control': 'private, max-age=300' } });
  });
}

/** The uploaded file's bytes. */
export async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
