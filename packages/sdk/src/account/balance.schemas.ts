import { defineOperation } from '../core/operation.ts';
import { Money } from '../core/money.schemas.ts';
import { z } from '../core/zod.ts';
import { BillingMode } from './account.schemas.ts';

/** Money available to spend; a postpaid account also has a credit limit. */
export const Balance = z.object({
  available: Money,
  creditLimit: z.nullable(Money),
  mode: BillingMode,
});
export type Balance = z.infer<typeof Balance>;

export const balanceOperations = {
  retrieve: defineOperation({
    id: 'balance.retrieve',
    method: 'GET',
    path: '/v1/account/balance',
    summary: "The account's balance and credit limit",
    response: Balance,
  }),
};
