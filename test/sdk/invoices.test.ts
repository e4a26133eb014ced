import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictError, createClient, NotFoundError, PermissionError, ValidationError, type Invoice, type InvoiceSummary, type LedgerEntry, type PorticoClient } from '@portico/sdk';
import { isA } from '@portico/sdk/core';
import { invoiceList } from '@portico/sdk/account';
import { BASE_URL, FAST_RETRY, clientFor, useSimulator } from '../support/simulator.ts';

const sim = useSimulator({ seed: 9 });
const { prepaid: office, business, hosting, trunk } = sim.customers;
const DAY = 86_400_000;

/** A client whose sessions act as one portal user of the customer. */
const as = (customerId: string, userId: string): PorticoClient =>
  createClient({ baseUrl: BASE_URL, retry: false, fetchSessionToken: async () => sim.createSession(customerId, undefined, userId) });

const all = (client: PorticoClient, query = {}) => client.account.invoices.list({ limit: 100, ...query }).toArray({ limit: 1000 });
const ledgerOf = async (client: PorticoClient): Promise<LedgerEntry[]> => (await client.account.ledger.list({ limit: 100 }).toArray({ limit: 10_000 })).reverse();
const balanceOf = async (client: PorticoClient) => (await client.account.balance.retrieve()).available.amount;
const firstWith = async (client: PorticoClient, status: InvoiceSummary['status']) => (await all(client, { status }))[0]!;

/** `164327` as the invoice writes it, by a rule of its own: `1 643,27`. */
function written(minor: number): string {
  const whole = String(Math.floor(minor / 100));
  let grouped = '';
  for (let i = 0; i < whole.length; i++) grouped += (i > 0 && (whole.length - i) % 3 === 0 ? ' ' : '') + whole[i];
  return `${grouped},${String(minor % 100).padStart(2, '0')}`;
}

/** The PDF's text, read back by an independent parser (Mozilla's PDF.js). */
async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
  }
  await document.destroy();
  return { pages: document.numPages, text: text.replace(/[\u00a0\u202f]/g, ' ') };
}

