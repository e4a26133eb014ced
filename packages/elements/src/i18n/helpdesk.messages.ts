import type { TicketPriority, TicketStatus } from '@portico/sdk/helpdesk';
import type { Catalog } from './locale.ts';

/** A ticket's four statuses in words, as the portal names them; shared by every helpdesk widget. */
export const ticketStatus: Catalog<Record<TicketStatus, string>> = {
  en: { open: 'Open', answered: 'Answered', customer_reply: 'Customer-Reply', closed: 'Closed' },
  pl: { open: 'Otwarte', answered: 'Otrzymano odpowiedź', customer_reply: 'Twoja odpowiedź', closed: 'Zamknięte' },
};

export const ticketPriority: Catalog<Record<TicketPriority, string>> = {
  en: { low: 'Low', medium: 'Medium', high: 'High' },
  pl: { low: 'Niski', medium: 'Średni', high: 'Wysoki' },
};

/** `#482913`: a ticket's number as people quote it. */
export const ticketNumber = (number: string): string => `#${number}`;
