import { html, nothing, svg, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isA, ValidationError } from '@portico/sdk/core';
import { PASSWORD_POLICY, securityChangePassword, type PasswordChanged, type PasswordChangeParams } from '@portico/sdk/account';
import { checkIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { PorticoPasswordChangedEvent } from '../../events/security.ts';
import { describedBy, notice, problemOf, sectionBox, SecurityPart, submitButton } from './security-part.ts';

type Field = 'old-password' | 'new-password' | 'confirm-password';
interface Draft {
  oldPassword: string;
  newPassword: string;
  confirmation: string;
}
const EMPTY: Draft = { oldPassword: '', newPassword: '', confirmation: '' };

/** What the login policy asks of a new password, each rule met or not. */
export function policyOf(password: string): { length: boolean; letter: boolean; digit: boolean } {
  return { length: [...password].length >= PASSWORD_POLICY.minLength, letter: /\p{L}/u.test(password), digit: /\d/.test(password) };
}

const circleIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2"><circle cx="12" cy="12" r="9"/></svg>`;

const FIELD_OF: Record<string, Field> = { oldPassword: 'old-password', newPassword: 'new-password', confirmation: 'confirm-password' };

/**
 * T3: the old password, the new one with the login policy ticked as it is typed, and the new
 * one again. Typed passwords stay after a refusal (the wrong one is said at its field) and are
 * cleared once the change is made; none of them reaches an event or a message.
 */
export class PorticoSecurityPassword extends SecurityPart {
  @state() private draft: Draft = EMPTY;
  /** Problems are said once a change was tried. */
  @state() private tried = false;
  @state() private done?: PasswordChanged;

  readonly #change = new Action<PasswordChangeParams, PasswordChanged>(this, {
    send: (body, { signal }) => this.api.request(securityChangePassword, { body }, { signal, headers: this.headers }),
  });

  /** The form's own checks, then the API's refusal, by field. */
  #problems(): Partial<Record<Field, string>> {
    const t = this.t;
    const { oldPassword, newPassword, confirmation } = this.draft;
    const problems: Partial<Record<Field, string>> = {};
    if (this.tried) {
      if (!oldPassword) problems['old-password'] = t.required;
      const met = policyOf(newPassword);
      if (!newPassword) problems['new-password'] = t.required;
      else if (!met.length || !met.letter || !met.digit) problems['new-password'] = t.policyNotMet;
      if (!problems['new-password'] && confirmation !== newPassword) problems['confirm-password'] = t.mismatch;
    }
    const error = this.#change.error;
    if (isA(error, ValidationError)) {
      for (const fieldError of error.fieldErrors) {
        const field = FIELD_OF[fieldError.path];
        if (!field || problems[field]) continue;
        problems[field] = fieldError.code === 'wrong_password' ? t.wrongPassword : fieldError.code === 'same_password' ? t.samePassword : fieldError.code === 'password_mismatch' ? t.mismatch : t.policyNotMet;
      }
    }
    return problems;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const problems = this.#problems();
    const error = this.#change.error;
    const atField = isA(error, ValidationError) && error.fieldErrors.some((f) => FIELD_OF[f.path]);
    return sectionBox(
      'password',
      t.sections.password,
      html`<form class="section-form" novalidate @submit=${this.#submit}>
        <input type="text" hidden autocomplete="username" .value=${this.security.login} />
        ${this.#input('old-password', 'oldPassword', t.oldPassword, 'current-password', problems)}
        ${this.#input('new-password', 'newPassword', t.newPassword, 'new-password', problems, 'new-password-policy')} ${this.#policy()}
        ${this.#input('confirm-password', 'confirmation', t.confirmation, 'new-password', problems)}
        ${error !== undefined && !atField ? notice('password-error', 'error', this.describe(error)) : nothing}
        ${html`<div class="actions">${submitButton({ id: 'password-save', busy: this.#change.busy, label: t.changePassword, busyLabel: t.changingPassword })}</div>`}
        ${this.done ? notice('password-notice', 'success', t.passwordChanged({ sessions: this.done.sessionsEnded })) : nothing}
      </form>`,
    );
  }

  #input(id: Field, key: keyof Draft, label: string, autocomplete: string, problems: Partial<Record<Field, string>>, hint?: string): TemplateResult {
    return html`<div class="field">
      <label class="label" part="label" for=${id}>${label}</label>
      <input
        id=${id}
        class="input"
        part="input"
        type="password"
        .autocomplete=${autocomplete}
        maxlength=${PASSWORD_POLICY.maxLength}
        .value=${this.draft[key]}
        aria-invalid=${problems[id] ? 'true' : 'false'}
        aria-describedby=${describedBy(id, hint, problems[id])}
        @input=${(event: Event) => this.#edit({ [key]: (event.target as HTMLInputElement).value })}
      />
      ${problemOf(id, problems[id])}
    </div>`;
  }

  /** The login policy, each rule ticked as it is met: an icon and, for screen readers, "Met" or "Not yet" (not colour alone). */
  #policy(): TemplateResult {
    const t = this.t;
    const met = policyOf(this.draft.newPassword);
    const rules = [
      { key: 'length', text: t.rules.length({ min: PASSWORD_POLICY.minLength }), met: met.length },
      { key: 'letter', text: t.rules.letter, met: met.letter },
      { key: 'digit', text: t.rules.digit, met: met.digit },
    ];
    return html`<div class="policy" id="new-password-policy">
      <p>${t.policy}</p>
      <ul>
        ${rules.map(
          (rule) => html`<li class="rule ${rule.met ? 'rule--met' : ''}" data-rule=${rule.key} data-met=${rule.met ? 'true' : 'false'}>
            ${rule.met ? checkIcon : circleIcon}<span><span class="visually-hidden">${rule.met ? t.ruleMet : t.ruleNotMet} </span>${rule.text}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  #edit(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
    this.done = undefined;
    this.#change.clearError();
  }

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#change.busy) return;
    this.tried = true;
    this.done = undefined;
    const first = Object.keys(this.#problems())[0];
    if (first) {
      this.focusAfter.request(`#${first}`);
      return;
    }
    const changed = await this.#change.run({ ...this.draft });
    if (!changed) {
      this.focusAfter.request('#password [aria-invalid="true"]', '#password-error');
      return;
    }
    // Typed passwords go once they have done their work.
    this.draft = EMPTY;
    this.tried = false;
    this.done = changed;
    this.changed({ passwordChangedAt: changed.passwordChangedAt });
    this.announce(this.t.passwordChanged({ sessions: changed.sessionsEnded }));
    this.dispatchEvent(new PorticoPasswordChangedEvent(changed.passwordChangedAt, changed.sessionsEnded));
    this.focusAfter.request('#password-notice');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-security-password': PorticoSecurityPassword;
  }
}
