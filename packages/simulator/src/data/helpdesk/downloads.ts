import { pdfFile, textFile, zipFile } from './files.ts';
import type { DownloadCategoryRecord, DownloadRecord } from './records.ts';

const DAY = 86_400_000;

export function seedDownloadCategories(): DownloadCategoryRecord[] {
  return [
    { id: 'dlc_manuals', name: { pl: 'Instrukcje obsługi', en: 'User guides' }, description: { pl: 'Instrukcje panelu klienta, telefonów i centrali.', en: 'Guides to the customer portal, phones and the PBX.' } },
    { id: 'dlc_software', name: { pl: 'Oprogramowanie', en: 'Software' }, description: { pl: 'Klient VPN i jego konfiguracja.', en: 'The VPN client and its configuration.' } },
    { id: 'dlc_provisioning', name: { pl: 'Konfiguracja telefonów', en: 'Phone provisioning' }, description: { pl: 'Pliki automatycznej konfiguracji telefonów SIP.', en: 'Automatic configuration files for SIP phones.' } },
    { id: 'dlc_pricing', name: { pl: 'Cenniki i regulaminy', en: 'Price lists and terms' }, description: { pl: 'Aktualne cenniki usług i regulaminy.', en: 'Current price lists and terms of service.' } },
  ];
}

const OPENVPN_PROFILE = `# Fiberlink VPN — profil klienta OpenVPN
client
dev tun
proto udp
remote vpn.fiberlink.example 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
auth-user-pass
cipher AES-256-GCM
verb 3
`;

const YEALINK_CONFIG = `#!version:1.0.0.1
## Fiberlink — automatyczna konfiguracja telefonów Yealink T4x
account.1.enable = 1
account.1.sip_server.1.address = sip1.fiberlink.example
account.1.sip_server.1.port = 5060
account.1.sip_server.1.expires = 60
account.1.sip_server.2.address = sip2.fiberlink.example
account.1.nat.udp_update_enable = 1
account.1.codec.pcma.enable = 1
account.1.codec.g722.enable = 1
lang.gui = Polish
local_time.time_zone = +1
local_time.time_zone_name = Poland(Warsaw)
local_time.ntp_server1 = pool.ntp.org
`;

const GRANDSTREAM_CONFIG = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Fiberlink — konfiguracja telefonów Grandstream GXP -->
<gs_provision version="1">
  <config version="1">
    <P47>sip1.fiberlink.example</P47>
    <P48>sip2.fiberlink.example</P48>
    <P32>1</P32>
    <P52>2</P52>
    <P64>CET-1CEST-2,M3.5.0/02:00:00,M10.5.0/03:00:00</P64>
    <P30>pool.ntp.org</P30>
  </config>
