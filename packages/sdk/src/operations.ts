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
import type { AnyOperation } from './core/operation.ts';

export const operations = {
  reseller: resellerOperations,
  account: accountOperations,
  balance: balanceOperations,
  paymentMethods: paymentMethodOperations,
  topUps: topUpOperations,
};

/** Every operation, flat. */
export function allOperations(): AnyOperation[] {
  return Object.values(operations).flatMap((group) => Object.values(group) as AnyOperation[]);
}
