/**
 * Every operation of the contract, for those who serve or describe the whole API (the
 * simulator, the OpenAPI document). Clients do not import this.
 * @module
 */
import { accountOperations } from './account/account.schemas.ts';
import { balanceOperations } from './account/balance.schemas.ts';
import { paymentMethodOperations } from './account/payment-methods.schemas.ts';
import { topUpOperations } from './account/top-ups.schemas.ts';
import { ledgerOperations } from './account/ledger.schemas.ts';
import { invoiceOperations } from './account/invoices.schemas.ts';
import { portalUserOperations } from './account/users.schemas.ts';
import { securityOperations } from './account/security.schemas.ts';
import { resellerOperations } from './reseller/reseller.schemas.ts';
import { contractOperations, tariffPlanOperations } from './contracts/contracts.schemas.ts';
import { simSwapOperations } from './contracts/sim-swaps.schemas.ts';
import { serviceOperations, serviceOrderOperations } from './contracts/services.schemas.ts';
import { callOperations } from './contracts/calls.schemas.ts';
import { customerServiceOperations } from './account/services.schemas.ts';
import { attachmentOperations, departmentOperations, ticketOperations } from './helpdesk/tickets.schemas.ts';
import { kbArticleOperations, kbCategoryOperations } from './helpdesk/knowledge-base.schemas.ts';
import { announcementOperations } from './helpdesk/announcements.schemas.ts';
import { downloadCategoryOperations, downloadOperations } from './helpdesk/downloads.schemas.ts';
import { serverStatusOperations } from './helpdesk/server-status.schemas.ts';
import { pbxOperations } from './telephony/pbx.schemas.ts';
import { extensionOperations } from './telephony/extensions.schemas.ts';
import { phoneLineOperations } from './telephony/phone-lines.schemas.ts';
import { huntGroupOperations } from './telephony/hunt-groups.schemas.ts';
import { musicTrackOperations } from './telephony/audio.schemas.ts';
import { pbxCallOperations } from './telephony/pbx-calls.schemas.ts';
import type { AnyOperation } from './core/operation.ts';

export const operations = {
  reseller: resellerOperations,
  account: accountOperations,
  balance: balanceOperations,
  paymentMethods: paymentMethodOperations,
  topUps: topUpOperations,
  ledger: ledgerOperations,
  invoices: invoiceOperations,
  portalUsers: portalUserOperations,
  security: securityOperations,
  contracts: contractOperations,
  tariffPlans: tariffPlanOperations,
  simSwaps: simSwapOperations,
  services: serviceOperations,
  serviceOrders: serviceOrderOperations,
  calls: callOperations,
  customerServices: customerServiceOperations,
  departments: departmentOperations,
  tickets: ticketOperations,
  attachments: attachmentOperations,
  kbCategories: kbCategoryOperations,
  kbArticles: kbArticleOperations,
  announcements: announcementOperations,
  downloadCategories: downloadCategoryOperations,
  downloads: downloadOperations,
  serverStatus: serverStatusOperations,
  pbx: pbxOperations,
  extensions: extensionOperations,
  phoneLines: phoneLineOperations,
  huntGroups: huntGroupOperations,
  musicTracks: musicTrackOperations,
  pbxCalls: pbxCallOperations,
};

/** Every operation, flat. */
export function allOperations(): AnyOperation[] {
  return Object.values(operations).flatMap((group) => Object.values(group) as AnyOperation[]);
}
