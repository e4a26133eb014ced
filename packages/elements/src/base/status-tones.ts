import type { ContractStatus } from '@portico/sdk/contracts';
import type { TicketStatus } from '@portico/sdk/helpdesk';
import type { Tone } from './badge.ts';

/** How a status looks in a badge: the words are the catalogues' (`i18n/`), the colour is this. */
export const contractTone: Record<ContractStatus, Tone> = { active: 'success', suspended: 'warning', blocked: 'danger', terminated: 'neutral' };

/** Answered asks something of the customer; open and customer-reply wait for support. */
export const ticketTone: Record<TicketStatus, Tone> = { open: 'warning', answered: 'success', customer_reply: 'warning', closed: 'neutral' };
