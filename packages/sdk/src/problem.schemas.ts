import { z } from './core/zod.ts';

/** The RFC 9457 problem+json body of every error answer. */
export const ProblemDocument = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  /** Stable machine-readable reason, e.g. `validation_failed`, `postpaid_account`. */
  code: z.string(),
  requestId: z.string(),
  /** Field errors; `pointer` is an RFC 6901 JSON pointer into the request. */
  errors: z.optional(
    z.array(
      z.object({
        pointer: z.string(),
        code: z.string(),
        detail: z.string(),
        params: z.optional(z.record(z.string(), z.unknown())),
      }),
    ),
  ),
  /** Seconds to wait, on 429 (also sent as `Retry-After`). */
  retryAfter: z.optional(z.number()),
});
export type ProblemDocument = z.infer<typeof ProblemDocument>;
