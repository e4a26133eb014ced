import type { PermissionName } from '@portico/sdk/core';
import type { Catalog } from './locale.ts';

/** Strings every widget shares: loading, errors and their meaning, retry. */
const en = {
  loading: 'Loading…',
  retry: 'Try again',
  loadFailed: 'We couldn’t load this',
  actionFailed: 'That didn’t work',
  moreFailed: 'We couldn’t load more.',
  offline: 'You appear to be offline. Check your connection and try again.',
  unreachable: 'We couldn’t reach the service. Check your connection and try again.',
  timeout: 'The service is taking too long to answer. Try again.',
  sessionExpired: 'Your session has expired. Refresh the page to sign in again.',
  permission: 'Your account is not allowed to do this. Ask your administrator.',
  /** A portal user's permissions, as an administrator grants them. */
  permissions: { finances: 'Finances', services: 'Services', telephony: 'Telephony', recordings: 'Call recordings', support: 'Support', users: 'Portal users' } as Record<PermissionName, string>,
  notAllowedTitle: 'Not available to your user',
  notAllowed: (p: { permission: string }) => `This needs the “${p.permission}” permission, which your portal user does not have. An administrator of the account can grant it.`,
  readOnly: 'Your portal user can view but not change anything here. An administrator of the account can change that.',
  rateLimited: (p: { seconds: number | undefined }) => (p.seconds ? `Too many attempts. Try again in ${p.seconds} s.` : 'Too many attempts. Wait a moment and try again.'),
  server: 'Something went wrong on our side. Try again in a moment.',
  contract: 'The service sent an answer we did not expect. Try again later.',
  notFound: 'We could not find what you were looking for.',
  conflict: 'This can’t be done in the current state. Refresh and check.',
  invalid: 'Some details need correcting.',
  unknown: 'Something went wrong. Try again.',
  notConfigured: 'This widget is not connected to an account.',
};

export const commonMessages: Catalog<typeof en> = {
  en,
  pl: {
    loading: 'Wczytywanie…',
    retry: 'Spróbuj ponownie',
    loadFailed: 'Nie udało się wczytać danych',
    actionFailed: 'Nie udało się',
    moreFailed: 'Nie udało się wczytać kolejnych.',
    offline: 'Wygląda na to, że nie masz połączenia z internetem. Sprawdź połączenie i spróbuj ponownie.',
    unreachable: 'Nie udało się połączyć z usługą. Sprawdź połączenie i spróbuj ponownie.',
    timeout: 'Usługa zbyt długo nie odpowiada. Spróbuj ponownie.',
    sessionExpired: 'Twoja sesja wygasła. Odśwież stronę, aby zalogować się ponownie.',
    permission: 'Twoje konto nie ma uprawnień do tej operacji. Skontaktuj się z administratorem.',
    permissions: { finances: 'Finanse', services: 'Usługi', telephony: 'Telefonia', recordings: 'Nagrania rozmów', support: 'Pomoc techniczna', users: 'Użytkownicy portalu' },
    notAllowedTitle: 'Niedostępne dla Twojego użytkownika',
    notAllowed: (p) => `Wymaga uprawnienia „${p.permission}”, którego Twój użytkownik portalu nie ma. Może je nadać administrator konta.`,
    readOnly: 'Twój użytkownik portalu może tu przeglądać, ale niczego nie zmieni. Może to zmienić administrator konta.',
    rateLimited: (p) => (p.seconds ? `Zbyt wiele prób. Spróbuj ponownie za ${p.seconds} s.` : 'Zbyt wiele prób. Odczekaj chwilę i spróbuj ponownie.'),
    server: 'Wystąpił błąd po naszej stronie. Spróbuj ponownie za chwilę.',
    contract: 'Usługa zwróciła nieoczekiwaną odpowiedź. Spróbuj ponownie później.',
    notFound: 'Nie znaleźliśmy tego, czego szukasz.',
    conflict: 'Tej operacji nie można teraz wykonać. Odśwież stronę i sprawdź.',
    invalid: 'Niektóre dane wymagają poprawienia.',
    unknown: 'Coś poszło nie tak. Spróbuj ponownie.',
    notConfigured: 'Ten widżet nie jest połączony z kontem.',
  },
};

export type CommonMessages = typeof en;
