import { defineOperation } from '../core/operation.ts';
import { Id, IdParams, PageQuery, Timestamp } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';
import { TELEPHONY_LIMITS } from './telephony-limits.ts';

const { audio, musicTracks } = TELEPHONY_LIMITS;

/** An audio file the PBX plays: a recorded name or music on hold. */
export const AudioFile = z.object({
  id: Id,
  fileName: z.string(),
  contentType: z.string(),
  size: z.int().check(z.gte(0)),
  /** Seconds, read from the file. */
  duration: z.int().check(z.gte(0)),
  uploadedAt: Timestamp,
});
export type AudioFile = z.infer<typeof AudioFile>;

/** A short-lived link that plays an audio file in an `<audio>` element, without a session. */
export const AudioLink = z.object({ url: z.string(), contentType: z.string(), expiresAt: Timestamp });
export type AudioLink = z.infer<typeof AudioLink>;

/** T12: one track of music on hold. */
export const MusicTrack = z.object({
  id: Id,
  description: z.string(),
  file: AudioFile,
  /** The track callers hear; exactly one is, once there is any. */
  active: z.boolean(),
});
export type MusicTrack = z.infer<typeof MusicTrack>;

export const MusicTrackCreateParams = z.object({
  file: z.file().check(z.maxSize(audio.maxMusicSize), z.mime([...audio.types])),
  description: z.string().check(z.minLength(1), z.maxLength(120)),
});
export type MusicTrackCreateParams = z.input<typeof MusicTrackCreateParams>;

export const MusicTrackUpdateParams = z.object({
  description: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  /** `true` makes it the track callers hear. */
  active: z.optional(z.literal(true)),
});
export type MusicTrackUpdateParams = z.input<typeof MusicTrackUpdateParams>;

export const musicTrackOperations = {
  list: defineOperation({
    id: 'musicTracks.list',
    permission: 'telephony',
    method: 'GET',
    path: '/v1/telephony/music-on-hold',
    summary: 'Music on hold, newest first',
    query: z.object(PageQuery),
    response: z.object({ data: z.array(MusicTrack), nextCursor: z.nullable(z.string()) }),
    errors: [403],
  }),
  create: defineOperation({
    id: 'musicTracks.create',
    permission: 'telephony',
    method: 'POST',
    path: '/v1/telephony/music-on-hold',
    summary: `Uploads a music file with its description (multipart; up to ${musicTracks.max} tracks)`,
    body: MusicTrackCreateParams,
    bodyType: 'multipart',
    response: MusicTrack,
    status: 201,
    creates: true,
    errors: [403, 409, 413, 422],
  }),
  update: defineOperation({
    id: 'musicTracks.update',
    permission: 'telephony',
    method: 'PATCH',
    path: '/v1/telephony/music-on-hold/{id}',
    summary: "Changes a track's description, or makes it the one callers hear",
    params: IdParams,
    body: MusicTrackUpdateParams,
    response: MusicTrack,
    errors: [403, 422],
  }),
  delete: defineOperation({
    id: 'musicTracks.delete',
    permission: 'telephony',
    method: 'DELETE',
    path: '/v1/telephony/music-on-hold/{id}',
    summary: 'Deletes a track; the one callers hear cannot be deleted while others exist',
    params: IdParams,
    response: z.object({ id: Id, deleted: z.literal(true) }),
    errors: [403, 409],
  }),
  play: defineOperation({
    id: 'musicTracks.play',
    permission: 'telephony',
    method: 'GET',
    path: '/v1/telephony/music-on-hold/{id}/audio',
    summary: "A short-lived link to the track's audio",
    params: IdParams,
    response: AudioLink,
    errors: [403],
  }),
};
