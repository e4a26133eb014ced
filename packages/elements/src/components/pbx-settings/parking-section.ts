import { html, type TemplateResult } from 'lit';
import type { ParkingSettings } from '@portico/sdk/telephony';
import { prefixProblem, prefixValue, type Problems } from './section-checks.ts';
import { textField } from './section-fields.ts';
import { SettingsSection } from './settings-section.ts';

interface ParkingFields {
  parkPrefix: string;
  retrievePrefix: string;
}

const FIELDS: Record<string, string> = {
  '/parking/parkPrefix': 'parking-park-prefix',
  '/parking/retrievePrefix': 'parking-retrieve-prefix',
};

/** T9: call parking, with the prefixes that park a call and take it back. */
export class PorticoPbxSettingsParking extends SettingsSection<'parking', ParkingFields> {
  protected readonly section = 'parking';
  protected readonly sectionId = 'parking';

  protected fromSaved(saved: ParkingSettings): ParkingFields {
    return { parkPrefix: saved.parkPrefix ?? '', retrievePrefix: saved.retrievePrefix ?? '' };
  }

  protected toBody(values: ParkingFields): ParkingSettings {
    return { parkPrefix: prefixValue(values.parkPrefix), retrievePrefix: prefixValue(values.retrievePrefix) };
  }

  protected problems(values: ParkingFields): Problems {
    const problems: Problems = {};
    const park = prefixProblem(values.parkPrefix, false, this.t);
    if (park) problems['parking-park-prefix'] = park;
    const retrieve = prefixProblem(values.retrievePrefix, false, this.t);
    if (retrieve) problems['parking-retrieve-prefix'] = retrieve;
    return problems;
  }

  protected fieldOf(pointer: string): string | undefined {
    return FIELDS[pointer];
  }

  protected renderFields(values: ParkingFields): TemplateResult {
    const t = this.t;
    const edit = (change: Partial<ParkingFields>) => this.edit((now) => ({ ...now, ...change }));
    return html`${textField({
      id: 'parking-park-prefix',
      label: t.parkPrefix,
      hint: t.parkPrefixHint,
      optional: t.optional,
      value: values.parkPrefix,
      inputmode: 'tel',
      short: true,
      said: this.said('parking-park-prefix'),
      onInput: (parkPrefix) => edit({ parkPrefix }),
    })}
    ${textField({
      id: 'parking-retrieve-prefix',
      label: t.retrievePrefix,
      hint: t.retrievePrefixHint,
      optional: t.optional,
      value: values.retrievePrefix,
      inputmode: 'tel',
      short: true,
      said: this.said('parking-retrieve-prefix'),
      onInput: (retrievePrefix) => edit({ retrievePrefix }),
    })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-pbx-settings-parking': PorticoPbxSettingsParking;
  }
}
