import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { serviceUpdate, type OrderAction, type Service } from '@portico/sdk/contracts';
import { ConflictError, isA, ValidationError } from '@portico/sdk/core';
import { badge } from '../../base/badge.ts';
import { alertIcon } from '../../base/icons.ts';
import { describedBy, unavailableNote } from '../../base/unavailable.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { money } from '../../i18n/format.ts';
import { minusIcon, plusIcon } from './service-list.icons.ts';
import { OrderStartEvent, ServiceListPart, ServicesChangedEvent } from './service-list-part.ts';
import { AnnounceEvent } from '../../base/widget-part.ts';
import { checkSettings, fieldId, refusal, settingField, type SettingsDraft, type SettingValue } from './service-settings.ts';

/**
 * One service of the list: its row (name, fee, status, the order it is under, the switch that
 * orders it on or off) and, opened, its description and settings, which it saves itself.
 */
export class PorticoServiceListItem extends ServiceListPart {
  /** The contract the service is on: settings are saved there. */
  @property({ attribute: false }) contractId = '';
  @property({ attribute: false }) service!: Service;
  /** The number is active: its services may be changed. */
  @property({ type: Boolean }) changeable = false;
  /** The id of the list's note saying why the portal user may not order a change; unset, they may. */
  @property({ attribute: false }) ordersUnavailable?: string;
  /** Why the portal user may not change the settings (said in place of Save); unset, they may. */
  @property({ attribute: false }) settingsUnavailable?: string;

  @state() private expanded = false;
  /** Settings typed or chosen and not yet saved. */
  @state() private draft: SettingsDraft = {};
  /** Problems with the settings, by field id: the form's own checks, or the server's refusal. */
  @state() private errors: Record<string, string> = {};
  readonly #focus = new FocusAfterRender(this);

  #save = new Action<SettingValue[], unknown>(this, {
    send: (parameters, { signal }) => this.api.request(serviceUpdate, { params: { id: this.contractId, serviceId: this.service.id }, body: { parameters } }, { signal, headers: this.headers }),
  });

  protected override render(): TemplateResult {
    const t = this.t;
    const service = this.service;
    const pending = service.pendingOrder;
    return html`<div class="row">
        <button type="button" class="toggle" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="details-${service.id}" @click=${() => (this.expanded = !this.expanded)}>
          <span class="name">${service.name}</span>
          <span class="meta muted">${t.categories[service.category]} · ${service.monthlyFee ? t.perMonth({ amount: money(service.monthlyFee, this.locale) }) : t.free}</span>
        </button>
        <span class="badges">
          ${badge(t.status[service.status], service.status === 'active' ? 'success' : 'neutral')}
          ${pending ? badge(t.pending[pending.action][pending.status], pending.status === 'failed' ? 'danger' : 'warning') : nothing}
        </span>
        ${this.#renderSwitch()}
      </div>
      <div id="details-${service.id}" class="details" ?hidden=${!this.expanded}>${this.expanded ? this.#renderDetails() : nothing}</div>`;
  }

  #renderSwitch(): TemplateResult | typeof nothing {
    const t = this.t;
    const service = this.service;
    if (!service.orderable) return html`<span class="annex muted">${t.annex}</span>`;
    if (!this.changeable || service.pendingOrder) return nothing;
    const action: OrderAction = service.status === 'active' ? 'deactivate' : 'activate';
    const label = action === 'activate' ? t.activate({ name: service.name }) : t.deactivate({ name: service.name });
    const unavailable = this.ordersUnavailable;
    return html`<button
      type="button"
      class="icon-button"
      part="button"
      aria-label=${label}
      title=${label}
      aria-disabled=${unavailable ? 'true' : 'false'}
      aria-describedby=${describedBy(unavailable)}
      ?data-unavailable=${!!unavailable}
      @click=${(e: Event) => unavailable || this.dispatchEvent(new OrderStartEvent(service, action, e.currentTarget as HTMLElement))}
    >
      ${action === 'activate' ? plusIcon : minusIcon}
    </button>`;
  }

  #renderDetails(): TemplateResult {
    const t = this.t;
    const service = this.service;
    const changeable = service.status === 'active' && this.changeable && !service.pendingOrder && service.parameters.some((p) => p.editable);
    // Settings the user may not change are shown as they are, with why in place of Save.
    const unavailable = changeable ? this.settingsUnavailable : undefined;
    const editable = changeable && !unavailable;
    const error = this.#save.error;
    // A refusal of particular values is said at their fields.
    const formError = error !== undefined && !(isA(error, ValidationError) && error.fieldErrors.length) ? error : undefined;
    return html`<p>${service.description}</p>
      ${service.parameters.length
        ? html`<form class="settings" novalidate @submit=${this.#onSave} aria-label=${t.details({ name: service.name })}>
            <h3 class="label">${t.settings}</h3>
            ${service.parameters.map((p) =>
              settingField({
                serviceId: service.id,
                p,
                editable,
                draft: this.draft[p.key],
                error: this.errors[fieldId(service.id, p.key)],
                t,
                locale: this.locale,
                onChange: (value) => this.#edit(p.key, value),
              }),
            )}
            ${formError
              ? html`<div class="alert alert--error" role="alert" part="error">
                  ${alertIcon}<p>${(isA(formError, ConflictError) && t.conflicts[formError.code]) || this.describe(formError)}</p>
                </div>`
              : nothing}
            ${editable
              ? html`<button type="submit" class="button button--primary save" part="button" aria-disabled=${this.#save.busy ? 'true' : 'false'}>
                  ${this.#save.busy ? html`<span class="spinner" aria-hidden="true"></span>${t.saving}` : t.save}
                </button>`
              : unavailableNote(`settings-unavailable-${service.id}`, unavailable)}
          </form>`
        : nothing}`;
  }

  #edit(key: string, value: string | boolean): void {
    this.draft = { ...this.draft, [key]: value };
    const { [fieldId(this.service.id, key)]: _cleared, ...rest } = this.errors;
    this.errors = rest;
  }

  #onSave = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#save.busy || this.settingsUnavailable) return;
    const t = this.t;
    const l = this.locale;
    const service = this.service;
    const { values, errors } = checkSettings(service.id, service.parameters, this.draft, t, l);
    this.errors = errors;
    if (Object.keys(errors).length) {
      this.#focus.request(`#${Object.keys(errors)[0]}`);
      return;
    }
    if (!values.length) return;
    await this.#save.run(values);
    const error = this.#save.error;
    if (error === undefined) {
      this.draft = {};
      this.dispatchEvent(new AnnounceEvent(t.saved({ name: service.name })));
      this.dispatchEvent(new ServicesChangedEvent());
    } else if (isA(error, ValidationError) && error.fieldErrors.length) {
      // `parameters.1.value`: the second setting sent.
      this.errors = Object.fromEntries(
        error.fieldErrors.map((f) => {
          const key = values[Number(/^parameters\.(\d+)/.exec(f.path)?.[1] ?? 0)]?.key ?? '';
          return [fieldId(service.id, key), refusal(service.parameters.find((p) => p.key === key), f.code, t, this.common.invalid, l)];
        }),
      );
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-service-list-item': PorticoServiceListItem;
  }
}
