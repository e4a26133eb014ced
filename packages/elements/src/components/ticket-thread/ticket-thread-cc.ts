import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isA, ValidationError } from '@portico/sdk/core';
import { TICKET_LIMITS, ticketUpdateCc, type Ticket } from '@portico/sdk/helpdesk';
import { alertIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { TicketThreadPart } from './ticket-thread-part.ts';

/** The ticket's CC recipients, who get every reply by e-mail: added and removed one at a time. */
export class PorticoTicketThreadCc extends TicketThreadPart {
  /** The address being typed. */
  @state() private address = '';
  /** What is wrong with it, found before anything was sent. */
  @state() private problem?: string;

  readonly #focus = new FocusAfterRender(this);
  readonly #save = new Action<string[], Ticket>(this, {
    send: (cc, { signal }) => this.api.request(ticketUpdateCc, { params: { id: this.ticket.id }, body: { cc } }, { signal, headers: this.headers }),
  });

  protected override render(): TemplateResult {
    const t = this.t;
    const cc = this.ticket.cc;
    const busy = this.#save.busy;
    const error = this.#error();
    return html`<section class="cc" aria-labelledby="cc-title">
      <h3 id="cc-title" tabindex="-1">${t.cc}</h3>
      <p class="hint" id="cc-hint">${t.ccHint}</p>
      ${cc.length
        ? html`<ul class="chips">
            ${cc.map(
              (email) => html`<li class="chip">
                <span>${email}</span>
                <button type="button" class="button button--link" part="button" aria-label=${t.ccRemove({ email })} title=${t.ccRemove({ email })} aria-disabled=${busy ? 'true' : 'false'} @click=${() => void this.#saveList(cc.filter((e) => e !== email))}>✕</button>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t.ccNone}</p>`}
      ${cc.length < TICKET_LIMITS.maxCc
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

  /** What the field says is wrong: found here, or the API's refusal. */
  #error(): string | undefined {
    const failure = this.#save.error;
    if (this.problem || failure === undefined) return this.problem;
    return isA(failure, ValidationError) ? this.t.ccInvalid : `${this.t.ccFailed} ${this.describe(failure)}`;
  }

  #edit = (event: Event): void => {
    this.address = (event.target as HTMLInputElement).value;
    this.problem = undefined;
    this.#save.clearError();
  };

  #add = (event: Event): void => {
    event.preventDefault();
    if (this.#save.busy) return;
    const t = this.t;
    const cc = this.ticket.cc;
    const email = this.address.trim();
    // The contract's own check, before anything is sent.
    this.problem = !ticketUpdateCc.body({ cc: [email] }).ok
      ? t.ccInvalid
      : cc.some((e) => e.toLowerCase() === email.toLowerCase())
        ? t.ccDuplicate
        : cc.length >= TICKET_LIMITS.maxCc
          ? t.ccTooMany({ max: TICKET_LIMITS.maxCc })
          : undefined;
    if (this.problem) this.#focus.request('#cc-new');
    else void this.#saveList([...cc, email], true);
  };

  async #saveList(cc: string[], added = false): Promise<void> {
    if (this.#save.busy) return;
    this.problem = undefined;
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
