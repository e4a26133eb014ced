import type { Account, PaymentMethod, TopUp } from '@portico/sdk/account';
import type { ContractRecord } from './contracts.ts';
import type { CustomerServiceRecord } from './customer-services.ts';
import type { AttachmentRecord, HelpdeskWorld, TicketRecord } from './helpdesk/records.ts';
import { RESELLER } from './reseller.ts';
import type { PbxRecord } from './telephony/records.ts';
import type { Ledgered } from './ledger.ts';
import type { InvoiceRecord } from './invoices/records.ts';
import type { PortalUserRecord } from './users.ts';

/** A top-up as the simulator keeps it: the wire shape plus when it will be booked. */
export interface TopUpRecord extends TopUp {
  /** Simulated time (ms) at which a pending transfer is booked; null once settled. */
  bookAt: number | null;
}

/** One customer of the demo reseller, with everything the simulator knows of him. */
export interface CustomerRecord extends Account, Ledgered {
  /** Balance in minor units, the sum of the ledger; negative on a postpaid account means money owed. */
  balance: number;
  creditLimit: number | null;
  paymentMethods: PaymentMethod[];
  /** Newest first. */
  topUps: TopUpRecord[];
  /** Mobile contracts (the business customer's). */
  contracts: ContractRecord[];
  /** Everything the customer has (numbers, PBX, hosting, domains…), e.g. for what a ticket is about. */
  services: CustomerServiceRecord[];
  /** Support tickets, most recently updated first. */
  tickets: TicketRecord[];
  /** Files the customer uploaded or received on tickets. */
  attachments: AttachmentRecord[];
  /** The hosted PBX of a VoIP customer; null for the others. */
  pbx: PbxRecord | null;
  /** Who may use the panel; the first is the main administrator. */
  users: PortalUserRecord[];
  /** VAT invoices, oldest first. */
  invoices: InvoiceRecord[];
}

/** The whole simulated platform state. */
export interface World {
  customers: Map<string, CustomerRecord>;
  /** Departments, knowledge base, announcements, downloads, server status. */
  helpdesk: HelpdeskWorld;
}

/** Where a bank transfer for a top-up goes: the reseller's account, in its name. */
export const BANK_ACCOUNT = {
  iban: RESELLER.iban,
  recipient: `${RESELLER.legalName}, ${RESELLER.address}`,
  confirmationEmail: RESELLER.paymentsEmail,
};
