import { defineOperation } from '../core/operation.ts';
import { Id, IdParams, pageOf, PageQuery, Timestamp } from '../core/common.schemas.ts';
import { Money } from '../core/money.schemas.ts';
import { z } from '../core/zod.ts';
import { PaymentMethodType } from './payment-methods.schemas.ts';

import { CONFIRMATION_LIMITS, TOP_UP_LIMITS } from './top-up-limits.ts';

export const TopUpStatus = z.enum(['succeeded', 'pending', 'failed']);
export type TopUpStatus = z.infer<typeof TopUpStatus>;

/** Where to send a bank transfer so that it is booked to this top-up. */
export const BankTransferInstructions = z.object({
  iban: z.string(),
  recipient: z.string(),
  /** The transfer title that ties the payment to this top-up. */
  title: z.string(),
  /** Where the bank's confirmation may also be e-mailed. */
  confirmationEmail: z.string(),
});
export type BankTransferInstructions = z.infer<typeof BankTransferInstructions>;

/** The bank's payment confirmation the customer attached. */
export const PaymentConfirmation = z.object({
  fileName: z.string(),
  contentType: z.string(),
  size: z.int(),
  uploadedAt: Timestamp,
});
export type PaymentConfirmation = z.infer<typeof PaymentConfirmation>;

export const TopUp = z.object({
  id: Id,
  amount: Money,
  paymentMethodId: Id,
  method: PaymentMethodType,
  status: TopUpStatus,
  /** Why a failed top-up failed, e.g. `blik_declined`. */
  failureCode: z.nullable(z.string()),
  createdAt: Timestamp,
  /** When the money reached the balance. */
  bookedAt: z.nullable(Timestamp),
  bankTransfer: z.nullable(BankTransferInstructions),
  confirmation: z.nullable(PaymentConfirmation),
});
export type TopUp = z.infer<typeof TopUp>;

export const TopUpCreateParams = z.object({
  amount: z.object({
    amount: z.int().check(z.gte(TOP_UP_LIMITS.minimum), z.lte(TOP_UP_LIMITS.maximum)),
    currency: Money.shape.currency,
  }),
  paymentMethodId: Id,
  /** The six-digit code from the customer's banking app, when paying by BLIK. */
  blikCode: z.optional(z.string().check(z.regex(/^\d{6}$/))),
});
export type TopUpCreateParams = z.input<typeof TopUpCreateParams>;

export const TopUpListQuery = z.object({ ...PageQuery, status: z.optional(TopUpStatus) });
export type TopUpListQuery = z.input<typeof TopUpListQuery>;

export const TopUpConfirmationParams = z.object({
  file: z.file().check(z.maxSize(CONFIRMATION_LIMITS.maxSize), z.mime([...CONFIRMATION_LIMITS.types])),
});

export const topUpOperations = {
  create: defineOperation({
    id: 'topUps.create',
    permission: 'finances',
    method: 'POST',
    path: '/v1/account/top-ups',
    summary: 'Top up the prepaid balance',
    body: TopUpCreateParams,
    response: TopUp,
    status: 201,
    creates: true,
    errors: [409, 422],
  }),
  list: defineOperation({
    id: 'topUps.list',
    permission: 'finances',
    method: 'GET',
    path: '/v1/account/top-ups',
    summary: 'Top-ups, newest first',
    query: TopUpListQuery,
    response: pageOf(TopUp),
    errors: [400],
  }),
  retrieve: defineOperation({
    id: 'topUps.retrieve',
    permission: 'finances',
    method: 'GET',
    path: '/v1/account/top-ups/{id}',
    summary: 'One top-up',
    params: IdParams,
    response: TopUp,
  }),
  attachConfirmation: defineOperation({
    id: 'topUps.attachConfirmation',
    permission: 'finances',
    method: 'POST',
    path: '/v1/account/top-ups/{id}/confirmation',
    summary: "Attach the bank's payment confirmation to a pending bank-transfer top-up",
    params: IdParams,
    body: TopUpConfirmationParams,
    bodyType: 'multipart',
    response: TopUp,
    errors: [409, 422],
  }),
};
