import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConflictError, isA, ValidationError } from '@portico/sdk/core';
import { securityConfirmTwoFactor, securityDisableTwoFactor, securityEnrollTwoFactor, type TwoFactorConfirmed, type TwoFactorEnrolment, type TwoFactorStatus } from '@portico/sdk/account';
import { copyIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { PorticoTwoFactorChangedEvent } from '../../events/security.ts';
import { date } from '../../i18n/format.ts';
import { qrMatrix, qrSvg, type QrMatrix } from './qr-code.ts';
import { downloadText, recoveryCodes } from './recovery-codes.ts';
import { describedBy, digitsOf, notice, problemOf, sectionBox, SecurityPart, submitButton } from './security-part.ts';

/** A code of the app: six digits, however they were pasted. */
const APP_CODE = /^\d{6}$/;

/** The secret in groups of four, as apps show it and people type it. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Two-factor authentication with an authenticator app (RFC 6238): enrolment shows a QR code
 * (drawn as an SVG by a library loaded only now) and the key as text with a copy button; a
 * 6-digit code turns it on and brings the recovery codes, shown once; a code of the app or a
 * recovery code turns it off. The key and the codes live in this part only while shown.
 */
export class PorticoSecurityTwoFactor extends SecurityPart {
  /** The enrolment on screen: its key and URI (never kept anywhere else). */
  @state() private enrolment?: TwoFactorEnrolment;
  @state() private qr?: QrMatrix | 'failed';
  @state() private codes?: readonly string[];
  @state() private acknowledged = false;
  @state() private nagged = false;
  @state() private copied?: { what: 'key' | 'codes'; outcome: 'copied' | 'failed' };
  @state() private code = '';
  @state() private tried = false;
  @state() private result?: 'on' | 'off';

  readonly #enroll = new Action<void, TwoFactorEnrolment>(this, {
    send: (_, { signal }) => this.api.request(securityEnrollTwoFactor, {}, { signal, headers: this.headers }),
  });
  readonly #confirm = new Action<string, TwoFactorConfirmed>(this, {
    send: (code, { signal }) => this.api.request(securityConfirmTwoFactor, { body: { code } }, { signal, headers: this.headers }),
  });
  readonly #disable = new Action<string, TwoFactorStatus>(this, {
    send: (code, { signal }) => this.api.request(securityDisableTwoFactor, { body: { code } }, { signal, headers: this.headers }),
  });

  protected override render(): TemplateResult {
    const t = this.t;
    const status = this.security.twoFactor;
    let content: unknown;
    if (this.codes) content = this.#recovery();
    else if (this.enrolment) content = this.#enrolling(this.enrolment);
    else if (status.state === 'on') content = this.#on(status);
    else content = this.#off(status);
    return sectionBox('two-factor', t.sections.twoFactor, content);
  }

  #off(status: TwoFactorStatus): TemplateResult {
    const t = this.t;
    const error = this.#enroll.error;
    return html`<p id="two-factor-state">${status.state === 'pending' ? t.twoFactorPending : t.twoFactorOff}</p>
      ${this.result === 'off' ? notice('two-factor-notice', 'success', t.twoFactorTurnedOff) : nothing}
      ${error !== undefined ? notice('two-factor-error', isA(error, ConflictError) ? 'info' : 'error', isA(error, ConflictError) ? t.twoFactorChangedElsewhere : this.describe(error)) : nothing}
      ${html`<div class="actions">
            ${submitButton({ id: 'two-factor-enroll', type: 'button', busy: this.#enroll.busy, label: status.state === 'pending' ? t.enrollAgain : t.enroll, busyLabel: t.enrolling, onClick: this.#start })}
          </div>`}`;
  }

  #enrolling(enrolment: TwoFactorEnrolment): TemplateResult {
    const t = this.t;
    const qr = this.qr;
    const problem = this.#codeProblem(this.#confirm.error, t.codeInvalid, t.wrongCode);
    return html`<div class="enrolment">
      <p>${t.scan}</p>
      <div class="qr-box">
        ${qr === undefined
          ? html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span>${t.qrLoading}</p>`
          : qr === 'failed'
            ? html`<p class="muted" role="status">${t.qrFailed}</p>`
            : qrSvg(qr, t.qrLabel({ account: enrolment.account }))}
      </div>
      <p id="two-factor-key-label">${t.typeKey}</p>
      <p class="key-row">
        <code id="two-factor-key" class="key" aria-labelledby="two-factor-key-label">${grouped(enrolment.secret)}</code>
        <button type="button" id="two-factor-copy-key" class="button button--secondary" part="button" @click=${() => this.#copy('key', enrolment.secret)}>${copyIcon}${t.copyKey}</button>
      </p>
      ${this.copied?.what === 'key' ? html`<p class="hint" role="status">${this.copied.outcome === 'copied' ? t.copied : t.copyFailed}</p>` : nothing}
      <form class="section-form" novalidate @submit=${this.#confirmSubmit}>
        <p>${t.enterCode}</p>
        ${this.#codeField('two-factor-code', t.codeLabel, problem, 'one-time-code', 6)}
        ${this.#confirm.error !== undefined && !problem ? notice('two-factor-error', 'error', this.describe(this.#confirm.error)) : nothing}
        <div class="actions">
          ${submitButton({ id: 'two-factor-confirm', busy: this.#confirm.busy, label: t.confirmTwoFactor, busyLabel: t.confirming })}
          <button type="button" id="two-factor-cancel" class="button button--secondary" part="button" @click=${this.#cancel}>${t.cancel}</button>
        </div>
      </form>
    </div>`;
  }

  #recovery(): TemplateResult {
    return recoveryCodes({
      t: this.t,
      codes: this.codes!,
      acknowledged: this.acknowledged,
      nagged: this.nagged,
      copied: this.copied?.what === 'codes' ? this.copied.outcome : undefined,
      onCopy: () => this.#copy('codes', this.codes!.join('\n')),
      onDownload: () => downloadText(this, this.t.recoveryFileName, `${this.t.recoveryFileHeading({ account: this.security.login })}\n\n${this.codes!.join('\n')}\n`),
      onAcknowledge: (value) => (this.acknowledged = value),
      onDone: this.#done,
    });
  }

  #on(status: TwoFactorStatus): TemplateResult {
    const t = this.t;
    const problem = this.#codeProblem(this.#disable.error, t.disableInvalid, t.wrongDisableCode);
    const error = this.#disable.error;
    return html`<p id="two-factor-state">${t.twoFactorOn({ date: date(status.since!, this.locale, this.timeZone), left: status.recoveryCodesLeft })}</p>
      ${this.result === 'on' ? notice('two-factor-notice', 'success', t.twoFactorTurnedOn) : nothing}
      ${html`<form class="section-form" novalidate @submit=${this.#disableSubmit}>
            ${this.#codeField('two-factor-disable-code', t.disableLabel, problem, 'one-time-code', 20)}
            ${error !== undefined && !problem ? notice('two-factor-error', isA(error, ConflictError) ? 'info' : 'error', isA(error, ConflictError) ? t.twoFactorChangedElsewhere : this.describe(error)) : nothing}
            <div class="actions">${submitButton({ id: 'two-factor-disable', busy: this.#disable.busy, label: t.disable, busyLabel: t.disabling, secondary: true })}</div>
          </form>`}`;
  }

  #codeField(id: string, label: string, problem: string | undefined, autocomplete: string, maxlength: number): TemplateResult {
    return html`<div class="field field--short">
      <label class="label" part="label" for=${id}>${label}</label>
      <input
        id=${id}
        class="input"
        part="input"
        inputmode=${maxlength === 6 ? 'numeric' : 'text'}
        .autocomplete=${autocomplete}
        spellcheck="false"
        maxlength=${maxlength + 4}
        .value=${this.code}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${describedBy(id, undefined, problem)}
        @input=${(event: Event) => this.#edit((event.target as HTMLInputElement).value)}
      />
      ${problemOf(id, problem)}
    </div>`;
  }

  #codeProblem(error: unknown, invalid: string, wrong: string): string | undefined {
    if (this.tried && !this.#codeValid()) return invalid;
    return isA(error, ValidationError) ? (error.fieldErrors.some((f) => f.code === 'wrong_code') ? wrong : invalid) : undefined;
  }

  /** Six digits while enrolling; a code of the app or a recovery code to turn it off. */
  #codeValid(): boolean {
    const code = this.code.trim();
    return this.enrolment ? APP_CODE.test(digitsOf(code)) : code.length >= 6 && code.length <= 20;
  }

  #edit(code: string): void {
    this.code = code;
    this.#confirm.clearError();
    this.#disable.clearError();
  }

  #start = async (): Promise<void> => {
    if (this.#enroll.busy) return;
    this.result = undefined;
    const enrolment = await this.#enroll.run();
    if (!enrolment) {
      if (isA(this.#enroll.error, ConflictError)) this.reload();
      this.focusAfter.request('#two-factor-error');
      return;
    }
    this.enrolment = enrolment;
    this.code = '';
    this.tried = false;
    this.qr = undefined;
    this.changed({ twoFactor: { state: 'pending', since: null, recoveryCodesLeft: 0 } });
    this.focusAfter.request('#two-factor-code');
    try {
      const matrix = await qrMatrix(enrolment.uri);
      if (this.enrolment === enrolment) this.qr = matrix;
    } catch {
      if (this.enrolment === enrolment) this.qr = 'failed';
    }
  };

  #confirmSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#confirm.busy) return;
    this.tried = true;
    if (!this.#codeValid()) return this.focusAfter.request('#two-factor-code');
    const confirmed = await this.#confirm.run(digitsOf(this.code));
    if (!confirmed) return this.focusAfter.request('#two-factor-code[aria-invalid="true"]', '#two-factor-error');
    // The key goes from the screen; the recovery codes come, this once.
    this.enrolment = undefined;
    this.qr = undefined;
    this.code = '';
    this.tried = false;
    this.codes = confirmed.recoveryCodes;
    this.acknowledged = false;
    this.nagged = false;
    this.changed({ twoFactor: confirmed.twoFactor });
    this.dispatchEvent(new PorticoTwoFactorChangedEvent('on'));
    this.announce(this.t.twoFactorTurnedOn);
    this.focusAfter.request('#recovery');
  };

  #cancel = (): void => {
    this.enrolment = undefined;
    this.qr = undefined;
    this.code = '';
    this.tried = false;
    this.#confirm.reset();
    this.focusAfter.request('#two-factor-enroll');
  };

  #done = (): void => {
    if (!this.acknowledged) {
      this.nagged = true;
      this.focusAfter.request('#recovery-acknowledge');
      return;
    }
    this.codes = undefined;
    this.copied = undefined;
    this.result = 'on';
    this.focusAfter.request('#two-factor-notice');
  };

  #disableSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#disable.busy) return;
    this.tried = true;
    if (!this.#codeValid()) return this.focusAfter.request('#two-factor-disable-code');
    const status = await this.#disable.run(this.code.trim());
    if (!status) {
      if (isA(this.#disable.error, ConflictError)) this.reload();
      return this.focusAfter.request('#two-factor-disable-code[aria-invalid="true"]', '#two-factor-error');
    }
    this.code = '';
    this.tried = false;
    this.result = 'off';
    this.changed({ twoFactor: status });
    this.dispatchEvent(new PorticoTwoFactorChangedEvent('off'));
    this.announce(this.t.twoFactorTurnedOff);
    this.focusAfter.request('#two-factor-notice');
  };

  #copy = async (what: 'key' | 'codes', text: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = { what, outcome: 'copied' };
    } catch {
      this.copied = { what, outcome: 'failed' };
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-security-two-factor': PorticoSecurityTwoFactor;
  }
}
