import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConflictError, isA, ValidationError } from '@portico/sdk/core';
import type { DialPlanConflict, PbxSettings, PbxSettingsUpdate } from '@portico/sdk/telephony';
import { alertIcon, checkIcon, infoIcon, retryIcon } from '../../base/icons.ts';
import { describedBy } from '../../base/unavailable.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import type { PbxSettingsSection } from '../../events/telephony.ts';
import { conflictsOf } from '../../i18n/telephony.messages.ts';
import { conflictList } from './conflict-list.ts';
import { DialPlanCheck } from './dial-plan-check.ts';
import { PbxSettingsPart, SectionReloadEvent, SectionSavedEvent } from './pbx-settings-part.ts';
import { pointerOf, refusalWords, same, type Problems } from './section-checks.ts';
import type { FieldSaid } from './section-fields.ts';
import type { SettingsSaver } from './settings-saver.ts';

interface Notice {
  text: string;
  tone: 'success' | 'info' | 'warning';
}

const NOTICE_ICONS = { success: checkIcon, info: infoIcon, warning: alertIcon };

/**
 * One section of the PBX's settings (intercom, abbreviated dialling, incoming calls, call
 * parking) with its own Save: what was typed stays here, unsaved, while other sections are
 * saved (each save moves the version of the whole settings; this section's edits are not
 * reset by it). As the person edits, what the change would break in the dial plan is asked
 * of the API and listed at the field it concerns; saving is still possible to try, and the
 * API's refusal is listed the same way. A subclass says what its fields are and how they
 * are checked. A portal user who may not save (read-only) may still try a change and see what
 * it would break; Save is unavailable, described by the widget's note that says why.
 */
export abstract class SettingsSection<K extends PbxSettingsSection, D> extends PbxSettingsPart {
  /** The settings as saved, with their version. */
  @property({ attribute: false }) settings!: PbxSettings;
  /** Saves sections in turn against the version last answered (the widget's one for all). */
  @property({ attribute: false }) saver!: SettingsSaver;
  /**
   * The id of the widget's note saying why the portal user may not save settings; undefined when
   * they may. They may still edit: what a change would break is asked of the API all the same.
   */
  @property({ attribute: false }) unavailable?: string;

  /** What was typed and not saved; undefined: the saved values are shown. */
  @state() protected draft?: D;
  /** Fields whose problems are said: those left once, or all once a save was tried. */
  @state() private told: ReadonlySet<string> | 'all' = new Set();
  @state() private notice?: Notice;
  /** Fields whose conflicts are listed in full, not their first few. */
  @state() private expanded: ReadonlySet<string> = new Set();

  protected abstract readonly section: K;
  /** The section's id, and the beginning of its fields' ids (unique in the widget's root). */
  protected abstract readonly sectionId: string;
  /** The fields' values for what is saved. */
  protected abstract fromSaved(saved: PbxSettings[K]): D;
  /** The section as the API takes it, from the fields' values. */
  protected abstract toBody(values: D): PbxSettings[K];
  /** The form's own checks (the contract's limits), by field id. */
  protected abstract problems(values: D): Problems;
  /** The field a pointer of the body names (`/intercom/prefix` → `intercom-prefix`); undefined: none. */
  protected abstract fieldOf(pointer: string, values: D): string | undefined;
  protected abstract renderFields(values: D): TemplateResult;
  /** A field whose problem is said once `id`'s is: a code, once the length it must have was changed. */
  protected toldWith(_id: string): string | undefined {
    return undefined;
  }

  protected readonly focusAfter = new FocusAfterRender(this);
  #view?: { saved: PbxSettings[K]; values: D };
  /** The section as saved when the draft began: a reload tells from it whether it was changed elsewhere. */
  #base?: PbxSettings[K];
  #reloading = false;
  #said: { problems: Problems; conflicts: Record<string, DialPlanConflict[]> } = { problems: {}, conflicts: {} };

