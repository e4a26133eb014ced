import { defineOperation } from '../core/operation.ts';
import { Id, PageQuery } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';
import { Call, CallListQuery, CallSummary, CallSummaryQuery, RecordingLink } from '../contracts/calls.schemas.ts';

/** A call through the PBX: a call record as a contract's, and the line (account) it went through. */
export const PbxCall = z.extend(Call, {
  /** The phone line's public number. */
  account: z.string(),
});
export type PbxCall = z.infer<typeof PbxCall>;

/** A page of the PBX's calls, with how many match in all. */
export const PbxCallPage = z.object({ data: z.array(PbxCall), nextCursor: z.nullable(z.string()), total: z.int() });
export type PbxCallPage = z.infer<typeof PbxCallPage>;

export const PbxRecentCallsQuery = z.object(PageQuery);
export type PbxRecentCallsQuery = z.input<typeof PbxRecentCallsQuery>;

export const pbxCallOperations = {
  list: defineOperation({
    id: 'pbxCalls.list',
    permission: 'telephony',
    method: 'GET',
    path: '/v1/telephony/calls',
    summary: "The PBX's itemised calls (T10), filtered and sorted, up to 10,000 a page; off on the standard package (403 `call_logs_disabled`)",
    query: CallListQuery,
    response: PbxCallPage,
    errors: [400, 403],
  }),
  summary: defineOperation({
    id: 'pbxCalls.summary',
    permission: 'telephony',
    method: 'GET',
    path: '/v1/telephony/calls/summary',
    summary: "Totals of the PBX's calls per category and per day; off on the standard package",
    query: CallSummaryQuery,
    response: CallSummary,
    errors: [400, 403],
  }),
  recent: defineOperation({
    id: 'pbxCalls.recent',
    permission: 'telephony',
    method: 'GET',
    path: '/v1/telephony/calls/recent',
    summary: 'The last 30 days of calls, newest first, for the dashboard (every package)',
    query: PbxRecentCallsQuery,
    response: PbxCallPage,
    errors: [403],
  }),
  recording: defineOperation({
    id: 'pbxCalls.recording',
    permission: 'recordings',
    method: 'GET',
    path: '/v1/telephony/calls/{callId}/recording',
    summary: "A short-lived link to a recorded call's audio",
    params: z.object({ callId: Id }),
    response: RecordingLink,
    errors: [403],
  }),
};
