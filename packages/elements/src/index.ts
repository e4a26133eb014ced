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
export * from './events/index.ts';
export { resolveLocale, type Locale } from './i18n/locale.ts';
export { tokens, tokenStyles, injectTokens } from './styles/tokens.ts';
export { VERSION } from './base/version.ts';
