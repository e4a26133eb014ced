import { html, nothing, type TemplateResult } from 'lit';
import { pbxRetrieve, pbxSettings, pbxUpdateSettings, type PbxSettings } from '@portico/sdk/telephony';
import { noPbx } from '../../base/no-pbx.ts';
import { PorticoElement } from '../../base/portico-element.ts';
import { retryAlert } from '../../base/retry-alert.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { unavailableActions, type UnavailableActions } from '../../base/unavailable-actions.ts';
import type { AnnounceEvent } from '../../base/widget-part.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { Resource } from '../../controllers/resource.ts';
import { PorticoPbxSettingsSavedEvent } from '../../events/telephony.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { iconButtonStyles } from '../../styles/icon-button.styles.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { unavailableStyles } from '../../styles/unavailable.styles.ts';
import { messages, type PbxSettingsMessages } from './pbx-settings.messages.ts';
import { styles } from './pbx-settings.styles.ts';
import type { SectionSavedEvent } from './pbx-settings-part.ts';
import { SettingsSaver } from './settings-saver.ts';
import { PorticoPbxSettingsIntercom } from './intercom-section.ts';
import { PorticoPbxSettingsAbbreviatedDialing } from './abbreviated-dialing-section.ts';
import { PorticoPbxSettingsIncomingCalls } from './incoming-calls-section.ts';
import { PorticoPbxSettingsParking } from './parking-section.ts';
// The sections' tags (registered with the widget's in pbx-settings.ts).

interface Loaded {
  settings: PbxSettings;
  /** The PBX's pickup groups, for the incoming calls' choice. */
  pickupGroups: string[];
}

/**
 * @tag portico-pbx-settings
 * @summary The hosted PBX's settings: intercom, abbreviated dialling, incoming calls and call
 * parking (FEATURES T4, T7, T8, T9), each section saved on its own.
 *
 * Each section has its own Save, which sends that section only, against the version of the
 * settings shown (If-Match); sections are saved in turn, and a section's unsaved edits stay
 * while another is saved. As a section is edited, what the change would break in the dial
 * plan (a prefix that begins a hunt group's number, an extension length that the extensions
 * no longer fit) is asked of the API once typing pauses, and listed at the field it
 * concerns, before anything is saved. The form's own checks (prefix characters, lengths,
 * codes of the configured length, numbers to call) are said at the fields before any
 * request. A change made elsewhere meanwhile is explained in the section, with a reload.
 * A customer without a PBX is told so (not reported as a failure, and not retried).
 *
 * A portal user without the telephony permission is told the settings are not available to
 * them. A read-only user sees them and may try a change to see what it would break in the dial
 * plan; saving is unavailable to them, and the widget says why.
 *
 * @event portico-pbx-settings-saved - `{ section, settings }`: a section was saved.
 * @event portico-error - A load or a save failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title row.
 * @csspart title - The title.
 * @csspart section - Each section of the settings.
 * @csspart label - Field labels.
 * @csspart input - Fields.
 * @csspart item - One abbreviated number.
 * @csspart button - Every button.
 * @csspart save - Each section's Save button (also `button`).
 * @csspart badge - A section's "Unsaved changes".
 * @csspart conflicts - What a change would break in the dial plan, at its field.
 * @csspart status - A section's result.
 * @csspart unavailable - Why saving is unavailable to the portal user.
 * @csspart error - Error messages.
 * @csspart empty - Shown to a customer without a PBX.
 *
 * @cssproperty --portico-pbx-settings-accent - The colour of the Save buttons and checkboxes; defaults to `--portico-color-primary`.
 */
export class PorticoPbxSettings extends PorticoElement<PbxSettingsMessages> {
  static override styles = [sharedStyles, iconButtonStyles, unavailableStyles, styles];
  /** The parts it renders, registered with it. */
  static readonly dependencies = {
    'portico-pbx-settings-intercom': PorticoPbxSettingsIntercom,
    'portico-pbx-settings-abbreviated-dialing': PorticoPbxSettingsAbbreviatedDialing,
    'portico-pbx-settings-incoming-calls': PorticoPbxSettingsIncomingCalls,
    'portico-pbx-settings-parking': PorticoPbxSettingsParking,
  };
  static readonly messages = messages;

