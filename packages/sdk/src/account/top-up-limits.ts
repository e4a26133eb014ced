/** The smallest and largest top-up, in minor units: 20 PLN and 10,000 PLN. */
export const TOP_UP_LIMITS = { minimum: 2000, maximum: 1_000_000 } as const;

/** What a bank's payment confirmation may be, and how large. */
export const CONFIRMATION_LIMITS = {
  maxSize: 5 * 1024 * 1024,
  types: ['application/pdf', 'image/jpeg', 'image/png'],
} as const;
