import { html, type TemplateResult } from 'lit';
import { infoIcon } from '../../base/icons.ts';
import type { PortalUsersMessages } from './portal-users.messages.ts';

/**
 * How the main administrator is removed (A3), in the seed's words: not in the panel, but on a
 * request from the administrator's own e-mail address, or on a statement signed by the
 * company's owner or a person entered in KRS or CEiDG. `supportEmail`, when the reseller set
 * one, is where the request goes.
 */
export function mainAdministratorProcedure(t: PortalUsersMessages, supportEmail: string | undefined, id: string): TemplateResult {
  return html`<div class="alert procedure" part="status" id=${id}>
    ${infoIcon}
    <p>
      ${supportEmail
        ? html`${t.mainBodyTo} <a href="mailto:${supportEmail}">${supportEmail}</a>:`
        : t.mainBody}
    </p>
    <ul>
      <li>${t.mainFromAdministrator}</li>
      <li>${t.mainStatement}</li>
    </ul>
  </div>`;
}
