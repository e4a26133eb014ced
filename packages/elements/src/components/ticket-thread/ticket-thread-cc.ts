import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isA, ValidationError } from '@portico/sdk/core';
import { TICKET_LIMITS, ticketUpdateCc, type Ticket } from '@portico/sdk/helpdesk';
import { alertIcon } from '../../base/icons.ts';
import { describedBy, unavailableNote } from '../../base/unavailable.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { TicketThreadPart } from './ticket-thread-part.ts';

/**
 * The ticket's CC recipients, who get every reply by e-mail: added and removed one at a time.
 * For a portal user who may not change them, why stands in place of the field that adds one,
 * and the removes are unavailable, described by it.
 */
export class PorticoTicketThreadCc extends TicketThreadPart {
  /** Why the portal user may not change the recipients; unset, they may. */
  @property({ attribute: false }) unavailable?: string;
  /** The address being typed. */
  @state() private address = '';
  /**
   * The last address Add was pressed for, on the ticket as it was then: what is wrong with it
   * shows while both stand. An edit, or any change of the ticket (a reply sent, the list
   * saved), and the message is gone — it spoke of what is no longer there.
   */
  @state() private attempt?: { address: string; ticket: Ticket };

  readonly #focus = new FocusAfterRender(this);
  readonly #save = new Action<string[], Ticket>(this, {
    send: (cc, { signal }) => this.api.request(ticketUpdateCc, { params: { id: this.ticket.id }, body: { cc } }, { signal, headers: this.headers }),
  });

  protected override render(): TemplateResult {
    const t = this.t;
    const cc = this.ticket.cc;
    const busy = this.#save.busy;
    const error = this.#error();
    const unavailable = this.unavailable;
    return html`<section class="cc" aria-labelledby="cc-title">
      <h3 id="cc-title" tabindex="-1">${t.cc}</h3>
      <p class="hint" id="cc-hint">${t.ccHint}</p>
      ${cc.length
        ? html`<ul class="chips">
            ${cc.map(
              (email) => html`<li class="chip">
                <span>${email}</span>
                <button
                  type="button"
                  class="button button--link"
                  part="button"
                  aria-label=${t.ccRemove({ email })}
                  title=${t.ccRemove({ email })}
                  aria-disabled=${busy || unavailable ? 'true' : 'false'}
                  aria-describedby=${describedBy(unavailable && 'cc-unavailable')}
                  ?data-unavailable=${!!unavailable}
                  @click=${() => unavailable || void this.#saveList(cc.filter((e) => e !== email))}
                >✕</button>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t.ccNone}</p>`}
      ${unavailable
        ? unavailableNote('cc-unavailable', unavailable)
        : cc.length < TICKET_LIMITS.maxCc
        ? html`<form class="cc-add" novalidate @submit=${this.#add}>
            <label class="visually-hidden" for="cc-new">${t.ccNew}</label>
            <input
              id="cc-new"
              class="input"
              part="input"
              type="email"
              autocomplete="email"
              placeholder=${t.ccNew}
              .value=${this.address}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? 'cc-hint cc-error' : 'cc-hint'}
              @input=${this.#edit}
            />
            <button type="submit" class="button button--secondary" part="button" aria-disabled=${busy ? 'true' : 'false'}>${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t.ccAdd}</button>
          </form>`
        : nothing}
      ${error ? html`<span id="cc-error" class="field-error" part="error" role="alert">${alertIcon}<span>${error}</span></span>` : nothing}
    </section>`;
  }

  /** What is wrong with an address for this list, found before anything is sent (the contract's own check first). */
  #check(address: string): string | undefined {
    const t = this.t;
    const cc = this.ticket.cc;
    const email = address.trim();
    if (!ticketUpdateCc.body({ cc: [email] }).ok) return t.ccInvalid;
    if (cc.some((e) => e.toLowerCase() === email.toLowerCase())) return t.ccDuplicate;
    if (cc.length >= TICKET_LIMITS.maxCc) return t.ccTooMany({ max: TICKET_LIMITS.maxCc });
    return undefined;
  }

  /** What the field says is wrong: found here for the address tried, or the API's refusal. */
  #error(): string | undefined {
    const attempt = this.attempt;
    const problem = attempt && attempt.ticket === this.ticket && attempt.address === this.address ? this.#check(attempt.address) : undefined;
    const failure = this.#save.error;
    if (problem || failure === undefined) return problem;
    return isA(failure, ValidationError) ? this.t.ccInvalid : `${this.t.ccFailed} ${this.describe(failure)}`;
  }

  #edit = (event: Event): void => {
    this.address = (event.target as HTMLInputElement).value;
    this.#save.clearError();
  };

  #add = (event: Event): void => {
    event.preventDefault();
    if (this.#save.busy) return;
    this.attempt = { address: this.address, ticket: this.ticket };
    if (this.#check(this.address)) this.#focus.request('#cc-new');
    else void this.#saveList([...this.ticket.cc, this.address.trim()], true);
  };

  async #saveList(cc: string[], added = false): Promise<void> {
    if (this.#save.busy || this.unavailable) return;
    this.attempt = undefined;
    const saved = await this.#save.run(cc);
    if (!saved) return;
    if (added) this.address = '';
    this.changed(saved, 'cc');
    this.announce(this.t.ccSaved);
    // The last address the contract allows leaves no field to add one more: the list's heading then.
    this.#focus.request('#cc-new', '#cc-title');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-ticket-thread-cc': PorticoTicketThreadCc;
  }
}
