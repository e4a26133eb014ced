/**
 * How many calls one page of `calls.list` may hold. The client checks it before sending and
 * the API enforces it again; a table loads a year of calls in pages this large.
 */
export const CALL_LIMITS = {
  /** Calls in one page (`limit`). */
  page: { max: 10_000 },
} as const;
