import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { NotFoundError, ValidationError, type Call } from '@portico/sdk';
import { createSimulator } from '@portico/simulator';
import { HEAVY_LINE } from '../support/contracts.ts';
import { clientFor, useSimulator } from '../support/simulator.ts';
import { addDays, dayKey, dayOf, isA, startOfDay } from '@portico/sdk/core';

const sim = useSimulator({ seed: 9 });
const client = () => clientFor(sim, sim.customers.business);
const DRIVER = 'ctr_2006';
const DAY = 86_400_000;
/** Where the simulated history ends: the start of the UTC day after its newest call, read from the data itself. */
let historyEnd = 0;

/** A window of whole UTC days ending `endDaysAgo` days before the history ends. */
function window(days: number, endDaysAgo: number): { from: string; to: string } {
  const end = historyEnd - endDaysAgo * DAY;
  return { from: new Date(end - days * DAY).toISOString(), to: new Date(end).toISOString() };
}

describe('call history (C4)', () => {
  before(async () => {
    sim.reset();
    const newest = (await client().contracts.calls.page(DRIVER, { limit: 1 })).data[0]!;
    historyEnd = Math.floor(Date.parse(newest.startedAt) / DAY) * DAY + DAY;
  });

  it('the dispatch line has a year of exactly 100,000 calls, newest first, in pages of up to 10,000', async () => {
    const page = await client().contracts.calls.page(HEAVY_LINE, { limit: 10_000 });
    assert.equal(page.total, 100_000);
    assert.equal(page.data.length, 10_000);
    const times = page.data.map((c) => c.startedAt);
    assert.deepEqual(times, [...times].sort().reverse());
    const span = Date.parse(times[0]!) - Date.parse((await client().contracts.calls.page(HEAVY_LINE, { limit: 1, sort: 'startedAt' })).data[0]!.startedAt);
    assert.ok(span > 360 * 86_400_000 && span <= 366 * 86_400_000, `${span / 86_400_000} days`);
  });

  it('pages through a filter without a gap or a repeat', async () => {
    const ids: string[] = [];
    for await (const call of client().contracts.calls.list(DRIVER, { limit: 700 })) ids.push(call.id);
    const { total } = await client().contracts.calls.page(DRIVER, { limit: 1 });
    assert.equal(ids.length, total);
    assert.equal(new Set(ids).size, total);
  });

  it('filters by a date range, category, direction and number, and sorts by duration and cost', async () => {
    const c = client();
    const { from, to } = window(30, 40);
    const september = await c.contracts.calls.page(DRIVER, { from, to, limit: 10_000 });
    assert.ok(september.total > 100);
    assert.ok(september.data.every((call) => call.startedAt >= from && call.startedAt < to));
    const roaming = await c.contracts.calls.page(DRIVER, { category: 'roaming', limit: 10_000 });
    assert.ok(roaming.total > 0 && roaming.data.every((call) => call.category === 'roaming' && call.country !== null));
    const incoming = await c.contracts.calls.page(DRIVER, { direction: 'incoming', category: 'voice', limit: 50 });
    assert.ok(incoming.data.every((call) => call.direction === 'incoming' && call.type === 'voice'));
    const someone = incoming.data[0]!.from;
    const withThem = await c.contracts.calls.page(DRIVER, { query: someone.slice(-7), limit: 10_000 });
    assert.ok(withThem.data.length > 0 && withThem.data.every((call) => call.from.includes(someone.slice(-7)) || call.to.includes(someone.slice(-7))));
    const longest = await c.contracts.calls.page(DRIVER, { sort: '-duration', category: 'voice', limit: 100 });
    const durations = longest.data.map((call) => call.duration!);
    assert.deepEqual(durations, [...durations].sort((a, b) => b - a));
    const cheapestFirst = await c.contracts.calls.page(DRIVER, { sort: 'cost', limit: 10_000 });
    const costs = cheapestFirst.data.map((call) => call.cost.amount);
    assert.deepEqual(costs, [...costs].sort((a, b) => a - b));
    const bad = await c.contracts.calls.page(DRIVER, { limit: 10_001 }).catch((e: unknown) => e);
    assert.ok(isA(bad, ValidationError) && !bad.sent);
  });

  it('the summary is the same records, totalled: per category and per day', async () => {
    const c = client();
    const { from, to } = window(92, 5);
    const summary = await c.contracts.calls.summary(HEAVY_LINE, { from, to });
    const calls: Call[] = [];
    for await (const call of c.contracts.calls.list(HEAVY_LINE, { from, to, limit: 10_000 })) calls.push(call);
    assert.equal(summary.total.count, calls.length);
    for (const bucket of summary.categories) {
      const mine = calls.filter((call) => call.category === bucket.category);
      assert.equal(bucket.count, mine.length, bucket.category);
      assert.equal(bucket.cost.amount, mine.reduce((sum, call) => sum + call.cost.amount, 0), bucket.category);
      assert.equal(bucket.duration, mine.reduce((sum, call) => sum + (call.duration ?? 0), 0), bucket.category);
    }
    assert.equal(summary.days.reduce((sum, day) => sum + day.count, 0), calls.length);
    assert.equal(summary.days.length, 92);
    assert.ok(summary.total.cost.amount > 0, 'international calls cost something');
  });

  it('totals days of the customer’s calendar when asked in a time zone, and refuses a zone that does not exist', async () => {
    const c = client();
    const zone = 'Pacific/Kiritimati';
    // A week of whole days in UTC+14, ending where the history ends.
    const last = dayOf(historyEnd - 1, zone);
    const first = addDays(last, -6);
    const from = new Date(startOfDay(first, zone)).toISOString();
    const to = new Date(startOfDay(addDays(last, 1), zone)).toISOString();
    const summary = await c.contracts.calls.summary(DRIVER, { from, to, timeZone: zone });
    const calls: Call[] = [];
    for await (const call of c.contracts.calls.list(DRIVER, { from, to, limit: 10_000 })) calls.push(call);
    const perDay = new Map<string, number>();
    for (const call of calls) perDay.set(dayKey(dayOf(Date.parse(call.startedAt), zone)), (perDay.get(dayKey(dayOf(Date.parse(call.startedAt), zone))) ?? 0) + 1);
    assert.deepEqual(summary.days.map((d) => [d.date, d.count]), [...perDay].sort(([a], [b]) => (a < b ? -1 : 1)));
    assert.ok(summary.days.every((d) => d.date >= dayKey(first) && d.date <= dayKey(last)), 'only the week’s days');
    // In UTC the same instants straddle eight days.
    const utc = await c.contracts.calls.summary(DRIVER, { from, to });
    assert.equal(utc.total.count, summary.total.count);
    assert.notDeepEqual(utc.days.map((d) => d.date), summary.days.map((d) => d.date));
    const unknown = await c.contracts.calls.summary(DRIVER, { from, to, timeZone: 'Europe/Atlantis' }).catch((e: unknown) => e);
    assert.ok(isA(unknown, ValidationError) && unknown.sent, 'the API refuses a zone it does not know');
    assert.deepEqual(unknown.fieldErrors.map((e) => [e.path, e.code]), [['timeZone', 'invalid_time_zone']]);
    const malformed = await c.contracts.calls.summary(DRIVER, { timeZone: 'Europe/Warsaw; drop' }).catch((e: unknown) => e);
    assert.ok(isA(malformed, ValidationError) && !malformed.sent, 'a malformed zone never leaves the client');
  });

  it('a recorded call plays from a short-lived link; others have none', async () => {
    const c = client();
    const recorded = (await c.contracts.calls.page(HEAVY_LINE, { category: 'voice', limit: 50 })).data.find((call) => call.recording)!;
    const link = await c.contracts.calls.recording(HEAVY_LINE, recorded.id);
    assert.equal(link.contentType, 'audio/wav');
    const audio = await fetch(link.url);
    assert.equal(audio.headers.get('content-type'), 'audio/wav');
    const bytes = new Uint8Array(await audio.arrayBuffer());
    assert.equal(new TextDecoder().decode(bytes.slice(0, 4)), 'RIFF');
    assert.equal(bytes.length, 44 + Math.min(recorded.recording!.duration, 30) * 8000);
    const silent = (await c.contracts.calls.page(DRIVER, { limit: 5 })).data[0]!;
    await assert.rejects(c.contracts.calls.recording(DRIVER, silent.id), NotFoundError);
    sim.clock.advance(6 * 60_000);
    assert.equal((await fetch(link.url)).status, 404);
  });

  it('the same seed makes the same calls', async () => {
    const first = (seed: number) => {
      const other = createSimulator({ seed, now: Date.parse('2026-11-01T12:00:00Z') });
      const token = other.createSession(other.customers.business).token;
      return other.handle(new Request(`http://x/v1/contracts/${DRIVER}/calls?limit=20`, { headers: { authorization: `Bearer ${token}` } })).then((r) => r.text());
    };
    assert.equal(await first(3), await first(3));
    assert.notEqual(await first(3), await first(4));
  });
});
