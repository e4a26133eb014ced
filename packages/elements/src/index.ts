/**
 * `@portico/elements`: every Portico widget, registered. To load one widget alone, import
 * its module instead, e.g. `@portico/elements/top-up-form`.
 * @module
 */
import './components/provider/provider.ts';
import './components/top-up-form/top-up-form.ts';
import './components/bank-transfer/bank-transfer.ts';
import './components/contract-list/contract-list.ts';
import './components/contract-card/contract-card.ts';
import './components/service-list/service-list.ts';
import './components/call-log-table/call-log-table.ts';
import './components/call-summary/call-summary.ts';
import './components/ticket-form/ticket-form.ts';
import './components/ticket-list/ticket-list.ts';
import './components/ticket-thread/ticket-thread.ts';
import './components/knowledge-base/knowledge-base.ts';
import './components/announcements/announcements.ts';
import './components/downloads/downloads.ts';
import './components/server-status/server-status.ts';
import './components/pbx-dashboard/pbx-dashboard.ts';
import './components/phone-lines/phone-lines.ts';
import './components/extensions/extensions.ts';
import './components/hunt-groups/hunt-groups.ts';
import './components/pbx-settings/pbx-settings.ts';
import './components/music-on-hold/music-on-hold.ts';
import './components/portal-users/portal-users.ts';
import './components/security/security.ts';
import './components/invoices/invoices.ts';
import './components/payment-history/payment-history.ts';

export { configure, defaults, type ConfigureOptions } from './configure.ts';
export { PorticoElement } from './base/portico-element.ts';
export { porticoContext, type PorticoContext } from './base/context.ts';
export { PorticoProvider } from './components/provider/provider.component.ts';
export { PorticoTopUpForm } from './components/top-up-form/top-up-form.component.ts';
export { PorticoBankTransfer } from './components/bank-transfer/bank-transfer.component.ts';
export { PorticoContractList } from './components/contract-list/contract-list.component.ts';
export { PorticoContractCard } from './components/contract-card/contract-card.component.ts';
export { PorticoServiceList } from './components/service-list/service-list.component.ts';
export { PorticoCallLogTable } from './components/call-log-table/call-log-table.component.ts';
export { PorticoCallSummary } from './components/call-summary/call-summary.component.ts';
export { PorticoTicketForm } from './components/ticket-form/ticket-form.component.ts';
export { PorticoTicketList } from './components/ticket-list/ticket-list.component.ts';
export { PorticoTicketThread } from './components/ticket-thread/ticket-thread.component.ts';
export { PorticoKnowledgeBase } from './components/knowledge-base/knowledge-base.component.ts';
export { PorticoAnnouncements } from './components/announcements/announcements.component.ts';
export { PorticoDownloads } from './components/downloads/downloads.component.ts';
export { PorticoServerStatus } from './components/server-status/server-status.component.ts';
export { PorticoPbxDashboard } from './components/pbx-dashboard/pbx-dashboard.component.ts';
export { PorticoPhoneLines } from './components/phone-lines/phone-lines.component.ts';
export { PorticoExtensions } from './components/extensions/extensions.component.ts';
export { PorticoHuntGroups } from './components/hunt-groups/hunt-groups.component.ts';
export { PorticoPbxSettings } from './components/pbx-settings/pbx-settings.component.ts';
export { PorticoMusicOnHold } from './components/music-on-hold/music-on-hold.component.ts';
export { PorticoPortalUsers } from './components/portal-users/portal-users.component.ts';
export { PorticoSecurity } from './components/security/security.component.ts';
export { PorticoInvoices } from './components/invoices/invoices.component.ts';
export { PorticoPaymentHistory } from './components/payment-history/payment-history.component.ts';
export * from './events/index.ts';
export { resolveLocale, type Locale } from './i18n/locale.ts';
export { tokens, tokenStyles, injectTokens } from './styles/tokens.ts';
export { VERSION } from './base/version.ts';
