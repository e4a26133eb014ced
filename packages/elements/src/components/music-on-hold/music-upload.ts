import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError, ConflictError, isA, ValidationError } from '@portico/sdk/core';
import { musicTrackCreate, TELEPHONY_LIMITS, type MusicTrack, type MusicTrackCreateParams } from '@portico/sdk/telephony';
import { AUDIO_ACCEPT, AUDIO_TYPES, checkAudioFile, type AudioProblem } from '../../base/audio-file.ts';
import { alertIcon, checkIcon, uploadIcon } from '../../base/icons.ts';
import { describedBy, unavailableState } from '../../base/unavailable.ts';
import { fieldError } from '../../base/field-error.ts';
import { textField } from '../../base/text-field.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { PorticoMusicTrackSavedEvent } from '../../events/telephony.ts';
import { fileSize, percent } from '../../i18n/format.ts';
import { checkDescription, DESCRIPTION_MAX } from './description.ts';
import { MusicPart, TracksChangedEvent } from './music-part.ts';

const { audio, musicTracks } = TELEPHONY_LIMITS;

/**
 * "Upload music": a file and its description (both required), checked before anything is
 * sent — type, size, and how many tracks the PBX keeps, said before trying. The upload shows
 * its progress; a retry after a failure is the same upload (one idempotency key), and what
 * was typed and chosen stays until it succeeds. To a portal user who may not upload, the form's
 * place says so, and why.
 */
export class PorticoMusicUpload extends MusicPart {
  /** Tracks the PBX keeps now. */
  @property({ type: Number }) count = 0;
  /** Why the portal user may not upload music; undefined when they may. */
  @property({ attribute: false }) unavailable?: string;

  @state() private description = '';
  @state() private file?: File;
  @state() private fileProblem?: AudioProblem;
  /** The form was sent once: its problems are said, and said again as they are fixed. */
  @state() private checked = false;
  @state() private progress?: { loaded: number; total: number };
  /** The track the last upload made, said until the next one starts. */
  @state() private uploaded?: MusicTrack;
  readonly #focus = new FocusAfterRender(this);