  /** One saver for the content of one client: its saves go in turn, each against the version the last left. */
  readonly #savers = new WeakMap<object, SettingsSaver>();
  readonly #permissions = new Permissions(this, () => this.activeClient);

  readonly #settings = new Resource(this, {
    args: () => [this.activeClient] as const,
    load: async ([client], signal): Promise<Loaded> => {
      if (!client) throw new MissingClientError('portico-pbx-settings');
      const [settings, pbx] = await Promise.all([client.request(pbxSettings, {}, { signal }), client.request(pbxRetrieve, {}, { signal })]);
      return { settings, pickupGroups: pbx.pickupGroups };
    },
    onComplete: (loaded) => (this.#saver.version = loaded.settings.version),
    // A customer without a PBX is a state the widget shows, not a failure to report.
    onError: (error) => {
      if (!noPbx(error)) this.reportError(error, 'load');
    },
  });

  get #saver(): SettingsSaver {
    const scope = this.#settings.scope;
    let saver = this.#savers.get(scope);
    if (!saver) this.#savers.set(scope, (saver = new SettingsSaver()));
    return saver;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const settings = this.#settings;
    return html`<section
      part="base"
      lang=${this.effectiveLocale}
      aria-labelledby="title"
      aria-busy=${settings.loading ? 'true' : 'false'}
      @portico-part-announce=${(e: AnnounceEvent) => this.announce(e.text)}
      @pbx-settings-section-saved=${this.#saved}
      @pbx-settings-section-reload=${() => void settings.refresh()}
    >
      <header part="header"><h2 part="title" id="title" tabindex="-1">${t.title}</h2></header>
      ${settings.value ? this.#unavailable.note : nothing}
      ${settings.value && settings.failed ? retryAlert(`${t.refreshFailed} ${this.describe(settings.error)}`, this.common.retry, () => void settings.refresh()) : nothing}
      ${settings.render({
        content: (loaded) => this.#renderSections(loaded),
        error: (error) =>
          noPbx(error)
            ? emptyState({ title: t.noPbxTitle, message: t.noPbxBody })
            : this.loadFailed(error, () => void settings.refresh()),
        loading: () =>
          loadingState(
            this.common.loading,
            html`<div class="stack">
              ${[3, 5, 3, 2].map((rows) => html`<div class="skeleton-section">${Array.from({ length: rows }, () => html`<span class="skeleton skeleton--row"></span>`)}</div>`)}
            </div>`,
          ),
      })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  /** Whether the portal user may save settings, and why not. */
  get #unavailable(): UnavailableActions<'save'> {
    return unavailableActions(this.#permissions, this.common, 'save-unavailable', { save: pbxUpdateSettings });
  }

  #renderSections({ settings, pickupGroups }: Loaded): TemplateResult {
    // What every section needs of the widget.
    const client = this.activeClient;
    const locale = this.effectiveLocale;
    const timeZone = this.effectiveTimeZone;
    const saver = this.#saver;
    const unavailable = this.#unavailable.ids.save;
    return html`<div class="sections">
      <portico-pbx-settings-intercom .settings=${settings} .saver=${saver} .unavailable=${unavailable} .client=${client} .locale=${locale} .timeZone=${timeZone}></portico-pbx-settings-intercom>
      <portico-pbx-settings-abbreviated-dialing .settings=${settings} .saver=${saver} .unavailable=${unavailable} .client=${client} .locale=${locale} .timeZone=${timeZone}></portico-pbx-settings-abbreviated-dialing>
      <portico-pbx-settings-incoming-calls
        .settings=${settings}
        .saver=${saver}
        .unavailable=${unavailable}
        .pickupGroups=${pickupGroups}
        .client=${client}
        .locale=${locale}
        .timeZone=${timeZone}
      ></portico-pbx-settings-incoming-calls>
      <portico-pbx-settings-parking .settings=${settings} .saver=${saver} .unavailable=${unavailable} .client=${client} .locale=${locale} .timeZone=${timeZone}></portico-pbx-settings-parking>
    </div>`;
  }

  /** A section was saved: every section shows the settings as saved now (those with edits keep them). */
  #saved = (event: SectionSavedEvent): void => {
    const loaded = this.#settings.value;
    // A load still on its way was read before this save: it would bring the old version back.
    if (loaded) this.#settings.set({ ...loaded, settings: event.settings });
    this.dispatchEvent(new PorticoPbxSettingsSavedEvent(event.section, event.settings));
  };
}
