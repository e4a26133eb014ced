import { defineOperation } from '../core/operation.ts';
import { Id, pageOf, PageQuery } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';

export const PaymentMethodType = z.enum(['card', 'blik', 'bank_transfer']);
export type PaymentMethodType = z.infer<typeof PaymentMethodType>;

/** A way to pay for a top-up: a saved card, BLIK, or a bank transfer. */
export const PaymentMethod = z.object({
  id: Id,
  type: PaymentMethodType,
  /** What the customer recognises it by, e.g. `Visa •••• 4242`. */
  label: z.string(),
});
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const paymentMethodOperations = {
  list: defineOperation({
    id: 'paymentMethods.list',
    permission: 'finances',
    method: 'GET',
    path: '/v1/account/payment-methods',
    summary: 'Ways to pay for a top-up',
    query: z.object(PageQuery),
    response: pageOf(PaymentMethod),
  }),
};
