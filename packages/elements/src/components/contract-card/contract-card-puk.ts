import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { contractRevealPuk, type PukCode } from '@portico/sdk/contracts';
import { alertIcon } from '../../base/icons.ts';
import { describedBy } from '../../base/unavailable.ts';
import { Action } from '../../controllers/action.ts';
import { ContractCardPart } from './contract-card-part.ts';

/**
 * The contract's PUK: fetched only when asked for, never in the page before, and hidden again
 * — forgotten — after `visibleFor` seconds, when the person hides it, or when the card leaves
 * the page or shows another number.
 */
export class PorticoContractCardPuk extends ContractCardPart {
  /** Seconds a revealed PUK stays on screen. */
  @property({ type: Number, attribute: false }) visibleFor = 30;
  /** The id of the card's note saying why the portal user may not see the PUK; unset, they may. */
  @property({ attribute: false }) unavailableNote?: string;

  /** Seconds until the PUK shown hides itself; 0 when none is shown. */
  @state() private left = 0;
  #countdown?: ReturnType<typeof setInterval>;

  #reveal = new Action<string, PukCode>(this, {
    kind: 'load',
    send: (id, { signal }) => this.api.request(contractRevealPuk, { params: { id } }, { signal }),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#hide();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const puk = this.left > 0 ? this.#reveal.result?.puk : undefined;
    const error = this.#reveal.error;
    return html`${puk ? html`<span class="puk-code" id="puk-code">${puk}</span> <span class="muted">${t.pukHidesIn({ seconds: this.left })}</span>` : html`<span class="muted">${t.pukHidden}</span>`}
    ${this.contract.status === 'terminated'
      ? nothing
      : html`<button
          type="button"
          class="button button--secondary small"
          part="button"
          aria-disabled=${this.#reveal.busy || this.unavailableNote ? 'true' : 'false'}
          aria-describedby=${describedBy(this.unavailableNote)}
          ?data-unavailable=${!!this.unavailableNote}
          @click=${puk ? this.#hide : this.#show}
        >
          ${puk ? t.hidePuk : t.showPuk}
        </button>`}
    ${error ? html`<span class="field-error" role="alert" part="error">${alertIcon}<span>${this.describe(error)}</span></span>` : nothing}`;
  }

  #show = async (): Promise<void> => {
    // Not for this user: the card says why; nothing is asked that would be refused.
    if (this.#reveal.busy || this.unavailableNote) return;
    if (!(await this.#reveal.run(this.contract.id))) return;
    clearInterval(this.#countdown);
    this.left = this.visibleFor;
    this.announce(this.t.pukShown({ seconds: this.visibleFor }));
    this.#countdown = setInterval(() => {
      this.left--;
      if (this.left <= 0) this.#hide();
    }, 1000);
  };

  #hide = (): void => {
    clearInterval(this.#countdown);
    this.#countdown = undefined;
    this.left = 0;
    this.#reveal.reset();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-contract-card-puk': PorticoContractCardPuk;
  }
}
