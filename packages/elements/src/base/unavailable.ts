import { html, nothing, type TemplateResult } from 'lit';
import { isPermanentRefusal } from '../i18n/error-message.ts';
import { infoIcon } from './icons.ts';

/**
 * An action the portal user may not take, shown before a click instead of failing after one
 * (FEATURES A2). The reason — the permission missing, or read-only access, in the words of
 * `Permissions.reason()` — is said once, in a note with an id; a control it concerns stays in
 * view and in the tab order, `aria-disabled` (so it can still be reached and its reason heard)
 * and described by the note. Where there is no control worth keeping (a form the user could
 * fill in but never send), the note stands in its place.
 *
 * ```ts
 * const reason = this.#permissions.reason(ticketReply, this.common);
 * html`<button aria-disabled=${reason ? 'true' : 'false'} aria-describedby=${describedBy(reason && 'reply-unavailable')}
 *        ?data-unavailable=${!!reason} @click=${() => reason || this.#reply()}>…</button>
 *      ${unavailableNote('reply-unavailable', reason)}`;
 * ```
 *
 * One note may speak for several controls (give it each one's reason: it says each different one
 * once), so that a row of actions the user may not take is explained once, not at every button.
 *
 * `data-unavailable` tells the look of a control the user may not use (`not-allowed`) from one
 * busy with its action (`progress`); `unavailableStyles` has both the note's and the control's.
 */
export function unavailableNote(id: string, ...reasons: Array<string | undefined>): TemplateResult | typeof nothing {
  // Several actions said unavailable by one note: each different reason once (most often one, read-only access).
  const said = [...new Set(reasons.filter((reason): reason is string => !!reason))];
  if (!said.length) return nothing;
  return html`<p id=${id} class="unavailable" part="unavailable">${infoIcon}<span>${said.join(' ')}</span></p>`;
}

/**
 * In place of a whole form the portal user could fill in but never send (a top-up, a ticket):
 * that it is not available to them (`title`, `common.notAllowedTitle`) and why. Not an alert:
 * nothing failed; it is what the user may do, said where the form would be.
 */
export function unavailableState(id: string, title: string, reason: string): TemplateResult {
  return html`<div class="alert" part="unavailable">
    ${infoIcon}
    <h3>${title}</h3>
    <p id=${id}>${reason}</p>
  </div>`;
}

/**
 * An `aria-describedby` of the ids given, in order, leaving out those that are not there
 * (`reason && 'x-unavailable'`, a field's problem only when it has one); none at all, no attribute.
 */
export function describedBy(...ids: Array<string | false | null | undefined>): string | typeof nothing {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length ? present.join(' ') : nothing;
}

/**
 * The widget's own content is not for this portal user: the permission its load needs is
 * `missing` (`Permissions.missing(listOperation)`, known before the load answers), or the load
 * was refused for who the user is. Its toolbar — filters, "New…" — goes with the content then:
 * the refusal (`loadFailed()`) is all there is to see.
 */
export function contentRefused(load: { readonly failed: boolean; readonly error: unknown }, missing: string | undefined): boolean {
  return missing !== undefined || (load.failed && isPermanentRefusal(load.error));
}
