import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PortalUser } from '@portico/sdk/account';
import { PERMISSIONS } from '@portico/sdk/core';
import { badge } from '../../base/badge.ts';
import { infoIcon } from '../../base/icons.ts';
import type { CommonMessages } from '../../i18n/common.messages.ts';
import type { PortalUsersMessages } from './portal-users.messages.ts';
import { pencilIcon, trashIcon } from './portal-user-icons.ts';

export interface PortalUserTableView {
  t: PortalUsersMessages;
  common: CommonMessages;
  users: readonly PortalUser[];
  /** The id of the sentence saying why the session may not change users; unset when it may. */
  unavailable?: string;
  onEdit: (user: PortalUser, button: HTMLElement) => void;
  onDelete: (user: PortalUser, button: HTMLElement) => void;
  onProcedure: (user: PortalUser, button: HTMLElement) => void;
}

/** A cell's column name, shown in the card a row becomes on a narrow screen (the table's header is hidden there). */
const label = (text: string) => html`<span class="cell-label">${text}</span>`;

const yesNo = (t: PortalUsersMessages, value: boolean) => badge(value ? t.yes : t.no, value ? 'success' : 'neutral');

/**
 * The portal users as a table on a wide screen and as cards on a narrow one: name (the main
 * administrator marked), e-mail, role, permissions by name, access, sign-in and 2FA, and the
 * pencil and trash of each — the main administrator's trash replaced by how they are removed.
 */
export function portalUserTable(view: PortalUserTableView): TemplateResult {
  const c = view.t.columns;
  return html`<table part="table" aria-labelledby="title">
    <thead>
      <tr>
        <th scope="col">${c.name}</th>
        <th scope="col">${c.email}</th>
        <th scope="col">${c.role}</th>
        <th scope="col">${c.permissions}</th>
        <th scope="col">${c.access}</th>
        <th scope="col">${c.canLogIn}</th>
        <th scope="col">${c.twoFactor}</th>
        <th scope="col"><span class="visually-hidden">${c.actions}</span></th>
      </tr>
    </thead>
    <tbody>
      ${repeat(
        view.users,
        (user) => user.id,
        (user) => row(view, user),
      )}
    </tbody>
  </table>`;
}

function permissionsOf(view: PortalUserTableView, user: PortalUser): TemplateResult {
  const { t, common } = view;
  if (user.role === 'administrator') return html`<ul class="chips"><li class="chip chip--all">${t.allPermissions}</li></ul>`;
  const granted = PERMISSIONS.filter((p) => user.permissions.includes(p));
  if (!granted.length) return html`<span class="muted">${t.noPermissions}</span>`;
  return html`<ul class="chips">
    ${granted.map((p) => html`<li class="chip">${common.permissions[p]}</li>`)}
  </ul>`;
}

function row(view: PortalUserTableView, user: PortalUser): TemplateResult {
  const { t } = view;
  const c = t.columns;
  const named = { name: user.name };
  // Unavailable actions stay in view, said why once (near the add button), not after a click.
  const unavailable = view.unavailable !== undefined;
  const describedBy = view.unavailable ?? nothing;
  const press = (act: (user: PortalUser, button: HTMLElement) => void) => (event: Event) => {
    if (!unavailable) act(user, event.currentTarget as HTMLElement);
  };
  return html`<tr part="item" data-user=${user.id} class=${user.mainAdministrator ? 'main' : ''}>
    <td class="name">
      <span class="user-name">${user.name}</span>
      ${user.mainAdministrator ? html`<span class="main-badge" part="badge">${t.mainAdministrator}</span>` : nothing}
    </td>
    <td class="email">${label(c.email)}<span class="address">${user.email}</span></td>
    <td class="role">${label(c.role)}${t.roles[user.role]}</td>
    <td class="permissions">${label(c.permissions)}${permissionsOf(view, user)}</td>
    <td class="access">${label(c.access)}${t.access[user.access]}</td>
    <td class="can-log-in">${label(c.canLogIn)}${yesNo(t, user.canLogIn)}</td>
    <td class="two-factor">${label(c.twoFactor)}${yesNo(t, user.twoFactorRequired)}</td>
    <td class="actions">
      <button
        type="button"
        class="icon-button"
        part="button"
        data-edit=${user.id}
        aria-label=${t.edit(named)}
        title=${t.edit(named)}
        aria-disabled=${unavailable ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @click=${press(view.onEdit)}
      >
        ${pencilIcon}
      </button>
      ${user.mainAdministrator
        ? html`<button
            type="button"
            class="icon-button"
            part="button"
            data-procedure=${user.id}
            aria-label=${t.howToRemove(named)}
            title=${t.howToRemove(named)}
            aria-haspopup="dialog"
            @click=${(event: Event) => view.onProcedure(user, event.currentTarget as HTMLElement)}
          >
            ${infoIcon}
          </button>`
        : html`<button
            type="button"
            class="icon-button icon-button--danger"
            part="button"
            data-delete=${user.id}
            aria-label=${t.delete(named)}
            title=${t.delete(named)}
            aria-disabled=${unavailable ? 'true' : 'false'}
            aria-describedby=${describedBy}
            @click=${press(view.onDelete)}
          >
            ${trashIcon}
          </button>`}
    </td>
  </tr>`;
}
