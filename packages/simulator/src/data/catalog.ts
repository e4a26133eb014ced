import type { ServiceParameter } from '@portico/sdk/contracts';

type Text = { pl: string; en: string };
type ParameterDefinition = (
  | { type: 'boolean'; value: boolean }
  | { type: 'choice'; value: string; options: { value: string; label: Text }[] }
  | { type: 'number'; value: number; min: number; max: number; step: number; unit: string | null }
  | { type: 'money'; value: number; min: number; max: number; currency: string }
) & { key: string; label: Text; editable: boolean };

/** A service the operator offers on mobile contracts, in both languages. */
export interface CatalogService {
  id: string;
  name: Text;
  description: Text;
  category: 'roaming' | 'data' | 'calls' | 'messaging' | 'security';
  /** Minor units of PLN a month, or null when it costs nothing to have. */
  monthlyFee: number | null;
  /** False: only with a signed annex, through the account manager. */
  orderable: boolean;
  parameters: ParameterDefinition[];
}

export const CATALOG: CatalogService[] = [
  {
    id: 'roaming',
    name: { pl: 'Roaming', en: 'Roaming' },
    description: {
      pl: 'Połączenia, SMS-y i internet za granicą. W Unii Europejskiej na zasadach „roam like at home”, poza nią według cennika strefy.',
      en: 'Calls, texts and data abroad. In the European Union at domestic prices ("roam like at home"), elsewhere at the zone price list.',
    },
    category: 'roaming',
    monthlyFee: null,
    orderable: true,
    parameters: [
      {
        key: 'zone',
        type: 'choice',
        label: { pl: 'Zasięg', en: 'Coverage' },
        value: 'eu',
        options: [
          { value: 'eu', label: { pl: 'Unia Europejska', en: 'European Union' } },
          { value: 'world', label: { pl: 'Cały świat', en: 'Worldwide' } },
        ],
        editable: true,
      },
      { key: 'dataCap', type: 'money', label: { pl: 'Limit kosztów internetu poza UE', en: 'Data cost limit outside the EU' }, value: 5000, min: 0, max: 100_000, currency: 'PLN', editable: true },
    ],
  },
  {
    id: 'data_10gb',
    name: { pl: 'Pakiet internetowy 10 GB', en: 'Data pack 10 GB' },
    description: { pl: 'Dodatkowe 10 GB na każdy okres rozliczeniowy, odnawiane automatycznie.', en: 'An extra 10 GB every billing period, renewed automatically.' },
    category: 'data',
    monthlyFee: 1500,
    orderable: true,
    parameters: [],
  },
  {
    id: 'data_50gb',
    name: { pl: 'Pakiet internetowy 50 GB', en: 'Data pack 50 GB' },
    description: { pl: 'Dodatkowe 50 GB na każdy okres rozliczeniowy, odnawiane automatycznie.', en: 'An extra 50 GB every billing period, renewed automatically.' },
    category: 'data',
    monthlyFee: 3500,
    orderable: true,
    parameters: [],
  },
  {
    id: 'premium_block',
    name: { pl: 'Blokada usług Premium Rate', en: 'Premium-rate block' },
    description: {
      pl: 'Blokuje połączenia i SMS-y na numery specjalne o podwyższonej opłacie (np. 700, 7xxx). Zalecana na telefonach służbowych.',
      en: 'Blocks calls and texts to premium-rate numbers (such as 700 and 7xxx). Recommended on company phones.',
    },
    category: 'security',
    monthlyFee: null,
    orderable: true,
    parameters: [],
  },
  {
    id: 'voicemail',
    name: { pl: 'Poczta głosowa', en: 'Voicemail' },
    description: { pl: 'Nieodebrane połączenia trafiają do poczty głosowej; wiadomości odsłuchasz pod numerem 20 100.', en: 'Unanswered calls go to voicemail; listen to messages by calling 20 100.' },
    category: 'calls',
    monthlyFee: null,
    orderable: true,
    parameters: [
      { key: 'rings', type: 'number', label: { pl: 'Przekierowanie po', en: 'Divert after' }, value: 20, min: 10, max: 40, step: 5, unit: 's', editable: true },
      { key: 'smsNotice', type: 'boolean', label: { pl: 'SMS o nowej wiadomości', en: 'Text me about new messages' }, value: true, editable: true },
    ],
  },
  {
    id: 'international_calls',
    name: { pl: 'Połączenia międzynarodowe', en: 'International calls' },
    description: { pl: 'Połączenia z Polski na numery zagraniczne, z miesięcznym limitem kosztów.', en: 'Calls from Poland to numbers abroad, with a monthly cost limit.' },
    category: 'calls',
    monthlyFee: null,
    orderable: true,
    parameters: [{ key: 'monthlyLimit', type: 'money', label: { pl: 'Miesięczny limit kosztów', en: 'Monthly cost limit' }, value: 20_000, min: 0, max: 200_000, currency: 'PLN', editable: true }],
  },
  {
    id: 'call_recording',
    name: { pl: 'Nagrywanie rozmów', en: 'Call recording' },
    description: {
      pl: 'Nagrywa rozmowy na tym numerze; nagrania odsłuchasz w historii połączeń. Rozmówcy słyszą komunikat o nagrywaniu.',
      en: 'Records the calls on this number; play them from the call history. Callers hear a recording notice.',
    },
    category: 'calls',
    monthlyFee: 999,
    orderable: true,
    parameters: [
      {
        key: 'retention',
        type: 'choice',
        label: { pl: 'Przechowywanie nagrań', en: 'Keep recordings for' },
        value: '90',
        options: [
          { value: '30', label: { pl: '30 dni', en: '30 days' } },
          { value: '90', label: { pl: '90 dni', en: '90 days' } },
          { value: '365', label: { pl: '1 rok', en: '1 year' } },
        ],
        editable: true,
      },
    ],
  },
  {
    id: 'clir',
    name: { pl: 'Zastrzeżenie numeru (CLIR)', en: 'Caller ID restriction (CLIR)' },
    description: { pl: 'Twój numer nie wyświetla się osobom, do których dzwonisz.', en: 'People you call do not see your number.' },
    category: 'calls',
    monthlyFee: null,
    orderable: true,
    parameters: [],
  },
  {
    id: 'sms_unlimited',
    name: { pl: 'SMS i MMS bez limitu', en: 'Unlimited texts' },
    description: { pl: 'Nielimitowane SMS-y i MMS-y do wszystkich sieci w Polsce.', en: 'Unlimited SMS and MMS to all networks in Poland.' },
    category: 'messaging',
    monthlyFee: 500,
    orderable: true,
    parameters: [],
  },
  {
    id: 'multisim',
    name: { pl: 'MultiSIM', en: 'MultiSIM' },
    description: {
      pl: 'Druga karta SIM z tym samym numerem, np. do tabletu lub zegarka. Wymaga aneksu podpisanego z opiekunem konta.',
      en: 'A second SIM with the same number, for a tablet or a watch. Needs an annex signed with your account manager.',
    },
    category: 'data',
    monthlyFee: 1000,
    orderable: false,
    parameters: [],
  },
];

/** A catalogue entry's parameters, with the values a contract has, in one language. */
export function localizeParameters(definitions: ParameterDefinition[], values: Record<string, string | number | boolean>, locale: 'pl' | 'en'): ServiceParameter[] {
  return definitions.map((definition) => {
    const common = { key: definition.key, label: definition.label[locale], editable: definition.editable };
    const value = values[definition.key] ?? definition.value;
    switch (definition.type) {
      case 'boolean':
        return { ...common, type: 'boolean', value: value as boolean };
      case 'choice':
        return { ...common, type: 'choice', value: value as string, options: definition.options.map((o) => ({ value: o.value, label: o.label[locale] })) };
      case 'number':
        return { ...common, type: 'number', value: value as number, min: definition.min, max: definition.max, step: definition.step, unit: definition.unit };
      case 'money':
        return { ...common, type: 'money', value: value as number, min: definition.min, max: definition.max, currency: definition.currency };
    }
  });
}

export type { ParameterDefinition };