</gs_provision>
`;

const INTERNATIONAL_RATES = `kraj;strefa;cena_za_minute_pln
Niemcy;1;0,18
Czechy;1;0,21
Słowacja;1;0,21
Litwa;1;0,24
Ukraina;2;0,39
Wielka Brytania;2;0,29
Stany Zjednoczone;3;0,19
Kanada;3;0,19
`;

/** About ten files in four categories, each with real bytes of its type. */
export function seedDownloads(now: number): DownloadRecord[] {
  const daysAgo = (days: number) => new Date(now - days * DAY).toISOString();
  return [
    {
      id: 'dl_portal_guide',
      categoryId: 'dlc_manuals',
      title: { pl: 'Instrukcja panelu klienta', en: 'Customer portal guide' },
      description: { pl: 'Płatności, zgłoszenia, użytkownicy i ustawienia konta krok po kroku.', en: 'Payments, tickets, users and account settings step by step.' },
      fileName: 'fiberlink-panel-klienta.pdf',
      contentType: 'application/pdf',
      version: '2026.2',
      updatedAt: daysAgo(21),
      bytes: pdfFile('Fiberlink — instrukcja panelu klienta', ['1. Logowanie i bezpieczeństwo', '2. Płatności i doładowania', '3. Zgłoszenia do pomocy technicznej', '4. Użytkownicy portalu']),
    },
    {
      id: 'dl_yealink_guide',
      categoryId: 'dlc_manuals',
      title: { pl: 'Telefon Yealink T46U — instrukcja obsługi', en: 'Yealink T46U phone — user guide' },
      description: { pl: 'Przekierowania, poczta głosowa, konferencje i książka telefoniczna.', en: 'Call forwarding, voicemail, conferences and the phone book.' },
      fileName: 'yealink-t46u-instrukcja.pdf',
      contentType: 'application/pdf',
      version: null,
      updatedAt: daysAgo(140),
      bytes: pdfFile('Yealink T46U — instrukcja obsługi', ['Przekierowanie połączeń', 'Poczta głosowa', 'Połączenia konferencyjne', 'Książka telefoniczna']),
    },
    {
      id: 'dl_pbx_admin_guide',
      categoryId: 'dlc_manuals',
      title: { pl: 'Centrala IP Centrex — podręcznik administratora', en: 'IP Centrex PBX — administrator guide' },
      description: { pl: 'Numery wewnętrzne, grupy wywołań, zapowiedzi, muzyka na czekanie i nagrywanie.', en: 'Extensions, hunt groups, announcements, music on hold and recording.' },
      fileName: 'centrala-ip-podrecznik-administratora.pdf',
      contentType: 'application/pdf',
      version: '3.1',
      updatedAt: daysAgo(60),
      bytes: pdfFile('Centrala IP Centrex — podręcznik administratora', ['Numery wewnętrzne', 'Grupy poszukiwawcze', 'Muzyka na czekanie', 'Nagrywanie rozmów']),
    },
    {
      id: 'dl_vpn_windows',
      categoryId: 'dlc_software',
      title: { pl: 'Klient VPN Fiberlink dla Windows', en: 'Fiberlink VPN client for Windows' },
      description: { pl: 'Bezpieczny dostęp do serwera VPS i centrali spoza biura. Archiwum z profilem i instrukcją instalacji.', en: 'Secure access to your VPS and PBX from outside the office. An archive with the profile and install notes.' },
      fileName: 'fiberlink-vpn-2.4.1-windows.zip',
      contentType: 'application/zip',
      version: '2.4.1',
      updatedAt: daysAgo(12),
      bytes: zipFile([
        { name: 'CZYTAJ-MNIE.txt', bytes: textFile('Fiberlink VPN 2.4.1\r\n\r\n1. Zainstaluj klienta OpenVPN Connect.\r\n2. Zaimportuj plik fiberlink.ovpn.\r\n3. Zaloguj się danymi z panelu klienta.\r\n') },
        { name: 'fiberlink.ovpn', bytes: textFile(OPENVPN_PROFILE) },
      ]),
    },
    {
      id: 'dl_vpn_profile',
      categoryId: 'dlc_software',
      title: { pl: 'Profil OpenVPN', en: 'OpenVPN profile' },
      description: { pl: 'Sam plik konfiguracyjny dla klientów OpenVPN na macOS, Linuksie, Androidzie i iOS.', en: 'The configuration file alone, for OpenVPN clients on macOS, Linux, Android and iOS.' },
      fileName: 'fiberlink.ovpn',
      contentType: 'application/x-openvpn-profile',
      version: '2.4.1',
      updatedAt: daysAgo(12),
      bytes: textFile(OPENVPN_PROFILE),
    },
    {
      id: 'dl_yealink_provisioning',
      categoryId: 'dlc_provisioning',
      title: { pl: 'Yealink T4x — plik autokonfiguracji', en: 'Yealink T4x — provisioning file' },
      description: { pl: 'Serwery SIP, kodeki, strefa czasowa i język polski dla telefonów Yealink T4x.', en: 'SIP servers, codecs, time zone and Polish language for Yealink T4x phones.' },
      fileName: 'yealink-t4x-fiberlink.cfg',
      contentType: 'text/plain',
      version: null,
      updatedAt: daysAgo(33),
      bytes: textFile(YEALINK_CONFIG),
    },
    {
      id: 'dl_grandstream_provisioning',
      categoryId: 'dlc_provisioning',
      title: { pl: 'Grandstream GXP — plik konfiguracyjny XML', en: 'Grandstream GXP — XML configuration' },
      description: { pl: 'Konfiguracja kont SIP i czasu dla telefonów Grandstream serii GXP.', en: 'SIP account and time settings for Grandstream GXP phones.' },
      fileName: 'grandstream-gxp-fiberlink.xml',
      contentType: 'application/xml',
      version: null,
      updatedAt: daysAgo(33),
      bytes: textFile(GRANDSTREAM_CONFIG),
    },
    {
      id: 'dl_price_list',
      categoryId: 'dlc_pricing',
      title: { pl: 'Cennik usług 2026', en: 'Price list 2026' },
      description: { pl: 'Telefonia IP, telefonia komórkowa, hosting, domeny i usługi dodatkowe.', en: 'IP and mobile telephony, hosting, domains and extras.' },
      fileName: 'cennik-uslug-2026.pdf',
      contentType: 'application/pdf',
      version: '2026-01',
      updatedAt: daysAgo(9),
      bytes: pdfFile('Cennik usług 2026', ['Telefonia IP standard: 19,00 zł netto / mies.', 'Biznes 30 GB: 49,00 zł netto / mies.', 'Hosting WWW Biznes: 24,00 zł netto / mies.', 'Domena .pl: 79,00 zł netto / rok']),
    },
    {
      id: 'dl_international_rates',
      categoryId: 'dlc_pricing',
      title: { pl: 'Cennik połączeń międzynarodowych', en: 'International call rates' },
      description: { pl: 'Ceny za minutę według kraju, do otwarcia w arkuszu kalkulacyjnym.', en: 'Prices per minute by country, for a spreadsheet.' },
      fileName: 'cennik-polaczen-miedzynarodowych.csv',
      contentType: 'text/csv',
      version: '2026-01',
      updatedAt: daysAgo(9),
      bytes: textFile(INTERNATIONAL_RATES),
    },
    {
      id: 'dl_terms',
      categoryId: 'dlc_pricing',
      title: { pl: 'Regulamin świadczenia usług', en: 'Terms of service' },
      description: { pl: 'Zasady świadczenia usług telekomunikacyjnych i hostingowych.', en: 'The terms of our telecom and hosting services.' },
      fileName: 'regulamin-uslug.pdf',
      contentType: 'application/pdf',
      version: '2026-01',
      updatedAt: daysAgo(75),
      bytes: pdfFile('Regulamin świadczenia usług', ['1. Postanowienia ogólne', '2. Zawarcie umowy', '3. Reklamacje']),
    },
  ];
}
