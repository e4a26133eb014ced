/**
 * `@portico/sdk`: the typed client of every Portico operation.
 *
 * ```ts
 * import { createClient } from '@portico/sdk';
 * const client = createClient({ baseUrl, fetchSessionToken: () => fetch('/portico-session').then((r) => r.text()) });
 * const balance = await client.account.balance.retrieve();
 * ```
 * @module
 */
import { ClientCore, type ClientConfig } from './core/client-core.ts';
import { accountApi, type AccountApi } from './account/index.ts';
import { contractsApi, type ContractsApi } from './contracts/index.ts';
import { helpdeskApi, type HelpdeskApi } from './helpdesk/index.ts';
import { telephonyApi, type TelephonyApi } from './telephony/index.ts';

/** The whole Portico API for one customer session. */
export class PorticoClient extends ClientCore {
  /** Profile, balance, payment methods and top-ups. */
  get account(): AccountApi {
    return accountApi(this);
  }

  /** Mobile contracts: search, details, PUK, SIM user, SIM swaps, services, orders and calls. */
  get contracts(): ContractsApi {
    return contractsApi(this);
  }

  /** The hosted PBX: lines, extensions, hunt groups, settings and its dial plan, music on hold, calls. */
  get telephony(): TelephonyApi {
    return telephonyApi(this);
  }

  /** Support: tickets and their attachments, the knowledge base, announcements, downloads, server status. */
  get helpdesk(): HelpdeskApi {
    return helpdeskApi(this);
  }
}

/** Creates a client for one customer: `fetchSessionToken` in browsers, `token` in scripts. */
export function createClient(config: ClientConfig): PorticoClient {
  return new PorticoClient(config);
}

export * from './core/index.ts';
export * from './account/index.ts';
export * from './contracts/index.ts';
export * from './helpdesk/index.ts';
export * from './telephony/index.ts';
export { createResellerClient, ResellerClient, type ResellerClientConfig, type Customer, type Session, type SessionCreateParams } from './reseller/index.ts';
