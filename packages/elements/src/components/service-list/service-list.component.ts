import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { contractRetrieve, serviceList, serviceOrderCreate, serviceUpdate, type ServiceOrder } from '@portico/sdk/contracts';
import type { RequestOptions } from '@portico/sdk/core';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { alertIcon, retryIcon } from '../../base/icons.ts';
import { contentRefused, unavailableNote } from '../../base/unavailable.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { Resource } from '../../controllers/resource.ts';
import { isPermanentRefusal, MissingClientError } from '../../i18n/error-message.ts';
import { waitingFor } from '../../base/waiting-for.ts';
import { contractStatus } from '../../i18n/contracts.messages.ts';
import { phoneNumber } from '../../i18n/format.ts';
import { PorticoServiceOrderEvent } from '../../events/contracts.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { dialogStyles } from '../../styles/dialog.styles.ts';
import { filterStyles } from '../../styles/filter.styles.ts';
import { unavailableStyles } from '../../styles/unavailable.styles.ts';
import { messages, type ServiceListMessages } from './service-list.messages.ts';
import { styles } from './service-list.styles.ts';
import { OrderFollower, type ContractServices } from './order-follower.ts';
import { OrderStartEvent, ServicesChangedEvent } from './service-list-part.ts';
import type { AnnounceEvent } from '../../base/widget-part.ts';
import { PorticoServiceListOrderDialog } from './service-order-dialog.ts';
import { PorticoServiceListItem } from './service-item.ts';
// The parts' tags (registered with the widget's in service-list.ts).

type Filter = 'all' | 'active' | 'inactive';
const FILTERS: Filter[] = ['all', 'active', 'inactive'];

/**
 * @tag portico-service-list
 * @summary A contract's services: active, available, or all; their descriptions and
 * settings; switching them on and off as orders (FEATURES C5, C6, C7).
 *
 * Deactivating (trash) and activating (plus) follow the portal's steps: the service's
 * description, whom to notify (the SIM user, the administrator), "Next" sends the order,
 * then "accepted for processing". The order shows on its service until it is done or
 * fails, followed without reloading the page. A portal user who may not change services (a
 * read-only user) sees them and their settings, with the switches unavailable and why; one
 * without the `services` permission is told so, with no filter.
 *
 * @event portico-service-order-submit - An order is about to be sent; cancelable.
 * @event portico-service-order - An order was accepted, and again when it completed or failed.
 * @event portico-error - A load or an action failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title and the number.
 * @csspart title - The title.
 * @csspart filter - The all / active / inactive switch.
 * @csspart item - One service.
 * @csspart badge - Status badges.
 * @csspart button - Every button.
 * @csspart label - Setting labels.
 * @csspart input - Setting fields.
 * @csspart dialog - The order dialog.
 * @csspart status - Results of actions.
 * @csspart unavailable - Why changes are not available to the portal user.
 * @csspart error - Error messages.
 * @csspart empty - Shown when no service matches the filter.
 */
export class PorticoServiceList extends PorticoElement<ServiceListMessages> {
  static override styles = [sharedStyles, badgeStyles, filterStyles, dialogStyles, unavailableStyles, styles];
  /** The parts it renders, registered with it. */
  static readonly dependencies = {
    'portico-service-list-item': PorticoServiceListItem,
    'portico-service-list-order-dialog': PorticoServiceListOrderDialog,
  };
  static readonly messages = messages;

  /** The contract whose services to show. */
  @property({ attribute: 'contract-id', reflect: true }) contractId?: string;

  /** Which services to show: `all` (the default), `active` or `inactive`. */
  @property({ reflect: true }) filter: Filter = 'all';

  readonly #focus = new FocusAfterRender(this);
  readonly #dialog = createRef<PorticoServiceListOrderDialog>();
  readonly #follower: OrderFollower;
  // Asked once there is something to show: a list waiting for its number asks nothing.
  readonly #permissions = new Permissions(this, () => (this.contractId ? this.activeClient : undefined));

