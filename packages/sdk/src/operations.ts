/**
 * Every operation of the contract, for those who serve or describe the whole API (the
 * simulator, the OpenAPI document). Clients do not import this.
 * @module
 */
import { accountOperations } from './account/account.schemas.ts';
import { balanceOperations } from './account/balance.schemas.ts';
import { paymentMethodOperations } from './account/payment-methods.schemas.ts';
import { topUpOperations } from './account/top-ups.schemas.ts';
import { resellerOperations } from './reseller/reseller.schemas.ts';
import { contractOperations, tariffPlanOperations } from './contracts/contracts.schemas.ts';
import { simSwapOperations } from './contracts/sim-swaps.schemas.ts';
import { serviceOperations, serviceOrderOperations } from './contracts/services.schemas.ts';
import { callOperations } from './contracts/calls.schemas.ts';
import type { AnyOperation } from './core/operation.ts';

export const operations = {
  reseller: resellerOperations,
  account: accountOperations,
  balance: balanceOperations,
  paymentMethods: paymentMethodOperations,
  topUps: topUpOperations,
  contracts: contractOperations,
  tariffPlans: tariffPlanOperations,
  simSwaps: simSwapOperations,
  services: serviceOperations,
  serviceOrders: serviceOrderOperations,
  calls: callOperations,
};

/** Every operation, flat. */
export function allOperations(): AnyOperation[] {
  return Object.values(operations).flatMap((group) => Object.values(group) as AnyOperation[]);
}
