import { defineOperation } from '../core/operation.ts';
import { Id, IdParams, IsoDate, Timestamp } from '../core/common.schemas.ts';
import { Money } from '../core/money.schemas.ts';
import { z } from '../core/zod.ts';
import { CALL_LIMITS } from './call-limits.ts';

export const CallType = z.enum(['voice', 'sms', 'data']);
export type CallType = z.infer<typeof CallType>;

/** How calls are totalled: usage abroad is `roaming`, whatever its type; each call is in one category. */
export const CallCategory = z.enum(['voice', 'sms', 'data', 'roaming']);
export type CallCategory = z.infer<typeof CallCategory>;

export const CallDirection = z.enum(['outgoing', 'incoming']);
export type CallDirection = z.infer<typeof CallDirection>;

/** One itemised call, message or data session (FEATURES C4). */
export const Call = z.object({
  id: Id,
  startedAt: Timestamp,
  direction: CallDirection,
  type: CallType,
  /** The category it is totalled in. */
  category: CallCategory,
  /** Where it happened, when abroad (ISO 3166 alpha-2). */
  country: z.nullable(z.string().check(z.length(2))),
  from: z.string(),
  to: z.string(),
  /** Seconds, for voice. */
  duration: z.nullable(z.int()),
  /** Bytes, for data. */
  volume: z.nullable(z.int()),
  cost: Money,
  /** The call was recorded: play it through `calls.recording`. */
  recording: z.nullable(z.object({ duration: z.int() })),
});
export type Call = z.infer<typeof Call>;

export const CallSort = z.enum(['-startedAt', 'startedAt', '-duration', 'duration', '-cost', 'cost']);
export type CallSort = z.infer<typeof CallSort>;

export const CallListQuery = z.object({
  cursor: z.optional(z.string().check(z.maxLength(200))),
  /** Up to 10,000 a page: a year of calls loads in a few requests. */
  limit: z.optional(z.int().check(z.gte(1), z.lte(CALL_LIMITS.page.max))),
  /** From this moment (inclusive)… */
  from: z.optional(Timestamp),
  /** …to this one (exclusive). */
  to: z.optional(Timestamp),
  category: z.optional(CallCategory),
  direction: z.optional(CallDirection),
  /** Digits of a number, from or to. */
  query: z.optional(z.string().check(z.maxLength(32))),
  /** `-startedAt` (newest first) unless asked otherwise. */
  sort: z.optional(CallSort),
});
export type CallListQuery = z.input<typeof CallListQuery>;

/** A page of calls, with how many match in all (so a table can size itself). */
export const CallPage = z.object({ data: z.array(Call), nextCursor: z.nullable(z.string()), total: z.int() });
export type CallPage = z.infer<typeof CallPage>;

/** An IANA time zone name: `Europe/Warsaw`, `America/Argentina/Buenos_Aires`, `UTC`, `Etc/GMT-14`. */
export const TimeZone = z.string().check(z.maxLength(64), z.regex(/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/));

export const CallSummaryQuery = z.object({
  from: z.optional(Timestamp),
  to: z.optional(Timestamp),
  /** Whose calendar days `days` are: the customer's zone (`Europe/Warsaw`). UTC days when unset. */
  timeZone: z.optional(TimeZone),
});
export type CallSummaryQuery = z.input<typeof CallSummaryQuery>;

/** Totals per category and per calendar day (of the zone asked for), computed from the same records as the list. */
export const CallSummary = z.object({
  from: z.nullable(Timestamp),
  to: z.nullable(Timestamp),
  categories: z.array(
    z.object({
      category: CallCategory,
      count: z.int(),
      /** Seconds of voice. */
      duration: z.int(),
      /** Bytes of data. */
      volume: z.int(),
      cost: Money,
    }),
  ),
  total: z.object({ count: z.int(), cost: Money }),
  days: z.array(z.object({ date: IsoDate, count: z.int(), cost: Money })),
});
export type CallSummary = z.infer<typeof CallSummary>;

/** A short-lived link to a call's recording, playable by an `<audio>` element. */
export const RecordingLink = z.object({ url: z.string(), contentType: z.string(), expiresAt: Timestamp });
export type RecordingLink = z.infer<typeof RecordingLink>;

export const callOperations = {
  list: defineOperation({
    id: 'calls.list',
    permission: 'services',
    method: 'GET',
    path: '/v1/contracts/{id}/calls',
    summary: "A contract's itemised calls, filtered and sorted, up to 10,000 a page",
    params: IdParams,
    query: CallListQuery,
    response: CallPage,
    errors: [400],
  }),
  summary: defineOperation({
    id: 'calls.summary',
    permission: 'services',
    method: 'GET',
    path: '/v1/contracts/{id}/calls/summary',
    summary: 'Totals per category (voice, SMS, data, roaming) and per day',
    params: IdParams,
    query: CallSummaryQuery,
    response: CallSummary,
  }),
  recording: defineOperation({
    id: 'calls.recording',
    permission: 'recordings',
    method: 'GET',
    path: '/v1/contracts/{id}/calls/{callId}/recording',
    summary: "A short-lived link to a recorded call's audio",
    params: z.object({ id: Id, callId: Id }),
    response: RecordingLink,
  }),
};
