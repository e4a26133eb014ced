import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ClientCore } from '@portico/sdk/core';
import { extensionUploadRecordedName, TELEPHONY_LIMITS, type Extension } from '@portico/sdk/telephony';
import { AUDIO_ACCEPT, checkAudioFile, type AudioProblem } from '../../base/audio-file.ts';
import { alertIcon, uploadIcon } from '../../base/icons.ts';
import { duration, fileSize, percent } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ExtensionsMessages } from './extensions.messages.ts';

const { audio } = TELEPHONY_LIMITS;

/** The recorded name chosen in the editor, on its way to the extension. */
export type RecordedNameState =
  | { status: 'none' }
  | { status: 'refused'; problem: AudioProblem }
  | { status: 'chosen'; file: File }
  | { status: 'uploading'; file: File; loaded: number; total: number }
  | { status: 'failed'; file: File; error: unknown };

/**
 * The recorded name of one editing: a file chosen (checked at once, sent nothing), then
 * uploaded once the extension is saved, with its progress; a failed upload keeps the file for
 * the next save.
 */
export class RecordedNameUpload {
  readonly #host: ReactiveControllerHost;
  readonly #onError: (error: unknown) => void;
  #state: RecordedNameState = { status: 'none' };

  /** `onError` is told of a failed upload (the widget reports it to the host page). */
  constructor(host: ReactiveControllerHost, onError: (error: unknown) => void) {
    this.#host = host;
    this.#onError = onError;
  }

  get state(): RecordedNameState {
    return this.#state;
  }

  /** The file waiting to be uploaded, if any. */
  get file(): File | undefined {
    return 'file' in this.#state ? this.#state.file : undefined;
  }

  get refused(): boolean {
    return this.#state.status === 'refused';
  }

  #set(state: RecordedNameState): void {
    this.#state = state;
    this.#host.requestUpdate();
  }

  choose(chosen: File): void {
    const checked = checkAudioFile(chosen, audio.maxNameSize);
    this.#set('problem' in checked ? { status: 'refused', problem: checked.problem } : { status: 'chosen', file: checked.file });
  }

  clear(): void {
    this.#set({ status: 'none' });
  }

  /** Uploads the file chosen to `extension`; the extension as it is then, or undefined when it failed (kept for another try). */
  async upload(client: ClientCore, extension: Extension, headers: Record<string, string>): Promise<Extension | undefined> {
    const file = this.file;
    if (!file) return extension;
    const sending: RecordedNameState = { status: 'uploading', file, loaded: 0, total: file.size };
    this.#set(sending);
    try {
      const saved = await client.request(extensionUploadRecordedName, { params: { id: extension.id }, body: { file } }, {
        headers,
        onUploadProgress: ({ loaded, total }) => {
          if (this.#state.status === 'uploading' && this.#state.file === file) this.#set({ ...this.#state, loaded, total: total || file.size });
        },
      });
      if ('file' in this.#state && this.#state.file === file) this.#set({ status: 'none' });
      return saved;
    } catch (error) {
      if ('file' in this.#state && this.#state.file === file) this.#set({ status: 'failed', file, error });
      this.#onError(error);
      return undefined;
    }
  }
}

export interface RecordedNameView {
  t: ExtensionsMessages;
  locale: Locale;
  upload: RecordedNameUpload;
  /** The recorded name the extension has now. */
  current: Extension['recordedName'] | undefined;
  /** Its player (the widget's part), when there is one. */
  player: unknown;
  describe: (error: unknown) => string;
  onChoose: (file: File) => void;
  onClear: () => void;
}

/** The editor's recorded-name field: what there is now, the file chosen, its upload, or why it was refused. */
export function recordedNameField(view: RecordedNameView): TemplateResult {
  const { t, locale, upload, current } = view;
  const state = upload.state;
  const max = fileSize(audio.maxNameSize, locale);
  const problem = state.status === 'refused' || state.status === 'failed';
  const busy = state.status === 'uploading';
  return html`<fieldset class="recorded-name">
    <legend class="label" part="label">${t.recordedName}</legend>
    <p class="muted">${current ? t.current({ name: current.fileName, duration: duration(current.duration) }) : t.noRecording}</p>
    ${view.player}
    <div class="file-row">
      <input
        id="extension-file"
        class="visually-hidden"
        type="file"
        accept=${AUDIO_ACCEPT}
        aria-describedby=${problem ? 'extension-file-hint extension-file-error' : 'extension-file-hint'}
        aria-invalid=${state.status === 'refused' ? 'true' : 'false'}
        aria-disabled=${busy ? 'true' : 'false'}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file && !busy) view.onChoose(file);
        }}
      />
      <label for="extension-file" class="button button--secondary" part="button">${uploadIcon}${t.chooseFile}</label>
      ${state.status === 'chosen' || state.status === 'failed'
        ? html`<span class="chosen">${t.chosen({ name: state.file.name, size: fileSize(state.file.size, locale) })}</span>
            <button type="button" class="button button--link" part="button" @click=${view.onClear}>${t.removeFile}</button>`
        : nothing}
    </div>
    <p id="extension-file-hint" class="hint">${t.recordedNameHint({ max })}</p>
    ${state.status === 'uploading'
      ? html`<div class="progress" part="status">
          <progress max=${state.total || 1} value=${state.loaded} aria-labelledby="extension-progress"></progress>
          <span id="extension-progress">${t.uploading({ name: state.file.name, percent: percent(state.total ? state.loaded / state.total : 0, locale) })}</span>
        </div>`
      : nothing}
    ${state.status === 'refused'
      ? html`<p id="extension-file-error" class="field-error" role="alert" part="error">${alertIcon}<span>${state.problem === 'fileTooBig' ? t.fileTooBig({ max }) : t.fileType}</span></p>`
      : nothing}
    ${state.status === 'failed'
      ? html`<p id="extension-file-error" class="field-error" tabindex="-1" part="error">${alertIcon}<span>${t.uploadFailed} ${view.describe(state.error)} ${t.uploadAgain}</span></p>`
      : nothing}
  </fieldset>`;
}