  readonly #upload = new Action<MusicTrackCreateParams, MusicTrack>(this, {
    idempotent: true,
    kind: 'upload',
    send: (body, { idempotencyKey, signal }) =>
      this.api.request(musicTrackCreate, { body }, { signal, idempotencyKey, headers: this.headers, onUploadProgress: ({ loaded, total }) => (this.progress = { loaded, total: total || body.file.size }) }),
  });

  protected override render(): TemplateResult {
    const t = this.t;
    const full = this.count >= musicTracks.max;
    return html`<section class="upload" aria-labelledby="upload-title">
      <h3 id="upload-title">${t.uploadTitle}</h3>
      ${this.uploaded ? this.#renderUploaded(this.uploaded) : nothing}
      ${this.unavailable
        ? unavailableState('upload-unavailable', this.common.notAllowedTitle, this.unavailable)
        : full
          ? html`<div class="alert alert--warning" part="status">${alertIcon}<p id="upload-full">${t.full({ max: musicTracks.max })}</p></div>`
          : this.#renderForm()}
    </section>`;
  }

  #renderUploaded(track: MusicTrack): TemplateResult {
    const t = this.t;
    return html`<div class="alert alert--success" part="status">
      ${checkIcon}
      <p id="upload-result" tabindex="-1">${t.uploaded({ description: track.description })} ${track.active ? '' : t.uploadedInactive}</p>
    </div>`;
  }

  #renderForm(): TemplateResult {
    const t = this.t;
    const busy = this.#upload.busy;
    const fileProblem = this.#fileProblem;
    const descriptionProblem = this.#descriptionProblem;
    const progress = this.progress;
    return html`<form class="upload-form" novalidate @submit=${this.#send}>
      <p id="upload-hint" class="hint">
        ${t.uploadHint({ types: AUDIO_TYPES, size: fileSize(audio.maxMusicSize, this.locale) })} ${t.used({ count: this.count, max: musicTracks.max })}.
      </p>
      <div class="field">
        <label class="label" part="label" for="music-file">${t.file}</label>
        <input
          id="music-file"
          class="input file"
          part="input"
          type="file"
          accept=${AUDIO_ACCEPT}
          required
          aria-invalid=${fileProblem ? 'true' : 'false'}
          aria-describedby=${describedBy('upload-hint', fileProblem && 'music-file-error')}
          @change=${this.#chosen}
        />
        ${fieldError('music-file', fileProblem)}
      </div>
      ${textField({
        id: 'music-description',
        label: t.description,
        value: this.description,
        hint: t.descriptionHint,
        problem: descriptionProblem,
        maxLength: DESCRIPTION_MAX,
        required: true,
        onInput: this.#typed,
      })}
      ${busy && progress
        ? html`<div class="progress">
            <progress max=${progress.total || 1} value=${progress.loaded} aria-labelledby="upload-progress"></progress>
            <span id="upload-progress">${t.uploading({ percent: percent(progress.total ? progress.loaded / progress.total : 0, this.locale) })}</span>
          </div>`
        : nothing}
      ${this.#renderFailure()}
      <button type="submit" class="button button--primary upload-button" part="button" aria-disabled=${busy ? 'true' : 'false'}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : uploadIcon}${t.upload}
      </button>
    </form>`;
  }

  /** What is wrong with the file: the form's own check, then the API's refusal of it. */
  get #fileProblem(): string | undefined {
    const t = this.t;
    const size = fileSize(audio.maxMusicSize, this.locale);
    if (this.fileProblem) return this.fileProblem === 'fileTooBig' ? t.fileTooBig({ size }) : t.fileType({ types: AUDIO_TYPES });
    if (this.checked && !this.file) return t.fileMissing;
    const error = this.#upload.error;
    if (isA(error, ApiError) && error.status === 413) return t.fileTooBig({ size });
    if (isA(error, ValidationError) && error.fieldErrors.some((f) => f.path.startsWith('file'))) return t.notAudio({ types: AUDIO_TYPES });
    return undefined;
  }

  get #descriptionProblem(): string | undefined {
    if (this.checked) {
      const own = checkDescription(this.description, this.t);
      if (own) return own;
    }
    const error = this.#upload.error;
    return isA(error, ValidationError) && error.fieldErrors.some((f) => f.path.startsWith('description')) ? this.t.descriptionMissing : undefined;
  }

  /** A failure not about one field: said under the form, with why. */
  #renderFailure(): TemplateResult | typeof nothing {
    const error = this.#upload.error;
    if (error === undefined || this.#fileProblem || this.#descriptionProblem) return nothing;
    const t = this.t;
    const message = isA(error, ConflictError) && error.code === 'too_many_tracks' ? t.full({ max: musicTracks.max }) : this.describe(error);
    return html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p id="upload-error" tabindex="-1">${t.uploadFailed} ${message}</p></div>`;
  }

  #chosen = (event: Event): void => {
    const chosen = (event.target as HTMLInputElement).files?.[0];
    this.#upload.clearError();
    if (!chosen) {
      this.file = undefined;
      this.fileProblem = undefined;
      return;
    }
    const checked = checkAudioFile(chosen, audio.maxMusicSize);
    this.file = 'file' in checked ? checked.file : undefined;
    this.fileProblem = 'problem' in checked ? checked.problem : undefined;
  };

  #typed = (description: string): void => {
    this.description = description;
    this.#upload.clearError();
  };

  #send = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#upload.busy || this.unavailable || this.count >= musicTracks.max) return;
    this.checked = true;
    this.uploaded = undefined;
    const file = this.file;
    const description = this.description.trim();
    if (!file || this.fileProblem || checkDescription(description, this.t)) {
      this.#focus.request(!file || this.fileProblem ? '#music-file' : '#music-description');
      return;
    }
    this.progress = { loaded: 0, total: file.size };
    const track = await this.#upload.run({ file, description });
    this.progress = undefined;
    if (!track) {
      this.#focus.request(this.#fileProblem ? '#music-file' : this.#descriptionProblem ? '#music-description' : '#upload-error');
      return;
    }
    // Done: the next upload is a new action, from an empty form.
    this.#upload.reset();
    this.description = '';
    this.file = undefined;
    this.checked = false;
    const input = this.querySelector<HTMLInputElement>('#music-file');
    if (input) input.value = '';
    this.uploaded = track;
    this.dispatchEvent(new TracksChangedEvent({ kind: 'added', track }));
    this.announce(this.t.uploaded({ description: track.description }));
    this.dispatchEvent(new PorticoMusicTrackSavedEvent(track, true));
    this.#focus.request('#upload-result');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-music-on-hold-upload': PorticoMusicUpload;
  }
}
