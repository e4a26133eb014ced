import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConflictError, isA, ValidationError } from '@portico/sdk/core';
import { SECURITY_LIMITS, securitySetSecurityCode } from '@portico/sdk/account';
import { Action } from '../../controllers/action.ts';
import { PorticoSecurityCodeSetEvent } from '../../events/security.ts';
import { date } from '../../i18n/format.ts';
import { describedBy, digitsOf, notice, problemOf, sectionBox, SecurityPart, submitButton } from './security-part.ts';

const { minLength: MIN, maxLength: MAX } = SECURITY_LIMITS.securityCode;
const CODE = new RegExp(`^\\d{${MIN},${MAX}}$`);

/**
 * The security code for phone support: set once, then only "set on <date>" — it is never
 * shown or changed again (the API refuses a second one with 409 `security_code_set`).
 */
export class PorticoSecuritySecurityCode extends SecurityPart {
  @state() private code = '';
  @state() private tried = false;
  @state() private justSet = false;

  readonly #set = new Action<string, { set: true; setAt: string }>(this, {
    send: (code, { signal }) => this.api.request(securitySetSecurityCode, { body: { code } }, { signal, headers: this.headers }),
  });

  protected override render(): TemplateResult {
    const t = this.t;
    const saved = this.security.securityCode;
    const content = saved.set && saved.setAt
      ? html`<p id="security-code-state">${t.securityCodeSetOn({ date: date(saved.setAt, this.locale, this.timeZone) })} ${t.securityCodeLocked}</p>
          ${this.justSet ? notice('security-code-notice', 'success', t.securityCodeSaved) : nothing}
          ${isA(this.#set.error, ConflictError) ? notice('security-code-notice', 'info', t.securityCodeAlreadySet) : nothing}`
      : this.#form();
    return sectionBox('security-code', t.sections.securityCode, html`<p class="muted">${t.securityCodeAbout}</p>${content}`);
  }

  #problem(): string | undefined {
    const t = this.t;
    if (this.tried && !CODE.test(digitsOf(this.code))) return t.securityCodeInvalid({ min: MIN, max: MAX });
    if (isA(this.#set.error, ValidationError)) return t.securityCodeInvalid({ min: MIN, max: MAX });
    return undefined;
  }

  #form(): TemplateResult {
    const t = this.t;
    const problem = this.#problem();
    const error = this.#set.error;
    return html`<form class="section-form" novalidate @submit=${this.#submit}>
      <div class="field field--short">
        <label class="label" part="label" for="security-code-input">${t.securityCodeLabel}</label>
        <input
          id="security-code-input"
          class="input"
          part="input"
          type="password"
          inputmode="numeric"
          autocomplete="off"
          maxlength=${MAX + 2}
          .value=${this.code}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${describedBy('security-code-input', 'security-code-hint', problem)}
          @input=${(event: Event) => this.#edit((event.target as HTMLInputElement).value)}
        />
        <p id="security-code-hint" class="hint">${t.securityCodeHint({ min: MIN, max: MAX })}</p>
        ${problemOf('security-code-input', problem)}
      </div>
      ${error !== undefined && !problem && !isA(error, ConflictError) ? notice('security-code-error', 'error', this.describe(error)) : nothing}
      ${html`<div class="actions">${submitButton({ id: 'security-code-save', busy: this.#set.busy, label: t.setSecurityCode, busyLabel: t.settingSecurityCode })}</div>`}
    </form>`;
  }

  #edit(value: string): void {
    this.code = value;
    this.#set.clearError();
  }

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#set.busy) return;
    this.tried = true;
    const code = digitsOf(this.code);
    if (!CODE.test(code)) {
      this.focusAfter.request('#security-code-input');
      return;
    }
    const set = await this.#set.run(code);
    if (set) {
      this.code = '';
      this.tried = false;
      this.justSet = true;
      this.changed({ securityCode: { set: true, setAt: set.setAt } });
      this.announce(this.t.securityCodeSaved);
      this.dispatchEvent(new PorticoSecurityCodeSetEvent(set.setAt));
      this.focusAfter.request('#security-code-notice');
    } else if (isA(this.#set.error, ConflictError)) {
      // Set meanwhile (another tab): the widget loads the settings again, which say since when.
      this.code = '';
      this.reload();
      this.focusAfter.request('#security-code-notice');
    } else this.focusAfter.request('#security-code-input[aria-invalid="true"]', '#security-code-error');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-security-security-code': PorticoSecuritySecurityCode;
  }
}
