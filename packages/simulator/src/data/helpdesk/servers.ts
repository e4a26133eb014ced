import type { ServerRecord, Text } from './records.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const WARSAW_1: Text = { pl: 'Warszawa (WAW-1)', en: 'Warsaw (WAW-1)' };
const WARSAW_2: Text = { pl: 'Warszawa (WAW-2)', en: 'Warsaw (WAW-2)' };
const KRAKOW: Text = { pl: 'Kraków (KRK-1)', en: 'Kraków (KRK-1)' };

/**
 * The provider's servers in two cities: the mail server is slow right now (an incident with
 * updates), a VPS node is in planned maintenance, the web server had an outage nine days ago.
 */
export function seedServers(now: number): ServerRecord[] {
  const ago = (ms: number) => new Date(now - ms).toISOString();
  return [
    {
      id: 'srv_www1',
      name: 'www1.fiberlink.example',
      location: WARSAW_1,
      status: 'operational',
      services: [
        { name: { pl: 'Serwer WWW (HTTP/HTTPS)', en: 'Web server (HTTP/HTTPS)' }, status: 'operational' },
        { name: { pl: 'PHP', en: 'PHP' }, status: 'operational' },
        { name: { pl: 'Bazy danych MySQL', en: 'MySQL databases' }, status: 'operational' },
        { name: { pl: 'FTP i SFTP', en: 'FTP and SFTP' }, status: 'operational' },
      ],
      uptime: 0.9989,
      incidents: [
        {
          id: 'inc_www1_mysql',
          title: { pl: 'Bazy danych MySQL niedostępne', en: 'MySQL databases unavailable' },
          status: 'resolved',
          startedAt: ago(9 * DAY + 5 * HOUR + 47 * MINUTE),
          resolvedAt: ago(9 * DAY + 5 * HOUR),
          updates: [
            {
              at: ago(9 * DAY + 5 * HOUR),
              message: {
                pl: 'Bazy działają. Dziennik binarny zapełnił dysk; zwiększyliśmy przestrzeń i włączyliśmy jego automatyczne czyszczenie. Dane nie zostały utracone.',
                en: 'Databases are back. The binary log had filled the disk; we added space and turned on its automatic cleanup. No data was lost.',
              },
            },
            {
              at: ago(9 * DAY + 5 * HOUR + 40 * MINUTE),
              message: { pl: 'Strony korzystające z MySQL wyświetlają błąd połączenia z bazą. Sprawdzamy przyczynę.', en: 'Websites using MySQL show a database connection error. We are investigating.' },
            },
          ],
        },
      ],
    },
    {
      id: 'srv_mail1',
      name: 'mail1.fiberlink.example',
      location: WARSAW_1,
      status: 'degraded',
      services: [
        { name: { pl: 'Poczta przychodząca (SMTP)', en: 'Incoming mail (SMTP)' }, status: 'degraded' },
        { name: { pl: 'Wysyłanie poczty', en: 'Outgoing mail' }, status: 'operational' },
        { name: { pl: 'IMAP i POP3', en: 'IMAP and POP3' }, status: 'operational' },
        { name: { pl: 'Webmail', en: 'Webmail' }, status: 'operational' },
      ],
      uptime: 0.9996,
      incidents: [
        {
          id: 'inc_mail1_delays',
          title: { pl: 'Opóźnienia w dostarczaniu poczty przychodzącej', en: 'Delays in delivering incoming mail' },
          status: 'identified',
          startedAt: ago(2 * HOUR + 20 * MINUTE),
          resolvedAt: null,
          updates: [
            {
              at: ago(HOUR + 10 * MINUTE),
              message: {
                pl: 'Przyczyną jest przeciążenie filtra antyspamowego. Uruchamiamy dodatkowe węzły filtra; kolejka wiadomości maleje.',
                en: 'The spam filter is overloaded. We are starting more filter nodes; the message queue is shrinking.',
              },
            },
            {
              at: ago(2 * HOUR),
              message: {
                pl: 'Część wiadomości przychodzących dociera z opóźnieniem do 30 minut. Żadna wiadomość nie zginęła.',
                en: 'Some incoming messages arrive up to 30 minutes late. No message has been lost.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'srv_sip1',
      name: 'sip1.fiberlink.example',
      location: WARSAW_2,
      status: 'operational',
      services: [
        { name: { pl: 'Rejestracja telefonów SIP', en: 'SIP phone registration' }, status: 'operational' },
        { name: { pl: 'Połączenia głosowe', en: 'Voice calls' }, status: 'operational' },
        { name: { pl: 'Poczta głosowa', en: 'Voicemail' }, status: 'operational' },
        { name: { pl: 'Nagrywanie rozmów', en: 'Call recording' }, status: 'operational' },
      ],
      uptime: 0.99995,
      incidents: [],
    },
    {
      id: 'srv_sip2',
      name: 'sip2.fiberlink.example',
      location: KRAKOW,
      status: 'operational',
      services: [
        { name: { pl: 'Rejestracja telefonów SIP', en: 'SIP phone registration' }, status: 'operational' },
        { name: { pl: 'Połączenia głosowe', en: 'Voice calls' }, status: 'operational' },
        { name: { pl: 'Faks do e-maila', en: 'Fax to e-mail' }, status: 'operational' },
      ],
      uptime: 0.9999,
      incidents: [],
    },
    {
      id: 'srv_vps_node07',
      name: 'vps-node-07.fiberlink.example',
      location: KRAKOW,
      status: 'maintenance',
      services: [
        { name: { pl: 'Serwery VPS', en: 'VPS servers' }, status: 'maintenance' },
        { name: { pl: 'Kopie zapasowe', en: 'Backups' }, status: 'operational' },
      ],
      uptime: 0.9978,
      incidents: [
        {
          id: 'inc_node07_disks',
          title: { pl: 'Planowana wymiana dysków w macierzy', en: 'Planned replacement of array disks' },
          status: 'monitoring',
          startedAt: ago(HOUR),
          resolvedAt: null,
          updates: [
            {
              at: ago(25 * MINUTE),
              message: { pl: 'Dyski wymienione, macierz odbudowuje się. Serwery VPS działają.', en: 'Disks replaced, the array is rebuilding. VPS servers are running.' },
            },
            {
              at: ago(HOUR),
              message: { pl: 'Rozpoczęliśmy prace serwisowe zgodnie z ogłoszeniem.', en: 'Maintenance has started as announced.' },
            },
          ],
        },
      ],
    },
    {
      id: 'srv_ns1',
      name: 'ns1.fiberlink.example',
      location: WARSAW_2,
      status: 'operational',
      services: [{ name: { pl: 'Serwer DNS', en: 'DNS server' }, status: 'operational' }],
      uptime: 1,
      incidents: [],
    },
  ];
}
