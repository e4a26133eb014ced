import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConflictError, isA, ValidationError } from '@portico/sdk/core';
import { pbxRetrieve, phoneLineConfigure, phoneLineRetrieve, type Forwarding, type PhoneLine, type PhoneLineConfigureParams } from '@portico/sdk/telephony';
import { fieldError } from '../../base/field-error.ts';
import { alertIcon, retryIcon } from '../../base/icons.ts';
import { dialogActions, ModalDialog } from '../../base/modal-dialog.ts';
import { textField } from '../../base/text-field.ts';
import { describedBy } from '../../base/unavailable.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { Resource } from '../../controllers/resource.ts';
import { PorticoErrorEvent } from '../../events/portico-error.ts';
import { PorticoPhoneLineSavedEvent } from '../../events/telephony.ts';
import { phoneNumber } from '../../i18n/format.ts';
import { checkDraft, draftOf, refusalsOf, type LineDraft } from './line-configuration.ts';
import { LineChangedEvent, PhoneLinesPart } from './phone-lines-part.ts';

const WHEN: Forwarding['when'][] = ['always', 'busy', 'no_answer', 'unregistered'];

/**
 * "Configure" of one line, in a dialog: its forwarding (on or off, to which number, when) and
 * its pickup group. It is saved against the version shown (If-Match): when the line was
 * changed elsewhere meanwhile, nothing is saved, the widget loads the lines again, and the
 * person sees why and may show the latest settings (what was typed stays until then).
 */
export class PorticoPhoneLinesConfigure extends PhoneLinesPart {
  /** The lines as the widget shows them: the one configured is read from here, at its latest version. */
  @property({ attribute: false }) lines: readonly PhoneLine[] = [];

