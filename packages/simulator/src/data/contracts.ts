import type { Call, Contract, ServiceOrder, SimSwap } from '@portico/sdk/contracts';
import type { Random } from '../core/random.ts';
import { CATALOG } from './catalog.ts';

/** A service on one contract: on or off, and its parameters' values. */
export interface ContractService {
  status: 'active' | 'inactive';
  values: Record<string, string | number | boolean>;
}

/** How a line is used, which the call generator follows. */
export interface Traffic {
  /** Calls, texts and data sessions a day, on average. */
  perDay: number;
  /** Share of days spent abroad (drivers on international routes). */
  abroad: number;
  /** Calls are recorded (the call-recording service). */
  recorded: boolean;
}

/** A contract as the simulator keeps it: the wire shape and everything behind it. */
export interface ContractRecord extends Contract {
  puk: string;
  services: Map<string, ContractService>;
  /** Newest first. */
  orders: ServiceOrder[];
  simSwaps: (SimSwap & { newIccid: string })[];
  traffic: Traffic;
  /** Its calls, oldest first, generated on first use. */
  calls?: Call[];
  /** Orders that need a credit check fail on this line (a new employee). */
  failsCreditCheck: boolean;
}

type Seed = [label: string | null, first: string, last: string, plan: string, status: Contract['status'], traffic: Partial<Traffic>, services: string[]];

export const PLANS: Record<string, string> = {
  pro: 'Biznes Pro Nielimitowany',
  biz30: 'Biznes 30 GB',
  start: 'Biznes Start 5 GB',
  m2m: 'M2M Telemetria 1 GB',
};

/** Transbud Logistyka's lines: dispatch, management, drivers, warehouse and GPS trackers. */
const LINES: Seed[] = [
  ['Dyspozytornia', 'Agnieszka', 'Wróbel', 'pro', 'active', { perDay: 274, recorded: true }, ['call_recording', 'international_calls', 'voicemail', 'premium_block', 'sms_unlimited']],
  ['Zarząd', 'Tomasz', 'Zieliński', 'pro', 'active', { perDay: 22, abroad: 0.04 }, ['roaming', 'international_calls', 'voicemail', 'data_50gb']],
  ['Finanse', 'Katarzyna', 'Lewandowska', 'pro', 'active', { perDay: 14 }, ['voicemail', 'premium_block']],
  ['IT', 'Piotr', 'Kamiński', 'pro', 'active', { perDay: 11 }, ['voicemail', 'data_50gb', 'premium_block']],
  [null, 'Marek', 'Nowak', 'biz30', 'active', { perDay: 18, abroad: 0.35 }, ['roaming', 'premium_block']],
  [null, 'Krzysztof', 'Wójcik', 'biz30', 'active', { perDay: 16, abroad: 0.4 }, ['roaming', 'premium_block', 'data_10gb']],
  [null, 'Paweł', 'Kowalczyk', 'biz30', 'active', { perDay: 15, abroad: 0.2 }, ['roaming', 'premium_block']],
  [null, 'Andrzej', 'Mazur', 'biz30', 'active', { perDay: 12, abroad: 0.3 }, ['roaming', 'premium_block', 'voicemail']],
  [null, 'Grzegorz', 'Krawczyk', 'biz30', 'active', { perDay: 13 }, ['premium_block']],
  [null, 'Jan', 'Piotrowski', 'biz30', 'active', { perDay: 17, abroad: 0.25 }, ['roaming', 'premium_block']],
  [null, 'Michał', 'Grabowski', 'biz30', 'active', { perDay: 10 }, ['premium_block']],
  [null, 'Rafał', 'Pawłowski', 'biz30', 'suspended', { perDay: 3 }, ['premium_block']],
  [null, 'Łukasz', 'Michalski', 'biz30', 'active', { perDay: 14, abroad: 0.15 }, ['roaming', 'premium_block']],
  ['Nowy kierowca', 'Dariusz', 'Nowicki', 'biz30', 'active', { perDay: 8 }, ['premium_block']],
  [null, 'Adam', 'Adamczyk', 'biz30', 'terminated', { perDay: 2 }, []],
  [null, 'Sebastian', 'Dudek', 'biz30', 'blocked', { perDay: 4, abroad: 0.1 }, ['roaming', 'premium_block']],
  ['Magazyn — brama', 'Ewa', 'Jabłońska', 'start', 'active', { perDay: 9 }, ['premium_block']],
  ['Magazyn — kierownik', 'Marcin', 'Majewski', 'start', 'active', { perDay: 12 }, ['voicemail', 'premium_block']],
  ['Magazyn — wózki', 'Beata', 'Olszewska', 'start', 'active', { perDay: 5 }, ['premium_block']],
  ['Serwis floty', 'Kamil', 'Górski', 'start', 'active', { perDay: 8 }, ['voicemail']],
  ['Rekrutacja', 'Natalia', 'Sikora', 'start', 'active', { perDay: 10 }, ['voicemail', 'sms_unlimited']],
  ['GPS ciągnik WX 4821K', 'Telemetria', 'WX 4821K', 'm2m', 'active', { perDay: 24, abroad: 0.3 }, ['roaming']],
  ['GPS ciągnik WX 5517M', 'Telemetria', 'WX 5517M', 'm2m', 'active', { perDay: 24, abroad: 0.25 }, ['roaming']],
  ['GPS naczepa WX 0923P', 'Telemetria', 'WX 0923P', 'm2m', 'active', { perDay: 12 }, []],
  ['GPS naczepa WX 1140P', 'Telemetria', 'WX 1140P', 'm2m', 'suspended', { perDay: 1 }, []],
];

