import type { SimulatorContext } from '../../http/context.ts';
import { accountRecordRoutes } from './account.ts';
import { balanceRoutes } from './balance.ts';
import { paymentMethodRoutes } from './payment-methods.ts';
import { customerServiceRoutes } from './services.ts';
import { topUpRoutes } from './top-ups.ts';
import { ledgerRoutes } from './ledger.ts';
import { portalUserRoutes } from './users.ts';
import { invoiceRoutes } from './invoices.ts';
import { securityRoutes } from './security.ts';

export { DECLINED_BLIK_CODE } from './top-ups.ts';

/** A1, A10: the account, its services, balance and ledger, payment methods and top-ups, as the SDK's `account` module has them. */
export function accountRoutes(sim: SimulatorContext) {
  return [...accountRecordRoutes(sim), ...balanceRoutes(sim), ...customerServiceRoutes(sim), ...paymentMethodRoutes(sim), ...topUpRoutes(sim), ...ledgerRoutes(sim), ...portalUserRoutes(sim), ...invoiceRoutes(sim), ...securityRoutes(sim)];
}
