import type { DialPlanConflictCode } from '@portico/sdk/telephony';
import type { PbxSettingsSection } from '../../events/telephony.ts';
import type { Catalog } from '../../i18n/locale.ts';
import { plural } from '../../i18n/plural.ts';

/** The four sections of the settings, as the contract names them. */
export type SectionName = PbxSettingsSection;

type Range = { min: number; max: number };
type Count = { count: number };

const en = {
  title: 'PBX settings',
  sections: { intercom: 'Intercom', abbreviatedDialing: 'Abbreviated dialling', incomingCalls: 'Incoming calls', parking: 'Call parking' } satisfies Record<SectionName, string>,
  noPbxTitle: 'No PBX on this account',
  noPbxBody: 'These settings belong to a hosted PBX (IP Centrex), which this account does not have. It can be ordered from your provider.',
  refreshFailed: 'The latest settings could not be loaded.',

  intercomEnabled: 'Intercom on',
  intercomPrefix: 'Intercom prefix',
  intercomPrefixHint: 'Dialled before an extension to reach its loudspeaker, e.g. *9.',
  extensionLength: 'Extension number length',
  extensionLengthHint: (p: Range) => `From ${p.min} to ${p.max} digits: every extension must have this many.`,

  abbreviatedLength: 'Abbreviated number length',
  abbreviatedLengthHint: (p: Range) => `From ${p.min} to ${p.max} digits: every code must have this many.`,
  abbreviatedNumbers: 'Abbreviated numbers',
  noAbbreviated: 'No abbreviated numbers yet.',
  row: (p: { n: number }) => `Abbreviated number ${p.n}`,
  code: 'Code',
  name: 'Name',
  target: 'Number to call',
  addNumber: 'Add an abbreviated number',
  removeNumber: (p: { label: string }) => `Remove ${p.label}`,
  atMost: (p: { max: number }) => `At most ${p.max} abbreviated numbers: remove one to add another.`,

  distinctiveRing: 'Distinctive ring for internal calls',
  distinctiveRingHint: 'Internal calls ring differently from external ones.',
  pickupGroup: 'Pickup group',
  pickupGroupHint: 'For phones that are in no pickup group of their own.',
  noPickupGroup: 'None',
  pickupPrefix: 'Pickup group prefix',
  pickupPrefixHint: 'Dialled to answer a call ringing on another phone of the group.',

  parkPrefix: 'Park prefix',
  parkPrefixHint: 'Dialled to park the current call.',
  retrievePrefix: 'Retrieve prefix',
  retrievePrefixHint: 'Dialled to take a parked call back.',

  optional: 'optional',
  save: 'Save',
  saving: 'Saving…',
  undo: 'Undo changes',
  unsaved: 'Unsaved changes',
  saved: 'Saved.',
  sectionSaved: (p: { section: string }) => `${p.section}: saved.`,
  undone: (p: { section: string }) => `${p.section}: changes undone.`,
  notSaved: 'This section was not saved.',
  noChanges: 'Nothing here has changed since the last save.',

  prefixRequired: 'Enter a prefix: an intercom that is on is dialled with it.',
  prefixCharacters: 'Use only digits, * and #.',
  prefixLength: (p: Range) => `Use ${p.min} to ${p.max} characters.`,
  wholeNumber: 'Enter a whole number.',
  outOfRange: (p: Range) => `Enter a number from ${p.min} to ${p.max}.`,
  codeDigits: (p: { length: number }) => plural('en', p.length, { one: 'Enter # digit.', other: 'Enter # digits.' }),
  codeDigitsOnly: 'Digits only.',
  codeTwice: (p: { code: string }) => `Code ${p.code} is used more than once.`,
  nameRequired: 'Enter a name.',
  tooLong: (p: { max: number }) => `Use at most ${p.max} characters.`,
  targetInvalid: 'Digits, with + only in front, e.g. +48226100100.',
  targetLength: (p: Range) => `Use ${p.min} to ${p.max} digits.`,
  unknownPickupGroup: 'This pickup group no longer exists. Choose another.',
  refused: 'The PBX refused this value.',

  checking: 'Checking the dial plan…',
  checkFailed: 'The dial plan could not be checked now; it is checked again when the section is saved.',
  noConflicts: 'Nothing in the dial plan collides with these changes.',
  conflictsNote: (p: Count & { fields: number }) =>
    `${plural('en', p.count, { one: 'This change collides with the dial plan', other: 'This change collides with the dial plan in # places' })} (${p.fields === 1 ? 'see the field marked' : 'see the fields marked'}). ${p.count === 1 ? 'Saving is refused until it is resolved.' : 'Saving is refused until they are resolved.'}`,
  /** What many conflicts of one kind at one field have in common, before the first few. */
  conflictSummary: {
    // Many at one field: the extensions that an extension length leaves behind.
    wrong_length: (p: Count & { length: string }) => plural('en', p.count, { one: `# extension would no longer have ${p.length} digits:`, other: `# extensions would no longer have ${p.length} digits:` }),
    prefix_of: (p: Count & { number: string }) => plural('en', p.count, { one: `${p.number} begins # number:`, other: `${p.number} begins # numbers:` }),
    starts_with: (p: Count & { number: string }) => plural('en', p.count, { one: `${p.number} begins with # number:`, other: `${p.number} begins with # numbers:` }),
    duplicate: (p: Count & { number: string }) => plural('en', p.count, { one: `${p.number} is already # number:`, other: `${p.number} is already # numbers:` }),
  } satisfies Record<DialPlanConflictCode, unknown>,
  andMore: (p: Count) => `…and ${p.count} more.`,
  showAll: (p: Count) => `Show all ${p.count}`,
  showFewer: 'Show fewer',

  versionConflict: 'These settings were changed elsewhere after they were loaded, so this section was not saved.',
  reload: 'Reload this section',
  reloaded: 'The latest settings are loaded.',
  reloadedKept: 'The latest settings are loaded. This section was not changed elsewhere: your changes are kept, save them again.',
  reloadedChanged: 'This section was changed elsewhere: its latest values are shown. Make your change again if it is still needed.',
};

