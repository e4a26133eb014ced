import { addDays, dayKey, dayOf, monthStart, startOfDay, type CalendarDay } from '@portico/sdk/core';
import { Random } from '../../core/random.ts';
import { CATALOG } from '../catalog.ts';
import type { ContractRecord } from '../contracts.ts';
import { formatMsisdn } from '../customer-services.ts';
import { INVOICE_TIME_ZONE, invoiceTotals, type InvoiceLineRecord, type InvoiceRecord } from './records.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const VAT = 23;

/** Net monthly prices of the mobile plans, in grosze. */
const PLAN_PRICES: Record<string, number> = { plan_pro: 9900, plan_biz30: 5900, plan_start: 2900, plan_m2m: 900 };

/** A paper copy by post is billed as a line of its own (seed 001: paper invoices are paid extra). */
export const PAPER_COPY_LINE: InvoiceLineRecord = {
  description: { pl: 'Wysyłka faktury w formie papierowej', en: 'Paper copy of the invoice by post' },
  quantity: 1,
  unitNet: 500,
  vatRate: VAT,
};

/** What a customer's invoices are made of, and how the history was paid. */
interface Billing {
  /** Invoices of this many past months, the last one issued this month. */
  months: number;
  /** The lines of the month `period` bills. */
  lines: (period: { from: CalendarDay; to: CalendarDay }, random: Random) => InvoiceLineRecord[];
  /** How the seeded history paid what it paid: a prepaid account from its balance, others by transfer. */
  paidWith: 'balance' | 'bank_transfer';
  /** Invoices left unpaid, counted back from the latest: 1 leaves the latest, 2 the latest and the one before (overdue by now). */
  unpaid: number;
  paperCopy: boolean;
  /** The latest invoice's gross, when the seeded balance says what is owed: its calls make it up. */
  latestGross?: number;
}

const line = (pl: string, en: string, unitNet: number, quantity = 1): InvoiceLineRecord => ({ description: { pl, en }, quantity, unitNet, vatRate: VAT });

/** The mobile business: one subscription line per contract live in the month, and its paid services. */
function mobileLines(contracts: readonly ContractRecord[]) {
  return (period: { from: CalendarDay; to: CalendarDay }): InvoiceLineRecord[] => {
    const lines: InvoiceLineRecord[] = [];
    for (const contract of contracts) {
      if (contract.startedAt > dayKey(period.to) || (contract.endsAt !== null && contract.endsAt < dayKey(period.from))) continue;
      const number = formatMsisdn(contract.msisdn);
      const who = contract.label ? ` (${contract.label})` : '';
      lines.push(line(`Abonament ${contract.plan.name} — ${number}${who}`, `Subscription ${contract.plan.name} — ${number}${who}`, PLAN_PRICES[contract.plan.id] ?? 4900));
      for (const service of CATALOG) {
        if (service.monthlyFee === null || contract.services.get(service.id)?.status !== 'active') continue;
        lines.push(line(`${service.name.pl} — ${number}`, `${service.name.en} — ${number}`, service.monthlyFee));
      }
    }
    return lines;
  };
}

/** The clinic's trunk and PBX, and its calls of the month. */
function trunkLines(period: { from: CalendarDay }, random: Random): InvoiceLineRecord[] {
  const month = monthName(period.from);
  return [
    line('Biznes Trunk — linie SIP', 'Business Trunk — SIP lines', 2900, 8),
    line('Centrala IP Centrex — numery wewnętrzne', 'IP Centrex PBX — extensions', 600, 40),
    line(`Połączenia na numery stacjonarne — ${month.pl}`, `Calls to landlines — ${month.en}`, random.int(38_000, 52_000)),
    line(`Połączenia na numery komórkowe — ${month.pl}`, `Calls to mobiles — ${month.en}`, random.int(55_000, 72_000)),
  ];
}

/** The hosting customer's website, mailboxes and server; the domain renews once a year. */
function hostingLines(period: { from: CalendarDay }): InvoiceLineRecord[] {
  const lines = [
    line('VPS Standard 4 GB — vps-2481.fiberlink.example', 'VPS Standard 4 GB — vps-2481.fiberlink.example', 4900),
    line('Hosting WWW Biznes — ceramika-wisniewska.pl', 'Web hosting Business — ceramika-wisniewska.pl', 1900),
    line('Poczta e-mail — skrzynki @ceramika-wisniewska.pl', 'E-mail — mailboxes @ceramika-wisniewska.pl', 300, 5),
  ];
  if (period.from.month === 9) lines.push(line('Domena ceramika-wisniewska.pl — odnowienie na 12 miesięcy', 'Domain ceramika-wisniewska.pl — renewal for 12 months', 5900));
  return lines;
}