describe('invoices (A10)', () => {
  beforeEach(() => sim.reset());

  it('lists a year of monthly invoices for the postpaid accounts and a few for hosting, newest first, with a total', async () => {
    for (const [customerId, count] of [[business, 12], [trunk, 12], [hosting, 4], [office, 0]] as const) {
      const client = clientFor(sim, customerId);
      const invoices = await all(client);
      assert.equal(invoices.length, count, customerId);
      assert.ok(invoices.every((invoice, i) => i === 0 || invoice.issueDate < invoices[i - 1]!.issueDate), 'newest first');
      assert.ok(invoices.every((invoice) => /^FV\/\d{4}\/\d{2}\/\d{5}$/.test(invoice.number)), 'numbered FV/yyyy/mm/nnnnn');
      assert.equal(new Set(invoices.map((i) => i.number)).size, count, 'numbers are unique');
      const first = await client.request(invoiceList, { query: { limit: 5 } });
      assert.equal(first.total, count);
      assert.equal(first.data.length, Math.min(5, count));
      assert.equal(first.nextCursor !== null, count > 5);
    }
  });

  it('a couple are unpaid and one is overdue; the postpaid balance is minus what they leave owed', async () => {
    const client = clientFor(sim, business);
    const invoices = await all(client);
    assert.deepEqual(invoices.slice(0, 3).map((i) => i.status), ['unpaid', 'overdue', 'paid']);
    assert.ok(invoices.slice(2).every((i) => i.status === 'paid' && i.paidAt !== null && i.paidWith === 'bank_transfer'));
    const owed = invoices.filter((i) => i.status !== 'paid').reduce((sum, i) => sum + i.gross.amount, 0);
    assert.equal(await balanceOf(client), -owed);
    // The clinic's seeded amount due stays what its dashboard shows: its latest invoice.
    const clinic = clientFor(sim, trunk);
    const latest = (await all(clinic))[0]!;
    assert.equal(latest.status, 'unpaid');
    assert.equal(latest.gross.amount, 184_250);
    assert.equal(await balanceOf(clinic), -184_250);
  });

  it('filters by status and by the period issued in, and pages', async () => {
    const client = clientFor(sim, business);
    const invoices = await all(client);
    for (const status of ['unpaid', 'overdue', 'paid'] as const) {
      assert.deepEqual((await all(client, { status })).map((i) => i.id), invoices.filter((i) => i.status === status).map((i) => i.id), status);
    }
    const year = invoices[0]!.issueDate.slice(0, 4);
    const thisYear = await all(client, { from: `${year}-01-01`, to: `${Number(year) + 1}-01-01` });
    assert.deepEqual(thisYear.map((i) => i.id), invoices.filter((i) => i.issueDate.startsWith(year)).map((i) => i.id));
    const pages: string[][] = [];
    for (let page: Awaited<ReturnType<PorticoClient['account']['invoices']['list']>> | null = await client.account.invoices.list({ limit: 5 }); page; page = await page.nextPage()) pages.push(page.data.map((i) => i.id));
    assert.deepEqual(pages.map((p) => p.length), [5, 5, 2]);
    assert.deepEqual(pages.flat(), invoices.map((i) => i.id));
    const wrong = await client.account.invoices.list({ status: 'lost' as never }).catch((e: unknown) => e);
    assert.ok(isA(wrong, ValidationError) && !wrong.sent, 'a status that does not exist is refused before sending');
  });

  it('amounts add up: per line net = quantity × unit, VAT 23% rounded per line, net + VAT = gross; the totals are the sums', async () => {
    for (const customerId of [business, trunk, hosting]) {
      const client = clientFor(sim, customerId);
      for (const summary of await all(client)) {
        const invoice: Invoice = await client.account.invoices.retrieve(summary.id);
        assert.ok(invoice.lines.length > 0);
        for (const line of invoice.lines) {
          assert.equal(line.net.amount, line.quantity * line.unitNet.amount);
          assert.equal(line.vatRate, 23);
          assert.equal(line.vat.amount, Math.floor((line.net.amount * 23 + 50) / 100), `VAT of ${line.net.amount} rounded half up`);
          assert.equal(line.net.amount + line.vat.amount, line.gross.amount);
        }
        const sum = (pick: (line: Invoice['lines'][number]) => number) => invoice.lines.reduce((total, line) => total + pick(line), 0);
        assert.equal(invoice.net.amount, sum((l) => l.net.amount));
        assert.equal(invoice.vat.amount, sum((l) => l.vat.amount));
        assert.equal(invoice.gross.amount, sum((l) => l.gross.amount));
        assert.equal(invoice.net.amount + invoice.vat.amount, invoice.gross.amount);
        assert.deepEqual({ ...invoice, lines: undefined }, { ...summary, lines: undefined }, 'the list says what the invoice says');
      }
    }
  });

  it('lines speak the language asked for; an unknown invoice is 404', async () => {
    const id = (await all(clientFor(sim, business)))[0]!.id;
    const pl = await clientFor(sim, business, { locale: 'pl' }).account.invoices.retrieve(id);
    const en = await clientFor(sim, business, { locale: 'en' }).account.invoices.retrieve(id);
    assert.match(pl.lines[0]!.description, /^Abonament /);
    assert.match(en.lines[0]!.description, /^Subscription /);
    assert.match(pl.lines.at(-1)!.description, /papierowej/, 'a paper copy is a paid line of its own');
    assert.equal(pl.paperCopy, true);
    const missing = await clientFor(sim, business).account.invoices.retrieve('inv_nope').catch((e: unknown) => e);
    assert.ok(isA(missing, NotFoundError) && missing.code === 'invoice_not_found');
  });

  it('pays from the balance: one ledger entry, the balance falls by exactly the gross, the invoice is paid', async () => {
    const client = clientFor(sim, hosting);
    sim.world.customers.get(hosting)!.balance = 50_000;
    const invoice = await firstWith(client, 'unpaid');
    const before = await balanceOf(client);
    const entries = (await ledgerOf(client)).length;
    const sent = sim.clock.now();
    const paid = await client.account.invoices.pay(invoice.id, { method: 'balance' });
    assert.equal(paid.status, 'paid');
    assert.equal(paid.paidWith, 'balance');
    assert.ok(Date.parse(paid.paidAt!) >= sent && Date.parse(paid.paidAt!) <= sim.clock.now(), 'paid now');
    assert.equal(paid.version, invoice.version + 1);
    assert.equal(await balanceOf(client), before - invoice.gross.amount);
    const ledger = await ledgerOf(client);
    assert.equal(ledger.length, entries + 1);
    assert.deepEqual([ledger.at(-1)!.kind, ledger.at(-1)!.amount.amount, ledger.at(-1)!.reference], ['invoice_payment', -invoice.gross.amount, { type: 'invoice', id: invoice.id }]);
    assert.equal((await client.account.invoices.retrieve(invoice.id)).status, 'paid');
  });

  it('pays by card on a prepaid account: the card money in and out in one booking, the balance as it was', async () => {
    const client = clientFor(sim, hosting, { locale: 'pl' });
    sim.world.customers.get(hosting)!.balance = 100;
    const invoice = await firstWith(client, 'unpaid');
    const before = await balanceOf(client);
    const paid = await client.account.invoices.pay(invoice.id, { method: 'card', paymentMethodId: 'pm_card' });
    assert.equal(paid.paidWith, 'card');
    assert.equal(await balanceOf(client), before);
    const [cardIn, out] = (await ledgerOf(client)).slice(-2);
    assert.deepEqual([cardIn!.kind, cardIn!.amount.amount, out!.kind, out!.amount.amount], ['top_up', invoice.gross.amount, 'invoice_payment', -invoice.gross.amount]);
    assert.equal(cardIn!.bookedAt, out!.bookedAt);
    assert.match(out!.description, new RegExp(`^Zapłata faktury ${invoice.number} kartą$`));
  });

  it('pays an overdue invoice of a postpaid account by card: its debt falls by exactly the gross', async () => {
    const client = clientFor(sim, business);
    const invoice = await firstWith(client, 'overdue');
    const before = await balanceOf(client);
    const paid = await client.account.invoices.pay(invoice.id, { method: 'card', paymentMethodId: 'pm_card' });
    assert.equal(paid.status, 'paid');
    assert.equal(await balanceOf(client), before + invoice.gross.amount);
    const last = (await ledgerOf(client)).at(-1)!;
    assert.deepEqual([last.kind, last.amount.amount], ['invoice_payment', invoice.gross.amount]);
    assert.deepEqual((await all(client, { status: 'overdue' })).map((i) => i.id), []);
  });

  it('a postpaid balance is what is owed: it pays nothing (409 postpaid_account); a card must be one of the account’s', async () => {
    const client = clientFor(sim, trunk);
    const invoice = await firstWith(client, 'unpaid');
    const fromBalance = await client.account.invoices.pay(invoice.id, { method: 'balance' }).catch((e: unknown) => e);
    assert.ok(isA(fromBalance, ConflictError) && fromBalance.code === 'postpaid_account');
    const transfer = await client.account.invoices.pay(invoice.id, { method: 'card', paymentMethodId: 'pm_transfer' }).catch((e: unknown) => e);
    assert.ok(isA(transfer, ValidationError));
    assert.deepEqual(transfer.fieldErrors.map((f) => [f.path, f.code]), [['paymentMethodId', 'unknown_payment_method']]);
    assert.equal((await client.account.invoices.retrieve(invoice.id)).status, 'unpaid');
  });

  it('refuses 409 insufficient_funds when the prepaid balance does not cover it, and books nothing', async () => {
    const client = clientFor(sim, hosting);
    const invoice = await firstWith(client, 'unpaid');
    sim.world.customers.get(hosting)!.balance = invoice.gross.amount - 1;
    const entries = (await ledgerOf(client)).length;
    const error = await client.account.invoices.pay(invoice.id, { method: 'balance' }).catch((e: unknown) => e);
    assert.ok(isA(error, ConflictError));
    assert.equal(error.code, 'insufficient_funds');
    assert.deepEqual(error.fieldErrors[0]?.params, { balance: invoice.gross.amount - 1, amount: invoice.gross.amount, currency: 'PLN' });
    assert.equal((await ledgerOf(client)).length, entries);
    assert.equal(await balanceOf(client), invoice.gross.amount - 1);
    // Exactly enough is enough.
    sim.world.customers.get(hosting)!.balance = invoice.gross.amount;
    assert.equal((await client.account.invoices.pay(invoice.id, { method: 'balance' })).status, 'paid');
    assert.equal(await balanceOf(client), 0);
  });

  it('a paid invoice is not paid twice: 409 already_paid, nothing booked', async () => {
    const client = clientFor(sim, business);
    const invoice = await firstWith(client, 'paid');
    const entries = (await ledgerOf(client)).length;
    const error = await client.account.invoices.pay(invoice.id, { method: 'card', paymentMethodId: 'pm_card' }).catch((e: unknown) => e);
    assert.ok(isA(error, ConflictError) && error.code === 'already_paid');
    assert.equal((await ledgerOf(client)).length, entries);
  });

  it('a lost answer is retried with the same key and pays once; the same key again replays the payment', async () => {
    const client = clientFor(sim, hosting, { retry: FAST_RETRY });
    sim.world.customers.get(hosting)!.balance = 40_000;
    const invoice = await firstWith(client, 'unpaid');
    sim.faults.enqueue({ loseResponse: true, path: '/pay' });
    const paid = await client.account.invoices.pay(invoice.id, { method: 'balance' }, { idempotencyKey: 'pay-once' });
    const posts = sim.log.filter((e) => e.method === 'POST' && e.path === `/v1/account/invoices/${invoice.id}/pay`);
    assert.deepEqual(posts.map((e) => e.status), ['dropped', 200]);
    assert.equal(posts[0]!.idempotencyKey, posts[1]!.idempotencyKey);
    assert.equal(paid.status, 'paid');
    assert.equal(await balanceOf(client), 40_000 - invoice.gross.amount);
    const again = await client.account.invoices.pay(invoice.id, { method: 'balance' }, { idempotencyKey: 'pay-once' });
    assert.deepEqual(again, paid);
    assert.equal(await balanceOf(client), 40_000 - invoice.gross.amount);
    assert.equal((await ledgerOf(client)).filter((e) => e.reference?.id === invoice.id).length, 1);
  });

  it('becomes overdue when the simulator’s clock passes its due date', async () => {
    const client = clientFor(sim, trunk);
    const invoice = await firstWith(client, 'unpaid');
    const now = sim.clock.now();
    try {
      // The first day after the due date, on the platform's (Polish) calendar.
      const dayAfter = Date.parse(`${invoice.dueDate}T00:00:00Z`) + DAY;
      sim.clock.advance(dayAfter - sim.clock.now() - 3 * 3_600_000);
      assert.equal((await client.account.invoices.retrieve(invoice.id)).status, 'unpaid', 'still the due date in Warsaw');
      sim.clock.advance(3 * 3_600_000);
      assert.equal((await client.account.invoices.retrieve(invoice.id)).status, 'overdue');
      assert.deepEqual((await all(client, { status: 'overdue' })).map((i) => i.id), [invoice.id]);
    } finally {
      sim.clock.set(now);
    }
  });

  it('the PDF: a short-lived link to a real PDF whose text another parser reads back — number, amount due, Polish words', async () => {
    const client = clientFor(sim, business);
    const invoice = await client.account.invoices.retrieve((await firstWith(client, 'unpaid')).id);
    const link = await client.account.invoices.pdf(invoice.id);
    assert.equal(link.contentType, 'application/pdf');
    assert.equal(link.fileName, `${invoice.number.replace(/\//g, '_')}.pdf`);
    const lifetime = Date.parse(link.expiresAt) - sim.clock.now();
    assert.ok(lifetime > 5 * 60_000 - 1000 && lifetime <= 5 * 60_000, 'five minutes');
    const response = await fetch(link.url);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.match(response.headers.get('content-disposition')!, /^inline; filename="FV_\d{4}_\d{2}_\d{5}\.pdf"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.equal(new TextDecoder().decode(bytes.slice(0, 5)), '%PDF-');
    const { pages, text } = await pdfText(bytes);
    assert.ok(pages >= 1);
    assert.ok(text.includes(invoice.number), 'the invoice number');
    assert.ok(text.includes(`${written(invoice.gross.amount)} zł`), `the amount due as written: ${written(invoice.gross.amount)} zł`);
    for (const word of ['Faktura VAT', 'Sprzedawca', 'Nabywca', 'Razem do zapłaty', 'Słownie', 'Należność', 'Kwota VAT', 'Termin płatności', 'Transbud Logistyka sp. z o.o.', 'PL61 1090 1014 0000 0712 1981 2874']) {
      assert.ok(text.includes(word), `"${word}" reads back`);
    }
    assert.ok(text.includes('Wysyłka faktury w formie papierowej'), 'the paper copy, a paid line');
    // The link is short-lived: five minutes on, it opens nothing.
    sim.clock.advance(5 * 60_000);
    assert.equal((await fetch(link.url)).status, 404);
  });

  it('a paid invoice’s PDF says when and how it was paid', async () => {
    const client = clientFor(sim, hosting);
    const invoice = await firstWith(client, 'paid');
    const { text } = await pdfText(new Uint8Array(await (await fetch((await client.account.invoices.pdf(invoice.id)).url)).arrayBuffer()));
    assert.ok(text.includes(`Zapłacono ${invoice.paidAt!.slice(0, 10)} z salda konta`), text.slice(-400));
    assert.ok(text.includes('Marta Wiśniewska'));
  });

  it('needs the "finances" permission, both ways; a read-only user may look but not pay', async () => {
    const refused = async (call: Promise<unknown>) => {
      const error = await call.catch((e: unknown) => e);
      assert.ok(isA(error, PermissionError), String(error));
      return `${error.code}:${String(error.fieldErrors[0]?.params?.['permission'] ?? '')}`;
    };
    const receptionist = as(office, 'usr_1001_office');
    assert.equal(await refused(receptionist.account.invoices.list()), 'permission_denied:finances');
    assert.equal(await refused(receptionist.account.invoices.retrieve('inv_1002_202601')), 'permission_denied:finances');
    assert.equal(await refused(receptionist.account.invoices.pdf('inv_1002_202601')), 'permission_denied:finances');
    assert.equal(await refused(receptionist.account.invoices.pay('inv_1002_202601', { method: 'balance' })), 'permission_denied:finances');
    assert.equal(await refused(receptionist.account.ledger.list()), 'permission_denied:finances');
    const accounts = as(office, 'usr_1001_accounts');
    assert.deepEqual((await accounts.account.invoices.list()).data, []);
    const audit = as(business, 'usr_1002_audit');
    const invoice = (await audit.account.invoices.list({ status: 'unpaid' })).data[0]!;
    assert.equal((await audit.account.invoices.pdf(invoice.id)).contentType, 'application/pdf');
    assert.equal(await refused(audit.account.invoices.pay(invoice.id, { method: 'card', paymentMethodId: 'pm_card' })), 'read_only_user:');
  });

  it('another customer’s invoice is not found', async () => {
    const error = await clientFor(sim, hosting).account.invoices.retrieve('inv_1002_202601').catch((e: unknown) => e);
    assert.ok(isA(error, NotFoundError));
  });
});

describe('payment history: the ledger (A10)', () => {
  beforeEach(() => sim.reset());

  it('holds the invoices: charged when issued and paid on a postpaid account, paid from the balance on a prepaid one', async () => {
    const client = clientFor(sim, business, { locale: 'pl' });
    const invoices = await all(client);
    const charges = await client.account.ledger.list({ kind: 'charge', limit: 100 }).toArray({ limit: 1000 });
    assert.deepEqual(charges.map((e) => e.reference?.id), invoices.map((i) => i.id));
    assert.deepEqual(charges.map((e) => e.amount.amount), invoices.map((i) => -i.gross.amount));
    const payments = await client.account.ledger.list({ kind: 'invoice_payment', limit: 100 }).toArray({ limit: 1000 });
    assert.deepEqual(payments.map((e) => e.reference?.id), invoices.filter((i) => i.status === 'paid').map((i) => i.id));
    assert.match(payments[0]!.description, /^Zapłata faktury FV\/\d{4}\/\d{2}\/\d{5} przelewem$/);
    const hostingPayments = await clientFor(sim, hosting).account.ledger.list({ kind: 'invoice_payment', limit: 100 }).toArray({ limit: 100 });
    assert.ok(hostingPayments.length === 3 && hostingPayments.every((e) => e.amount.amount < 0));
  });

  it('filters by period and kind together', async () => {
    const client = clientFor(sim, trunk);
    const every = await client.account.ledger.list({ limit: 100 }).toArray({ limit: 1000 });
    const from = every[6]!.bookedAt;
    const to = every[2]!.bookedAt;
    const window = await client.account.ledger.list({ from, to, kind: 'invoice_payment', limit: 100 }).toArray({ limit: 1000 });
    assert.deepEqual(
      window.map((e) => e.id),
      every.filter((e) => e.bookedAt >= from && e.bookedAt < to && e.kind === 'invoice_payment').map((e) => e.id),
    );
    assert.ok(window.length > 0);
  });
});
