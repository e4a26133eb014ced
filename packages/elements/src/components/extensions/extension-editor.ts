import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ConflictError, IdempotencyError, isA, ValidationError } from '@portico/sdk/core';
import { extensionCreate, extensionRetrieve, extensionUpdate, type Extension, type ExtensionCreateParams, type ExtensionUpdateParams } from '@portico/sdk/telephony';
import { alertIcon, retryIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { Resource } from '../../controllers/resource.ts';
import { PorticoErrorEvent } from '../../events/portico-error.ts';
import { PorticoExtensionSavedEvent } from '../../events/telephony.ts';
import { bodyOf, changes, checkExtension, draftOf, refusalOf, type ExtensionDraft, type ExtensionOptions, type ExtensionProblems } from './extension-draft.ts';
import { extensionFields } from './extension-fields.ts';
import { loadOptions } from './extension-options.ts';
import { ExtensionChangeEvent, ExtensionsPart } from './extensions-part.ts';
import { recordedNameField, RecordedNameUpload } from './recorded-name.ts';
import { PorticoExtensionsPlayer } from './extension-player.ts';

type Update = { id: string; version: number; body: ExtensionUpdateParams };

/**
 * Adds or edits an extension in a dialog: number, description, phone line, pickup group,
 * published, and its recorded name (checked when chosen, uploaded with its progress once the
 * extension is saved). An add is one action however often it is retried (one idempotency key);
 * an edit is saved against the version shown, and one someone changed meanwhile is loaded
 * with the person's changes kept. What was typed stays after any failure.
 */
export class PorticoExtensionsEditor extends ExtensionsPart {
  /** The player of the current recorded name, registered with it. */
  static readonly dependencies = { 'portico-extensions-player': PorticoExtensionsPlayer };
  @state() private open = false;
  /** The extension edited, as last loaded or saved; undefined while adding. */
  @state() private base?: Extension;
  @state() private draft: ExtensionDraft = draftOf();
  /** Save was pressed: the form's own checks are said, and said again as they are fixed. */
  @state() private checked = false;
  /** A save found the extension changed meanwhile: its latest version is loaded, the draft kept. */
  @state() private stale = false;
  /** Added in this opening (and perhaps its recorded name failed after): the events say so. */
  #created = false;
  /** The options are wanted once the dialog first opens. */
  #wanted = false;
  /** Just opened: focus goes to the first field once it is there (the options may still be loading). */
  #focusFirst = false;
  #opener?: HTMLElement;
  readonly #focus = new FocusAfterRender(this);
  readonly #upload = new RecordedNameUpload(this, (error) => this.dispatchEvent(new PorticoErrorEvent(error, 'upload')));

  readonly #options = new Resource(this, {
    args: () => [this.client, this.locale, this.#wanted] as const,
    load: ([, , wanted], signal) => (wanted ? loadOptions(this.api, { signal, headers: this.headers }) : Promise.resolve(null)),
    onError: (error) => this.dispatchEvent(new PorticoErrorEvent(error, 'load')),
  });

  readonly #create = new Action<ExtensionCreateParams, Extension>(this, {
    idempotent: true,
    send: (body, { idempotencyKey, signal }) => this.api.request(extensionCreate, { body }, { idempotencyKey, signal, headers: this.headers }),
  });

  readonly #update = new Action<Update, Extension>(this, {
    send: ({ id, version, body }, { signal }) => this.api.request(extensionUpdate, { params: { id }, body }, { ifMatch: version, signal, headers: this.headers }),
  });

  get #dialog(): HTMLDialogElement | null {
    return this.querySelector('dialog');
  }

  /** What saving runs now: an update once there is an extension, else the add. */
  get #save(): Action<ExtensionCreateParams, Extension> | Action<Update, Extension> {
    return this.base ? this.#update : this.#create;
  }

  get #busy(): boolean {
    return this.#create.busy || this.#update.busy || this.#upload.state.status === 'uploading';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#dialog?.close();
  }

  /** Opens the dialog to add (no extension) or to edit `extension`; focus returns to `opener`. */
  async show(extension: Extension | undefined, opener: HTMLElement): Promise<void> {
    if (this.#busy) return;
    this.#wanted = true;
    // An add whose answer was lost comes back as it was sent: saving again is the same add.
    if (extension || !this.#create.unanswered) {
      this.#create.reset();
      this.draft = draftOf(extension);
      this.#upload.clear();
      this.checked = false;
    }
    this.#update.reset();
    this.base = extension;
    this.stale = false;
    this.#created = false;
    this.#opener = opener;
    this.open = true;
    this.#focusFirst = true;
    await this.updateComplete;
    if (this.open && this.isConnected) this.#dialog?.showModal();
    this.#focusFirstField();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#focusFirstField();
  }

  #focusFirstField(): void {
    const field = this.#focusFirst && this.#dialog?.open ? this.querySelector<HTMLElement>('#extension-number') : null;
    if (!field) return;
    this.#focusFirst = false;
    field.focus();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const base = this.base;
    return html`<dialog id="extension-dialog" part="dialog" aria-labelledby="extension-title" @close=${this.#closed}>
      ${this.open
        ? html`<form class="dialog-body" novalidate @submit=${this.#submit}>
            <h3 id="extension-title">${base && !this.#created ? t.editTitle({ number: base.number }) : t.addTitle}</h3>
            ${this.stale ? html`<div class="alert alert--warning" role="alert" part="status">${alertIcon}<p id="extension-message" tabindex="-1">${t.conflict}</p></div>` : nothing}
            ${this.#options.render({
              content: (options) => (options ? this.#renderForm(options) : this.#renderLoading()),
              error: (error) => html`<div class="alert alert--error" role="alert" part="error">
                ${alertIcon}
                <p>${t.optionsFailed} ${this.describe(error)}</p>
                <button type="button" class="button button--secondary" part="button" @click=${() => void this.#options.refresh()}>${retryIcon}${this.common.retry}</button>
              </div>`,
              loading: () => this.#renderLoading(),
            })}
            <div class="dialog-actions">
              <button type="button" class="button button--secondary" part="button" @click=${() => this.#dialog?.close()}>${t.cancel}</button>
              <button type="submit" class="button button--primary" part="button" aria-disabled=${this.#busy || !this.#options.value ? 'true' : 'false'}>
                ${this.#busy ? html`<span class="spinner" aria-hidden="true"></span>${t.saving}` : t.save}
              </button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  #renderLoading(): TemplateResult {
    return html`<div class="loading stack" aria-busy="true">
      <span class="visually-hidden" role="status">${this.common.loading}</span>
      ${[1, 2, 3, 4].map(() => html`<span class="skeleton skeleton--field" aria-hidden="true"></span>`)}
    </div>`;
  }

  /** The problems said at the fields: the form's own checks once Save was pressed, then the API's refusal. */
  #problems(options: ExtensionOptions): { problems: ExtensionProblems; refusal: ReturnType<typeof refusalOf> } {
    const refusal = refusalOf(this.#save.error, options.extensionLength, this.t);
    const own = this.checked ? checkExtension(bodyOf(this.draft), options.extensionLength, this.t) : {};
    return { problems: { ...own, ...refusal?.problems }, refusal };
  }

  #renderForm(options: ExtensionOptions): TemplateResult {
    const t = this.t;
    const { problems, refusal } = this.#problems(options);
    const error = this.#save.error;
    const atFields = Boolean(refusal && (refusal.conflicts.length || Object.keys(refusal.problems).length));
    const said = atFields || (this.stale && isA(error, ConflictError));
    const current = this.base?.recordedName;
    return html`${extensionFields({ t, locale: this.locale, draft: this.draft, options, problems, conflicts: refusal?.conflicts ?? [], onEdit: this.#edit })}
      ${recordedNameField({
        t,
        locale: this.locale,
        upload: this.#upload,
        current,
        player: current && this.base ? keyed(current.id, html`<portico-extensions-player .client=${this.client} .locale=${this.locale} .extension=${this.base}></portico-extensions-player>`) : nothing,
        describe: (e) => this.describe(e),
        onChoose: (file) => this.#upload.choose(file),
        onClear: () => this.#upload.clear(),
      })}
      ${error !== undefined && !said
        ? html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p id="extension-error" tabindex="-1">${t.notSaved} ${this.describe(error)}</p></div>`
        : nothing}`;
  }

  #edit = (patch: Partial<ExtensionDraft>): void => {
    this.draft = { ...this.draft, ...patch };
    // The API's refusal was of what was there before.
    if (isA(this.#save.error, ValidationError)) this.#save.clearError();
  };

  #closed = (): void => {
    if (!this.open) return;
    this.open = false;
    this.#focusFirst = false;
    if (!this.isConnected) return;
    // The empty list's add button goes once the first one is listed: focus goes to its row then.
    const saved = this.base && (this.getRootNode() as ParentNode).querySelector<HTMLElement>(`[data-edit="${CSS.escape(this.base.id)}"]`);
    (this.#opener?.isConnected ? this.#opener : saved)?.focus();
  };

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const options = this.#options.value;
    if (!options || this.#busy) return;
    const t = this.t;
    const body = bodyOf(this.draft);
    this.checked = true;
    const problems = Object.keys(checkExtension(body, options.extensionLength, t));
    if (problems.length || this.#upload.refused) {
      this.#focus.request(problems.length ? `#${problems[0]}` : '#extension-file');
      return;
    }
    let saved = this.base;
    if (!saved || changes(saved, body)) {
      const created = !saved;
      const result = saved ? await this.#update.run({ id: saved.id, version: saved.version, body }) : await this.#create.run(body);
      if (!result) return this.#failed(options);
      this.#created ||= created;
      this.base = saved = result;
      this.stale = false;
      this.dispatchEvent(new ExtensionChangeEvent(result, created));
      // Closed meanwhile: the extension is saved; a file chosen is not sent unseen.
      if (!this.open) return;
    }
    if (this.#upload.file) {
      const uploaded = await this.#upload.upload(this.api, saved, this.headers);
      if (!uploaded) {
        this.#focus.request('#extension-file-error');
        return;
      }
      saved = this.base = uploaded;
      this.dispatchEvent(new ExtensionChangeEvent(uploaded, false));
      this.announce(t.uploaded({ number: uploaded.number }));
    } else {
      this.announce(this.#created ? t.added({ number: saved.number }) : t.saved({ number: saved.number }));
    }
    this.dispatchEvent(new PorticoExtensionSavedEvent(saved, this.#created));
    this.#dialog?.close();
  };

  /** A save failed: a changed extension is loaded again (the draft stays), and focus goes to what says why. */
  async #failed(options: ExtensionOptions): Promise<void> {
    const error = this.#save.error;
    const base = this.base;
    if (isA(error, ConflictError) && !isA(error, IdempotencyError) && base) {
      try {
        const latest = await this.api.request(extensionRetrieve, { params: { id: base.id } }, { headers: this.headers });
        if (this.base !== base) return;
        this.base = latest;
        this.dispatchEvent(new ExtensionChangeEvent(latest, false));
        this.stale = true;
        this.#focus.request('#extension-message');
        return;
      } catch {
        // Gone, or unreachable: the failure of the save says enough.
      }
    }
    const refusal = refusalOf(error, options.extensionLength, this.t);
    const field = refusal?.conflicts.length ? 'extension-number' : (Object.keys(refusal?.problems ?? {})[0] as string | undefined);
    this.#focus.request(field ? `#${field}` : '#extension-error');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-extensions-editor': PorticoExtensionsEditor;
  }
}