  readonly #check = new DialPlanCheck(this, {
    client: () => this.client,
    change: () => (this.draft !== undefined && this.edited && !Object.keys(this.problems(this.draft)).length ? this.#change(this.draft) : undefined),
    version: () => this.settings?.version,
  });

  readonly #save = new Action<PbxSettingsUpdate, PbxSettings>(this, {
    send: (change, { signal }) => this.saver.save(this.api, change, signal),
  });

  /** The fields' values: the draft, else what is saved. */
  protected get values(): D {
    if (this.draft !== undefined) return this.draft;
    const saved = this.settings[this.section];
    // The same values for the same saved section: rows keep their keys from render to render.
    if (this.#view?.saved !== saved) this.#view = { saved, values: this.fromSaved(saved) };
    return this.#view.values;
  }

  /** Something typed differs from what is saved. */
  protected get edited(): boolean {
    return this.draft !== undefined && !same(this.toBody(this.draft), this.settings[this.section]);
  }

  /**
   * An edit, made to the values as they are now (not as last rendered: fields filled in one
   * turn, by autofill or a script, each change what the one before left).
   */
  protected edit(update: (values: D) => D): void {
    if (this.draft === undefined) this.#base = this.settings[this.section];
    this.draft = update(this.values);
    this.notice = undefined;
    // The API's refusal was of what was there before; a change made elsewhere still needs the reload.
    if (!isA(this.#save.error, ConflictError)) this.#save.clearError();
  }

  /** What the section says at a field: its problem and its conflicts. */
  protected said(id: string): FieldSaid {
    const conflicts = this.#said.conflicts[id] ?? [];
    return {
      problem: this.#said.problems[id],
      conflicts: conflictList({ id, conflicts, t: this.t, locale: this.locale, expanded: this.expanded.has(id), onToggle: () => this.#toggle(id) }),
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('settings') && changed.get('settings') !== undefined && this.#reloading) this.#reloaded();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const p = this.sectionId;
    const values = this.values;
    this.#said = this.#sayAt(values);
    const busy = this.#save.busy;
    const edited = this.edited;
    const notice = this.notice;
    return html`<section id=${p} class="section" part="section" aria-labelledby="${p}-title">
      <header class="section-header">
        <h3 id="${p}-title">${t.sections[this.section]}</h3>
        ${edited ? html`<span class="unsaved" part="badge">${t.unsaved}</span>` : nothing}
      </header>
      <form class="section-form" novalidate @submit=${this.#onSave} @change=${this.#onChange}>
        ${this.renderFields(values)} ${this.said(`${p}-section`).conflicts} ${this.#renderOutcome()}
        <div class="actions">
          <button
            id="${p}-save"
            type="submit"
            class="button button--primary"
            part="button save"
            aria-disabled=${busy || this.unavailable ? 'true' : 'false'}
            aria-describedby=${describedBy(this.unavailable)}
            ?data-unavailable=${this.unavailable !== undefined}
          >
            ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.saving}` : t.save}
          </button>
          ${this.draft !== undefined ? html`<button type="button" class="button button--secondary" part="button" @click=${this.#undo}>${t.undo}</button>` : nothing}
        </div>
        ${notice
          ? html`<p id="${p}-notice" class="notice notice--${notice.tone}" part="status" tabindex="-1">${NOTICE_ICONS[notice.tone]}<span>${notice.text}</span></p>`
          : nothing}
      </form>
    </section>`;
  }

  /** The refusal of the last save, else what the check of the change as it stands found. */
  #renderOutcome(): TemplateResult {
    const t = this.t;
    const p = this.sectionId;
    const error = this.#save.error;
    if (isA(error, ConflictError)) {
      return html`<div class="alert alert--warning" role="alert" part="error">
        ${alertIcon}
        <p id="${p}-conflict" tabindex="-1">${t.versionConflict}</p>
        <button type="button" id="${p}-reload" class="button button--secondary" part="button" @click=${this.#reload}>${retryIcon}${t.reload}</button>
      </div>`;
    }
    if (error !== undefined) {
      const conflicts = Object.values(this.#said.conflicts).flat().length;
      const fields = Object.keys(this.#said.conflicts).length;
      const atFields = conflicts > 0 || Object.keys(this.#said.problems).length > 0;
      return html`<div class="alert alert--error" role="alert" part="error">
        ${alertIcon}
        <p id="${p}-error" tabindex="-1">${t.notSaved} ${conflicts ? t.conflictsNote({ count: conflicts, fields }) : atFields ? this.common.invalid : this.describe(error)}</p>
      </div>`;
    }
    const check = this.#check;
    const found = check.conflicts;
    const said = check.checking
      ? html`<span class="spinner" aria-hidden="true"></span><span aria-hidden="true">${t.checking}</span>`
      : check.error !== undefined
        ? t.checkFailed
        : found?.length
          ? html`${alertIcon}<span>${t.conflictsNote({ count: found.length, fields: Object.keys(this.#said.conflicts).length })}</span>`
          : found
            ? html`${checkIcon}<span>${t.noConflicts}</span>`
            : nothing;
    return html`<p class="check ${found?.length ? 'check--conflicts' : ''}" role="status">${said}</p>`;
  }

  /** Problems and conflicts by field: the form's checks for the fields told, the API's refusal, or the check's findings. */
  #sayAt(values: D): { problems: Problems; conflicts: Record<string, DialPlanConflict[]> } {
    const told = this.told;
    const problems: Problems = {};
    for (const [id, text] of Object.entries(this.problems(values))) {
      const also = this.toldWith(id);
      if (told === 'all' || told.has(id) || (also !== undefined && told.has(also))) problems[id] = text;
    }
    const error = this.#save.error;
    const refused = isA(error, ValidationError);
    if (refused) {
      for (const fieldError of error.fieldErrors) {
        if (fieldError.params?.['entry']) continue;
        const id = this.fieldOf(pointerOf(fieldError.path), values);
        if (id) problems[id] ??= refusalWords(fieldError, this.t);
      }
    }
    const conflicts: Record<string, DialPlanConflict[]> = {};
    for (const conflict of refused ? conflictsOf(error.fieldErrors) : (this.#check.conflicts ?? [])) {
      const id = this.fieldOf(conflict.pointer, values) ?? `${this.sectionId}-section`;
      (conflicts[id] ??= []).push(conflict);
    }
    return { problems, conflicts };
  }

  #change(values: D): PbxSettingsUpdate {
    return { [this.section]: this.toBody(values) } as PbxSettingsUpdate;
  }

  #toggle(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
  }

  /** A field was left or a choice made: its problem is said, and the change checked at once. */
  #onChange = (event: Event): void => {
    const id = (event.target as HTMLElement).id;
    if (id && this.told !== 'all' && !this.told.has(id)) this.told = new Set([...this.told, id]);
    this.#check.now();
  };

  #onSave = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#save.busy || this.unavailable) return;
    const t = this.t;
    const values = this.values;
    this.told = 'all';
    this.notice = undefined;
    const problems = Object.keys(this.problems(values));
    if (problems.length) {
      this.focusAfter.request(`#${problems[0]}`);
      return;
    }
    if (!this.edited) {
      this.notice = { text: t.noChanges, tone: 'info' };
      return;
    }
    const saved = await this.#save.run(this.#change(values));
    if (saved) {
      // What was typed while it was being saved stays, as a change of what is saved now.
      if (this.draft === values) this.draft = undefined;
      this.told = new Set();
      this.notice = { text: t.saved, tone: 'success' };
      this.dispatchEvent(new SectionSavedEvent(this.section, saved));
      this.announce(t.sectionSaved({ section: t.sections[this.section] }));
      return;
    }
    if (this.#save.error === undefined) return;
    const p = this.sectionId;
    if (isA(this.#save.error, ConflictError)) this.focusAfter.request(`#${p}-conflict`);
    else this.focusAfter.request(`#${p} [aria-invalid="true"]`, `#${p}-error`);
  };

  #undo = (): void => {
    this.draft = undefined;
    this.told = new Set();
    if (!isA(this.#save.error, ConflictError)) this.#save.reset();
    this.notice = undefined;
    this.announce(this.t.undone({ section: this.t.sections[this.section] }));
    this.focusAfter.request(`#${this.sectionId}-save`);
  };

  #reload = (): void => {
    this.#reloading = true;
    this.dispatchEvent(new SectionReloadEvent());
  };

  /** The settings were loaded again after a change made elsewhere: edits stay only if this section was not changed there. */
  #reloaded(): void {
    const t = this.t;
    this.#reloading = false;
    this.#save.reset();
    const latest = this.settings[this.section];
    let text = t.reloaded;
    if (this.draft !== undefined && same(latest, this.#base)) {
      this.#base = latest;
      text = t.reloadedKept;
    } else if (this.draft !== undefined) {
      this.draft = undefined;
      this.told = new Set();
      text = t.reloadedChanged;
    }
    this.notice = { text, tone: text === t.reloadedChanged ? 'warning' : 'info' };
    this.announce(text);
    this.focusAfter.request(`#${this.sectionId}-notice`);
  }
}
