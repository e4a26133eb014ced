import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { createRef, ref, type Ref } from 'lit/directives/ref.js';
import { contractRetrieve, contractRevealPuk, contractUpdateContact, simSwapCreate, type Contract } from '@portico/sdk/contracts';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { badge } from '../../base/badge.ts';
import { describedBy, unavailableNote } from '../../base/unavailable.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { Resource } from '../../controllers/resource.ts';
import { isPermanentRefusal, MissingClientError } from '../../i18n/error-message.ts';
import { waitingFor } from '../../base/waiting-for.ts';
import { contractStatus } from '../../i18n/contracts.messages.ts';
import { contractTone } from '../../base/status-tones.ts';
import { date, phoneNumber } from '../../i18n/format.ts';
import { PorticoNavigateEvent } from '../../events/contracts.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { dialogStyles } from '../../styles/dialog.styles.ts';
import { unavailableStyles } from '../../styles/unavailable.styles.ts';
import { messages, type ContractCardMessages } from './contract-card.messages.ts';
import { styles } from './contract-card.styles.ts';
import type { ContractChangeEvent } from './contract-card-part.ts';
import type { AnnounceEvent } from '../../base/widget-part.ts';
import { PorticoContractCardContact } from './contract-card-contact.ts';
import { PorticoContractCardSimOrder } from './contract-card-sim-order.ts';
import { PorticoContractCardPuk } from './contract-card-puk.ts';
// The parts' tags (registered with the card's in contract-card.ts).

/**
 * @tag portico-contract-card
 * @summary One phone number's contract: status, tariff plan, end date, SIM user, SIM card
 * and PUK, with contact changes and a new SIM (FEATURES C2, C3).
 *
 * The PUK is fetched only when asked for, never rendered before, and hidden again after
 * 30 seconds. Contact changes are saved against the version shown (If-Match): if someone
 * changed the data meanwhile, the latest is loaded and the person's changes are kept.
 * "Call history" and "Services" ask the host page to route with `portico-navigate`.
 * Choosing another number (`contract-id`) drops everything of the last one at once: what was
 * shown, typed, or still on its way. A new SIM card is ordered once per action, even when
 * the answer was lost and the order is sent again. A save or an order that fails after its
 * dialog was closed says so on the card, with "Review and try again" back to the kept changes.
 * What the portal user may not do (a read-only user: show the PUK, change the contact data,
 * order a SIM) stays in view, unavailable, with the reason said once below the actions.
 *
 * @event portico-navigate - `{ to: 'calls' | 'services', contractId }`: the host shows that view.
 * @event portico-contact-update - The SIM user's contact data was saved.
 * @event portico-sim-swap - A new SIM card was ordered.
 * @event portico-error - A load or an action failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The number, its label and status.
 * @csspart title - The number.
 * @csspart details - The contract's data.
 * @csspart actions - The row of actions.
 * @csspart button - Every button.
 * @csspart badge - The status badge.
 * @csspart label - Field labels in the dialogs.
 * @csspart input - Fields in the dialogs.
 * @csspart dialog - The dialogs.
 * @csspart status - Results of actions.
 * @csspart unavailable - Why actions are not available to the portal user.
 * @csspart error - Error messages.
 */
export class PorticoContractCard extends PorticoElement<ContractCardMessages> {
  static override styles = [sharedStyles, badgeStyles, dialogStyles, unavailableStyles, styles];
  /** The parts it renders, registered with it. */
  static readonly dependencies = {
    'portico-contract-card-puk': PorticoContractCardPuk,
    'portico-contract-card-contact': PorticoContractCardContact,
    'portico-contract-card-sim-order': PorticoContractCardSimOrder,
  };
  static readonly messages = messages;

  /** The contract to show. */
  @property({ attribute: 'contract-id', reflect: true }) contractId?: string;

  /** Seconds a revealed PUK stays on screen before it hides itself. */
  @property({ type: Number, attribute: 'puk-visible-for' }) pukVisibleFor = 30;

  readonly #contact = createRef<PorticoContractCardContact>();
  readonly #simOrder = createRef<PorticoContractCardSimOrder>();
  // Asked once there is something to show: a card waiting for its number asks nothing.
  readonly #permissions = new Permissions(this, () => (this.contractId ? this.activeClient : undefined));

  #contract = new Resource(this, {
    args: () => [this.activeClient, this.contractId] as const,
    load: async ([client, id], signal): Promise<Contract | null> => {
      if (!id) return waitingFor(this, 'contract-id');
      if (!client) throw new MissingClientError('portico-contract-card');
      return client.request(contractRetrieve, { params: { id } }, { signal });
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another number: nothing said of the last one stays.
    if (changed.has('contractId') && changed.get('contractId') !== undefined) this.announcement = '';
  }

