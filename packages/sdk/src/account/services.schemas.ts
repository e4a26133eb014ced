import { defineOperation } from '../core/operation.ts';
import { Id } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';

/** One of the customer's services: a number, a PBX, a hosting plan, a domain… */
export const CustomerService = z.object({
  id: Id,
  kind: z.enum(['mobile', 'voip', 'pbx', 'hosting', 'vps', 'domain', 'email']),
  /** As the customer knows it: `Telefonia IP standard — +48 22 123 45 67`. */
  name: z.string(),
  status: z.enum(['active', 'suspended', 'terminated']),
});
export type CustomerService = z.infer<typeof CustomerService>;

export const customerServiceOperations = {
  list: defineOperation({
    id: 'customerServices.list',
    method: 'GET',
    path: '/v1/account/services',
    summary: "The customer's services, e.g. to say which one a ticket is about",
    response: z.object({ data: z.array(CustomerService) }),
  }),
};
