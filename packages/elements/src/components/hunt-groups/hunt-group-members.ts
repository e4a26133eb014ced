import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { AnnounceEvent } from '../../base/widget-part.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { MEMBERS_MAX, type MemberOption } from './hunt-group-draft.ts';
import { HuntGroupsPart, MembersChangeEvent } from './hunt-groups-part.ts';

const arrow = (path: ReturnType<typeof svg>) =>
  svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${path}</svg>`;
const upIcon = arrow(svg`<path d="M12 19V5M6 11l6-6 6 6"/>`);
const downIcon = arrow(svg`<path d="M12 5v14M6 13l6 6 6-6"/>`);

/** `100 Rejestracja 1`. */
const named = (member: MemberOption) => `${member.number}${member.description ? ` ${member.description}` : ''}`;

/**
 * The members of a hunt group, chosen from the PBX's extensions: those ticked, in ringing
 * order, each with buttons that move it up or down (keyboard users keep focus on the button
 * they pressed, and hear the new position); then the other extensions to tick. Ticking one
 * adds it at the end. Every change goes to the editor as `MembersChangeEvent`.
 */
export class PorticoHuntGroupsMembers extends HuntGroupsPart {
  /** The PBX's extensions, by number. */
  @property({ attribute: false }) extensions: MemberOption[] = [];
  /** The members ticked, in ringing order. */
  @property({ attribute: false }) memberIds: string[] = [];
  readonly #focus = new FocusAfterRender(this);

  protected override render(): TemplateResult {
    const t = this.t;
    const byId = new Map(this.extensions.map((e) => [e.id, e]));
    const chosen = this.memberIds.flatMap((id) => byId.get(id) ?? []);
    const others = this.extensions.filter((e) => !this.memberIds.includes(e.id));
    const full = chosen.length >= MEMBERS_MAX;
    return html`<fieldset class="member-picker" aria-describedby="members-hint">
      <legend class="label" part="label">${t.members}</legend>
      <p id="members-hint" class="hint">${t.membersHint}${full ? ` ${t.membersFull({ max: MEMBERS_MAX })}` : ''}</p>
      ${chosen.length
        ? html`<ol class="member-order">
            ${repeat(
              chosen,
              (member) => member.id,
              (member, i) => html`<li class="member">
                <span class="position" aria-hidden="true">${i + 1}.</span>
                <label class="choice">
                  <input id="member-${member.id}" type="checkbox" checked @change=${() => this.#untick(member)} />
                  <span>${named(member)}</span>
                </label>
                <button type="button" class="icon-button" part="button" id="member-up-${member.id}" aria-label=${t.moveUp({ member: named(member) })} ?disabled=${i === 0} @click=${() => this.#move(member, -1)}>
                  ${upIcon}
                </button>
                <button
                  type="button"
                  class="icon-button"
                  part="button"
                  id="member-down-${member.id}"
                  aria-label=${t.moveDown({ member: named(member) })}
                  ?disabled=${i === chosen.length - 1}
                  @click=${() => this.#move(member, 1)}
                >
                  ${downIcon}
                </button>
              </li>`,
            )}
          </ol>`
        : html`<p class="muted no-members">${t.noMembers}</p>`}
      ${others.length
        ? html`<div class="member-choices" role="group" aria-label=${t.others}>
            ${others.map(
              (member) => html`<label class="choice">
                <input id="member-${member.id}" type="checkbox" ?disabled=${full} @change=${() => this.#tick(member)} />
                <span>${named(member)}</span>
              </label>`,
            )}
          </div>`
        : nothing}
    </fieldset>`;
  }

  #change(memberIds: string[]): void {
    this.memberIds = memberIds;
    this.dispatchEvent(new MembersChangeEvent(memberIds));
  }

  #tick(member: MemberOption): void {
    this.#change([...this.memberIds, member.id]);
    // The box moved to the end of the ringing order: focus follows it there.
    this.#focus.request(`#member-${CSS.escape(member.id)}`);
  }

  #untick(member: MemberOption): void {
    this.#change(this.memberIds.filter((id) => id !== member.id));
    this.#focus.request(`#member-${CSS.escape(member.id)}`);
  }

  #move(member: MemberOption, by: -1 | 1): void {
    const ids = [...this.memberIds];
    const from = ids.indexOf(member.id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ids.length) return;
    ids.splice(from, 1);
    ids.splice(to, 0, member.id);
    this.#change(ids);
    const id = CSS.escape(member.id);
    // The button pressed keeps focus; at the top or the bottom it is disabled, and the other one takes it.
    this.#focus.request(`#member-${by < 0 ? 'up' : 'down'}-${id}:not([disabled])`, `#member-${by < 0 ? 'down' : 'up'}-${id}`);
    this.dispatchEvent(new AnnounceEvent(this.t.moved({ member: named(member), position: to + 1, of: ids.length })));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-hunt-groups-members': PorticoHuntGroupsMembers;
  }
}
