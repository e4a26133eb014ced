import type { Call, CallCategory, CallSummary, CallSummaryQuery } from '@portico/sdk/contracts';
import { addDays, dayKey, dayOf, startOfDay } from '@portico/sdk/core';
import { Random } from '../core/random.ts';
import type { ContractRecord } from './contracts.ts';

const DAY = 86_400_000;
/** The dispatch line's year: exactly this many records, as a busy number has. */
export const HEAVY_LINE_CALLS = 100_000;

/** Countries Transbud's drivers go to; outside the EU roaming is paid. */
const ABROAD = ['DE', 'DE', 'DE', 'CZ', 'NL', 'NL', 'FR', 'BE', 'AT', 'IT', 'SK', 'LT', 'UA', 'CH', 'GB', 'NO'];
const OUTSIDE_EU = new Set(['UA', 'CH', 'GB', 'NO']);
const COUNTRY_CODES: Record<string, string> = { DE: '49', CZ: '420', NL: '31', FR: '33', BE: '32', AT: '43', IT: '39', SK: '421', LT: '370', UA: '380', CH: '41', GB: '44', NO: '47' };

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * A year of a line's calls, texts and data sessions, oldest first. Deterministic: the same
 * seed, line and moment give the same records.
 */
export function generateCalls(contract: ContractRecord, seed: number, now: number): Call[] {
  const random = new Random(seed ^ hash(contract.id));
  const m2m = contract.plan.id === 'plan_m2m';
  const total = contract.msisdn === '+48601200300' ? HEAVY_LINE_CALLS : Math.round(contract.traffic.perDay * 365);
  // Up to today, or to the day a terminated line ended.
  const ended = contract.status === 'terminated' && contract.endsAt ? Date.parse(contract.endsAt) : now;
  const end = Math.floor(Math.min(now, ended) / DAY) * DAY;
  const start = end - 365 * DAY;

  // Calls per day: weekdays busier than weekends, some noise; the total exactly as planned.
  const weights = Array.from({ length: 365 }, (_, d) => {
    const weekday = new Date(start + d * DAY).getUTCDay();
    return (weekday === 0 || weekday === 6 ? 0.35 : 1) * (0.8 + random.next() * 0.4);
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((w / sum) * total));
  for (let d = 0, missing = total - counts.reduce((a, b) => a + b, 0); missing > 0; d = (d + 7) % 365, missing--) counts[d]!++;

  // Trips abroad: a few days at a time, where the line's habits say so.
  const country: (string | null)[] = new Array(365).fill(null);
  for (let d = 0; d < 365; d++) {
    if (contract.traffic.abroad > 0 && random.chance(contract.traffic.abroad / 3)) {
      const where = random.pick(ABROAD);
      for (let k = random.int(1, 4); k > 0 && d < 365; k--, d++) country[d] = where;
    }
  }

  const contacts = Array.from({ length: 40 }, () => randomNumber(random));
  const plan = contract.plan.id;
  const internationalCalls = contract.services.get('international_calls')?.status === 'active';
  const calls: Call[] = [];
  let sequence = 0;
  for (let d = 0; d < 365; d++) {
    const dayStart = start + d * DAY;
    const times = Array.from({ length: counts[d]! }, () => dayStart + (5 + random.next() * 16) * 3_600_000).sort((a, b) => a - b);
    for (const at of times) {
      const abroad = country[d] ?? null;
      const type: Call['type'] = m2m ? 'data' : random.pick(['voice', 'voice', 'voice', 'voice', 'voice', 'voice', 'sms', 'sms', 'data', 'data'] as const);
      const direction: Call['direction'] = type === 'data' ? 'outgoing' : random.chance(type === 'sms' ? 0.6 : 0.5) ? 'outgoing' : 'incoming';
      // Calls abroad from home need the international-calls service.
      const international = internationalCalls && type !== 'data' && !abroad && random.chance(0.04);
      const other = international ? `+${COUNTRY_CODES[random.pick(ABROAD)]!}${random.int(100_000_000, 999_999_999)}` : random.chance(0.7) ? random.pick(contacts) : randomNumber(random);
      const duration = type === 'voice' ? Math.round(Math.exp(3.2 + random.next() * 3.4)) : null;
      const volume = type === 'data' ? (m2m ? random.int(2_000, 80_000) : Math.round(Math.exp(10 + random.next() * 6.5))) : null;
      const category: CallCategory = abroad ? 'roaming' : type;
      calls.push({
        id: `cl_${contract.id.slice(4)}_${(sequence++).toString(36)}`,
        startedAt: new Date(Math.round(at)).toISOString(),
        direction,
        type,
        category,
        country: abroad,
        from: type === 'data' || direction === 'outgoing' ? contract.msisdn : other,
        to: type === 'data' ? (m2m ? 'm2m.apn' : 'internet') : direction === 'outgoing' ? other : contract.msisdn,
        duration,
        volume,
        cost: { amount: cost(type, direction, plan, abroad, international, duration, volume), currency: 'PLN' },
        recording: contract.traffic.recorded && type === 'voice' && duration! >= 10 ? { duration: duration! } : null,
      });
    }
  }
  return calls;
}

/** What a record costs in grosze: most home use is in the plan; abroad outside the EU is not. */
function cost(type: Call['type'], direction: Call['direction'], plan: string, abroad: string | null, international: boolean, duration: number | null, volume: number | null): number {
  const minutes = Math.ceil((duration ?? 0) / 60);
  if (abroad && OUTSIDE_EU.has(abroad)) {
    if (type === 'voice') return minutes * (direction === 'outgoing' ? 299 : 129);
    if (type === 'sms') return direction === 'outgoing' ? 99 : 0;
    return Math.ceil((volume ?? 0) / 1_048_576) * 999;
  }
  if (direction === 'incoming') return 0;
  if (international) return minutes * 49;
  if (plan === 'plan_start') return type === 'voice' ? minutes * 9 : type === 'sms' ? 9 : 0;
  return 0;
}

function randomNumber(random: Random): string {
  return random.chance(0.8) ? `+48${random.pick(['5', '6', '7', '8'])}${random.int(10_000_000, 99_999_999)}` : `+48${random.pick(['22', '12', '61', '71', '58'])}${random.int(1_000_000, 9_999_999)}`;
}

/**
 * Totals per category and per calendar day of these calls (oldest first), as the API reports
 * them: days of the zone asked for, UTC days when none is.
 */
export function summarize(calls: readonly Call[], { from, to, timeZone = 'UTC' }: CallSummaryQuery): CallSummary {
  const categories = new Map<CallCategory, { count: number; duration: number; volume: number; cost: number }>(
    (['voice', 'sms', 'data', 'roaming'] as const).map((c) => [c, { count: 0, duration: 0, volume: 0, cost: 0 }]),
  );
  const days = new Map<string, { count: number; cost: number }>();
  let count = 0;
  let costTotal = 0;
  // Calls come in time order: the zone is asked where a day ends, not for every call.
  let date = '';
  let nextDayStart = -Infinity;
  for (const call of calls) {
    const bucket = categories.get(call.category)!;
    bucket.count++;
    bucket.duration += call.duration ?? 0;
    bucket.volume += call.volume ?? 0;
    bucket.cost += call.cost.amount;
    const at = Date.parse(call.startedAt);
    if (at >= nextDayStart) {
      const day = dayOf(at, timeZone);
      date = dayKey(day);
      nextDayStart = startOfDay(addDays(day, 1), timeZone);
    }
    const day = days.get(date) ?? { count: 0, cost: 0 };
    day.count++;
    day.cost += call.cost.amount;
    days.set(date, day);
    count++;
    costTotal += call.cost.amount;
  }
  const pln = (amount: number) => ({ amount, currency: 'PLN' });
  return {
    from: from ?? null,
    to: to ?? null,
    categories: [...categories].map(([category, b]) => ({ category, count: b.count, duration: b.duration, volume: b.volume, cost: pln(b.cost) })),
    total: { count, cost: pln(costTotal) },
    days: [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, d]) => ({ date, count: d.count, cost: pln(d.cost) })),
  };
}
