import { defineOperation } from '../core/operation.ts';
import { Id } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';

/** How the customer pays: in advance from a balance, or by invoice afterwards. */
export const BillingMode = z.enum(['prepaid', 'postpaid']);
export type BillingMode = z.infer<typeof BillingMode>;

/** The signed-in customer, as the portal greets him. */
export const Account = z.object({
  id: Id,
  name: z.string(),
  login: z.string(),
  email: z.string(),
  kind: z.enum(['voip', 'mobile', 'hosting']),
  mode: BillingMode,
  currency: z.string(),
  locale: z.enum(['pl', 'en']),
});
export type Account = z.infer<typeof Account>;

export const accountOperations = {
  retrieve: defineOperation({
    id: 'account.retrieve',
    method: 'GET',
    path: '/v1/account',
    summary: 'The signed-in customer',
    response: Account,
  }),
};
