import type { Catalog } from '../../i18n/locale.ts';
import type { CallCategory } from '@portico/sdk/contracts';

/** What one bar of the chart covers: a day, or a week when the period is long. */
export type Bucket = 'day' | 'week';

const en = {
  noContractTitle: 'No number chosen',
  noContractBody: 'Choose a number to see its calls summed up here.',
  title: 'Summary',
  disabledTitle: 'Call logs come with higher packages',
  disabled: 'Call logs are turned off. To turn them on, please contact your service provider or administrator.',
  noPbxTitle: 'No PBX',
  noPbx: 'This account has no hosted PBX, so it has no PBX calls. IP telephony with a PBX can be ordered from your provider.',
  categories: { voice: 'Calls', sms: 'SMS', data: 'Data', roaming: 'Roaming' } satisfies Record<CallCategory, string>,
  count: (p: { count: string }) => `${p.count} in all`,
  talk: (p: { time: string }) => `${p.time} of talk`,
  data: (p: { size: string }) => `${p.size} of data`,
  total: 'Total',
  chartTitle: { day: 'Calls and cost per day', week: 'Calls and cost per week' } satisfies Record<Bucket, string>,
  /** A legend entry with the largest value the chart shows. */
  legendCalls: (p: { max: string }) => `Calls (max ${p.max})`,
  legendCost: (p: { max: string }) => `Cost (max ${p.max})`,
  periods: { day: (n: number) => (n === 1 ? '1 day' : `${n} days`), week: (n: number) => (n === 1 ? '1 week' : `${n} weeks`) } satisfies Record<Bucket, unknown>,
  busiest: { day: (date: string) => date, week: (date: string) => `the week of ${date}` } satisfies Record<Bucket, unknown>,
  chartDescription: (p: { periods: string; busiest: string; busiestCount: string; cost: string }) =>
    `${p.periods}. The busiest was ${p.busiest}, with ${p.busiestCount} calls. Cost in the period: ${p.cost}.`,
  bucket: { day: (date: string) => date, week: (date: string) => `Week of ${date}` } satisfies Record<Bucket, unknown>,
  bar: (p: { date: string; count: string; cost: string }) => `${p.date}: ${p.count} calls, ${p.cost}`,
  asTable: { day: 'Show the days as a table', week: 'Show the weeks as a table' } satisfies Record<Bucket, string>,
  day: { day: 'Day', week: 'Week' } satisfies Record<Bucket, string>,
  calls: 'Calls',
  cost: 'Cost',
  hours: (p: { hours: string; minutes: string }) => `${p.hours} h ${p.minutes} min`,
  emptyTitle: 'No calls in this period',
  emptyBody: 'Choose a longer period to see totals.',
};

export type CallSummaryMessages = typeof en;

export const messages: Catalog<CallSummaryMessages> = {
  en,
  pl: {
    noContractTitle: 'Nie wybrano numeru',
    noContractBody: 'Wybierz numer, aby zobaczyć tu podsumowanie jego połączeń.',
    title: 'Podsumowanie',
    disabledTitle: 'Logi połączeń są dostępne w wyższych pakietach usługi',
    disabled: 'Logi połączeń są wyłączone. W celu włączenia proszę skontaktować się ze swoim dostawcą usługi lub administratorem.',
    noPbxTitle: 'Brak centrali',
    noPbx: 'To konto nie ma centrali IP Centrex, więc nie ma połączeń centrali. Telefonię IP z centralą można zamówić u dostawcy usługi.',
    categories: { voice: 'Rozmowy', sms: 'SMS-y', data: 'Internet', roaming: 'Roaming' },
    count: (p) => `Łącznie: ${p.count}`,
    talk: (p) => `Czas rozmów: ${p.time}`,
    data: (p) => `Transfer: ${p.size}`,
    total: 'Razem',
    chartTitle: { day: 'Połączenia i koszt dziennie', week: 'Połączenia i koszt tygodniowo' },
    legendCalls: (p) => `Połączenia (maks. ${p.max})`,
    legendCost: (p) => `Koszt (maks. ${p.max})`,
    periods: { day: (n) => `Dni: ${n}`, week: (n) => `Tygodnie: ${n}` },
    busiest: { day: (date) => `dnia ${date}`, week: (date) => `w tygodniu od ${date}` },
    chartDescription: (p) => `${p.periods}. Najwięcej połączeń (${p.busiestCount}) było ${p.busiest}. Koszt w okresie: ${p.cost}.`,
    bucket: { day: (date) => date, week: (date) => `Tydzień od ${date}` },
    bar: (p) => `${p.date}: połączenia ${p.count}, ${p.cost}`,
    asTable: { day: 'Pokaż dni jako tabelę', week: 'Pokaż tygodnie jako tabelę' },
    day: { day: 'Dzień', week: 'Tydzień' },
    calls: 'Połączenia',
    cost: 'Koszt',
    hours: (p) => `${p.hours} godz. ${p.minutes} min`,
    emptyTitle: 'Brak połączeń w tym okresie',
    emptyBody: 'Wybierz dłuższy okres, aby zobaczyć podsumowanie.',
  },
};