export type PbxSettingsMessages = typeof en;

export const messages: Catalog<PbxSettingsMessages> = {
  en,
  pl: {
    title: 'Ustawienia centrali',
    sections: { intercom: 'Interkom', abbreviatedDialing: 'Wybieranie skrócone', incomingCalls: 'Połączenia przychodzące', parking: 'Parkowanie połączeń' },
    noPbxTitle: 'To konto nie ma centrali',
    noPbxBody: 'Te ustawienia dotyczą centrali IP Centrex, której to konto nie ma. Można ją zamówić u dostawcy usługi.',
    refreshFailed: 'Nie udało się wczytać aktualnych ustawień.',

    intercomEnabled: 'Interkom włączony',
    intercomPrefix: 'Prefiks interkomu',
    intercomPrefixHint: 'Wybierany przed numerem wewnętrznym, aby połączyć się z jego głośnikiem, np. *9.',
    extensionLength: 'Długość numeru wewnętrznego',
    extensionLengthHint: (p) => `Od ${p.min} do ${p.max} cyfr: tyle cyfr musi mieć każdy numer wewnętrzny.`,

    abbreviatedLength: 'Długość numeru skróconego',
    abbreviatedLengthHint: (p) => `Od ${p.min} do ${p.max} cyfr: tyle cyfr musi mieć każdy kod.`,
    abbreviatedNumbers: 'Numery skrócone',
    noAbbreviated: 'Nie ma jeszcze numerów skróconych.',
    row: (p) => `Numer skrócony ${p.n}`,
    code: 'Kod',
    name: 'Nazwa',
    target: 'Numer docelowy',
    addNumber: 'Dodaj numer skrócony',
    removeNumber: (p) => `Usuń: ${p.label}`,
    atMost: (p) => `Najwyżej ${p.max} numerów skróconych: aby dodać kolejny, usuń któryś.`,

    distinctiveRing: 'Rozróżnienie dzwonka w połączeniach wewnętrznych',
    distinctiveRingHint: 'Połączenia wewnętrzne dzwonią inaczej niż zewnętrzne.',
    pickupGroup: 'Grupa przechwytywania',
    pickupGroupHint: 'Dla telefonów, które nie należą do żadnej grupy przechwytywania.',
    noPickupGroup: 'Brak',
    pickupPrefix: 'Prefiks grupy przechwytywania',
    pickupPrefixHint: 'Wybierany, aby odebrać połączenie dzwoniące na innym telefonie grupy.',

    parkPrefix: 'Prefiks parkowania',
    parkPrefixHint: 'Wybierany, aby zaparkować bieżące połączenie.',
    retrievePrefix: 'Prefiks podjęcia zaparkowanego połączenia',
    retrievePrefixHint: 'Wybierany, aby podjąć zaparkowane połączenie.',

    optional: 'opcjonalnie',
    save: 'Zapisz',
    saving: 'Zapisywanie…',
    undo: 'Cofnij zmiany',
    unsaved: 'Niezapisane zmiany',
    saved: 'Zapisano.',
    sectionSaved: (p) => `${p.section}: zapisano.`,
    undone: (p) => `${p.section}: cofnięto zmiany.`,
    notSaved: 'Ta sekcja nie została zapisana.',
    noChanges: 'Od ostatniego zapisu nic tu nie zmieniono.',

    prefixRequired: 'Wpisz prefiks: włączony interkom wybiera się właśnie nim.',
    prefixCharacters: 'Użyj tylko cyfr oraz znaków * i #.',
    prefixLength: (p) => `Użyj od ${p.min} do ${p.max} znaków.`,
    wholeNumber: 'Wpisz liczbę całkowitą.',
    outOfRange: (p) => `Wpisz liczbę od ${p.min} do ${p.max}.`,
    codeDigits: (p) => plural('pl', p.length, { one: 'Wpisz # cyfrę.', few: 'Wpisz # cyfry.', many: 'Wpisz # cyfr.', other: 'Wpisz # cyfry.' }),
    codeDigitsOnly: 'Tylko cyfry.',
    codeTwice: (p) => `Kod ${p.code} występuje więcej niż raz.`,
    nameRequired: 'Wpisz nazwę.',
    tooLong: (p) => `Użyj najwyżej ${p.max} znaków.`,
    targetInvalid: 'Same cyfry, + tylko na początku, np. +48226100100.',
    targetLength: (p) => `Użyj od ${p.min} do ${p.max} cyfr.`,
    unknownPickupGroup: 'Ta grupa przechwytywania już nie istnieje. Wybierz inną.',
    refused: 'Centrala odrzuciła tę wartość.',

    checking: 'Sprawdzanie planu numeracji…',
    checkFailed: 'Nie udało się teraz sprawdzić planu numeracji; zostanie sprawdzony przy zapisie sekcji.',
    noConflicts: 'Te zmiany nie kolidują z planem numeracji.',
    conflictsNote: (p) =>
      `${plural('pl', p.count, { one: 'Ta zmiana koliduje z planem numeracji', few: 'Ta zmiana koliduje z planem numeracji w # miejscach', many: 'Ta zmiana koliduje z planem numeracji w # miejscach', other: 'Ta zmiana koliduje z planem numeracji w # miejsca' })} (${p.fields === 1 ? 'zobacz zaznaczone pole' : 'zobacz zaznaczone pola'}). ${p.count === 1 ? 'Zapis zostanie odrzucony, dopóki kolizja nie zniknie.' : 'Zapis zostanie odrzucony, dopóki kolizje nie znikną.'}`,
    conflictSummary: {
      wrong_length: (p) =>
        plural('pl', p.count, {
          one: `# numer wewnętrzny nie będzie mieć ${p.length} cyfr:`,
          few: `# numery wewnętrzne nie będą mieć ${p.length} cyfr:`,
          many: `# numerów wewnętrznych nie będzie mieć ${p.length} cyfr:`,
          other: `# numeru wewnętrznego nie będzie mieć ${p.length} cyfr:`,
        }),
      prefix_of: (p) => plural('pl', p.count, { one: `${p.number} to początek # numeru:`, few: `${p.number} to początek # numerów:`, many: `${p.number} to początek # numerów:`, other: `${p.number} to początek # numeru:` }),
      starts_with: (p) =>
        plural('pl', p.count, { one: `${p.number} zaczyna się od # numeru:`, few: `${p.number} zaczyna się od # numerów:`, many: `${p.number} zaczyna się od # numerów:`, other: `${p.number} zaczyna się od # numeru:` }),
      duplicate: (p) => plural('pl', p.count, { one: `${p.number} to już # numer:`, few: `${p.number} to już # numery:`, many: `${p.number} to już # numerów:`, other: `${p.number} to już # numeru:` }),
    },
    andMore: (p) => `…i jeszcze ${p.count}.`,
    showAll: (p) => `Pokaż wszystkie (${p.count})`,
    showFewer: 'Pokaż mniej',

    versionConflict: 'Te ustawienia zostały zmienione w innym miejscu po ich wczytaniu, więc ta sekcja nie została zapisana.',
    reload: 'Wczytaj sekcję ponownie',
    reloaded: 'Wczytano aktualne ustawienia.',
    reloadedKept: 'Wczytano aktualne ustawienia. Ta sekcja nie była zmieniana w innym miejscu: zmiany zostały zachowane, wystarczy zapisać je ponownie.',
    reloadedChanged: 'Ta sekcja została zmieniona w innym miejscu: widać jej aktualne wartości. Jeśli zmiana jest nadal potrzebna, wprowadź ją ponownie.',
  },
};
