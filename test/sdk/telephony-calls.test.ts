// `client.telephony.calls`: the PBX's calls through the SDK — typed pages that `for await`
// walks, summaries, the dashboard's recent calls, recording links, and errors as classes.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { PermissionError, ValidationError, type PbxCall } from '@portico/sdk';
import { isA } from '@portico/sdk/core';
import { clientFor, requestsTo, useSimulator } from '../support/simulator.ts';

const sim = useSimulator({ seed: 17 });
const { prepaid: office, trunk } = sim.customers;
const calls = (customerId: string) => clientFor(sim, customerId).telephony.calls;
const DAY = 86_400_000;

describe('client.telephony.calls', () => {
  beforeEach(() => sim.reset());

  it('walks a filter with for await, page after page, each call with its line', async () => {
    const newest = await calls(trunk).page({ limit: 1 });
    const to = newest.data[0]!.startedAt;
    const from = new Date(Date.parse(to) - 2 * DAY).toISOString();
    const query = { from, to, direction: 'incoming' as const, sort: '-duration' as const, limit: 500 };
    const seen: PbxCall[] = [];
    for await (const call of calls(trunk).list(query)) seen.push(call);
    const { total } = await calls(trunk).page({ ...query, limit: 1 });
    assert.ok(total > 1000, String(total));
    assert.equal(seen.length, total);
    assert.equal(new Set(seen.map((c) => c.id)).size, total);
    assert.ok(seen.every((c) => c.direction === 'incoming' && c.startedAt >= from && c.startedAt < to && c.to === c.account));
    const durations = seen.map((c) => c.duration!);
    assert.deepEqual(durations, [...durations].sort((a, b) => b - a));
    // Pages of 500, as asked.
    assert.equal(requestsTo(sim, '/v1/telephony/calls?').filter((r) => r === 'GET 200').length, Math.ceil(total / 500) + 2);
    // A capped walk stops early.
    assert.equal((await calls(trunk).list({ limit: 100 }).toArray({ limit: 250 })).length, 250);
  });

  it('totals a period per category and day, in the zone asked', async () => {
    const summary = await calls(trunk).summary({ timeZone: 'Europe/Warsaw' });
    assert.equal(summary.total.count, 1_000_000);
    assert.deepEqual(
      summary.categories.map((c) => c.category),
      ['voice', 'sms', 'data', 'roaming'],
    );
    assert.equal(
      summary.categories.reduce((sum, c) => sum + c.count, 0),
      1_000_000,
    );
    assert.equal(
      summary.days.reduce((sum, d) => sum + d.count, 0),
      1_000_000,
    );
    assert.equal(
      summary.days.reduce((sum, d) => sum + d.cost.amount, 0),
      summary.total.cost.amount,
    );
    assert.ok(summary.days.length >= 365 && summary.days.length <= 367);
  });

  it('gives the dashboard its recent calls on every package, and a link to play a recorded one', async () => {
    const recent = await calls(office).recent({ limit: 100 });
    assert.ok(recent.total > 0 && recent.data.every((c) => Date.parse(c.startedAt) >= sim.clock.now() - 30 * DAY));
    const recorded = (await calls(trunk).recent({ limit: 100 })).data.find((c) => c.recording)!;
    const link = await calls(trunk).recording(recorded.id);
    assert.match(link.url, /\/media\/recordings\/rec_\w+\.wav$/);
    assert.ok(Date.parse(link.expiresAt) > sim.clock.now());
  });

  it('says call logs are off on the standard package with a PermissionError and its code', async () => {
    const error = await calls(office).page().catch((e: unknown) => e);
    assert.ok(isA(error, PermissionError));
    assert.equal(error.code, 'call_logs_disabled');
    assert.equal(error.status, 403);
  });

  it('refuses a page larger than the API allows before sending it', async () => {
    const before = requestsTo(sim, '/v1/telephony/calls').length;
    const tooLarge = await calls(trunk).page({ limit: 10_001 }).catch((e: unknown) => e);
    assert.ok(isA(tooLarge, ValidationError) && !tooLarge.sent);
    const tooManyRecent = await calls(trunk).recent({ limit: 101 }).catch((e: unknown) => e);
    assert.ok(isA(tooManyRecent, ValidationError) && !tooManyRecent.sent);
    assert.equal(requestsTo(sim, '/v1/telephony/calls').length, before);
  });
});