  // Another filter or language of the same number keeps its services on screen until the new ones come.
  #services = new Resource(this, {
    args: () => [this.activeClient, this.contractId, this.filter, this.effectiveLocale] as const,
    load: async ([client, id, filter, locale], signal): Promise<ContractServices | null> => {
      if (!id) return waitingFor(this, 'contract-id');
      if (!client) throw new MissingClientError('portico-service-list');
      // Service names and descriptions are content: asked for in this widget's language.
      const options: RequestOptions = { signal, headers: { 'accept-language': locale } };
      const [contract, page] = await Promise.all([
        client.request(contractRetrieve, { params: { id } }, options),
        client.request(serviceList, { params: { id }, query: { status: filter, limit: 100 } }, options),
      ]);
      return { contract, services: page.data };
    },
    keep: ([client, id], [nextClient, nextId]) => client === nextClient && id === nextId,
    onError: (error) => this.reportError(error, 'load'),
  });

  constructor() {
    super();
    this.#follower = new OrderFollower(this, { services: this.#services, client: () => this.activeClient, onSettled: this.#settled });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('contractId') && changed.get('contractId') !== undefined) {
      this.announcement = '';
      // The order dialog goes with the last number, and so does the button that opened it.
      if (this.renderRoot.querySelector('dialog[open]')) this.#focus.request('#title');
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const services = this.#services;
    const loaded = services.value;
    return html`<section
      part="base"
      lang=${this.effectiveLocale}
      aria-labelledby="title"
      aria-busy=${services.loading ? 'true' : 'false'}
      @portico-part-announce=${(e: AnnounceEvent) => this.announce(e.text)}
      @service-list-changed=${this.#changed}
      @service-list-order=${(e: OrderStartEvent) => void this.#dialog.value?.start(e.service, e.action, e.opener)}
    >
      <header part="header">
        <h2 part="title" id="title" tabindex="-1">${t.title}</h2>
        ${loaded ? html`<p class="muted">${phoneNumber(loaded.contract.msisdn)}${loaded.contract.label ? ` · ${loaded.contract.label}` : ''}</p>` : nothing}
      </header>
      ${contentRefused(services, this.#permissions.missing(serviceList))
        ? nothing
        : html`<div class="filter" part="filter" role="group" aria-label=${t.show}>
            ${FILTERS.map(
              (filter) => html`<button type="button" class="button button--secondary" part="button" aria-pressed=${this.filter === filter ? 'true' : 'false'} @click=${() => (this.filter = filter)}>
                ${t.filters[filter]}
              </button>`,
            )}
          </div>`}
      ${loaded && services.failed
        ? html`<div class="alert alert--error" role="alert" part="error">
            ${alertIcon}
            <p>${this.describe(services.error)}</p>
            ${isPermanentRefusal(services.error)
              ? nothing
              : html`<button type="button" class="button button--secondary" part="button" @click=${() => void services.refresh()}>${retryIcon}${this.common.retry}</button>`}
          </div>`
        : nothing}
      ${services.render({
        content: (value) => (value ? this.#renderServices(value) : emptyState({ title: t.noContractTitle, message: t.noContractBody })),
        error: (error) => this.loadFailed(error, () => void services.refresh()),
        loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3, 4, 5].map(() => html`<span class="skeleton skeleton--service"></span>`)}</div>`),
      })}
      ${keyed(
        this.contractId,
        html`<portico-service-list-order-dialog ${ref(this.#dialog)} .client=${this.activeClient} .locale=${this.effectiveLocale} .contract=${loaded?.contract}></portico-service-list-order-dialog>`,
      )}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderServices({ contract, services }: ContractServices): TemplateResult {
    const t = this.t;
    const changeable = contract.status === 'active';
    if (services.length === 0) return emptyState({ title: t.noneTitle, message: t.noneBody[this.filter] });
    // What the portal user may not change, said once above the services (a number not active has nothing to change).
    const orders = changeable ? this.#permissions.reason(serviceOrderCreate, this.common) : undefined;
    const settings = changeable ? this.#permissions.reason(serviceUpdate, this.common) : undefined;
    return html`${changeable ? nothing : html`<div class="alert alert--warning" part="status">${alertIcon}<p>${t.notActive({ status: contractStatus[this.effectiveLocale][contract.status] })}</p></div>`}
      ${unavailableNote('changes-unavailable', orders, settings)}
      <ul class="services" role="list">
        ${repeat(
          services,
          (service) => service.id,
          (service) => html`<li class="service" part="item">
            <portico-service-list-item
              .client=${this.activeClient}
              .locale=${this.effectiveLocale}
              .contractId=${contract.id}
              .service=${service}
              ?changeable=${changeable}
              .ordersUnavailable=${orders ? 'changes-unavailable' : undefined}
              .settingsUnavailable=${settings}
            ></portico-service-list-item>
          </li>`,
        )}
      </ul>`;
  }

  #changed = (event: ServicesChangedEvent): void => {
    if (event.order) this.#follower.follow(event.order);
    void this.#services.refresh();
  };

  #settled = (order: ServiceOrder): void => {
    const t = this.t;
    const name = order.serviceName;
    this.announce(
      order.status === 'completed' ? t.settled.completed({ name, action: order.action }) : `${t.settled.failed({ name })} ${(order.failureCode && t.failures[order.failureCode]) ?? ''}`.trim(),
    );
    this.dispatchEvent(new PorticoServiceOrderEvent(order));
  };
}
