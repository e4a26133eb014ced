import { defineOperation } from '../core/operation.ts';
import { Email, Id, IdParams, IsoDate, pageOf, PageQuery, Timestamp } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';

/** Why a new SIM card is needed. */
export const SimSwapReason = z.enum(['lost', 'stolen', 'damaged', 'size_change', 'to_esim']);
export type SimSwapReason = z.infer<typeof SimSwapReason>;

export const PostalAddress = z.object({
  recipient: z.string().check(z.minLength(1), z.maxLength(100)),
  street: z.string().check(z.minLength(1), z.maxLength(100)),
  postalCode: z.string().check(z.regex(/^\d{2}-\d{3}$/)),
  city: z.string().check(z.minLength(1), z.maxLength(60)),
});
export type PostalAddress = z.infer<typeof PostalAddress>;

/** How the new SIM reaches its user: by courier, picked up in a shop, or an eSIM by e-mail. */
export const SimDelivery = z.discriminatedUnion('method', [
  z.object({ method: z.literal('courier'), address: PostalAddress }),
  z.object({ method: z.literal('pickup'), shopId: Id }),
  z.object({ method: z.literal('email'), email: Email }),
]);
export type SimDelivery = z.infer<typeof SimDelivery>;

export const SimSwapCreateParams = z.object({ reason: SimSwapReason, simType: z.enum(['physical', 'esim']), delivery: SimDelivery });
export type SimSwapCreateParams = z.input<typeof SimSwapCreateParams>;

export const SimSwap = z.object({
  id: Id,
  /** What the customer quotes to support, e.g. `SW/2026/11/00042`. */
  number: z.string(),
  contractId: Id,
  reason: SimSwapReason,
  simType: z.enum(['physical', 'esim']),
  delivery: SimDelivery,
  status: z.enum(['accepted', 'shipped', 'delivered', 'active', 'cancelled']),
  createdAt: Timestamp,
  estimatedDelivery: z.nullable(IsoDate),
});
export type SimSwap = z.infer<typeof SimSwap>;

export const simSwapOperations = {
  create: defineOperation({
    id: 'simSwaps.create',
    permission: 'services',
    method: 'POST',
    path: '/v1/contracts/{id}/sim-swaps',
    summary: 'Order a new SIM card for a contract (the old one stops working when the new one is active)',
    params: IdParams,
    body: SimSwapCreateParams,
    response: SimSwap,
    status: 201,
    creates: true,
    errors: [409, 422],
  }),
  list: defineOperation({
    id: 'simSwaps.list',
    permission: 'services',
    method: 'GET',
    path: '/v1/contracts/{id}/sim-swaps',
    summary: "A contract's SIM swaps, newest first",
    params: IdParams,
    query: z.object(PageQuery),
    response: pageOf(SimSwap),
  }),
};
