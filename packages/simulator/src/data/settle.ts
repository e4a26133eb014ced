import type { SimulatorContext } from '../context.ts';
import type { CustomerRecord } from './world.ts';

/** Applies everything that has come due by now: bank transfers reach the balance. */
export function settle(customer: CustomerRecord, sim: SimulatorContext): void {
  const now = sim.clock.now();
  for (const topUp of customer.topUps) {
    if (topUp.status === 'pending' && topUp.bookAt !== null && topUp.bookAt <= now) {
      topUp.status = 'succeeded';
      topUp.bookedAt = new Date(topUp.bookAt).toISOString();
      topUp.bookAt = null;
      customer.balance += topUp.amount.amount;
    }
  }
}
