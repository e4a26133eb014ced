import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConflictError, isA } from '@portico/sdk/core';
import { musicTrackDelete, musicTrackPlay, musicTrackUpdate, type MusicTrack } from '@portico/sdk/telephony';
import { badge } from '../../base/badge.ts';
import { describedBy } from '../../base/unavailable.ts';
import { textField } from '../../base/text-field.ts';
import { alertIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { Resource } from '../../controllers/resource.ts';
import { PorticoErrorEvent } from '../../events/portico-error.ts';
import { PorticoMusicTrackDeletedEvent, PorticoMusicTrackSavedEvent } from '../../events/telephony.ts';
import { duration, fileSize } from '../../i18n/format.ts';
import { checkDescription, DESCRIPTION_MAX } from './description.ts';
import { MusicPart, TracksChangedEvent } from './music-part.ts';

type Mode = 'idle' | 'editing' | 'confirming';

/** What can be done to a track besides playing it. */
export type TrackAction = 'activate' | 'edit' | 'delete';

/**
 * One track of music on hold: its description, file and length, whether callers hear it, and
 * what can be done with it — play it here, make it the one callers hear, describe it anew,
 * delete it (after a confirmation; the API refuses the one callers hear while others exist).
 * An action the portal user may not take stays in view, unavailable, described by the widget's
 * note that says why.
 */
export class PorticoMusicTrack extends MusicPart {
  @property({ attribute: false }) track!: MusicTrack;
  /** For each action the portal user may not take, the id of the widget's note that says why. */
  @property({ attribute: false }) unavailable: Partial<Record<TrackAction, string>> = {};

  @state() private mode: Mode = 'idle';
  @state() private playing = false;
  @state() private draft = '';
  /** The description was sent once: its problem is said, and said again as it is fixed. */
  @state() private checked = false;
  /** The browser could not play what the link gave. */
  @state() private unplayable = false;
  readonly #focus = new FocusAfterRender(this);

  /** The track's short-lived link, asked for when it is played. */
  readonly #link = new Resource(this, {
    args: () => [this.client, this.track?.id, this.playing] as const,
    load: async ([client, id, playing], signal): Promise<string | null> => (client && id && playing ? (await client.request(musicTrackPlay, { params: { id } }, { signal })).url : null),
    onError: (error) => this.dispatchEvent(new PorticoErrorEvent(error, 'load')),
  });

  readonly #activate = new Action<string, MusicTrack>(this, {
    send: (id, { signal }) => this.api.request(musicTrackUpdate, { params: { id }, body: { active: true } }, { signal, headers: this.headers }),
  });

  readonly #describe = new Action<string, MusicTrack>(this, {
    send: (description, { signal }) => this.api.request(musicTrackUpdate, { params: { id: this.track.id }, body: { description } }, { signal, headers: this.headers }),
  });

  readonly #delete = new Action<string, unknown>(this, {
    send: (id, { signal }) => this.api.request(musicTrackDelete, { params: { id } }, { signal }),
  });

  protected override render(): TemplateResult {
    const t = this.t;
    const track = this.track;
    const id = track.id;
    const name = { description: track.description };
    const busy = this.#activate.busy || this.#delete.busy;
    const no = this.unavailable;
    return html`<div class="track-head">
        <span class="description" id="t-${id}-name">${track.description}</span>
        ${track.active ? badge(t.active, 'success') : nothing}
      </div>
      <p class="muted meta">${t.meta({ fileName: track.file.fileName, duration: duration(track.file.duration), size: fileSize(track.file.size, this.locale) })}</p>
      <div class="actions" role="group" aria-labelledby="t-${id}-name">
        <button type="button" class="button button--secondary" part="button" id="t-${id}-play" aria-label=${t.playTrack(name)} aria-expanded=${this.playing ? 'true' : 'false'} aria-controls="t-${id}-player" @click=${this.#togglePlay}>
          ${t.play}
        </button>
        ${track.active
          ? nothing
          : html`<button
              type="button"
              class="button button--secondary"
              part="button"
              id="t-${id}-activate"
              aria-label=${t.makeActiveTrack(name)}
              aria-disabled=${busy || no.activate ? 'true' : 'false'}
              aria-describedby=${describedBy(no.activate)}
              ?data-unavailable=${no.activate !== undefined}
              @click=${this.#makeActive}
            >
              ${this.#activate.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t.makeActive}
            </button>`}
        <button
          type="button"
          class="button button--secondary"
          part="button"
          id="t-${id}-edit"
          aria-label=${t.editTrack(name)}
          aria-expanded=${this.mode === 'editing' ? 'true' : 'false'}
          aria-disabled=${no.edit ? 'true' : 'false'}
          aria-describedby=${describedBy(no.edit)}
          ?data-unavailable=${no.edit !== undefined}
          @click=${this.#startEdit}
        >
          ${t.edit}
        </button>
        <button
          type="button"
          class="button button--secondary danger"
          part="button"
          id="t-${id}-delete"
          aria-label=${t.deleteTrack(name)}
          aria-disabled=${no.delete ? 'true' : 'false'}
          aria-describedby=${describedBy(no.delete)}
          ?data-unavailable=${no.delete !== undefined}
          @click=${this.#confirm}
        >
          ${t.delete}
        </button>
      </div>
      <div id="t-${id}-player" class="player" part="player" ?hidden=${!this.playing}>${this.playing ? this.#renderPlayer() : nothing}</div>
      ${this.mode === 'editing' ? this.#renderEdit() : nothing} ${this.mode === 'confirming' ? this.#renderConfirm() : nothing} ${this.#renderFailure()}`;
  }

  #renderPlayer(): TemplateResult {
    const t = this.t;
    const failed = (error: unknown) => html`<p class="field-error" role="alert">${alertIcon}<span>${t.playFailed} ${error === undefined ? '' : this.describe(error)}</span></p>`;
    return html`<span class="player-label">${t.playing({ description: this.track.description })}</span>
      ${this.#link.render({
        content: (url) =>
          url && !this.unplayable ? html`<audio controls autoplay src=${url} aria-label=${t.playing({ description: this.track.description })} @error=${() => (this.unplayable = true)}></audio>` : failed(undefined),
        error: failed,
        loading: () => html`<span class="spinner" aria-hidden="true"></span>`,
      })}`;
  }

  #renderEdit(): TemplateResult {
    const t = this.t;
    const id = this.track.id;
    const problem = this.checked ? checkDescription(this.draft, t) : undefined;
    const busy = this.#describe.busy;
    return html`<form class="edit" novalidate @submit=${this.#saveDescription}>
      ${textField({ id: `t-${id}-description`, label: t.description, value: this.draft, problem, maxLength: DESCRIPTION_MAX, onInput: (value) => this.#typed(value) })}
      <div class="form-actions">
        <button type="submit" class="button button--primary" part="button" aria-disabled=${busy ? 'true' : 'false'}>${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.saving}` : t.save}</button>
        <button type="button" class="button button--secondary" part="button" @click=${this.#cancel}>${t.cancel}</button>
      </div>
    </form>`;
  }

  #renderConfirm(): TemplateResult {
    const t = this.t;
    const id = this.track.id;
    const busy = this.#delete.busy;
    return html`<div class="confirm alert alert--warning" role="group" aria-labelledby="t-${id}-confirm">
      ${alertIcon}
      <p id="t-${id}-confirm" tabindex="-1">${t.confirmDelete({ description: this.track.description })} ${this.track.active ? t.confirmDeleteActive : ''}</p>
      <div class="form-actions">
        <button type="button" class="button button--primary danger" part="button" id="t-${id}-confirm-delete" aria-disabled=${busy ? 'true' : 'false'} @click=${this.#deleteTrack}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.deleting}` : t.delete}
        </button>
        <button type="button" class="button button--secondary" part="button" @click=${this.#cancel}>${t.cancel}</button>
      </div>
    </div>`;
  }

  /** Why making it active, describing it or deleting it failed; a refused delete says why in the API's rule. */
  #renderFailure(): TemplateResult | typeof nothing {
    const error = this.#delete.error ?? this.#activate.error ?? this.#describe.error;
    if (error === undefined) return nothing;
    const message = this.#delete.error !== undefined && isA(error, ConflictError) && error.code === 'track_active' ? this.t.activeRefused : `${this.t.actionFailed} ${this.describe(error)}`;
    return html`<div class="alert alert--error" role="alert" part="error">${alertIcon}<p id="t-${this.track.id}-failure" tabindex="-1">${message}</p></div>`;
  }

  #clearErrors(): void {
    this.#activate.clearError();
    this.#describe.clearError();
    this.#delete.clearError();
  }

  #togglePlay = (): void => {
    this.playing = !this.playing;
    this.unplayable = false;
  };

  #startEdit = (): void => {
    if (this.unavailable.edit) return;
    if (this.mode === 'editing') return this.#cancel();
    this.#clearErrors();
    this.mode = 'editing';
    this.draft = this.track.description;
    this.checked = false;
    this.#focus.request(`#t-${this.track.id}-description`);
  };

  #confirm = (): void => {
    if (this.unavailable.delete) return;
    this.#clearErrors();
    this.mode = 'confirming';
    this.#focus.request(`#t-${this.track.id}-confirm`);
  };

  #cancel = (): void => {
    const from = this.mode;
    this.mode = 'idle';
    this.#clearErrors();
    this.#focus.request(`#t-${this.track.id}-${from === 'editing' ? 'edit' : 'delete'}`);
  };

  #typed(value: string): void {
    this.draft = value;
    this.#describe.clearError();
  }

  #makeActive = async (): Promise<void> => {
    if (this.#activate.busy || this.unavailable.activate) return;
    this.#clearErrors();
    const track = await this.#activate.run(this.track.id);
    if (!track) {
      this.#focus.request(`#t-${this.track.id}-failure`);
      return;
    }
    this.dispatchEvent(new TracksChangedEvent({ kind: 'activated', track }));
    this.announce(this.t.activated({ description: track.description }));
    this.dispatchEvent(new PorticoMusicTrackSavedEvent(track, false));
    // The button goes with the track's new state: focus stays on the track, on its play button.
    this.#focus.request(`#t-${track.id}-play`);
  };

  #saveDescription = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#describe.busy) return;
    this.checked = true;
    const description = this.draft.trim();
    if (checkDescription(description, this.t)) {
      this.#focus.request(`#t-${this.track.id}-description`);
      return;
    }
    const track = await this.#describe.run(description);
    if (!track) {
      this.#focus.request(`#t-${this.track.id}-failure`);
      return;
    }
    this.mode = 'idle';
    this.dispatchEvent(new TracksChangedEvent({ kind: 'saved', track }));
    this.announce(this.t.described({ description: track.description }));
    this.dispatchEvent(new PorticoMusicTrackSavedEvent(track, false));
    this.#focus.request(`#t-${track.id}-edit`);
  };

  #deleteTrack = async (): Promise<void> => {
    if (this.#delete.busy) return;
    const { id, description } = this.track;
    const deleted = await this.#delete.run(id);
    if (deleted === undefined) {
      this.mode = 'idle';
      this.#focus.request(`#t-${id}-failure`);
      return;
    }
    this.announce(this.t.deleted({ description }));
    this.dispatchEvent(new PorticoMusicTrackDeletedEvent(id, description));
    this.dispatchEvent(new TracksChangedEvent({ kind: 'deleted', id }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-music-on-hold-track': PorticoMusicTrack;
  }
}
