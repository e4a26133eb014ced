import { html, type TemplateResult } from 'lit';
import { TELEPHONY_LIMITS, type IntercomSettings } from '@portico/sdk/telephony';
import { prefixProblem, prefixValue, rangeProblem, type Problems } from './section-checks.ts';
import { checkboxField, numberField, textField } from './section-fields.ts';
import { SettingsSection } from './settings-section.ts';

interface IntercomFields {
  enabled: boolean;
  prefix: string;
  extensionLength: string;
}

const FIELDS: Record<string, string> = {
  '/intercom/enabled': 'intercom-enabled',
  '/intercom/prefix': 'intercom-prefix',
  '/intercom/extensionLength': 'intercom-extension-length',
};

/** T4: the intercom (on, its prefix) and the length of every extension number. */
export class PorticoPbxSettingsIntercom extends SettingsSection<'intercom', IntercomFields> {
  protected readonly section = 'intercom';
  protected readonly sectionId = 'intercom';

  protected fromSaved(saved: IntercomSettings): IntercomFields {
    return { enabled: saved.enabled, prefix: saved.prefix ?? '', extensionLength: String(saved.extensionLength) };
  }

  protected toBody(values: IntercomFields): IntercomSettings {
    return { enabled: values.enabled, prefix: prefixValue(values.prefix), extensionLength: Number(values.extensionLength.trim()) };
  }

  protected problems(values: IntercomFields): Problems {
    const t = this.t;
    const problems: Problems = {};
    const prefix = prefixProblem(values.prefix, values.enabled, t);
    if (prefix) problems['intercom-prefix'] = prefix;
    const length = rangeProblem(values.extensionLength, TELEPHONY_LIMITS.extensionLength, t);
    if (length) problems['intercom-extension-length'] = length;
    return problems;
  }

  /** Switching the intercom on says at once that it needs a prefix. */
  protected override toldWith(id: string): string | undefined {
    return id === 'intercom-prefix' ? 'intercom-enabled' : undefined;
  }

  protected fieldOf(pointer: string): string | undefined {
    return FIELDS[pointer];
  }

  protected renderFields(values: IntercomFields): TemplateResult {
    const t = this.t;
    const edit = (change: Partial<IntercomFields>) => this.edit((now) => ({ ...now, ...change }));
    return html`${checkboxField({ id: 'intercom-enabled', label: t.intercomEnabled, checked: values.enabled, said: this.said('intercom-enabled'), onChange: (enabled) => edit({ enabled }) })}
    ${textField({
      id: 'intercom-prefix',
      label: t.intercomPrefix,
      hint: t.intercomPrefixHint,
      optional: values.enabled ? undefined : t.optional,
      value: values.prefix,
      inputmode: 'tel',
      short: true,
      said: this.said('intercom-prefix'),
      onInput: (prefix) => edit({ prefix }),
    })}
    ${numberField({
      id: 'intercom-extension-length',
      label: t.extensionLength,
      hint: t.extensionLengthHint(TELEPHONY_LIMITS.extensionLength),
      value: values.extensionLength,
      ...TELEPHONY_LIMITS.extensionLength,
      said: this.said('intercom-extension-length'),
      onInput: (extensionLength) => edit({ extensionLength }),
    })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-pbx-settings-intercom': PorticoPbxSettingsIntercom;
  }
}
