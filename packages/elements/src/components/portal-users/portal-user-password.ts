import { html, type TemplateResult } from 'lit';
import { PASSWORD_POLICY } from '@portico/sdk/account';
import { checkIcon } from '../../base/icons.ts';
import type { PortalUsersMessages } from './portal-users.messages.ts';
import { describedBy, problemOf } from './portal-user-problem.ts';
import { policyOf, type DraftPatch, type PortalUserDraft, type PortalUserProblems } from './portal-user-draft.ts';
import { circleIcon } from './portal-user-icons.ts';

export interface PasswordFieldsView {
  t: PortalUsersMessages;
  draft: PortalUserDraft;
  problems: PortalUserProblems;
  onEdit: (patch: DraftPatch) => void;
}

/**
 * The new user's password and its confirmation, with the login policy under it: each rule
 * ticked as it is met — a tick or an empty circle and, for screen readers, "Met" or "Not yet"
 * before it, so nothing rests on colour. The policy is the field's description, read with it.
 */
export function passwordFields(view: PasswordFieldsView): TemplateResult {
  const { t, draft, problems, onEdit } = view;
  const met = policyOf(draft.password);
  const rules = [
    { key: 'length', text: t.rules.length({ min: PASSWORD_POLICY.minLength }), met: met.length },
    { key: 'letter', text: t.rules.letter, met: met.letter },
    { key: 'digit', text: t.rules.digit, met: met.digit },
  ];
  const input = (id: 'user-password' | 'user-password-again', key: 'password' | 'passwordAgain', label: string, hint?: string) =>
    html`<div class="field">
      <label class="label" part="label" for=${id}>${label}</label>
      <input
        id=${id}
        class="input"
        part="input"
        type="password"
        autocomplete="new-password"
        required
        maxlength=${PASSWORD_POLICY.maxLength}
        .value=${draft[key]}
        aria-invalid=${problems[id] ? 'true' : 'false'}
        aria-describedby=${describedBy(id, problems, hint)}
        @input=${(e: Event) => onEdit({ [key]: (e.target as HTMLInputElement).value })}
      />
      ${problemOf(id, problems[id])}
    </div>`;
  return html`${input('user-password', 'password', t.password, 'user-password-policy')}
    <div class="policy" id="user-password-policy" part="status">
      <p>${t.policy}</p>
      <ul>
        ${rules.map(
          (rule) => html`<li class="rule ${rule.met ? 'rule--met' : ''}" data-rule=${rule.key} data-met=${rule.met ? 'true' : 'false'}>
            ${rule.met ? checkIcon : circleIcon}<span><span class="visually-hidden">${rule.met ? t.ruleMet : t.ruleNotMet} </span>${rule.text}</span>
          </li>`,
        )}
      </ul>
    </div>
    ${input('user-password-again', 'passwordAgain', t.passwordAgain)}`;
}
