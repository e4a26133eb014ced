import type { PbxSettings } from '@portico/sdk/telephony';
import type { PbxSettingsSection } from '../../events/telephony.ts';
import { WidgetPart } from '../../base/widget-part.ts';
import { messages, type PbxSettingsMessages } from './pbx-settings.messages.ts';

/** A part of `<portico-pbx-settings>`: one section of the settings. */
export class PbxSettingsPart extends WidgetPart<PbxSettingsMessages> {
  static readonly widget = 'portico-pbx-settings';
  static readonly messages = messages;
}

// Inside the widget, sections speak to it with events that stop at its shadow root.

/** A section was saved: the widget shows the settings as the API answered (the new version included). */
export class SectionSavedEvent extends Event {
  static readonly type = 'pbx-settings-section-saved';
  constructor(
    readonly section: PbxSettingsSection,
    readonly settings: PbxSettings,
  ) {
    super(SectionSavedEvent.type, { bubbles: true });
  }
}

/** A section was refused because the settings changed elsewhere: the widget loads them again. */
export class SectionReloadEvent extends Event {
  static readonly type = 'pbx-settings-section-reload';
  constructor() {
    super(SectionReloadEvent.type, { bubbles: true });
  }
}
