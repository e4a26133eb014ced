import { defineOperation } from '../core/operation.ts';
import { Id, IdParams, PageQuery } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';
import { AudioFile, AudioLink } from './audio.schemas.ts';
import { DialDigits, PickupGroupName } from './pbx.schemas.ts';
import { TELEPHONY_LIMITS } from './telephony-limits.ts';

/** T5: an extension (internal number) of the PBX. */
export const Extension = z.object({
  id: Id,
  /** Digits of the PBX's extension length. */
  number: DialDigits,
  description: z.string(),
  /** The phone line it rings on; null: "not assigned to a phone line". */
  line: z.nullable(z.object({ id: Id, number: z.string() })),
  pickupGroup: z.nullable(PickupGroupName),
  /** Listed in the company directory. */
  published: z.boolean(),
  /** The recorded name callers hear; null until one is uploaded. */
  recordedName: z.nullable(AudioFile),
  /** Hunt groups it is a member of. */
  huntGroups: z.array(z.object({ id: Id, number: z.string(), name: z.string() })),
  version: z.int(),
});
export type Extension = z.infer<typeof Extension>;

const ExtensionFields = {
  number: DialDigits,
  description: z.string().check(z.maxLength(60)),
  /** The phone line's id, or null. */
  lineId: z.nullable(Id),
  pickupGroup: z.nullable(PickupGroupName),
  published: z.boolean(),
};

export const ExtensionCreateParams = z.object(ExtensionFields);
export type ExtensionCreateParams = z.input<typeof ExtensionCreateParams>;

export const ExtensionUpdateParams = z.object(ExtensionFields);
export type ExtensionUpdateParams = z.input<typeof ExtensionUpdateParams>;

export const ExtensionListQuery = z.object({
  ...PageQuery,
  /** Digits of the number or words of the description. */
  query: z.optional(z.string().check(z.maxLength(60))),
});
export type ExtensionListQuery = z.input<typeof ExtensionListQuery>;

export const ExtensionDeleteQuery = z.object({
  /**
   * An extension that is a member of hunt groups is deleted only when this is `true`: it then
   * leaves those groups too. Without it the API refuses (409 `extension_in_hunt_groups`) and
   * names the groups, so that no group loses a member unseen.
   */
  leaveHuntGroups: z.optional(z.boolean()),
});
export type ExtensionDeleteQuery = z.input<typeof ExtensionDeleteQuery>;

export const RecordedNameParams = z.object({
  file: z.file().check(z.maxSize(TELEPHONY_LIMITS.audio.maxNameSize), z.mime([...TELEPHONY_LIMITS.audio.types])),
});
export type RecordedNameParams = z.input<typeof RecordedNameParams>;

export const extensionOperations = {
  list: defineOperation({
    id: 'extensions.list',
    permission: 'telephony',
    method: 'GET',
    path: '/v1/telephony/extensions',
    summary: 'Extensions by number',
    query: ExtensionListQuery,
    response: z.object({ data: z.array(Extension), nextCursor: z.nullable(z.string()), total: z.int() }),
    errors: [403],
  }),
  retrieve: defineOperation({
    id: 'extensions.retrieve',
    permission: 'telephony',
    method: 'GET',
    path: '/v1/telephony/extensions/{id}',
    summary: 'One extension',
    params: IdParams,
    response: Extension,
    errors: [403],
  }),
  create: defineOperation({
    id: 'extensions.create',
    permission: 'telephony',
    method: 'POST',
    path: '/v1/telephony/extensions',
    summary: 'Adds an extension; its number must fit the dial plan',
    body: ExtensionCreateParams,
    response: Extension,
    status: 201,
    creates: true,
    errors: [403, 422],
  }),
  update: defineOperation({
    id: 'extensions.update',
    permission: 'telephony',
    method: 'PUT',
    path: '/v1/telephony/extensions/{id}',
    summary: 'Changes an extension; a new number must fit the dial plan',
    params: IdParams,
    body: ExtensionUpdateParams,
    response: Extension,
    ifMatch: true,
    errors: [403, 409, 412, 422, 428],
  }),
  delete: defineOperation({
    id: 'extensions.delete',
    permission: 'telephony',
    method: 'DELETE',
    path: '/v1/telephony/extensions/{id}',
    summary: 'Deletes an extension; one in hunt groups only with `leaveHuntGroups`',
    params: IdParams,
    query: ExtensionDeleteQuery,
    response: z.object({ id: Id, deleted: z.literal(true), leftHuntGroups: z.array(Id) }),
    errors: [403, 409],
  }),
  uploadRecordedName: defineOperation({
    id: 'extensions.uploadRecordedName',
    permission: 'telephony',
    method: 'PUT',
    path: '/v1/telephony/extensions/{id}/recorded-name',
    summary: "Uploads the extension's recorded name (multipart), replacing the one before",
    params: IdParams,
    body: RecordedNameParams,
    bodyType: 'multipart',
    response: Extension,
    errors: [403, 413, 422],
  }),
  playRecordedName: defineOperation({
    id: 'extensions.playRecordedName',
    permission: 'telephony',
    method: 'GET',
    path: '/v1/telephony/extensions/{id}/recorded-name/audio',
    summary: "A short-lived link to the extension's recorded name",
    params: IdParams,
    response: AudioLink,
    errors: [403],
  }),
};
