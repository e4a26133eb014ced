import { defineOperation } from '../core/operation.ts';
import { Id, IdParams, PageQuery } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';
import { DialDigits } from './pbx.schemas.ts';
import { TELEPHONY_LIMITS } from './telephony-limits.ts';

/** How a call to the group rings its members. */
export const RingStrategy = z.enum(['in_order', 'random', 'simultaneous', 'least_used']);
export type RingStrategy = z.infer<typeof RingStrategy>;

/**
 * What the member's phone shows of the caller: the caller as he is (`original`), the group's
 * name and number (`group`), or the group's name with the caller's number (`group_name`).
 */
export const CallerIdPresentation = z.enum(['original', 'group', 'group_name']);
export type CallerIdPresentation = z.infer<typeof CallerIdPresentation>;

/** T11: a hunt group. */
export const HuntGroup = z.object({
  id: Id,
  number: DialDigits,
  name: z.string(),
  strategy: RingStrategy,
  /** Extensions in ringing order. */
  members: z.array(z.object({ id: Id, number: z.string(), description: z.string() })),
  callerId: CallerIdPresentation,
  /** Members may pick up a call ringing the group. */
  pickupAllowed: z.boolean(),
  version: z.int(),
});
export type HuntGroup = z.infer<typeof HuntGroup>;

const HuntGroupFields = {
  number: DialDigits.check(z.minLength(TELEPHONY_LIMITS.huntGroupNumberLength.min)),
  name: z.string().check(z.minLength(1), z.maxLength(60)),
  strategy: RingStrategy,
  /** Extension ids in ringing order: each an existing extension, once. */
  memberIds: z.array(Id).check(z.maxLength(TELEPHONY_LIMITS.huntGroupMembers.max)),
  callerId: CallerIdPresentation,
  pickupAllowed: z.boolean(),
};

export const HuntGroupCreateParams = z.object(HuntGroupFields);
export type HuntGroupCreateParams = z.input<typeof HuntGroupCreateParams>;
export const HuntGroupUpdateParams = z.object(HuntGroupFields);
export type HuntGroupUpdateParams = z.input<typeof HuntGroupUpdateParams>;

export const huntGroupOperations = {
  list: defineOperation({
    id: 'huntGroups.list',
    permission: 'telephony',
    method: 'GET',
    path: '/v1/telephony/hunt-groups',
    summary: 'Hunt groups by number',
    query: z.object(PageQuery),
    response: z.object({ data: z.array(HuntGroup), nextCursor: z.nullable(z.string()) }),
    errors: [403],
  }),
  retrieve: defineOperation({
    id: 'huntGroups.retrieve',
    permission: 'telephony',
    method: 'GET',
    path: '/v1/telephony/hunt-groups/{id}',
    summary: 'One hunt group',
    params: IdParams,
    response: HuntGroup,
    errors: [403],
  }),
  create: defineOperation({
    id: 'huntGroups.create',
    permission: 'telephony',
    method: 'POST',
    path: '/v1/telephony/hunt-groups',
    summary: 'Adds a hunt group; its number must fit the dial plan',
    body: HuntGroupCreateParams,
    response: HuntGroup,
    status: 201,
    creates: true,
    errors: [403, 422],
  }),
  update: defineOperation({
    id: 'huntGroups.update',
    permission: 'telephony',
    method: 'PUT',
    path: '/v1/telephony/hunt-groups/{id}',
    summary: 'Changes a hunt group',
    params: IdParams,
    body: HuntGroupUpdateParams,
    response: HuntGroup,
    ifMatch: true,
    errors: [403, 409, 412, 422, 428],
  }),
  delete: defineOperation({
    id: 'huntGroups.delete',
    permission: 'telephony',
    method: 'DELETE',
    path: '/v1/telephony/hunt-groups/{id}',
    summary: 'Deletes a hunt group; its members stay extensions',
    params: IdParams,
    response: z.object({ id: Id, deleted: z.literal(true) }),
    errors: [403],
  }),
};
