import type { SimSwap } from '@portico/sdk/contracts';
import type { SimulatorClock } from '../core/clock.ts';
import type { SimulatorTimings } from '../core/timings.ts';
import type { CustomerRecord, World } from './world.ts';
import { answerDueTickets } from './helpdesk/staff-answers.ts';
import { postTopUp } from './ledger.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What settling reads: the world, its time, and how long things take. */
export interface SettleContext {
  world: World;
  clock: SimulatorClock;
  timings: SimulatorTimings;
}

/** Applies everything that has come due by now: bank transfers reach the balance, support answers tickets. */
export function settle(customer: CustomerRecord, sim: SettleContext): void {
  const now = sim.clock.now();
  for (const topUp of customer.topUps) {
    if (topUp.status === 'pending' && topUp.bookAt !== null && topUp.bookAt <= now) {
      topUp.status = 'succeeded';
      topUp.bookedAt = new Date(topUp.bookAt).toISOString();
      postTopUp(customer, topUp, topUp.bookAt);
      topUp.bookAt = null;
    }
  }
  settleContracts(customer, sim);
  answerDueTickets(customer.tickets, sim.world.helpdesk, sim.clock.now());
}

/** Moves orders and SIM swaps on to where the clock says they are by now. */
function settleContracts(customer: CustomerRecord, sim: SettleContext): void {
  const now = sim.clock.now();
  for (const contract of customer.contracts) {
    for (const order of contract.orders) {
      const created = Date.parse(order.createdAt);
      if (order.status === 'accepted' && now >= created + sim.timings.orderStart) {
        order.status = 'in_progress';
        order.updatedAt = new Date(created + sim.timings.orderStart).toISOString();
      }
      if (order.status === 'in_progress' && now >= created + sim.timings.orderStart + sim.timings.orderDuration) {
        const fails = order.action === 'activate' && order.serviceId === 'international_calls' && contract.failsCreditCheck;
        order.status = fails ? 'failed' : 'completed';
        order.failureCode = fails ? 'credit_check_failed' : null;
        order.updatedAt = new Date(created + sim.timings.orderStart + sim.timings.orderDuration).toISOString();
        if (!fails) contract.services.get(order.serviceId)!.status = order.action === 'activate' ? 'active' : 'inactive';
      }
    }
    for (const swap of contract.simSwaps) {
      const created = Date.parse(swap.createdAt);
      const steps: [SimSwap['status'], number][] =
        swap.simType === 'esim' ? [['active', 10 * 60_000]] : [['shipped', DAY], ['delivered', 2 * DAY], ['active', 2 * DAY + HOUR]];
      for (const [status, after] of steps) {
        if (now < created + after || swap.status === 'cancelled' || order(swap.status) >= order(status)) continue;
        swap.status = status;
        if (status === 'active') {
          // The new card works now: the line takes its number, and a line blocked for a lost SIM is back.
          contract.iccid = swap.newIccid;
          contract.simType = swap.simType;
          if (contract.status === 'blocked') contract.status = 'active';
          contract.version++;
        }
      }
    }
  }
}

const SWAP_ORDER: SimSwap['status'][] = ['accepted', 'shipped', 'delivered', 'active'];
const order = (status: SimSwap['status']) => SWAP_ORDER.indexOf(status);


