import type { PaymentMethod } from '@portico/sdk/account';
import type { Random } from '../core/random.ts';
import { BANK_ACCOUNT, type CustomerRecord, type TopUpRecord, type World } from './world.ts';
import { seedContracts } from './contracts.ts';
import { seedCustomerServices } from './customer-services.ts';
import { seedHelpdesk } from './helpdesk/seed.ts';
import { seedTickets } from './helpdesk/seed-tickets.ts';
import { seedOfficePbx, seedTrunkPbx } from './telephony/seed.ts';
import { openLedger, post, postTopUp, type LedgerRecord } from './ledger.ts';
import { seedInvoices } from './invoices/seed.ts';
import { invoiceHistory } from './invoices/ledger.ts';
import { invoiceTotals } from './invoices/records.ts';
import { seedUsers } from './users.ts';

const DAY = 86_400_000;

const card = (label: string): PaymentMethod => ({ id: 'pm_card', type: 'card', label });
const BLIK: PaymentMethod = { id: 'pm_blik', type: 'blik', label: 'BLIK' };
const TRANSFER: PaymentMethod = { id: 'pm_transfer', type: 'bank_transfer', label: 'Przelew bankowy' };

/** The demo reseller's customers; ids are fixed so that documentation can name them. */
export const DEMO_CUSTOMERS = {
  /** Prepaid VoIP office: tops up by card, BLIK or transfer. */
  prepaid: 'cus_1001',
  /** Postpaid business with mobile contracts: billed by invoice, cannot top up. */
  business: 'cus_1002',
  /** Hosting customer (VPS, domains), prepaid credit. */
  hosting: 'cus_1003',
  /** A new English-speaking customer with an empty history. */
  newcomer: 'cus_1004',
  /** A clinic on "Biznes Trunk": 40 extensions, hunt groups and a million calls on its PBX log. */
  trunk: 'cus_1005',
} as const;

/** Builds the starting world. The same seed and start time give the same world. */
export function seedWorld(random: Random, now: number): World {
  const customers: CustomerRecord[] = [
    {
      id: DEMO_CUSTOMERS.prepaid,
      name: 'Biuro Rachunkowe Kowalczyk s.c.',
      login: 'kowalczyk.biuro',
      email: 'biuro@kowalczyk-rachunki.pl',
      kind: 'voip',
      mode: 'prepaid',
      currency: 'PLN',
      locale: 'pl',
      balance: random.int(1500, 9000),
      creditLimit: null,
      paymentMethods: [card('Visa •••• 4242'), BLIK, TRANSFER],
      topUps: [],
      contracts: [],
      services: [],
      tickets: [],
      attachments: [],
      pbx: null,
      ledger: [],
      users: [],
      invoices: [],
    },
    {
      id: DEMO_CUSTOMERS.business,
      name: 'Transbud Logistyka sp. z o.o.',
      login: 'transbud',
      email: 'it@transbud-logistyka.pl',
      kind: 'mobile',
      mode: 'postpaid',
      currency: 'PLN',
      locale: 'pl',
      // Drawn to keep the draws after it as they were; the invoices left unpaid set the balance.
      balance: -random.int(80_000, 250_000),
      creditLimit: 500_000,
      // A postpaid account pays its invoices by card (or transfer); it cannot top up.
      paymentMethods: [card('Visa Business •••• 3417'), TRANSFER],
      topUps: [],
      contracts: [],
      services: [],
      tickets: [],
      attachments: [],
      pbx: null,
      ledger: [],
      users: [],
      invoices: [],
    },
    {
      id: DEMO_CUSTOMERS.hosting,
      name: 'Marta Wiśniewska',
      login: 'm.wisniewska',
      email: 'marta.wisniewska@poczta.example.pl',
      kind: 'hosting',
      mode: 'prepaid',
      currency: 'PLN',
      locale: 'pl',
      balance: random.int(5000, 30_000),
      creditLimit: null,
      paymentMethods: [card('Mastercard •••• 5100'), BLIK, TRANSFER],
      topUps: [],
      contracts: [],
      services: [],
      tickets: [],
      attachments: [],
      pbx: null,
      ledger: [],
      users: [],
      invoices: [],
    },
    {
      id: DEMO_CUSTOMERS.newcomer,
      name: 'Northwind Studio sp. z o.o.',
      login: 'northwind',
      email: 'billing@northwind.example',
      kind: 'hosting',
      mode: 'prepaid',
      currency: 'PLN',
      locale: 'en',
      balance: 0,
      creditLimit: null,
      paymentMethods: [card('Visa •••• 1881'), BLIK, TRANSFER],
      topUps: [],
      contracts: [],
      services: [],
      tickets: [],
      attachments: [],
      pbx: null,
      ledger: [],
      users: [],
      invoices: [],
    },
    {
      id: DEMO_CUSTOMERS.trunk,
      name: 'Centrum Medyczne Vita sp. z o.o.',
      login: 'vita.centrum',
      email: 'it@cm-vita.example.pl',
      kind: 'voip',
      mode: 'postpaid',
      currency: 'PLN',
      locale: 'pl',
      balance: -184_250,
      creditLimit: 1_000_000,
      paymentMethods: [card('Mastercard Business •••• 8820'), TRANSFER],
      topUps: [],
      contracts: [],
      services: [],
      tickets: [],
      attachments: [],
      pbx: null,
      ledger: [],
      users: [],
      invoices: [],
    },
  ];
  for (const customer of customers) {
    if (customer.mode === 'prepaid' && customer.id !== DEMO_CUSTOMERS.newcomer) customer.topUps = pastTopUps(random, customer, now);
  }
  customers.find((c) => c.id === DEMO_CUSTOMERS.business)!.contracts = seedContracts(random, now);
  // Fixed data from here on: no draws from `random`, so the rest of the world stays as it was.
  for (const customer of customers) {
    customer.invoices = seedInvoices(customer, now);
    bookHistory(customer, now);
  }
  const office = customers.find((c) => c.id === DEMO_CUSTOMERS.prepaid)!;
  office.pbx = seedOfficePbx(office.email, now);
  const trunk = customers.find((c) => c.id === DEMO_CUSTOMERS.trunk)!;
  trunk.pbx = seedTrunkPbx(trunk.email, now);
  const owners: Record<string, string> = { cus_1001: 'Anna Kowalczyk', cus_1002: 'Katarzyna Zawadzka', cus_1003: 'Marta Wiśniewska', cus_1004: 'Oliver Grant', cus_1005: 'Tomasz Zieliński' };
  for (const customer of customers) {
    customer.users = seedUsers(customer.id, { name: owners[customer.id] ?? customer.name, email: customer.email }, now);
    customer.services = seedCustomerServices(customer.id, customer.contracts);
    Object.assign(customer, seedTickets(customer, now));
  }
  return { customers: new Map(customers.map((c) => [c.id, c])), helpdesk: seedHelpdesk(now) };
}