  protected override render(): TemplateResult {
    const contract = this.#contract;
    const c = contract.value;
    // One title through every state: focus put on it (by the host page, or by Try again) stays
    // on it when the contract arrives.
    const failed = contract.failed && !contract.loading ? (isPermanentRefusal(contract.error) ? this.common.notAllowedTitle : this.common.loadFailed) : undefined;
    const title = c ? phoneNumber(c.msisdn) : c === null ? this.t.noContractTitle : (failed ?? this.common.loading);
    return html`<section
      part="base"
      lang=${this.effectiveLocale}
      aria-labelledby="title"
      aria-busy=${contract.loading ? 'true' : 'false'}
      @portico-part-announce=${(e: AnnounceEvent) => this.announce(e.text)}
      @contract-card-change=${(e: ContractChangeEvent) => (e.contract ? contract.set(e.contract) : void contract.refresh())}
    >
      <header part="header" class=${c ? '' : 'visually-hidden'}>
        <div>
          <h2 part="title" id="title" class="number" tabindex="-1">${title}</h2>
          ${c?.label ? html`<p class="muted">${c.label}</p>` : nothing}
        </div>
        ${c ? badge(contractStatus[this.effectiveLocale][c.status], contractTone[c.status]) : nothing}
      </header>
      ${contract.render({
        content: (c) => (c ? this.#renderContract(c) : emptyState({ title: this.t.noContractTitle, message: this.t.noContractBody })),
        error: (error) => this.loadFailed(error, () => void contract.refresh()),
        loading: () =>
          html`${loadingState(
              this.common.loading,
              html`<div class="stack">
                <span class="skeleton skeleton--title"></span>
                ${[1, 2, 3, 4].map(() => html`<span class="skeleton skeleton--row"></span>`)}
              </div>`,
            )}`,
      })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderContract(c: Contract): TemplateResult {
    const t = this.t;
    const l = this.effectiveLocale;
    const ended = c.status === 'terminated';
    // What the portal user may not do, said once by the note below the actions (an ended contract has none).
    const may = this.#permissions;
    const common = this.common;
    const unavailable = ended ? {} : { puk: may.reason(contractRevealPuk, common), contact: may.reason(contractUpdateContact, common), sim: may.reason(simSwapCreate, common) };
    const note = (reason: string | undefined) => (reason ? 'changes-unavailable' : undefined);
    // What the parts need of the card: the contract, the client and the language.
    const part = { client: this.activeClient, locale: l, timeZone: this.effectiveTimeZone };
    return html`<dl class="details" part="details">
        <div><dt>${t.plan}</dt><dd>${c.plan.name}</dd></div>
        <div><dt>${t.endsAt}</dt><dd>${c.endsAt ? date(c.endsAt, l, this.effectiveTimeZone) : t.openEnded}</dd></div>
        <div>
          <dt>${t.simUser}</dt>
          <dd>
            ${c.simUser.firstName} ${c.simUser.lastName}
            <span class="muted contact">${[c.simUser.email, c.simUser.phone && phoneNumber(c.simUser.phone)].filter(Boolean).join(' · ') || t.noContact}</span>
          </dd>
        </div>
        <div><dt>${t.sim}</dt><dd><span class="iccid">${c.iccid.replace(/(\d{4})(?=\d)/g, '$1 ')}</span> <span class="muted">${t.simType[c.simType]}</span></dd></div>
        <div>
          <dt>${t.puk}</dt>
          <dd class="puk">
            ${keyed(
              c.id,
              html`<portico-contract-card-puk .contract=${c} .visibleFor=${this.pukVisibleFor} .unavailableNote=${note(unavailable.puk)} .client=${part.client} .locale=${part.locale} .timeZone=${part.timeZone}></portico-contract-card-puk>`,
            )}
          </dd>
        </div>
      </dl>
      ${keyed(
        c.id,
        html`<portico-contract-card-sim-order ${ref(this.#simOrder)} .contract=${c} .client=${part.client} .locale=${part.locale} .timeZone=${part.timeZone}></portico-contract-card-sim-order>`,
      )}
      ${keyed(
        c.id,
        html`<portico-contract-card-contact ${ref(this.#contact)} .contract=${c} .client=${part.client} .locale=${part.locale} .timeZone=${part.timeZone}></portico-contract-card-contact>`,
      )}
      <div class="actions" part="actions">
        ${ended
          ? nothing
          : html`${this.#opener('edit-contact', t.editContact, note(unavailable.contact), this.#contact)}
            ${this.#opener('order-sim', t.orderSim, note(unavailable.sim), this.#simOrder)}`}
        <button type="button" class="button button--secondary" part="button" @click=${() => this.dispatchEvent(new PorticoNavigateEvent('calls', c.id))}>${t.calls}</button>
        <button type="button" class="button button--secondary" part="button" @click=${() => this.dispatchEvent(new PorticoNavigateEvent('services', c.id))}>${t.services}</button>
      </div>
      ${unavailableNote('changes-unavailable', unavailable.puk, unavailable.contact, unavailable.sim)}`;
  }

  /** A button that opens a part's dialog — or, for a portal user who may not, says why (`note`) and opens nothing. */
  #opener(id: string, label: string, note: string | undefined, dialog: Ref<PorticoContractCardContact | PorticoContractCardSimOrder>): TemplateResult {
    return html`<button
      type="button"
      id=${id}
      class="button button--secondary"
      part="button"
      aria-disabled=${note ? 'true' : 'false'}
      aria-describedby=${describedBy(note)}
      ?data-unavailable=${!!note}
      @click=${(e: Event) => note || void dialog.value?.show(e.currentTarget as HTMLElement)}
    >
      ${label}
    </button>`;
  }
}
