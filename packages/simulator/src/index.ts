/**
 * `@portico/simulator`: a stateful fake of the Portico platform for tests, Storybook and
 * demos. Hosts: `@portico/simulator/node` (msw in Node), `@portico/simulator/browser`
 * (msw worker), `@portico/simulator/server` (real HTTP on loopback) and the CLI.
 * @module
 */
export { Simulator, createSimulator, type SimulatorOptions } from './simulator.ts';
export { SimulatorClock } from './core/clock.ts';
export { DEMO_CUSTOMERS } from './data/seed.ts';
export { RESELLER_KEY, mswPath } from './http/route.ts';
export { FAULT_HEADER, type Fault } from './http/faults.ts';
export { CLIENT_ADDRESS_HEADER, DEFAULT_CLIENT_ADDRESS } from './http/client-address.ts';
export type { VerificationCall } from './data/security/records.ts';
export { DECLINED_BLIK_CODE } from './routes/account/index.ts';
export type { CustomerRecord, TopUpRecord, World } from './data/world.ts';
export type { SimulatorTimings } from './core/timings.ts';
export type { CustomerServiceRecord } from './data/customer-services.ts';
export type {
  AnnouncementRecord,
  AttachmentRecord,
  DepartmentRecord,
  DownloadCategoryRecord,
  DownloadRecord,
  HelpdeskWorld,
  IncidentRecord,
  ServerRecord,
  TicketRecord,
} from './data/helpdesk/records.ts';
export type { KbArticleSeed, KbCategorySeed } from './data/helpdesk/knowledge-base.ts';
