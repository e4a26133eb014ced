import { http, HttpResponse } from 'msw';
import { invoiceOperations } from '@portico/sdk/contract';
import { postInvoicePayment } from '../../data/invoices/ledger.ts';
import { invoiceFileName, invoiceTotals, statusOf, wireInvoice, wireInvoiceSummary, type InvoiceRecord } from '../../data/invoices/records.ts';
import { RESELLER } from '../../data/reseller.ts';
import type { CustomerRecord } from '../../data/world.ts';
import type { SimulatorContext } from '../../http/context.ts';
import { attachmentDisposition } from '../../http/disposition.ts';
import { localeOf } from '../../http/locale.ts';
import { paginate } from '../../http/paginate.ts';
import { Problem } from '../../http/problem.ts';
import { route } from '../../http/route.ts';

/** How long a link to an invoice's PDF opens it. */
const LINK_TTL = 5 * 60_000;

/** A10: invoices — list, one with its lines, its PDF behind a short-lived link, and paying it. */
export function invoiceRoutes(sim: SimulatorContext) {
  return [
    route(sim, invoiceOperations.list, ({ customer, query }) => {
      const now = sim.clock.now();
      const invoices = customer.invoices
        .filter((i) => (!query.from || i.issueDate >= query.from) && (!query.to || i.issueDate < query.to) && (!query.status || statusOf(i, now) === query.status))
        .slice()
        .reverse()
        .map((i) => wireInvoiceSummary(i, customer.currency, now));
      return { ...paginate(invoices, { cursor: query.cursor, limit: query.limit ?? 20 }), total: invoices.length };
    }),
    route(sim, invoiceOperations.retrieve, ({ customer, params, request }) => wireInvoice(findInvoice(customer, params.id), customer.currency, sim.clock.now(), localeOf(request, customer))),
    route(sim, invoiceOperations.pdf, ({ customer, params, request }) => {
      const invoice = findInvoice(customer, params.id);
      const token = sim.random.id('doc', 24);
      const expiresAt = sim.clock.now() + LINK_TTL;
      sim.invoiceLinks.set(token, { customerId: customer.id, invoiceId: invoice.id, expiresAt });
      const fileName = invoiceFileName(invoice);
      return { url: `${new URL(request.url).origin}/media/invoices/${token}/${encodeURIComponent(fileName)}`, contentType: 'application/pdf', fileName, expiresAt: new Date(expiresAt).toISOString() };
    }),
    route(sim, invoiceOperations.pay, ({ customer, params, body, request }) => {
      const invoice = findInvoice(customer, params.id);
      const now = sim.clock.now();
      if (invoice.paidAt !== null) {
        throw new Problem(409, 'already_paid', `Invoice ${invoice.number} was paid on ${new Date(invoice.paidAt).toISOString().slice(0, 10)}; it is not paid twice.`);
      }
      const gross = invoiceTotals(invoice).gross;
      if (body.method === 'balance') {
        if (customer.mode === 'postpaid') {
          throw new Problem(409, 'postpaid_account', "This is a postpaid account: its balance is what it owes, so an invoice is paid by card or bank transfer, not from the balance.");
        }
        if (customer.balance < gross) {
          throw new Problem(409, 'insufficient_funds', `The balance (${customer.balance} minor units) does not cover invoice ${invoice.number} (${gross}). Top up the account, or pay by card.`, {
            errors: [{ pointer: '/method', code: 'insufficient_funds', detail: 'The balance does not cover the invoice.', params: { balance: customer.balance, amount: gross, currency: customer.currency } }],
          });
        }
      } else {
        const card = customer.paymentMethods.find((m) => m.id === body.paymentMethodId);
        if (!card || card.type !== 'card') throw Problem.field('/paymentMethodId', 'unknown_payment_method', 'This is not one of the account’s cards.');
      }
      postInvoicePayment(customer, invoice, customer.mode, body.method, now);
      invoice.paidAt = now;
      invoice.paidWith = body.method;
      invoice.version++;
      return wireInvoice(invoice, customer.currency, now, localeOf(request, customer));
    }),

    // The PDF behind a link: signed by its token, so a new tab or a download needs no session.
    http.get('*/media/invoices/:token/:file', async ({ params }) => {
      const link = sim.invoiceLinks.get(String(params.token));
      if (!link || link.expiresAt < sim.clock.now()) return new HttpResponse('This invoice link has expired. Ask for a new one.', { status: 404 });
      const customer = sim.world.customers.get(link.customerId);
      const invoice = customer?.invoices.find((i) => i.id === link.invoiceId);
      if (!customer || !invoice) return new HttpResponse('This invoice no longer exists.', { status: 404 });
      const bytes = await invoicePdf(customer, invoice, sim.clock.now());
      return new HttpResponse(bytes, {
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': attachmentDisposition(invoiceFileName(invoice)).replace(/^attachment/, 'inline'),
          'cache-control': 'private, max-age=300',
        },
      });
    }),
  ];
}

/** The PDF, written by a module loaded only now: pdf-lib and the font stay out of every page that opens no invoice. */
async function invoicePdf(customer: CustomerRecord, invoice: InvoiceRecord, now: number): Promise<Uint8Array> {
  const { renderInvoicePdf } = await import('../../data/invoices/pdf.ts');
  const seller = { brand: RESELLER.name, legalName: RESELLER.legalName, address: RESELLER.address, taxId: RESELLER.taxId, iban: RESELLER.iban, email: RESELLER.paymentsEmail };
  const buyer = { name: customer.name, customerId: customer.id, login: customer.login, email: customer.email };
  return renderInvoicePdf(wireInvoice(invoice, customer.currency, now, 'pl'), { seller, buyer }, invoice.issuedAt);
}

function findInvoice(customer: CustomerRecord, id: string): InvoiceRecord {
  const invoice = customer.invoices.find((i) => i.id === id);
  if (!invoice) throw new Problem(404, 'invoice_not_found', `No invoice ${id} on this account.`);
  return invoice;
}
