import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { musicTrackCreate, musicTrackDelete, musicTrackList, musicTrackUpdate, TELEPHONY_LIMITS, type MusicTrack } from '@portico/sdk/telephony';
import { noPbx } from '../../base/no-pbx.ts';
import { PorticoElement } from '../../base/portico-element.ts';
import { retryAlert } from '../../base/retry-alert.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { unavailableActions, type UnavailableActions } from '../../base/unavailable-actions.ts';
import type { AnnounceEvent } from '../../base/widget-part.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { Resource } from '../../controllers/resource.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { badgeStyles } from '../../styles/badge.styles.ts';
import { playerStyles } from '../../styles/player.styles.ts';
import { unavailableStyles } from '../../styles/unavailable.styles.ts';
import type { TracksChangedEvent } from './music-part.ts';
import { PorticoMusicTrack, type TrackAction } from './music-track.ts';
import { PorticoMusicUpload } from './music-upload.ts';
import { messages, type MusicOnHoldMessages } from './music-on-hold.messages.ts';
import { styles } from './music-on-hold.styles.ts';

/**
 * @tag portico-music-on-hold
 * @summary Music on hold of the PBX (FEATURES T12): the tracks with their description, file
 * and length, which one callers hear, playing them here, making another one heard,
 * describing them anew and deleting them; and uploading a new one with its description.
 *
 * A file is checked before it is sent (WAV, MP3 or Ogg, up to 10 MB), and so is the number of
 * tracks the PBX keeps; the upload shows its progress and a retry never adds the track twice.
 *
 * A portal user without the telephony permission is told the music is not available to them; a
 * read-only user may play the tracks, and is told why the rest — making one heard, describing,
 * deleting, uploading — is not available to them.
 *
 * @event portico-music-track-saved - A track was uploaded, described anew or made the one callers hear.
 * @event portico-music-track-deleted - A track was deleted.
 * @event portico-error - A load or an action failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title and how many tracks there are.
 * @csspart title - The title.
 * @csspart item - One track.
 * @csspart badge - "Callers hear this".
 * @csspart player - A track's player.
 * @csspart button - Every button.
 * @csspart label - Field labels.
 * @csspart input - Fields.
 * @csspart status - Results of actions.
 * @csspart unavailable - Why actions are unavailable to the portal user.
 * @csspart error - Error messages.
 * @csspart empty - Shown when there is no track, or no PBX.
 *
 */
export class PorticoMusicOnHold extends PorticoElement<MusicOnHoldMessages> {
  static override styles = [sharedStyles, badgeStyles, playerStyles, unavailableStyles, styles];
  /** The parts it renders, registered with it. */
  static readonly dependencies = {
    'portico-music-on-hold-track': PorticoMusicTrack,
    'portico-music-on-hold-upload': PorticoMusicUpload,
  };
  static readonly messages = messages;

  readonly #focus = new FocusAfterRender(this);
  readonly #permissions = new Permissions(this, () => this.activeClient);

  // Another language is the same tracks: they stay on screen meanwhile.
  readonly #tracks = new Resource(this, {
    args: () => [this.activeClient, this.effectiveLocale] as const,
    load: async ([client, locale], signal): Promise<MusicTrack[]> => {
      if (!client) throw new MissingClientError('portico-music-on-hold');
      return (await client.request(musicTrackList, {}, { signal, headers: { 'accept-language': locale } })).data;
    },
    keep: ([client], [next]) => client === next,
    // An account without a PBX is a state, not a failure.
    onError: (error) => {
      if (!noPbx(error)) this.reportError(error, 'load');
    },
  });

  /** Loads the tracks again, keeping them on screen meanwhile. */
  refresh(): Promise<void> {
    return this.#tracks.refresh();
  }

  /** What the portal user may not do with the tracks, and why. */
  get #unavailable(): UnavailableActions<TrackAction> {
    return unavailableActions(this.#permissions, this.common, 'tracks-unavailable', { activate: musicTrackUpdate, edit: musicTrackUpdate, delete: musicTrackDelete });
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const tracks = this.#tracks;
    const loaded = tracks.value;
    const unavailable = this.#unavailable;
    return html`<section
      part="base"
      lang=${this.effectiveLocale}
      aria-labelledby="title"
      @portico-part-announce=${(e: AnnounceEvent) => this.announce(e.text)}
      @music-tracks-changed=${this.#changed}
    >
      <header part="header">
        <h2 part="title" id="title" tabindex="-1">${t.title}</h2>
        ${loaded ? html`<p class="muted count">${t.used({ count: loaded.length, max: TELEPHONY_LIMITS.musicTracks.max })}</p>` : nothing}
      </header>
      ${loaded?.length ? unavailable.note : nothing}
      ${loaded && tracks.failed ? retryAlert(this.describe(tracks.error), this.common.retry, () => void tracks.refresh()) : nothing}
      <div class="results" aria-busy=${tracks.loading ? 'true' : 'false'}>
        ${tracks.render({
          content: (list) => html`${list.length ? this.#renderTracks(list, unavailable.ids) : emptyState({ title: t.noneTitle, message: t.noneBody })}
            <portico-music-on-hold-upload
              .client=${this.activeClient}
              .locale=${this.effectiveLocale}
              .timeZone=${this.effectiveTimeZone}
              .count=${list.length}
              .unavailable=${this.#permissions.reason(musicTrackCreate, this.common)}
            ></portico-music-on-hold-upload>`,
          error: (error) =>
            noPbx(error)
              ? emptyState({ title: t.noPbxTitle, message: t.noPbxBody })
              : this.loadFailed(error, () => void tracks.refresh()),
          loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3].map(() => html`<span class="skeleton skeleton--track"></span>`)}</div>`),
        })}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderTracks(list: MusicTrack[], unavailable: UnavailableActions<TrackAction>['ids']): TemplateResult {
    return html`<ul class="tracks" aria-label=${this.t.tracks}>
      ${repeat(
        list,
        (track) => track.id,
        (track) => html`<li class="track ${track.active ? 'active' : ''}" part="item">
          <portico-music-on-hold-track .client=${this.activeClient} .locale=${this.effectiveLocale} .timeZone=${this.effectiveTimeZone} .track=${track} .unavailable=${unavailable}></portico-music-on-hold-track>
        </li>`,
      )}
    </ul>`;
  }

  /** What a part changed, shown at once; making a track heard changes the others too, so they load again. */
  #changed = (event: TracksChangedEvent): void => {
    const change = event.change;
    const tracks = this.#tracks;
    switch (change.kind) {
      case 'added':
        tracks.update((list) => [change.track, ...list.filter((t) => t.id !== change.track.id)]);
        break;
      case 'saved':
        tracks.update((list) => list.map((t) => (t.id === change.track.id ? change.track : t)));
        break;
      case 'activated':
        tracks.update((list) => list.map((t) => (t.id === change.track.id ? change.track : { ...t, active: false })));
        void tracks.refresh();
        break;
      case 'deleted': {
        const list = tracks.value ?? [];
        const at = list.findIndex((t) => t.id === change.id);
        tracks.update((all) => all.filter((t) => t.id !== change.id));
        // The track's buttons went with it: focus goes on to the next track (or the one before, or the title).
        const next = list[at + 1] ?? list[at - 1];
        this.#focus.request(...(next ? [`#t-${next.id}-play`] : []), '#title');
        break;
      }
    }
  };
}
