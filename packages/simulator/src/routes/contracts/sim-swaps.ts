import { simSwapOperations } from '@portico/sdk/contract';
import type { SimulatorContext } from '../../http/context.ts';
import { paginate } from '../../http/paginate.ts';
import { Problem } from '../../http/problem.ts';
import { route } from '../../http/route.ts';
import { findContract } from './find-contract.ts';

const DAY = 86_400_000;

/** C3: SIM card swaps — ordered, then shipped, delivered and active as the clock moves. */
export function simSwapRoutes(sim: SimulatorContext) {
  return [
    route(sim, simSwapOperations.create, ({ customer, params, body }) => {
      const contract = findContract(customer, params.id);
      if (contract.status === 'terminated') throw new Problem(409, 'contract_terminated', 'This contract has ended; it takes no new SIM card.');
      if (contract.simSwaps.some((s) => s.status === 'accepted' || s.status === 'shipped' || s.status === 'delivered')) {
        throw new Problem(409, 'sim_swap_in_progress', 'A new SIM card is already on its way for this number. Wait until it is active.');
      }
      const esim = body.simType === 'esim';
      if (esim !== (body.delivery.method === 'email')) {
        throw Problem.field('/delivery/method', 'delivery_mismatch', esim ? 'An eSIM is sent by e-mail.' : 'A physical SIM card is delivered by courier or picked up in a shop.');
      }
      const now = sim.clock.now();
      const sequence = customer.contracts.reduce((n, c) => n + c.simSwaps.length, 0) + 1;
      const swap = {
        id: sim.random.id('sw'),
        number: `SW/${new Date(now).getUTCFullYear()}/${String(new Date(now).getUTCMonth() + 1).padStart(2, '0')}/${String(sequence).padStart(5, '0')}`,
        contractId: contract.id,
        reason: body.reason,
        simType: body.simType,
        delivery: body.delivery,
        status: 'accepted' as const,
        createdAt: new Date(now).toISOString(),
        estimatedDelivery: esim ? null : new Date(now + 2 * DAY).toISOString().slice(0, 10),
        newIccid: contract.iccid.slice(0, 12) + String(sim.random.int(1_000_000, 9_999_999)),
      };
      contract.simSwaps.unshift(swap);
      if ((body.reason === 'lost' || body.reason === 'stolen') && contract.status === 'active') {
        // A lost card is blocked at once, so that no one else can use it.
        contract.status = 'blocked';
        contract.version++;
      }
      const { newIccid: _hidden, ...wireSwap } = swap;
      return wireSwap;
    }),
    route(sim, simSwapOperations.list, ({ customer, params, query }) => {
      const contract = findContract(customer, params.id);
      return paginate(
        contract.simSwaps.map(({ newIccid: _hidden, ...swap }) => swap),
        query,
      );
    }),
  ];
}