const MONTHS = {
  pl: ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const monthName = (day: CalendarDay) => ({ pl: `${MONTHS.pl[day.month - 1]} ${day.year}`, en: `${MONTHS.en[day.month - 1]} ${day.year}` });

/** What each demo customer is invoiced for; customers not named have no invoices. */
function billingOf(customerId: string, contracts: readonly ContractRecord[], balance: number): Billing | undefined {
  switch (customerId) {
    case 'cus_1002':
      return { months: 12, lines: mobileLines(contracts), paidWith: 'bank_transfer', unpaid: 2, paperCopy: true };
    case 'cus_1005':
      return { months: 12, lines: trunkLines, paidWith: 'bank_transfer', unpaid: 1, paperCopy: false, latestGross: -balance };
    case 'cus_1003':
      return { months: 4, lines: hostingLines, paidWith: 'balance', unpaid: 1, paperCopy: false };
    default:
      return undefined;
  }
}

/**
 * A customer's invoices up to `now`, oldest first: one a month for the month before, issued
 * on the first day and due on the last day of the month it is issued in. The history was paid
 * (a prepaid account from its balance the day after, others by transfer within three weeks);
 * the latest ones are not: on a postpaid account the one before the latest is overdue by now.
 * Deterministic: the same customer and moment give the same invoices, with no draws from the
 * world's generator.
 */
export function seedInvoices(customer: { id: string; contracts: readonly ContractRecord[]; balance: number }, now: number): InvoiceRecord[] {
  const billing = billingOf(customer.id, customer.contracts, customer.balance);
  if (!billing) return [];
  const today = dayOf(now, INVOICE_TIME_ZONE);
  const customerNumber = Number(customer.id.slice(4));
  const invoices: InvoiceRecord[] = [];
  for (let back = billing.months; back >= 1; back--) {
    const from = monthStart(today, -back);
    const issue = monthStart(today, 1 - back);
    const to = addDays(issue, -1);
    const due = addDays(monthStart(issue, 1), -1);
    const random = new Random(customerNumber * 100_000 + from.year * 12 + from.month);
    const lines = billing.lines({ from, to }, random);
    if (billing.paperCopy) lines.push({ ...PAPER_COPY_LINE });
    const issuedAt = Math.min(startOfDay(issue, INVOICE_TIME_ZONE) + 6 * HOUR, now);
    const unpaid = back <= billing.unpaid;
    const paidAt = unpaid ? null : Math.min(issuedAt + (billing.paidWith === 'balance' ? DAY : random.int(7, 20) * DAY + random.int(8, 16) * HOUR), now);
    const sequence = 100 + ((issue.month * 37 + customerNumber) % 400);
    invoices.push({
      id: `inv_${customerNumber}_${dayKey(from).slice(0, 7).replace('-', '')}`,
      number: `FV/${issue.year}/${String(issue.month).padStart(2, '0')}/${String(sequence).padStart(5, '0')}`,
      issueDate: dayKey(issue),
      dueDate: dayKey(due),
      period: { from: dayKey(from), to: dayKey(to) },
      issuedAt,
      lines,
      paidAt,
      paidWith: unpaid ? null : billing.paidWith,
      paperCopy: billing.paperCopy,
      version: unpaid ? 1 : 2,
    });
  }
  if (billing.latestGross !== undefined) settleCalls(invoices.at(-1)!, billing.latestGross);
  return invoices;
}

/**
 * Makes the invoice's gross exactly `gross` by its two call lines (the last two): VAT is
 * rounded per line, so not every gross is reached by one line alone; with two, one is.
 */
function settleCalls(invoice: InvoiceRecord, gross: number): void {
  const [landlines, mobiles] = invoice.lines.slice(-2) as [InvoiceLineRecord, InvoiceLineRecord];
  const fixed = invoiceTotals({ lines: invoice.lines.slice(0, -2) }).gross;
  const calls = gross - fixed;
  if (calls <= 0) return;
  const lineGross = (net: number) => invoiceTotals({ lines: [{ ...landlines, unitNet: net, quantity: 1 }] }).gross;
  for (let first = Math.floor((calls * 0.4) / 1.23); first > 0; first--) {
    const rest = calls - lineGross(first);
    const estimate = Math.round(rest / 1.23);
    for (const second of [estimate - 1, estimate, estimate + 1]) {
      if (second > 0 && lineGross(second) === rest) {
        landlines.unitNet = first;
        mobiles.unitNet = second;
        return;
      }
    }
  }
}
