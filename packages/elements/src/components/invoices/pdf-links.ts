import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { invoicePdf, type InvoiceDocumentLink } from '@portico/sdk/account';
import type { ClientCore } from '@portico/sdk/core';
import { MissingClientError } from '../../i18n/error-message.ts';

/** One invoice's PDF: being prepared, a link ready to open, or why it could not be had. */
export type PdfLinkState = { status: 'busy' } | { status: 'ready'; link: InvoiceDocumentLink } | { status: 'error'; error: unknown };

/**
 * The invoices' PDF links. A link is short-lived, so it is asked for when a person wants the
 * PDF, not for every row; it is kept (to open or download) until it expires, and dropped
 * with every link when the widget's client changes (another customer's invoices).
 */
export class PdfLinks implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #client: () => ClientCore | undefined;
  readonly #locale: () => string;
  readonly #onError: (error: unknown) => void;
  #states = new Map<string, PdfLinkState>();
  #for?: ClientCore;

  constructor(host: ReactiveControllerHost, options: { client: () => ClientCore | undefined; locale: () => string; onError: (error: unknown) => void }) {
    this.#host = host;
    this.#client = options.client;
    this.#locale = options.locale;
    this.#onError = options.onError;
    host.addController(this);
  }

  hostUpdate(): void {
    const client = this.#client();
    if (client === this.#for) return;
    this.#for = client;
    this.#states = new Map();
  }

  /** The invoice's PDF as it stands; a link past its expiry is as good as none. */
  state(invoiceId: string, now = Date.now()): PdfLinkState | undefined {
    const state = this.#states.get(invoiceId);
    return state?.status === 'ready' && Date.parse(state.link.expiresAt) <= now ? undefined : state;
  }

  /** Asks for the invoice's PDF link; resolves to it, or undefined when it could not be had. */
  async request(invoiceId: string): Promise<InvoiceDocumentLink | undefined> {
    const client = this.#client();
    if (this.#states.get(invoiceId)?.status === 'busy') return undefined;
    const states = this.#states;
    this.#set(states, invoiceId, { status: 'busy' });
    try {
      if (!client) throw new MissingClientError('portico-invoices');
      const link = await client.request(invoicePdf, { params: { id: invoiceId } }, { headers: { 'accept-language': this.#locale() } });
      this.#set(states, invoiceId, { status: 'ready', link });
      return states === this.#states ? link : undefined;
    } catch (error) {
      this.#set(states, invoiceId, { status: 'error', error });
      if (states === this.#states) this.#onError(error);
      return undefined;
    }
  }

  #set(states: Map<string, PdfLinkState>, invoiceId: string, state: PdfLinkState): void {
    // An answer for the invoices of a client no longer shown goes nowhere.
    if (states !== this.#states) return;
    states.set(invoiceId, state);
    this.#host.requestUpdate();
  }
}
