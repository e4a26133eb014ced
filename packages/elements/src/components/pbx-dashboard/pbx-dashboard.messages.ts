import type { Catalog } from '../../i18n/locale.ts';
import { plural } from '../../i18n/plural.ts';

type Call = { from: string; to: string; when: string };

const en = {
  title: 'Dashboard',
  // Account
  account: 'Account',
  login: (p: { login: string }) => `Login: ${p.login}`,
  balance: 'Balance',
  /** A postpaid account's balance when it is owed. */
  amountDue: 'Amount due',
  creditLimit: 'Credit limit',
  noCreditLimit: 'None',
  // The PBX
  pbx: 'IP Centrex',
  product: 'Package',
  lines: (p: { count: number }) => plural('en', p.count, { one: '# phone line', other: '# phone lines' }),
  extensions: (p: { count: number }) => plural('en', p.count, { one: '# extension', other: '# extensions' }),
  huntGroups: (p: { count: number }) => plural('en', p.count, { one: '# hunt group', other: '# hunt groups' }),
  callLogsOn: 'Call logs: on',
  callLogsOff: 'Call logs: off on this package',
  unregistered: (p: { count: number }) =>
    plural('en', p.count, { one: 'One phone line is not registered: its phone cannot make or take calls.', other: '# phone lines are not registered: their phones cannot make or take calls.' }),
  allRegistered: 'Every phone line is registered.',
  noPbxTitle: 'No hosted PBX',
  noPbxBody: 'This account has no hosted PBX (IP Centrex). It can be ordered from your provider.',
  // Contact
  contact: 'Contact information',
  person: 'Contact',
  phone: 'Phone',
  address: 'Address',
  email: 'E-mail',
  // Recent calls
  calls: 'Recent calls',
  columns: { startedAt: 'Date/time', account: 'Account', from: 'From', to: 'To', duration: 'Duration', cost: 'Cost', recording: 'Recording' },
  play: 'Play',
  playCall: (p: Call) => `Play the recording of the call from ${p.from} to ${p.to}, ${p.when}`,
  playing: (p: Call) => `Recording of the call from ${p.from} to ${p.to}, ${p.when}`,
  closePlayer: 'Close the player',
  playFailed: 'The recording could not be played.',
  notRecorded: 'Not recorded',
  range: (p: { first: string; last: string; total: string }) => `${p.first}–${p.last} of ${p.total}`,
  page: (p: { page: string; pages: string }) => `Page ${p.page} of ${p.pages}`,
  pages: 'Pages of recent calls',
  previous: 'Previous page',
  next: 'Next page',
  noCallsTitle: 'No recent calls',
  noCallsBody: 'No call went through the PBX in the last 30 days.',
  panelFailed: 'This could not be loaded.',
};

export type PbxDashboardMessages = typeof en;

export const messages: Catalog<PbxDashboardMessages> = {
  en,
  pl: {
    title: 'Pulpit',
    account: 'Konto',
    login: (p) => `Login: ${p.login}`,
    balance: 'Saldo',
    amountDue: 'Do zapłaty',
    creditLimit: 'Limit kredytowy',
    noCreditLimit: 'Brak',
    pbx: 'IP Centrex',
    product: 'Pakiet',
    lines: (p) => plural('pl', p.count, { one: '# linia telefoniczna', few: '# linie telefoniczne', many: '# linii telefonicznych', other: '# linii telefonicznej' }),
    extensions: (p) => plural('pl', p.count, { one: '# numer wewnętrzny', few: '# numery wewnętrzne', many: '# numerów wewnętrznych', other: '# numeru wewnętrznego' }),
    huntGroups: (p) => plural('pl', p.count, { one: '# grupa poszukiwawcza', few: '# grupy poszukiwawcze', many: '# grup poszukiwawczych', other: '# grupy poszukiwawczej' }),
    callLogsOn: 'Logi połączeń: włączone',
    callLogsOff: 'Logi połączeń: niedostępne w tym pakiecie',
    unregistered: (p) =>
      plural('pl', p.count, {
        one: 'Jedna linia telefoniczna nie jest zarejestrowana: jej telefon nie może dzwonić ani odbierać połączeń.',
        few: '# linie telefoniczne nie są zarejestrowane: ich telefony nie mogą dzwonić ani odbierać połączeń.',
        many: '# linii telefonicznych nie jest zarejestrowanych: ich telefony nie mogą dzwonić ani odbierać połączeń.',
        other: '# linii telefonicznej nie jest zarejestrowane.',
      }),
    allRegistered: 'Wszystkie linie telefoniczne są zarejestrowane.',
    noPbxTitle: 'Brak centrali IP',
    noPbxBody: 'To konto nie ma centrali telefonicznej IP Centrex. Można ją zamówić u dostawcy usługi.',
    contact: 'Informacje kontaktowe',
    person: 'Kontakt',
    phone: 'Telefon',
    address: 'Adres',
    email: 'E-mail',
    calls: 'Ostatnie połączenia',
    columns: { startedAt: 'Data/czas', account: 'Konto', from: 'Od', to: 'Do', duration: 'Czas trwania', cost: 'Koszt', recording: 'Nagranie' },
    play: 'Odtwórz',
    playCall: (p) => `Odtwórz nagranie połączenia od ${p.from} do ${p.to}, ${p.when}`,
    playing: (p) => `Nagranie połączenia od ${p.from} do ${p.to}, ${p.when}`,
    closePlayer: 'Zamknij odtwarzacz',
    playFailed: 'Nie udało się odtworzyć nagrania.',
    notRecorded: 'Bez nagrania',
    range: (p) => `${p.first}–${p.last} z ${p.total}`,
    page: (p) => `Strona ${p.page} z ${p.pages}`,
    pages: 'Strony ostatnich połączeń',
    previous: 'Poprzednia strona',
    next: 'Następna strona',
    noCallsTitle: 'Brak ostatnich połączeń',
    noCallsBody: 'W ostatnich 30 dniach przez centralę nie przeszło żadne połączenie.',
    panelFailed: 'Nie udało się wczytać tej części.',
  },
};
