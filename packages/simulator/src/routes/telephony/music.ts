import { musicTrackOperations, TELEPHONY_LIMITS, type MusicTrack } from '@portico/sdk/contract';
import { audioRecord, sniffAudio } from '../../data/telephony/audio.ts';
import type { MusicTrackRecord, PbxRecord } from '../../data/telephony/records.ts';
import type { SimulatorContext } from '../../http/context.ts';
import { paginate } from '../../http/paginate.ts';
import { Problem } from '../../http/problem.ts';
import { route } from '../../http/route.ts';
import { audioLink, bytesOf } from './audio-links.ts';
import { findPbx } from './find-pbx.ts';

function wireTrack(t: MusicTrackRecord): MusicTrack {
  const { bytes: _bytes, ...file } = t.file;
  return { id: t.id, description: t.description, file, active: t.active };
}

function findTrack(pbx: PbxRecord, id: string): MusicTrackRecord {
  const found = pbx.music.find((t) => t.id === id);
  if (!found) throw new Problem(404, 'music_track_not_found', `No music track ${id} on this PBX.`);
  return found;
}

/** T12: music on hold. Exactly one track plays once there is any. */
export function musicRoutes(sim: SimulatorContext) {
  return [
    route(sim, musicTrackOperations.list, ({ customer, query }) => paginate(findPbx(customer).music.map(wireTrack), { cursor: query.cursor, limit: query.limit ?? TELEPHONY_LIMITS.musicTracks.max })),
    route(
      sim,
      musicTrackOperations.create,
      async ({ customer, body }) => {
        const pbx = findPbx(customer);
        if (pbx.music.length >= TELEPHONY_LIMITS.musicTracks.max) {
          throw new Problem(409, 'too_many_tracks', `A PBX keeps up to ${TELEPHONY_LIMITS.musicTracks.max} tracks of music on hold. Delete one first.`);
        }
        const bytes = await bytesOf(body.file);
        if (!sniffAudio(bytes)) throw Problem.field('/file', 'not_audio', 'The file is not audio a browser plays: send WAV, MP3 or Ogg.');
        const track: MusicTrackRecord = { id: sim.random.id('moh'), description: body.description, file: audioRecord(sim.random.id('aud'), body.file.name, bytes, sim.clock.now()), active: pbx.music.length === 0 };
        pbx.music.unshift(track);
        return wireTrack(track);
      },
      { maxBodyBytes: TELEPHONY_LIMITS.audio.maxMusicSize + 64 * 1024 },
    ),
    route(sim, musicTrackOperations.update, ({ customer, params, body }) => {
      const pbx = findPbx(customer);
      const track = findTrack(pbx, params.id);
      if (body.description !== undefined) track.description = body.description;
      if (body.active) for (const t of pbx.music) t.active = t === track;
      return wireTrack(track);
    }),
    route(sim, musicTrackOperations.delete, ({ customer, params }) => {
      const pbx = findPbx(customer);
      const track = findTrack(pbx, params.id);
      if (track.active && pbx.music.length > 1) {
        throw new Problem(409, 'track_active', 'Callers hear this track. Choose another one to play first, then delete this one.');
      }
      pbx.music = pbx.music.filter((t) => t !== track);
      return { id: track.id, deleted: true as const };
    }),
    route(sim, musicTrackOperations.play, ({ customer, params, request }) => audioLink(sim, request, findTrack(findPbx(customer), params.id).file)),
  ];
}
