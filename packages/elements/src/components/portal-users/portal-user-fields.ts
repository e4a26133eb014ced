import { html, nothing, type TemplateResult } from 'lit';
import { PERMISSIONS } from '@portico/sdk/core';
import type { Access, Permission } from '@portico/sdk/account';
import type { CommonMessages } from '../../i18n/common.messages.ts';
import type { PortalUsersMessages } from './portal-users.messages.ts';
import { grantedBy, type DraftPatch, type PortalUserDraft, type PortalUserField, type PortalUserProblems, type Role } from './portal-user-draft.ts';
import { passwordFields } from './portal-user-password.ts';
import { describedBy, problemOf } from './portal-user-problem.ts';

const ROLES: Role[] = ['administrator', 'user'];
const ACCESS: Access[] = ['full', 'read_only'];
/** Recordings have a box of their own, in the seed's words ("may listen to and download"). */
const GROUPED = PERMISSIONS.filter((p) => p !== 'recordings');

export interface PortalUserFieldsView {
  t: PortalUsersMessages;
  common: CommonMessages;
  draft: PortalUserDraft;
  problems: PortalUserProblems;
  /** Adding: the password and its confirmation are asked for too. */
  adding: boolean;
  /** The main administrator: role, access and sign-in stay as they are. */
  main: boolean;
  onEdit: (patch: DraftPatch) => void;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;
const checkedOf = (event: Event) => (event.target as HTMLInputElement).checked;

/** A text field with its label and its problem. */
function textField(view: PortalUserFieldsView, id: 'user-name' | 'user-email', key: 'name' | 'email', labelText: string, hint?: string): TemplateResult {
  const { problems, draft, onEdit } = view;
  const hintId = hint ? `${id}-hint` : undefined;
  return html`<div class="field">
    <label class="label" part="label" for=${id}>${labelText}</label>
    ${hint ? html`<p id=${hintId!} class="hint">${hint}</p>` : nothing}
    <input
      id=${id}
      class="input"
      part="input"
      type=${key === 'email' ? 'email' : 'text'}
      autocomplete="off"
      spellcheck="false"
      required
      .value=${draft[key]}
      aria-invalid=${problems[id] ? 'true' : 'false'}
      aria-describedby=${describedBy(id, problems, hintId)}
      @input=${(e: Event) => onEdit({ [key]: valueOf(e) })}
    />
    ${problemOf(id, problems[id])}
  </div>`;
}

/** A radio group (role, access), each choice with what it means; unchosen until the person chooses. */
function radioGroup<V extends Role | Access>(
  view: PortalUserFieldsView,
  id: 'user-role' | 'user-access',
  legend: string,
  values: readonly V[],
  names: Record<V, string>,
  hints: Record<V, string>,
  chosen: V | '',
  onChoose: (value: V) => void,
): TemplateResult {
  const { problems, main } = view;
  return html`<fieldset class="field choices" id="${id}-group" aria-describedby=${describedBy(id, problems, main ? 'user-main-fixed' : undefined)}>
    <legend class="label" part="label">${legend}</legend>
    ${values.map(
      (value) => html`<div class="option">
        <input
          type="radio"
          name=${id}
          id="${id}-${value}"
          value=${value}
          .checked=${chosen === value}
          ?disabled=${main}
          aria-describedby="${id}-${value}-hint"
          aria-invalid=${problems[id] ? 'true' : 'false'}
          @change=${() => onChoose(value)}
        />
        <label for="${id}-${value}">${names[value]}</label>
        <p class="hint" id="${id}-${value}-hint">${hints[value]}</p>
      </div>`,
    )}
    ${problemOf(id, problems[id])}
  </fieldset>`;
}

/** One box of a permission, with what it covers. An administrator's are all ticked, and fixed. */
function permissionBox(view: PortalUserFieldsView, permission: Permission, labelText: string): TemplateResult {
  const { t, draft, onEdit, problems } = view;
  const administrator = draft.role === 'administrator';
  const granted = grantedBy(draft).includes(permission);
  const id = `user-permission-${permission}`;
  // From the draft as it is when the box changes: boxes ticked quickly, before the next render, all count.
  const toggle = (on: boolean) => onEdit((now) => ({ permissions: PERMISSIONS.filter((p) => (p === permission ? on : now.permissions.includes(p))) }));
  return html`<div class="option">
    <input
      type="checkbox"
      id=${id}
      .checked=${granted}
      ?disabled=${administrator}
      aria-describedby="${id}-hint"
      aria-invalid=${permission !== 'recordings' && problems['user-permissions'] ? 'true' : 'false'}
      @change=${(e: Event) => toggle(checkedOf(e))}
    />
    <label for=${id}>${labelText}</label>
    <p class="hint" id="${id}-hint">${t.permissionHints[permission]}</p>
  </div>`;
}

/** A yes/no of sign-in: may log in, 2FA. */
function checkbox(id: string, labelText: string, checked: boolean, disabled: boolean, onChange: (checked: boolean) => void, hint?: string): TemplateResult {
  return html`<div class="option">
    <input type="checkbox" id=${id} .checked=${checked} ?disabled=${disabled} aria-describedby=${hint ? `${id}-hint` : nothing} @change=${(e: Event) => onChange(checkedOf(e))} />
    <label for=${id}>${labelText}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
  </div>`;
}

/**
 * The editor's fields, in the seed's order: name and e-mail, role and permissions (call
 * recordings among them, in words of their own), access, then sign-in: may log in, 2FA, and
 * when adding the password with its policy.
 */
export function portalUserFields(view: PortalUserFieldsView): TemplateResult {
  const { t, common, draft, problems, adding, main, onEdit } = view;
  const administrator = draft.role === 'administrator';
  return html`${textField(view, 'user-name', 'name', t.name)} ${textField(view, 'user-email', 'email', t.email, t.emailHint)}
    ${main ? html`<p id="user-main-fixed" class="note">${t.mainFixed}</p>` : nothing}
    ${radioGroup(view, 'user-role', t.role, ROLES, t.roles, t.roleHints, draft.role, (role) => onEdit({ role }))}
    <fieldset class="field choices" id="user-permissions-group" aria-describedby=${describedBy('user-permissions', problems, 'user-permissions-hint')}>
      <legend class="label" part="label">${t.permissions}</legend>
      <p class="hint" id="user-permissions-hint">${administrator ? t.permissionsAdministrator : t.permissionsHint}</p>
      <div class="permission-grid">${GROUPED.map((p) => permissionBox(view, p, common.permissions[p]))} ${permissionBox(view, 'recordings', t.recordings)}</div>
      ${problemOf('user-permissions', problems['user-permissions'])}
    </fieldset>
    ${radioGroup(view, 'user-access', t.accessLegend, ACCESS, t.access, t.accessHints, draft.access, (access) => onEdit({ access }))}
    <fieldset class="field choices" id="user-sign-in">
      <legend class="label" part="label">${t.signIn}</legend>
      ${checkbox('user-can-log-in', t.canLogIn, draft.canLogIn, main, (canLogIn) => onEdit({ canLogIn }))}
      ${checkbox('user-two-factor', t.twoFactor, draft.twoFactorRequired, false, (twoFactorRequired) => onEdit({ twoFactorRequired }), t.twoFactorHint)}
      ${adding ? passwordFields({ t, draft, problems, onEdit }) : nothing}
    </fieldset>`;
}
