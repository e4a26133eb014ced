import { http, HttpResponse } from 'msw';
import { callOperations, type Call } from '@portico/sdk/contract';
import { isTimeZone } from '@portico/sdk/core';
import { generateCalls, summarize } from '../../data/calls.ts';
import type { ContractRecord } from '../../data/contracts.ts';
import { recordingWav } from '../../data/recording.ts';
import type { SimulatorContext } from '../../http/context.ts';
import { paginate } from '../../http/paginate.ts';
import { Problem } from '../../http/problem.ts';
import { route } from '../../http/route.ts';
import { findContract } from './find-contract.ts';

/** Calls of a contract, generated on first use and kept. */
function callsOf(contract: ContractRecord, sim: SimulatorContext): Call[] {
  contract.calls ??= generateCalls(contract, sim.seed, sim.callsUntil);
  return contract.calls;
}

/** The index of the first call at or after `moment` (calls are oldest first). */
function lowerBound(calls: readonly Call[], moment: string): number {
  let low = 0;
  let high = calls.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (calls[mid]!.startedAt < moment) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The calls between two moments, as ISO strings compare (all are UTC `…Z`). */
function inRange(calls: readonly Call[], from: string | undefined, to: string | undefined): readonly Call[] {
  const start = from ? lowerBound(calls, new Date(from).toISOString()) : 0;
  const end = to ? lowerBound(calls, new Date(to).toISOString()) : calls.length;
  return calls.slice(start, end);
}

const SORTERS: Record<string, (a: Call, b: Call) => number> = {
  startedAt: (a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0),
  duration: (a, b) => (a.duration ?? -1) - (b.duration ?? -1) || SORTERS.startedAt!(a, b),
  cost: (a, b) => a.cost.amount - b.cost.amount || SORTERS.startedAt!(a, b),
};

/** C4: a contract's call history, its summary, and the recordings of calls. */
export function callRoutes(sim: SimulatorContext) {
  /** The last filtered and sorted call list, so that paging through it does not redo the work. */
  let lastQuery: { key: string; calls: readonly Call[] } | undefined;

  return [
    route(sim, callOperations.list, ({ customer, params, query }) => {
      const contract = findContract(customer, params.id);
      const sort = query.sort ?? '-startedAt';
      const key = `${contract.id}|${query.from}|${query.to}|${query.category}|${query.direction}|${query.query}|${sort}`;
      if (lastQuery?.key !== key) {
        const digits = query.query?.replace(/\D/g, '');
        let calls = inRange(callsOf(contract, sim), query.from, query.to).filter(
          (c) => (!query.category || c.category === query.category) && (!query.direction || c.direction === query.direction) && (!digits || c.from.includes(digits) || c.to.includes(digits)),
        );
        const field = sort.replace(/^-/, '');
        calls = field === 'startedAt' ? calls.slice() : calls.slice().sort(SORTERS[field]);
        if (sort.startsWith('-')) calls.reverse();
        lastQuery = { key, calls };
      }
      return { ...paginate(lastQuery.calls, { cursor: query.cursor, limit: query.limit ?? 100 }), total: lastQuery.calls.length };
    }),
    route(sim, callOperations.summary, ({ customer, params, query }) => {
      const contract = findContract(customer, params.id);
      if (query.timeZone !== undefined && !isTimeZone(query.timeZone)) {
        throw new Problem(400, 'validation_failed', `There is no time zone ${query.timeZone}: name one as the IANA database does, such as Europe/Warsaw.`, {
          errors: [{ pointer: '/timeZone', code: 'invalid_time_zone', detail: 'Not a known IANA time zone.' }],
        });
      }
      return summarize(inRange(callsOf(contract, sim), query.from, query.to), query);
    }),
    route(sim, callOperations.recording, ({ customer, params, request }) => {
      const contract = findContract(customer, params.id);
      const call = callsOf(contract, sim).find((c) => c.id === params.callId);
      if (!call) throw new Problem(404, 'call_not_found', `No call ${params.callId} on this contract.`);
      if (!call.recording) throw new Problem(404, 'recording_not_found', 'This call was not recorded.');
      const token = sim.random.id('rec', 24);
      const expiresAt = sim.clock.now() + 5 * 60_000;
      sim.recordings.set(token, { seconds: call.recording.duration, expiresAt });
      return { url: `${new URL(request.url).origin}/media/recordings/${token}.wav`, contentType: 'audio/wav', expiresAt: new Date(expiresAt).toISOString() };
    }),

    // The audio behind a recording link: signed by its token, so an <audio> element can play it without a session.
    http.get('*/media/recordings/:file', ({ params }) => {
      const token = String(params.file).replace(/\.wav$/, '');
      const recording = sim.recordings.get(token);
      if (!recording || recording.expiresAt < sim.clock.now()) return new HttpResponse('This recording link has expired.', { status: 404 });
      return new HttpResponse(recordingWav(recording.seconds), { headers: { 'content-type': 'audio/wav', 'cache-control': 'private, max-age=300' } });
    }),
  ];
}
