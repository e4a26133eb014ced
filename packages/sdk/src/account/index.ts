import type { ClientCore, RequestOptions } from '../core/client-core.ts';
import { BalanceResource } from './balance.ts';
import { PaymentMethodsResource } from './payment-methods.ts';
import { TopUpsResource } from './top-ups.ts';
import { InvoicesResource } from './invoices.ts';
import { accountOperations } from './account.compiled.ts';
import { customerServiceOperations } from './services.compiled.ts';
import { ledgerOperations } from './ledger.compiled.ts';
import { list, type PagePromise } from '../core/page.ts';
import type { LedgerEntry, LedgerListQuery } from './ledger.schemas.ts';
import { PortalUsersResource } from './users.ts';
import { SecurityResource } from './security.ts';
import { portalUserOperations } from './users.compiled.ts';
import type { CurrentUser } from './users.schemas.ts';
import type { Account } from './account.schemas.ts';
import type { CustomerService } from './services.schemas.ts';

/** `client.account`: the customer's account, balance and money. */
export class AccountApi {
  readonly balance: BalanceResource;
  readonly paymentMethods: PaymentMethodsResource;
  readonly topUps: TopUpsResource;
  /** The customer's services (numbers, PBX, hosting, domains), e.g. for what a ticket is about. */
  readonly services: { list(options?: RequestOptions): Promise<CustomerService[]> };
  /** The account's portal users (needs the `users` permission). */
  readonly users: PortalUsersResource;
  /** The session's own portal user's security: password, security code, IP allow-list, two-factor, call verification. */
  readonly security: SecurityResource;
  /** Every movement of money, newest first; their sum is the balance. */
  readonly ledger: { list(query?: LedgerListQuery, options?: RequestOptions): PagePromise<LedgerEntry> };
  /** VAT invoices: list, one with its lines, its PDF, and paying it. */
  readonly invoices: InvoicesResource;
  #client: ClientCore;

  constructor(client: ClientCore) {
    this.#client = client;
    this.balance = new BalanceResource(client);
    this.paymentMethods = new PaymentMethodsResource(client);
    this.topUps = new TopUpsResource(client);
    this.services = { list: (options) => client.request(customerServiceOperations.list, {}, options).then((answer) => answer.data) };
    this.users = new PortalUsersResource(client);
    this.security = new SecurityResource(client);
    this.ledger = { list: (query, options) => list(client, ledgerOperations.list, { query }, options) };
    this.invoices = new InvoicesResource(client);
  }

  /** The session's portal user and what it may do: show what it may not do before a click. */
  me(options?: RequestOptions): Promise<CurrentUser> {
    return this.#client.request(portalUserOperations.me, {}, options);
  }

  /** The signed-in customer. */
  retrieve(options?: RequestOptions): Promise<Account> {
    return this.#client.request(accountOperations.retrieve, {}, options);
  }
}

const cache = new WeakMap<ClientCore, AccountApi>();

/** The account API of a client; widgets import this alone to keep other domains out of their bundle. */
export function accountApi(client: ClientCore): AccountApi {
  let api = cache.get(client);
  if (!api) cache.set(client, (api = new AccountApi(client)));
  return api;
}

// Types only: the zod schemas live in `@portico/sdk/contract`, out of browser bundles.
export type { Account, BillingMode } from './account.schemas.ts';
export type { Balance } from './balance.schemas.ts';
export type { LedgerEntry, LedgerEntryKind, LedgerListQuery } from './ledger.schemas.ts';
export { ledgerList } from './ledger.compiled.ts';
export type { Invoice, InvoiceDocumentLink, InvoiceLine, InvoiceListQuery, InvoicePayParams, InvoicePaymentMethod, InvoicePeriod, InvoiceStatus, InvoiceSummary } from './invoices.schemas.ts';
export { invoiceList, invoicePay, invoicePdf, invoiceRetrieve } from './invoices.compiled.ts';
export type { Access, CurrentUser, Permission, PortalUser, PortalUserCreateParams, PortalUserUpdateParams } from './users.schemas.ts';
export { portalUserCreate, portalUserDelete, portalUserList, portalUserMe, portalUserRetrieve, portalUserUpdate } from './users.compiled.ts';
export { PASSWORD_POLICY } from './password-policy.ts';
export type {
  AccountSecurity,
  CallVerification,
  CallVerificationState,
  IpAllowList,
  IpAllowListParams,
  PasswordChanged,
  PasswordChangeParams,
  SignIn,
  TwoFactorConfirmed,
  TwoFactorEnrolment,
  TwoFactorState,
  TwoFactorStatus,
  VerificationGateway,
} from './security.schemas.ts';
export {
  securityChangePassword,
  securityConfirmTwoFactor,
  securityDisableTwoFactor,
  securityEnrollTwoFactor,
  securityRetrieve,
  securityRetryCallVerification,
  securitySetSecurityCode,
  securityStartCallVerification,
  securityUpdateIpAllowList,
  securityVerifyCall,
} from './security.compiled.ts';
export { SECURITY_LIMITS } from './security-limits.ts';
export type { CustomerService } from './services.schemas.ts';
export type { PaymentMethod, PaymentMethodType } from './payment-methods.schemas.ts';
export type { BankTransferInstructions, PaymentConfirmation, TopUp, TopUpCreateParams, TopUpListQuery, TopUpStatus } from './top-ups.schemas.ts';
export { CONFIRMATION_LIMITS, TOP_UP_LIMITS } from './top-up-limits.ts';
// Each operation on its own, for code that sends a few (widgets) and wants only their validators.
export { accountRetrieve } from './account.compiled.ts';
export { balanceRetrieve } from './balance.compiled.ts';
export { customerServiceList } from './services.compiled.ts';
export { paymentMethodList } from './payment-methods.compiled.ts';
export { topUpAttachConfirmation, topUpCreate, topUpList, topUpRetrieve } from './top-ups.compiled.ts';
export { BalanceResource, PaymentMethodsResource, SecurityResource, TopUpsResource };
