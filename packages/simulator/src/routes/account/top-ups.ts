import { topUpOperations, type TopUp } from '@portico/sdk/contract';
import { transferInstructions } from '../../data/seed.ts';
import type { CustomerRecord, TopUpRecord } from '../../data/world.ts';
import type { SimulatorContext } from '../../http/context.ts';
import { paginate } from '../../http/paginate.ts';
import { Problem } from '../../http/problem.ts';
import { route } from '../../http/route.ts';
import { postTopUp } from '../../data/ledger.ts';

/** A BLIK code the simulated bank always declines, for tests of a failed payment. */
export const DECLINED_BLIK_CODE = '000000';

/** A1: top-ups — by card and BLIK at once, by bank transfer when it is booked — and transfer confirmations. */
export function topUpRoutes(sim: SimulatorContext) {
  return [
    route(sim, topUpOperations.list, ({ customer, query }) =>
      paginate(
        customer.topUps.filter((t) => !query.status || t.status === query.status).map(wire),
        query,
      ),
    ),
    route(sim, topUpOperations.retrieve, ({ customer, params }) => wire(findTopUp(customer, params.id))),
    route(sim, topUpOperations.create, ({ customer, body }) => {
      if (customer.mode === 'postpaid') {
        throw new Problem(409, 'postpaid_account', 'This is a postpaid account: usage is billed by invoice, so it cannot be topped up. Pay the invoice instead.');
      }
      if (body.amount.currency !== customer.currency) {
        throw Problem.field('/amount/currency', 'currency_mismatch', `Top-ups of this account are in ${customer.currency}.`, { expected: customer.currency });
      }
      const method = customer.paymentMethods.find((m) => m.id === body.paymentMethodId);
      if (!method) throw Problem.field('/paymentMethodId', 'unknown_payment_method', 'This payment method is not available to this account.');
      if (method.type === 'blik' && !body.blikCode) {
        throw Problem.field('/blikCode', 'required', 'Paying by BLIK needs the six-digit code from the banking app.');
      }
      const now = sim.clock.now();
      const id = sim.random.id('tu');
      const transfer = method.type === 'bank_transfer';
      const declined = method.type === 'blik' && body.blikCode === DECLINED_BLIK_CODE;
      const topUp: TopUpRecord = {
        id,
        amount: body.amount,
        paymentMethodId: method.id,
        method: method.type,
        status: declined ? 'failed' : transfer ? 'pending' : 'succeeded',
        failureCode: declined ? 'blik_declined' : null,
        createdAt: new Date(now).toISOString(),
        bookedAt: declined || transfer ? null : new Date(now).toISOString(),
        bankTransfer: transfer ? transferInstructions(customer, id) : null,
        confirmation: null,
        bookAt: transfer ? now + sim.timings.transferBooking : null,
      };
      customer.topUps.unshift(topUp);
      if (topUp.status === 'succeeded') postTopUp(customer, topUp, now);
      return wire(topUp);
    }),
    route(sim, topUpOperations.attachConfirmation, ({ customer, params, body }) => {
      const topUp = findTopUp(customer, params.id);
      if (topUp.method !== 'bank_transfer' || topUp.status !== 'pending') {
        throw new Problem(409, 'not_pending_transfer', `Only a pending bank transfer takes a confirmation; this top-up is ${topUp.status}${topUp.method === 'bank_transfer' ? '' : ` (${topUp.method})`}.`);
      }
      const now = sim.clock.now();
      topUp.confirmation = { fileName: body.file.name || 'confirmation', contentType: body.file.type, size: body.file.size, uploadedAt: new Date(now).toISOString() };
      topUp.bookAt = Math.min(topUp.bookAt ?? Infinity, now + sim.timings.confirmedTransferBooking);
      return wire(topUp);
    }),
  ];
}

function findTopUp(customer: CustomerRecord, id: string): TopUpRecord {
  const topUp = customer.topUps.find((t) => t.id === id);
  if (!topUp) throw new Problem(404, 'top_up_not_found', `No top-up ${id} on this account.`);
  return topUp;
}

/** The record without the simulator's bookkeeping. */
function wire({ bookAt: _bookAt, ...topUp }: TopUpRecord): TopUp {
  return topUp;
}
