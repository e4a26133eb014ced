/**
 * What a ticket's texts may be and how many CC recipients it may have. The client checks
 * them before sending anything and the API enforces them again.
 */
export const TICKET_LIMITS = {
  /** Characters of a ticket's subject. */
  subject: { min: 3, max: 150 },
  /** Characters of a ticket's first message or of a reply. */
  message: { min: 10, max: 10_000 },
  /** Addresses that get every reply by e-mail. */
  maxCc: 10,
} as const;