const ascii = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');

/** A valid ICCID: Polish issuer prefix, serial, Luhn check digit. */
function iccid(random: Random): string {
  let digits = '894801';
  while (digits.length < 18) digits += String(random.int(0, 9));
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return digits + String((10 - (sum % 10)) % 10);
}

/** How long ago the terminated line ended: before last month, so its recent months are empty. */
const TERMINATED_DAYS_AGO = 75;

export function seedContracts(random: Random, now: number): ContractRecord[] {
  const isoDay = (date: Date) => date.toISOString().slice(0, 10);
  return LINES.map(([label, firstName, lastName, plan, status, traffic, active], index) => {
    // Signed 1 month to 4 years before now, counted in days from now rather than from this
    // calendar year: the same lines run to their term, or past it, on every day of the year.
    const daysAgo = (random.int(1, 4) - 1) * 365 + random.int(0, 11) * 30 + random.int(1, 28) + 30;
    const started = new Date(Math.floor(now / 86_400_000 - daysAgo) * 86_400_000);
    const term = new Date(Date.UTC(started.getUTCFullYear() + 2, started.getUTCMonth(), started.getUTCDate()));
    const services = new Map<string, ContractService>();
    for (const service of CATALOG) {
      services.set(service.id, { status: active.includes(service.id) ? 'active' : 'inactive', values: Object.fromEntries(service.parameters.map((p) => [p.key, p.value])) });
    }
    const m2m = plan === 'm2m';
    return {
      id: `ctr_${String(2001 + index)}`,
      msisdn: index === 0 ? '+48601200300' : `+48${m2m ? '790' : random.pick(['501', '512', '533', '601', '604', '662', '691', '724'])}${String(random.int(100_000, 999_999))}`,
      label,
      status,
      plan: { id: `plan_${plan}`, name: PLANS[plan]! },
      startedAt: isoDay(started),
      // A terminated line ended a few weeks ago (its calls stop there); others run to their term.
      endsAt: status === 'terminated' ? isoDay(new Date(now - TERMINATED_DAYS_AGO * 86_400_000)) : term.getTime() > now ? isoDay(term) : null,
      simUser: {
        firstName,
        lastName,
        email: m2m ? null : `${ascii(firstName).toLowerCase()}.${ascii(lastName).toLowerCase()}@transbud-logistyka.pl`,
        phone: null,
      },
      iccid: iccid(random),
      simType: index % 9 === 3 ? 'esim' : 'physical',
      version: 1,
      puk: String(random.int(10_000_000, 99_999_999)),
      services,
      orders: [],
      simSwaps: [],
      traffic: { perDay: traffic.perDay ?? 10, abroad: traffic.abroad ?? 0, recorded: traffic.recorded ?? false },
      failsCreditCheck: label === 'Nowy kierowca',
    };
  });
}