  /** The line the dialog is open for. */
  @state() private lineId?: string;
  @state() private draft?: LineDraft;
  /** The form was sent once: its problems are said, and said again as they are fixed. */
  @state() private checked = false;
  readonly #focus = new FocusAfterRender(this);
  readonly #dialog = new ModalDialog(this, {
    onClose: () => {
      this.lineId = undefined;
      this.draft = undefined;
    },
  });

  /** The PBX's pickup groups, asked for each time the dialog opens. */
  readonly #groups = new Resource(this, {
    args: () => [this.client, this.lineId] as const,
    load: async ([client, lineId], signal): Promise<string[]> => (lineId && client ? (await client.request(pbxRetrieve, {}, { signal })).pickupGroups : []),
    onError: (error) => this.dispatchEvent(new PorticoErrorEvent(error, 'load')),
  });

  readonly #save = new Action<PhoneLineConfigureParams, PhoneLine>(this, {
    send: (body, { signal }) => {
      const line = this.#line!;
      return this.api.request(phoneLineConfigure, { params: { id: line.id }, body }, { signal, ifMatch: line.version });
    },
  });

  /** "Show the latest settings" after a conflict. */
  readonly #reload = new Action<string, PhoneLine>(this, {
    kind: 'load',
    send: (id, { signal }) => this.api.request(phoneLineRetrieve, { params: { id } }, { signal }),
  });

  get #line(): PhoneLine | undefined {
    return this.lines.find((line) => line.id === this.lineId);
  }

  /** Opens the dialog for a line; focus returns to `opener` when it closes. */
  async start(line: PhoneLine, opener: HTMLElement): Promise<void> {
    if (this.#save.busy) return;
    this.#save.reset();
    this.#reload.reset();
    this.lineId = line.id;
    this.draft = draftOf(line);
    this.checked = false;
    await this.#dialog.show(opener);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The line is no longer shown (another account): nothing to configure.
    if (changed.has('lines') && this.lineId && !this.#line) this.#dialog.close();
  }

  protected override render(): TemplateResult {
    const line = this.#line;
    const draft = this.draft;
    return html`<dialog id="configure-dialog" part="dialog" aria-labelledby="configure-title" @close=${this.#dialog.closed}>
      ${line && draft && this.#dialog.isOpen
        ? html`<form class="dialog-body" method="dialog" novalidate @submit=${this.#send}>
            <h3 id="configure-title">${this.t.lineTitle({ number: phoneNumber(line.number) })}</h3>
            ${this.#renderConflict()} ${this.#renderForwarding(line, draft)} ${this.#renderPickupGroup(line, draft)} ${this.#renderFailure()}
            ${dialogActions({ cancel: this.t.cancel, submit: this.t.save, busyLabel: this.t.saving, busy: this.#save.busy, onCancel: () => this.#dialog.close() })}
          </form>`
        : nothing}
    </dialog>`;
  }

  /** The API's refusal of the last save, at the fields it is about. */
  get #refusals(): { number?: string; pickupGroup?: string } {
    const error = this.#save.error;
    return isA(error, ValidationError) ? refusalsOf(error.fieldErrors, this.t) : {};
  }

  /** The problem with the number to forward to: the form's own check once sent, else the API's refusal. */
  #numberProblem(line: PhoneLine, draft: LineDraft): string | undefined {
    const own = this.checked ? checkDraft(draft, line, this.t) : undefined;
    return own && 'problem' in own ? own.problem : this.#refusals.number;
  }

  #renderForwarding(line: PhoneLine, draft: LineDraft): TemplateResult {
    const t = this.t;
    const problem = this.#numberProblem(line, draft);
    return html`<fieldset class="forwarding">
      <legend class="label" part="label">${t.forwarding}</legend>
      <label class="choice"><input id="forward" type="checkbox" .checked=${draft.enabled} @change=${(e: Event) => this.#edit({ enabled: (e.target as HTMLInputElement).checked })} /><span>${t.forward}</span></label>
      ${textField({
        id: 'forward-to',
        label: t.forwardTo,
        value: draft.to,
        hint: t.forwardToHint,
        problem,
        tel: true,
        hidden: !draft.enabled,
        onInput: (to) => this.#edit({ to }),
      })}
      <fieldset class="when" ?hidden=${!draft.enabled}>
        <legend class="label" part="label">${t.whenLegend}</legend>
        ${WHEN.map(
          (when) => html`<label class="choice">
            <input type="radio" name="when" value=${when} .checked=${draft.when === when} @change=${() => this.#edit({ when })} /><span>${t.when[when]}</span>
          </label>`,
        )}
      </fieldset>
    </fieldset>`;
  }

  #renderPickupGroup(line: PhoneLine, draft: LineDraft): TemplateResult {
    const t = this.t;
    const groups = this.#groups;
    // The line's own group is offered while the PBX's list loads, or if it cannot be loaded.
    const names = [...new Set([...(line.pickupGroup ? [line.pickupGroup] : []), ...(groups.value ?? [])])];
    const refused = this.#refusals.pickupGroup;
    return html`<div class="field">
      <label class="label" part="label" for="pickup-group">${t.pickupGroup}</label>
      <select
        id="pickup-group"
        class="input"
        part="input"
        aria-describedby=${describedBy('pickup-group-hint', refused && 'pickup-group-error')}
        aria-invalid=${refused ? 'true' : 'false'}
        @change=${(e: Event) => this.#edit({ pickupGroup: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${draft.pickupGroup === ''}>${t.noPickupGroup}</option>
        ${names.map((name) => html`<option value=${name} ?selected=${draft.pickupGroup === name}>${name}</option>`)}
      </select>
      <p id="pickup-group-hint" class="hint">${t.pickupGroupHint}</p>
      ${fieldError('pickup-group', refused)}
      ${groups.failed && !groups.loading
        ? html`<div class="field-error groups-error" part="error">
            ${alertIcon}<span>${t.pickupGroupsFailed} ${this.describe(groups.error)}</span>
            <button type="button" class="button button--link" part="button" @click=${() => void groups.refresh()}>${retryIcon}${this.common.retry}</button>
          </div>`
        : nothing}
    </div>`;
  }

  #renderConflict(): TemplateResult | typeof nothing {
    if (!isA(this.#save.error, ConflictError)) return nothing;
    const reloading = this.#reload.busy;
    return html`<div class="alert alert--warning" role="alert" part="status">
      ${alertIcon}
      <p id="configure-message" tabindex="-1">${this.t.conflict}</p>
      <button type="button" class="button button--secondary" part="button" aria-disabled=${reloading ? 'true' : 'false'} @click=${this.#showLatest}>
        ${reloading ? html`<span class="spinner" aria-hidden="true"></span>` : retryIcon}${this.t.showLatest}
      </button>
      ${this.#reload.error !== undefined ? html`<p class="field-error">${alertIcon}<span>${this.describe(this.#reload.error)}</span></p>` : nothing}
    </div>`;
  }

  /** A failure that is neither a conflict nor about the number: said under the form. */
  #renderFailure(): TemplateResult | typeof nothing {
    const error = this.#save.error;
    if (error === undefined || isA(error, ConflictError) || Object.keys(this.#refusals).length) return nothing;
    return html`<div class="alert alert--error" role="alert" part="error">
      ${alertIcon}
      <p id="configure-message" tabindex="-1">${this.t.refusedSave} ${this.describe(error)}</p>
    </div>`;
  }

  #edit(change: Partial<LineDraft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...change };
    // The API's refusal was of what was there before; a conflict stays said until the latest is seen.
    if (!isA(this.#save.error, ConflictError)) this.#save.clearError();
  }

  #showLatest = async (): Promise<void> => {
    const id = this.lineId;
    if (!id || this.#reload.busy) return;
    const latest = await this.#reload.run(id);
    if (!latest || this.lineId !== id) return;
    this.dispatchEvent(new LineChangedEvent(latest));
    this.draft = draftOf(latest);
    this.checked = false;
    this.#save.clearError();
    this.announce(this.t.latestShown);
    this.#focus.request('#forward');
  };

  #send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const line = this.#line;
    const draft = this.draft;
    if (!line || !draft || this.#save.busy) return;
    this.checked = true;
    const checked = checkDraft(draft, line, this.t);
    if ('problem' in checked) {
      this.#focus.request('#forward-to');
      return;
    }
    const saved = await this.#save.run(checked.body);
    if (this.lineId !== line.id) return;
    if (saved) {
      this.dispatchEvent(new LineChangedEvent(saved));
      this.announce(this.t.saved({ number: phoneNumber(saved.number) }));
      this.dispatchEvent(new PorticoPhoneLineSavedEvent(saved));
      this.#dialog.close();
      return;
    }
    const error = this.#save.error;
    // Someone else's change: the widget loads the lines as they are now.
    if (isA(error, ConflictError)) this.dispatchEvent(new LineChangedEvent());
    const refused = this.#refusals;
    this.#focus.request(refused.number ? '#forward-to' : refused.pickupGroup ? '#pickup-group' : '#configure-message');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-phone-lines-configure': PorticoPhoneLinesConfigure;
  }
}
