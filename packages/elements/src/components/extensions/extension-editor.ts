import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ConflictError, isA, ValidationError } from '@portico/sdk/core';
import { extensionCreate, extensionRetrieve, extensionUpdate, type Extension, type ExtensionCreateParams } from '@portico/sdk/telephony';
import { alertIcon } from '../../base/icons.ts';
import { dialogActions, fieldsLoading, ModalDialog } from '../../base/modal-dialog.ts';
import { retryAlert } from '../../base/retry-alert.ts';
import { VersionedSave } from '../../base/versioned-save.ts';
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
  @state() private draft: ExtensionDraft = draftOf();
  /** Save was pressed: the form's own checks are said, and said again as they are fixed. */
  @state() private checked = false;
  /** The options are wanted once the dialog first opens. */
  #wanted = false;
  readonly #focus = new FocusAfterRender(this);
  readonly #upload = new RecordedNameUpload(this, (error) => this.dispatchEvent(new PorticoErrorEvent(error, 'upload')));

  readonly #dialog = new ModalDialog(this, {
    firstField: '#extension-number',
    // The empty list's add button goes once the first one is listed: focus goes to its row then.
    fallback: () => {
      const saved = this.#save.record;
      return saved && (this.getRootNode() as ParentNode).querySelector<HTMLElement>(`[data-edit="${CSS.escape(saved.id)}"]`);
    },
  });

  readonly #options = new Resource(this, {
    args: () => [this.client, this.locale, this.#wanted] as const,
    load: ([, , wanted], signal) => (wanted ? loadOptions(this.api, { signal, headers: this.headers }) : Promise.resolve(null)),
    onError: (error) => this.dispatchEvent(new PorticoErrorEvent(error, 'load')),
  });

  readonly #save = new VersionedSave<Extension, ExtensionCreateParams>(this, {
    create: (body, { idempotencyKey, signal }) => this.api.request(extensionCreate, { body }, { idempotencyKey, signal, headers: this.headers }),
    update: ({ id, version }, body, signal) => this.api.request(extensionUpdate, { params: { id }, body }, { ifMatch: version, signal, headers: this.headers }),
    retrieve: (id) => this.api.request(extensionRetrieve, { params: { id } }, { headers: this.headers }),
  });

  get #busy(): boolean {
    return this.#save.busy || this.#upload.state.status === 'uploading';
  }

  /** Opens the dialog to add (no extension) or to edit `extension`; focus returns to `opener`. */
  async show(extension: Extension | undefined, opener: HTMLElement): Promise<void> {
    if (this.#busy) return;
    this.#wanted = true;
    if (this.#save.begin(extension)) {
      this.draft = draftOf(extension);
      this.#upload.clear();
      this.checked = false;
    }
    await this.#dialog.show(opener);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const base = this.#save.record;
    return html`<dialog id="extension-dialog" part="dialog" aria-labelledby="extension-title" @close=${this.#dialog.closed}>
      ${this.#dialog.isOpen
        ? html`<form class="dialog-body" novalidate @submit=${this.#submit}>
            <h3 id="extension-title">${base && !this.#save.created ? t.editTitle({ number: base.number }) : t.addTitle}</h3>
            ${this.#save.stale ? html`<div class="alert alert--warning" role="alert" part="status">${alertIcon}<p id="extension-message" tabindex="-1">${t.conflict}</p></div>` : nothing}
            ${this.#options.render({
              content: (options) => (options ? this.#renderForm(options) : fieldsLoading(this.common.loading)),
              error: (error) => retryAlert(`${t.optionsFailed} ${this.describe(error)}`, this.common.retry, () => void this.#options.refresh()),
              loading: () => fieldsLoading(this.common.loading),
            })}
            ${dialogActions({ cancel: t.cancel, submit: t.save, busyLabel: t.saving, busy: this.#busy, waiting: !this.#options.value, onCancel: () => this.#dialog.close() })}
          </form>`
        : nothing}
    </dialog>`;
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
    const said = atFields || (this.#save.stale && isA(error, ConflictError));
    const base = this.#save.record;
    const current = base?.recordedName;
    return html`${extensionFields({ t, locale: this.locale, draft: this.draft, options, problems, conflicts: refusal?.conflicts ?? [], onEdit: this.#edit })}
      ${recordedNameField({
        t,
        locale: this.locale,
        upload: this.#upload,
        current,
        player: current && base ? keyed(current.id, html`<portico-extensions-player .client=${this.client} .locale=${this.locale} .extension=${base}></portico-extensions-player>`) : nothing,
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
    let saved = this.#save.record;
    if (!saved || changes(saved, body)) {
      const created = !saved;
      const result = await this.#save.save(body);
      if (!result) return this.#failed(options);
      saved = result;
      this.dispatchEvent(new ExtensionChangeEvent(result, created));
      // Closed meanwhile: the extension is saved; a file chosen is not sent unseen.
      if (!this.#dialog.isOpen) return;
    }
    if (this.#upload.file) {
      const uploaded = await this.#upload.upload(this.api, saved, this.headers);
      if (!uploaded) {
        this.#focus.request('#extension-file-error');
        return;
      }
      saved = this.#save.record = uploaded;
      this.dispatchEvent(new ExtensionChangeEvent(uploaded, false));
      this.announce(t.uploaded({ number: uploaded.number }));
    } else {
      this.announce(this.#save.created ? t.added({ number: saved.number }) : t.saved({ number: saved.number }));
    }
    this.dispatchEvent(new PorticoExtensionSavedEvent(saved, this.#save.created));
    this.#dialog.close();
  };

  /** A save failed: a changed extension was loaded again (the draft stays), and focus goes to what says why. */
  #failed(options: ExtensionOptions): void {
    const latest = this.#save.reloaded;
    if (latest) {
      this.dispatchEvent(new ExtensionChangeEvent(latest, false));
      this.#focus.request('#extension-message');
      return;
    }
    const refusal = refusalOf(this.#save.error, options.extensionLength, this.t);
    const field = refusal?.conflicts.length ? 'extension-number' : (Object.keys(refusal?.problems ?? {})[0] as string | undefined);
    this.#focus.request(field ? `#${field}` : '#extension-error');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-extensions-editor': PorticoExtensionsEditor;
  }
}