/**
 * The ledger behind the seeded balance: the balance carried in a year ago, then every past
 * top-up and invoice in the order they happened, so that the balance is the sum of the ledger
 * from the start. A postpaid account with invoices owes what they leave unpaid: its balance
 * is minus that (and its history opens at zero).
 */
function bookHistory(customer: CustomerRecord, now: number): void {
  const owed = customer.invoices.filter((i) => i.paidAt === null).reduce((sum, i) => sum + invoiceTotals(i).gross, 0);
  const balance = customer.mode === 'postpaid' && customer.invoices.length ? -owed : customer.balance;
  const events = [
    ...customer.topUps
      .filter((t) => t.status === 'succeeded')
      .map((topUp) => ({ at: Date.parse(topUp.bookedAt!), amount: topUp.amount.amount, book: () => postTopUp(customer, topUp, Date.parse(topUp.bookedAt!)) })),
    ...invoiceHistory(customer.invoices, customer.mode).map((movement) => ({ at: movement.at, amount: movement.amount, book: () => post(customer, movement) })),
  ].sort((a, b) => a.at - b.at);
  const start = Math.min(now - 365 * DAY, ...events.map((e) => e.at - DAY));
  let opening = balance - events.reduce((sum, e) => sum + e.amount, 0);
  // A prepaid account that topped up more than it has left spent the rest on its services:
  // month by month, not as a debt it opened with.
  if (customer.mode === 'prepaid' && opening < 0) {
    events.push(...usageCharges(customer, -opening, start, now));
    events.sort((a, b) => a.at - b.at);
    opening = 0;
  }
  openLedger(customer, opening, start);
  for (const event of events) event.book();
}

/** What a prepaid account's services cost, `total` grosze spread over the months from `start` to `now`, booked at each month's end. */
function usageCharges(customer: CustomerRecord, total: number, start: number, now: number): { at: number; amount: number; book: () => LedgerRecord }[] {
  const ends: number[] = [];
  for (let month = new Date(start); ; ) {
    const end = Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1) - 60_000;
    if (end >= now) break;
    ends.push(end);
    month = new Date(end + 120_000);
  }
  if (!ends.length) ends.push(now - 60_000);
  const share = Math.floor(total / ends.length);
  return ends.map((at, i) => {
    const amount = -(i === ends.length - 1 ? total - share * (ends.length - 1) : share);
    const month = { pl: new Intl.DateTimeFormat('pl', { month: 'long', year: 'numeric', timeZone: 'Europe/Warsaw' }).format(at), en: new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'Europe/Warsaw' }).format(at) };
    return { at, amount, book: () => post(customer, { kind: 'charge', amount, at, description: { pl: `Opłaty za usługi — ${month.pl}`, en: `Service charges — ${month.en}` }, reference: null }) };
  });
}

/** A year of past top-ups, every one settled, newest first. */
function pastTopUps(random: Random, customer: CustomerRecord, now: number): TopUpRecord[] {
  const topUps: TopUpRecord[] = [];
  let at = now - random.int(3, 12) * DAY;
  for (let i = random.int(8, 16); i > 0; i--) {
    const method = random.pick(customer.paymentMethods);
    const amount = random.pick([2000, 5000, 5000, 10_000, 10_000, 20_000, 30_000]);
    const id = random.id('tu');
    const created = new Date(at).toISOString();
    const transfer = method.type === 'bank_transfer';
    topUps.push({
      id,
      amount: { amount, currency: customer.currency },
      paymentMethodId: method.id,
      method: method.type,
      status: 'succeeded',
      failureCode: null,
      createdAt: created,
      bookedAt: new Date(at + (transfer ? DAY + random.int(0, DAY) : 0)).toISOString(),
      bankTransfer: transfer ? transferInstructions(customer, id) : null,
      confirmation: null,
      bookAt: null,
    });
    at -= random.int(10, 40) * DAY;
  }
  return topUps;
}

export function transferInstructions(customer: CustomerRecord, topUpId: string) {
  return {
    iban: BANK_ACCOUNT.iban,
    recipient: BANK_ACCOUNT.recipient,
    title: `Zasilenie konta ${customer.login} ${topUpId}`,
    confirmationEmail: BANK_ACCOUNT.confirmationEmail,
  };
}
