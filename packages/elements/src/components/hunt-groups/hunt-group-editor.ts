import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConflictError, isA, ValidationError, type ClientCore, type RequestOptions } from '@portico/sdk/core';
import { extensionList, huntGroupCreate, huntGroupRetrieve, huntGroupUpdate, type HuntGroup, type HuntGroupCreateParams } from '@portico/sdk/telephony';
import { alertIcon } from '../../base/icons.ts';
import { dialogActions, fieldsLoading, ModalDialog } from '../../base/modal-dialog.ts';
import { retryAlert } from '../../base/retry-alert.ts';
import { VersionedSave } from '../../base/versioned-save.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { Resource } from '../../controllers/resource.ts';
import { PorticoErrorEvent } from '../../events/portico-error.ts';
import { PorticoHuntGroupSavedEvent } from '../../events/telephony.ts';
import { bodyOf, checkHuntGroup, draftOf, refusalOf, type HuntGroupDraft, type MemberOption } from './hunt-group-draft.ts';
import { huntGroupFields } from './hunt-group-fields.ts';
import { HuntGroupChangeEvent, HuntGroupsPart, type MembersChangeEvent } from './hunt-groups-part.ts';
import { PorticoHuntGroupsMembers } from './hunt-group-members.ts';

/** Every extension of the PBX, page after page: the members to choose from. */
async function loadExtensions(client: ClientCore, options: RequestOptions): Promise<MemberOption[]> {
  const all: MemberOption[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.request(extensionList, { query: { limit: 100, cursor } }, options);
    all.push(...page.data.map(({ id, number, description }) => ({ id, number, description })));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/**
 * Adds or edits a hunt group in a dialog: number, name, ring strategy, members in ringing
 * order, caller ID and call pickup. An add is one action however often it is retried; an edit
 * is saved against the version shown, and one someone changed meanwhile is loaded with the
 * person's changes kept. What was typed stays after any failure.
 */
export class PorticoHuntGroupsEditor extends HuntGroupsPart {
  /** The member list, registered with it. */
  static readonly dependencies = { 'portico-hunt-groups-members': PorticoHuntGroupsMembers };

  @state() private draft: HuntGroupDraft = draftOf();
  @state() private checked = false;
  /** The PBX's extensions are wanted once the dialog first opens. */
  #wanted = false;
  readonly #focus = new FocusAfterRender(this);

  readonly #dialog = new ModalDialog(this, {
    firstField: '#group-number',
    // The empty list's add button goes once the first one is listed: focus goes to its row then.
    fallback: () => {
      const saved = this.#save.record;
      return saved && (this.getRootNode() as ParentNode).querySelector<HTMLElement>(`[data-edit="${CSS.escape(saved.id)}"]`);
    },
  });

  readonly #extensions = new Resource(this, {
    args: () => [this.client, this.locale, this.#wanted] as const,
    load: ([, , wanted], signal) => (wanted ? loadExtensions(this.api, { signal, headers: this.headers }) : Promise.resolve(null)),
    onError: (error) => this.dispatchEvent(new PorticoErrorEvent(error, 'load')),
  });

  readonly #save = new VersionedSave<HuntGroup, HuntGroupCreateParams>(this, {
    create: (body, { idempotencyKey, signal }) => this.api.request(huntGroupCreate, { body }, { idempotencyKey, signal, headers: this.headers }),
    update: ({ id, version }, body, signal) => this.api.request(huntGroupUpdate, { params: { id }, body }, { ifMatch: version, signal, headers: this.headers }),
    retrieve: (id) => this.api.request(huntGroupRetrieve, { params: { id } }, { headers: this.headers }),
  });

  /** Opens the dialog to add (no group) or to edit `group`; focus returns to `opener`. */
  async show(group: HuntGroup | undefined, opener: HTMLElement): Promise<void> {
    if (this.#save.busy) return;
    this.#wanted = true;
    if (this.#save.begin(group)) {
      this.draft = draftOf(group);
      this.checked = false;
    }
    await this.#dialog.show(opener);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const base = this.#save.record;
    return html`<dialog id="group-dialog" part="dialog" aria-labelledby="group-title" @close=${this.#dialog.closed}>
      ${this.#dialog.isOpen
        ? html`<form class="dialog-body" novalidate @submit=${this.#submit}>
            <h3 id="group-title">${base ? t.editTitle({ number: base.number }) : t.addTitle}</h3>
            ${this.#save.stale ? html`<div class="alert alert--warning" role="alert" part="status">${alertIcon}<p id="group-message" tabindex="-1">${t.conflict}</p></div>` : nothing}
            ${this.#extensions.render({
              content: (extensions) => (extensions ? this.#renderForm(extensions) : fieldsLoading(this.common.loading)),
              error: (error) => retryAlert(`${t.optionsFailed} ${this.describe(error)}`, this.common.retry, () => void this.#extensions.refresh()),
              loading: () => fieldsLoading(this.common.loading),
            })}
            ${dialogActions({ cancel: t.cancel, submit: t.save, busyLabel: t.saving, busy: this.#save.busy, waiting: !this.#extensions.value, onCancel: () => this.#dialog.close() })}
          </form>`
        : nothing}
    </dialog>`;
  }

  #renderForm(extensions: MemberOption[]): TemplateResult {
    const t = this.t;
    const error = this.#save.error;
    const refusal = refusalOf(error, t);
    const problems = { ...(this.checked ? checkHuntGroup(bodyOf(this.draft), t) : {}), ...refusal?.problems };
    const atFields = Boolean(refusal && (refusal.conflicts.length || Object.keys(refusal.problems).length || refusal.members));
    const said = atFields || (this.#save.stale && isA(error, ConflictError));
    return html`${huntGroupFields({ t, locale: this.locale, draft: this.draft, problems, conflicts: refusal?.conflicts ?? [], onEdit: this.#edit })}
      ${refusal?.members ? html`<div class="alert alert--warning" role="alert" part="status">${alertIcon}<p id="group-members-error" tabindex="-1">${t.membersStale}</p></div>` : nothing}
      <portico-hunt-groups-members
        .client=${this.client}
        .locale=${this.locale}
        .extensions=${extensions}
        .memberIds=${this.draft.memberIds}
        @hunt-groups-members=${(e: MembersChangeEvent) => this.#edit({ memberIds: e.memberIds })}
      ></portico-hunt-groups-members>
      ${error !== undefined && !said
        ? html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p id="group-error" tabindex="-1">${t.notSaved} ${this.describe(error)}</p></div>`
        : nothing}`;
  }

  #edit = (patch: Partial<HuntGroupDraft>): void => {
    this.draft = { ...this.draft, ...patch };
    // The API's refusal was of what was there before.
    if (isA(this.#save.error, ValidationError)) this.#save.clearError();
  };

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!this.#extensions.value || this.#save.busy) return;
    const t = this.t;
    const body = bodyOf(this.draft);
    this.checked = true;
    const problems = Object.keys(checkHuntGroup(body, t));
    if (problems.length) {
      this.#focus.request(`#${problems[0]}`);
      return;
    }
    const adding = !this.#save.record;
    const saved = await this.#save.save(body);
    if (!saved) return this.#failed();
    this.dispatchEvent(new HuntGroupChangeEvent(saved, adding));
    this.announce(adding ? t.added({ number: saved.number }) : t.saved({ number: saved.number }));
    this.dispatchEvent(new PorticoHuntGroupSavedEvent(saved, adding));
    this.#dialog.close();
  };

  /** A save failed: a changed group was loaded again (the draft stays), and focus goes to what says why. */
  #failed(): void {
    const latest = this.#save.reloaded;
    if (latest) {
      this.dispatchEvent(new HuntGroupChangeEvent(latest, false));
      this.#focus.request('#group-message');
      return;
    }
    const refusal = refusalOf(this.#save.error, this.t);
    if (refusal?.members) void this.#extensions.refresh();
    const field = refusal?.conflicts.length ? 'group-number' : Object.keys(refusal?.problems ?? {})[0];
    this.#focus.request(field ? `#${field}` : refusal?.members ? '#group-members-error' : '#group-error');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-hunt-groups-editor': PorticoHuntGroupsEditor;
  }
}
