import { defineOperation } from '../core/operation.ts';
import { Id, IdParams, Msisdn, PageQuery, Timestamp } from '../core/common.schemas.ts';
import { Money } from '../core/money.schemas.ts';
import { z } from '../core/zod.ts';
import { PbxProduct, PickupGroupName } from './pbx.schemas.ts';

/** Whether the line's phone is signed in to the PBX now: the list polls it. */
export const SipRegistration = z.object({
  status: z.enum(['registered', 'unregistered']),
  /** When it became so; null when no phone has ever registered on the line. */
  since: z.nullable(Timestamp),
  /** The phone's address while registered. */
  address: z.nullable(z.string()),
});
export type SipRegistration = z.infer<typeof SipRegistration>;

/** Where calls to the line go when forwarding is on. */
export const Forwarding = z.object({
  enabled: z.boolean(),
  /** The number calls go to; required when `enabled`. */
  to: z.nullable(Msisdn),
  /** `always`, or only when the line is busy or does not answer. */
  when: z.enum(['always', 'busy', 'no_answer', 'unregistered']),
});
export type Forwarding = z.infer<typeof Forwarding>;

/** T6: a public phone line (an account of the PBX). */
export const PhoneLine = z.object({
  id: Id,
  /** The line's public number. */
  number: Msisdn,
  /** Days since the last call; null when it was used today or never. */
  unusedDays: z.nullable(z.int().check(z.gte(0))),
  /** What the line may still spend. */
  availableFunds: Money,
  /** How the line is billed: from credit, or debit of the account. */
  type: z.enum(['credit', 'debit']),
  product: PbxProduct,
  productName: z.string(),
  pickupGroup: z.nullable(PickupGroupName),
  location: z.string(),
  forwarding: Forwarding,
  sip: SipRegistration,
  /** The IP phone's model and firmware, as it introduced itself; null before it ever registered. */
  phoneModel: z.nullable(z.string()),
  version: z.int(),
});
export type PhoneLine = z.infer<typeof PhoneLine>;

/** What a customer may change on a line ("configure"): forwarding and its pickup group. */
export const PhoneLineConfigureParams = z.object({
  forwarding: Forwarding,
  pickupGroup: z.nullable(PickupGroupName),
});
export type PhoneLineConfigureParams = z.input<typeof PhoneLineConfigureParams>;

export const phoneLineOperations = {
  list: defineOperation({
    id: 'phoneLines.list',
    permission: 'telephony',
    method: 'GET',
    path: '/v1/telephony/lines',
    summary: 'The phone lines, with the live SIP registration of each',
    query: z.object(PageQuery),
    response: z.object({ data: z.array(PhoneLine), nextCursor: z.nullable(z.string()) }),
    errors: [403],
  }),
  retrieve: defineOperation({
    id: 'phoneLines.retrieve',
    permission: 'telephony',
    method: 'GET',
    path: '/v1/telephony/lines/{id}',
    summary: 'One phone line',
    params: IdParams,
    response: PhoneLine,
    errors: [403],
  }),
  configure: defineOperation({
    id: 'phoneLines.configure',
    permission: 'telephony',
    method: 'PUT',
    path: '/v1/telephony/lines/{id}/configuration',
    summary: "Changes a line's forwarding and pickup group",
    params: IdParams,
    body: PhoneLineConfigureParams,
    response: PhoneLine,
    ifMatch: true,
    errors: [403, 409, 412, 422, 428],
  }),
};
