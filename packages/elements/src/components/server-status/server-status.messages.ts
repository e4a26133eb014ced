import type { Incident, ServiceHealth } from '@portico/sdk/helpdesk';
import type { Catalog } from '../../i18n/locale.ts';
import { plural } from '../../i18n/plural.ts';

const en = {
  title: 'Server status',
  allGood: 'All systems are working',
  allGoodBody: 'No known problems right now.',
  someIssues: (p: { count: number }) => plural('en', p.count, { one: 'One server has problems', other: '# servers have problems' }),
  someIssuesBody: 'We are working on it. Updates are below.',
  health: { operational: 'Working', degraded: 'Slower than usual', outage: 'Not working', maintenance: 'Maintenance' } satisfies Record<ServiceHealth, string>,
  incident: { investigating: 'Investigating', identified: 'Cause found', monitoring: 'Fixed, monitoring', resolved: 'Resolved' } satisfies Record<Incident['status'], string>,
  uptime: (p: { percent: string }) => `${p.percent} uptime in the last 30 days`,
  services: 'Services',
  incidents: 'Current and recent problems',
  since: (p: { date: string }) => `Since ${p.date}`,
  resolvedAt: (p: { date: string }) => `Resolved ${p.date}`,
  checked: (p: { time: string }) => `Checked at ${p.time}`,
  refresh: 'Refresh',
  noneTitle: 'No servers to show',
  noneBody: 'Your services do not depend on servers we report here.',
};

export type ServerStatusMessages = typeof en;

export const messages: Catalog<ServerStatusMessages> = {
  en,
  pl: {
    title: 'Status serwerów',
    allGood: 'Wszystkie systemy działają',
    allGoodBody: 'Obecnie nie znamy żadnych problemów.',
    someIssues: (p) => plural('pl', p.count, { one: 'Jeden serwer ma problemy', few: '# serwery mają problemy', many: '# serwerów ma problemy', other: '# serwera ma problemy' }),
    someIssuesBody: 'Pracujemy nad tym. Informacje poniżej.',
    health: { operational: 'Działa', degraded: 'Działa wolniej', outage: 'Nie działa', maintenance: 'Prace serwisowe' },
    incident: { investigating: 'Badamy problem', identified: 'Znaleziono przyczynę', monitoring: 'Naprawiono, obserwujemy', resolved: 'Rozwiązano' },
    uptime: (p) => `Dostępność w ostatnich 30 dniach: ${p.percent}`,
    services: 'Usługi',
    incidents: 'Bieżące i niedawne problemy',
    since: (p) => `Od ${p.date}`,
    resolvedAt: (p) => `Rozwiązano ${p.date}`,
    checked: (p) => `Sprawdzono o ${p.time}`,
    refresh: 'Odśwież',
    noneTitle: 'Brak serwerów do pokazania',
    noneBody: 'Twoje usługi nie zależą od serwerów, o których tu informujemy.',
  },
};
