import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConflictError, isA, ValidationError } from '@portico/sdk/core';
import { securityRetryCallVerification, securityStartCallVerification, securityVerifyCall, type CallVerification } from '@portico/sdk/account';
import { Action } from '../../controllers/action.ts';
import { PorticoCallVerifiedEvent } from '../../events/security.ts';
import { date, phoneNumber } from '../../i18n/format.ts';
import { describedBy, digitsOf, notice, problemOf, sectionBox, SecurityPart, submitButton } from './security-part.ts';

const DIGITS = /^\d{4}$/;

/**
 * Call verification: the system calls the user's number, the person types the last four digits
 * of the calling number. When the first gateway cannot call (or no call arrives), the second
 * is offered; when neither can, the person is told to contact support.
 */
export class PorticoSecurityCall extends SecurityPart {
  @state() private digits = '';
  @state() private tried = false;
  /** What the last action led to, said once. */
  @state() private said?: 'verified' | 'expired' | 'over' | 'out';

  readonly #start = new Action<void, CallVerification>(this, {
    send: (_, { signal }) => this.api.request(securityStartCallVerification, {}, { signal, headers: this.headers }),
  });
  readonly #retry = new Action<void, CallVerification>(this, {
    send: (_, { signal }) => this.api.request(securityRetryCallVerification, {}, { signal, headers: this.headers }),
  });
  readonly #verify = new Action<string, CallVerification>(this, {
    send: (digits, { signal }) => this.api.request(securityVerifyCall, { body: { digits } }, { signal, headers: this.headers }),
  });

  protected override render(): TemplateResult {
    const t = this.t;
    const call = this.security.callVerification;
    if (!call.phone) return sectionBox('call', t.sections.call, html`<p id="call-state">${t.noPhone}</p>`);
    const phone = phoneNumber(call.phone);
    let body: unknown;
    if (call.state === 'calling') body = this.#calling(call);
    else if (call.state === 'gateway_failed') body = this.#gatewayFailed();
    else if (call.state === 'unavailable') body = notice('call-state', 'warning', t.unavailable, this.#startButton(t.tryAgain));
    else
      body = html`${call.verifiedAt ? html`<p id="call-state">${t.verifiedOn({ date: date(call.verifiedAt, this.locale, this.timeZone) })}</p>` : nothing}
        ${this.#startButton(t.startCall)}`;
    const failure = [this.#start, this.#retry].map((action) => action.error).find((error) => error !== undefined);
    return sectionBox(
      'call',
      t.sections.call,
      html`<p class="muted">${t.callAbout({ phone })}</p>
        ${body} ${this.#said()} ${failure !== undefined ? notice('call-error', 'error', this.describe(failure)) : nothing}`,
    );
  }

  #said(): TemplateResult | typeof nothing {
    const t = this.t;
    if (this.said === 'verified') return notice('call-notice', 'success', t.callVerified);
    if (this.said === 'expired') return notice('call-notice', 'info', t.callExpired);
    if (this.said === 'over') return notice('call-notice', 'info', t.callOver);
    if (this.said === 'out') return notice('call-notice', 'warning', t.wrongDigits({ left: 0 }));
    return nothing;
  }

  #startButton(label: string): TemplateResult | typeof nothing {
    return html`<div class="actions">${submitButton({ id: 'call-start', type: 'button', busy: this.#start.busy, label, busyLabel: this.t.startingCall, onClick: this.#begin })}</div>`;
  }

  #gatewayFailed(): TemplateResult {
    const t = this.t;
    const retry = submitButton({ id: 'call-retry', type: 'button', busy: this.#retry.busy, label: t.retryCall, busyLabel: t.startingCall, onClick: this.#again });
    return notice('call-state', 'warning', t.gatewayFailed, retry);
  }

  #calling(call: CallVerification): TemplateResult {
    const t = this.t;
    const problem = this.#problem();
    const error = this.#verify.error;
    return html`<p id="call-state" role="status">${t.calling({ gateway: t.gateways[call.gateway ?? 'primary'] })}</p>
      <form class="section-form" novalidate @submit=${this.#submit}>
        <div class="field field--short">
          <label class="label" part="label" for="call-digits">${t.digitsLabel}</label>
          <input
            id="call-digits"
            class="input"
            part="input"
            inputmode="numeric"
            .autocomplete=${'one-time-code'}
            maxlength="6"
            .value=${this.digits}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${describedBy('call-digits', undefined, problem)}
            @input=${(event: Event) => this.#edit((event.target as HTMLInputElement).value)}
          />
          ${problemOf('call-digits', problem)}
        </div>
        ${error !== undefined && !problem && !isA(error, ConflictError) ? notice('call-verify-error', 'error', this.describe(error)) : nothing}
        ${html`<div class="actions">
              ${submitButton({ id: 'call-verify', busy: this.#verify.busy, label: t.verify, busyLabel: t.verifying })}
              ${call.gateway === 'primary'
                ? submitButton({ id: 'call-retry', type: 'button', secondary: true, busy: this.#retry.busy, label: t.noCallArrived, busyLabel: t.startingCall, onClick: this.#again })
                : submitButton({ id: 'call-start', type: 'button', secondary: true, busy: this.#start.busy, label: t.tryAgain, busyLabel: t.startingCall, onClick: this.#begin })}
            </div>`}
      </form>`;
  }

  #problem(): string | undefined {
    const t = this.t;
    if (this.tried && !DIGITS.test(digitsOf(this.digits))) return t.digitsInvalid;
    const error = this.#verify.error;
    if (!isA(error, ValidationError)) return undefined;
    const wrong = error.fieldErrors.find((f) => f.code === 'wrong_digits');
    return wrong ? t.wrongDigits({ left: Number(wrong.params?.['attemptsLeft'] ?? 0) }) : t.digitsInvalid;
  }

  #edit(value: string): void {
    this.digits = value;
    this.#verify.clearError();
  }

  /** A new state of the call, from an answer: every section sees it. */
  #show(call: CallVerification): void {
    this.changed({ callVerification: call });
  }

  #begin = async (): Promise<void> => {
    if (this.#start.busy) return;
    this.said = undefined;
    this.digits = '';
    this.tried = false;
    this.#verify.reset();
    this.#retry.reset();
    const call = await this.#start.run();
    if (!call) return this.focusAfter.request('#call-error');
    this.#show(call);
    this.announce(call.state === 'calling' ? this.t.calling({ gateway: this.t.gateways.primary }) : this.t.gatewayFailed);
    this.focusAfter.request('#call-digits', '#call-state');
  };

  #again = async (): Promise<void> => {
    if (this.#retry.busy) return;
    this.said = undefined;
    this.digits = '';
    this.tried = false;
    this.#verify.reset();
    const call = await this.#retry.run();
    if (!call) {
      if (isA(this.#retry.error, ConflictError)) this.reload();
      return this.focusAfter.request('#call-error');
    }
    this.#show(call);
    this.announce(call.state === 'calling' ? this.t.calling({ gateway: this.t.gateways.secondary }) : this.t.unavailable);
    this.focusAfter.request('#call-digits', '#call-state');
  };

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#verify.busy) return;
    this.tried = true;
    const digits = digitsOf(this.digits);
    if (!DIGITS.test(digits)) return this.focusAfter.request('#call-digits');
    const call = await this.#verify.run(digits);
    if (call) {
      this.digits = '';
      this.tried = false;
      this.said = 'verified';
      this.#show(call);
      this.dispatchEvent(new PorticoCallVerifiedEvent(call.verifiedAt!));
      this.announce(this.t.callVerified);
      return this.focusAfter.request('#call-notice');
    }
    const error = this.#verify.error;
    const wrong = isA(error, ValidationError) ? error.fieldErrors.find((f) => f.code === 'wrong_digits') : undefined;
    if (wrong && Number(wrong.params?.['attemptsLeft'] ?? 0) <= 0) {
      // Out of tries: the call is over; the person starts again.
      this.said = 'out';
      this.#show({ ...this.security.callVerification, state: 'none', gateway: null, expiresAt: null, attemptsLeft: 0 });
      return this.focusAfter.request('#call-notice');
    }
    if (isA(error, ConflictError)) {
      this.said = error.code === 'call_expired' ? 'expired' : 'over';
      this.reload();
      return this.focusAfter.request('#call-notice');
    }
    this.focusAfter.request('#call-digits[aria-invalid="true"]', '#call-verify-error');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-security-call': PorticoSecurityCall;
  }
}
