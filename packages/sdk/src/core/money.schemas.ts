import { z } from './zod.ts';

/** An amount of money: an integer of minor units (grosze, cents) and an ISO 4217 currency. */
export const Money = z.object({
  amount: z.int(),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
export type Money = z.infer<typeof Money>;
