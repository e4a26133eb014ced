import { defineOperation } from '../core/operation.ts';
import { Email, Id, IdParams, IsoDate, Msisdn, pageOf, PageQuery, Timestamp } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';

/** Where a mobile contract stands: usable, paused at the customer's request, blocked (lost SIM, debt), ended. */
export const ContractStatus = z.enum(['active', 'suspended', 'blocked', 'terminated']);
export type ContractStatus = z.infer<typeof ContractStatus>;

/** A tariff plan a contract is on. */
export const TariffPlan = z.object({ id: Id, name: z.string() });
export type TariffPlan = z.infer<typeof TariffPlan>;

/** The person who uses the SIM card, and how to reach them. */
export const SimUser = z.object({
  firstName: z.string().check(z.minLength(1), z.maxLength(60)),
  lastName: z.string().check(z.minLength(1), z.maxLength(80)),
  email: z.nullable(Email),
  /** Another number the SIM user can be reached on (not this contract's). */
  phone: z.nullable(Msisdn),
});
export type SimUser = z.infer<typeof SimUser>;

/** A mobile contract (one phone number) of a business customer (FEATURES C2). */
export const Contract = z.object({
  id: Id,
  msisdn: Msisdn,
  /** What the customer calls this line, e.g. `Dyspozytornia`. */
  label: z.nullable(z.string()),
  status: ContractStatus,
  plan: TariffPlan,
  startedAt: IsoDate,
  /** The last day of the fixed term; null for an open-ended contract. */
  endsAt: z.nullable(IsoDate),
  simUser: SimUser,
  /** The SIM card number. */
  iccid: z.string().check(z.regex(/^\d{19,20}$/)),
  simType: z.enum(['physical', 'esim']),
  /** Changes with every update; send it as `ifMatch` so that no one overwrites a change unseen. */
  version: z.int(),
});
export type Contract = z.infer<typeof Contract>;

export const ContractListQuery = z.object({
  ...PageQuery,
  /** Matches the number (digits, any format), the SIM user's name, or the line's label. */
  query: z.optional(z.string().check(z.maxLength(100))),
  status: z.optional(ContractStatus),
  plan: z.optional(Id),
});
export type ContractListQuery = z.input<typeof ContractListQuery>;

/** The PUK, revealed on demand and never part of a contract's data. */
export const PukCode = z.object({ puk: z.string().check(z.regex(/^\d{8}$/)), revealedAt: Timestamp });
export type PukCode = z.infer<typeof PukCode>;

export const contractOperations = {
  list: defineOperation({
    id: 'contracts.list',
    permission: 'services',
    method: 'GET',
    path: '/v1/contracts',
    summary: "The customer's mobile contracts, searchable by number, SIM user, status and tariff plan",
    query: ContractListQuery,
    response: z.object({ data: z.array(Contract), nextCursor: z.nullable(z.string()), total: z.int() }),
  }),
  retrieve: defineOperation({
    id: 'contracts.retrieve',
    permission: 'services',
    method: 'GET',
    path: '/v1/contracts/{id}',
    summary: 'One contract (without its PUK)',
    params: IdParams,
    response: Contract,
  }),
  updateContact: defineOperation({
    id: 'contracts.updateContact',
    permission: 'services',
    method: 'PUT',
    path: '/v1/contracts/{id}/sim-user',
    summary: "Change the SIM user's name and contact data; needs If-Match with the contract's version",
    params: IdParams,
    body: SimUser,
    response: Contract,
    ifMatch: true,
    errors: [409, 412, 422, 428],
  }),
  revealPuk: defineOperation({
    id: 'contracts.revealPuk',
    permission: 'services',
    method: 'POST',
    path: '/v1/contracts/{id}/puk',
    summary: "Reveal the SIM card's PUK (recorded; never cached)",
    params: IdParams,
    response: PukCode,
    errors: [409],
  }),
};

export const tariffPlanOperations = {
  list: defineOperation({
    id: 'tariffPlans.list',
    permission: 'services',
    method: 'GET',
    path: '/v1/tariff-plans',
    summary: "The tariff plans of the customer's contracts",
    query: z.object(PageQuery),
    response: pageOf(TariffPlan),
  }),
};
