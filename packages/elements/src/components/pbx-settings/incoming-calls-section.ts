import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { IncomingCallSettings } from '@portico/sdk/telephony';
import { prefixProblem, prefixValue, type Problems } from './section-checks.ts';
import { checkboxField, selectField, textField } from './section-fields.ts';
import { SettingsSection } from './settings-section.ts';

interface IncomingCallFields {
  distinctiveRing: boolean;
  /** `''`: none. */
  pickupGroup: string;
  pickupPrefix: string;
}

const FIELDS: Record<string, string> = {
  '/incomingCalls/distinctiveRing': 'incoming-distinctive-ring',
  '/incomingCalls/pickupGroup': 'incoming-pickup-group',
  '/incomingCalls/pickupPrefix': 'incoming-pickup-prefix',
};

/** T8: incoming calls: a distinctive ring for internal calls, the default pickup group and its prefix. */
export class PorticoPbxSettingsIncomingCalls extends SettingsSection<'incomingCalls', IncomingCallFields> {
  protected readonly section = 'incomingCalls';
  protected readonly sectionId = 'incoming';

  /** The PBX's pickup groups, to choose from. */
  @property({ attribute: false }) pickupGroups: readonly string[] = [];

  protected fromSaved(saved: IncomingCallSettings): IncomingCallFields {
    return { distinctiveRing: saved.distinctiveRing, pickupGroup: saved.pickupGroup ?? '', pickupPrefix: saved.pickupPrefix ?? '' };
  }

  protected toBody(values: IncomingCallFields): IncomingCallSettings {
    return { distinctiveRing: values.distinctiveRing, pickupGroup: values.pickupGroup || null, pickupPrefix: prefixValue(values.pickupPrefix) };
  }

  protected problems(values: IncomingCallFields): Problems {
    const prefix = prefixProblem(values.pickupPrefix, false, this.t);
    return prefix ? { 'incoming-pickup-prefix': prefix } : {};
  }

  protected fieldOf(pointer: string): string | undefined {
    return FIELDS[pointer];
  }

  protected renderFields(values: IncomingCallFields): TemplateResult {
    const t = this.t;
    const edit = (change: Partial<IncomingCallFields>) => this.edit((now) => ({ ...now, ...change }));
    // A group saved before it was removed from the PBX is still shown as chosen.
    const groups = values.pickupGroup && !this.pickupGroups.includes(values.pickupGroup) ? [...this.pickupGroups, values.pickupGroup] : this.pickupGroups;
    return html`${checkboxField({
      id: 'incoming-distinctive-ring',
      label: t.distinctiveRing,
      hint: t.distinctiveRingHint,
      checked: values.distinctiveRing,
      said: this.said('incoming-distinctive-ring'),
      onChange: (distinctiveRing) => edit({ distinctiveRing }),
    })}
    ${selectField({
      id: 'incoming-pickup-group',
      label: t.pickupGroup,
      hint: t.pickupGroupHint,
      value: values.pickupGroup,
      options: [{ value: '', label: t.noPickupGroup }, ...groups.map((group) => ({ value: group, label: group }))],
      said: this.said('incoming-pickup-group'),
      onChange: (pickupGroup) => edit({ pickupGroup }),
    })}
    ${textField({
      id: 'incoming-pickup-prefix',
      label: t.pickupPrefix,
      hint: t.pickupPrefixHint,
      optional: t.optional,
      value: values.pickupPrefix,
      inputmode: 'tel',
      short: true,
      said: this.said('incoming-pickup-prefix'),
      onInput: (pickupPrefix) => edit({ pickupPrefix }),
    })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-pbx-settings-incoming-calls': PorticoPbxSettingsIncomingCalls;
  }
}
