import { createContext } from '@lit/context';
import type { ClientCore } from '@portico/sdk/core';

/** What `<portico-provider>` shares with the widgets inside it. */
export interface PorticoContext {
  client?: ClientCore | undefined;
  locale?: string | undefined;
  timeZone?: string | undefined;
}

/** Keyed by a global symbol, so widgets of two bundles on one page still find the provider. */
export const porticoContext = createContext<PorticoContext | undefined>(Symbol.for('portico.context'));
