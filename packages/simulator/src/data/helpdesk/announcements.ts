import type { AnnouncementRecord } from './records.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The UTC midnight `days` from `now`'s day, plus `hours`: maintenance starts on the hour. */
function dayAt(now: number, days: number, hours: number): string {
  const midnight = Math.floor(now / DAY) * DAY;
  return new Date(midnight + days * DAY + hours * HOUR).toISOString();
}

/**
 * The provider's news, newest first: a problem being fixed now, maintenance under way and
 * planned, price and product news, and an old incident long resolved.
 */
export function seedAnnouncements(now: number): AnnouncementRecord[] {
  const ago = (ms: number) => new Date(now - ms).toISOString();
  const announcements: AnnouncementRecord[] = [
    {
      id: 'ann_mail_delays',
      kind: 'incident',
      title: { pl: 'Opóźnienia w dostarczaniu poczty', en: 'Delays in e-mail delivery' },
      summary: {
        pl: 'Część wiadomości przychodzących na serwer mail1 dociera z opóźnieniem do 30 minut. Żadna wiadomość nie zginęła.',
        en: 'Some incoming messages on the mail1 server arrive up to 30 minutes late. No message has been lost.',
      },
      bodyHtml: {
        pl: '<p>Od godziny <strong>{start}</strong> część wiadomości przychodzących na serwer <code>mail1.fiberlink.example</code> dociera z opóźnieniem do 30 minut.</p><p>Przyczyną jest przeciążenie filtra antyspamowego. Wiadomości czekają w kolejce — <strong>żadna nie zginęła</strong> i wszystkie zostaną dostarczone.</p><ul><li>Wysyłanie poczty działa normalnie.</li><li>Webmail i programy pocztowe działają, ale nowe wiadomości mogą pojawiać się później.</li></ul><p>Bieżące informacje publikujemy na stronie <a href="/status">Status serwerów</a>.</p>',
        en: '<p>Since <strong>{start}</strong> some incoming messages on <code>mail1.fiberlink.example</code> arrive up to 30 minutes late.</p><p>The spam filter is overloaded. Messages wait in the queue — <strong>none has been lost</strong> and all will be delivered.</p><ul><li>Sending mail works normally.</li><li>Webmail and mail apps work, but new messages may show up later.</li></ul><p>We post updates on the <a href="/status">Server status</a> page.</p>',
      },
      publishedAt: ago(2 * HOUR),
      window: null,
    },
    {
      id: 'ann_vps_node_maintenance',
      kind: 'maintenance',
      title: { pl: 'Prace serwisowe na serwerze vps-node-07 w Krakowie', en: 'Maintenance of the vps-node-07 server in Kraków' },
      summary: {
        pl: 'Wymieniamy dyski w macierzy serwera. Serwery VPS na tym węźle mogą być niedostępne do 15 minut.',
        en: "We are replacing the server's array disks. VPS servers on this node may be unreachable for up to 15 minutes.",
      },
      bodyHtml: {
        pl: '<p>W oknie serwisowym wymieniamy dyski w macierzy serwera <code>vps-node-07.fiberlink.example</code> (Kraków, KRK-1).</p><p>Serwery VPS działające na tym węźle zostaną <strong>na czas przenosin jednorazowo uruchomione ponownie</strong>; przerwa nie powinna przekroczyć 15 minut.</p><h3>Co warto zrobić</h3><ul><li>Upewnić się, że usługi na VPS uruchamiają się automatycznie po restarcie.</li><li>Wykonać kopię zapasową ważnych danych.</li></ul>',
        en: '<p>During the window we replace the array disks of <code>vps-node-07.fiberlink.example</code> (Kraków, KRK-1).</p><p>VPS servers on this node will be <strong>restarted once while they move</strong>; the break should not exceed 15 minutes.</p><h3>What to do</h3><ul><li>Make sure the services on your VPS start by themselves after a restart.</li><li>Back up important data.</li></ul>',
      },
      publishedAt: ago(5 * DAY),
      window: { from: ago(HOUR), to: new Date(now + 2 * HOUR).toISOString() },
    },
    {
      id: 'ann_pbx_upgrade',
      kind: 'maintenance',
      title: { pl: 'Aktualizacja oprogramowania central IP', en: 'Software upgrade of the IP PBX' },
      summary: {
        pl: 'W nocy aktualizujemy oprogramowanie central IP. Połączenia mogą zostać przerwane na kilka minut.',
        en: 'We are upgrading the IP PBX software overnight. Calls may be interrupted for a few minutes.',
      },
      bodyHtml: {
        pl: '<p>Zaktualizujemy oprogramowanie central IP na serwerach <code>sip1</code> i <code>sip2</code>. Nowa wersja przyspiesza rejestrację telefonów i poprawia jakość połączeń przy słabym łączu.</p><p>Podczas prac <strong>trwające połączenia mogą zostać przerwane</strong>, a telefony zarejestrują się ponownie same. Nie trzeba niczego zmieniać w ich konfiguracji.</p>',
        en: '<p>We will upgrade the IP PBX software on <code>sip1</code> and <code>sip2</code>. The new version registers phones faster and improves call quality on weak links.</p><p>During the work <strong>calls in progress may drop</strong>; phones register again by themselves. Nothing needs to change in their configuration.</p>',
      },
      publishedAt: ago(3 * DAY),
      window: { from: dayAt(now, 7, 22), to: dayAt(now, 8, 1) },
    },
    {
      id: 'ann_international_prices',
      kind: 'news',
      title: { pl: 'Niższe ceny połączeń międzynarodowych', en: 'Lower prices for international calls' },
      summary: {
        pl: 'Od 1 stycznia połączenia do Niemiec, Czech, Słowacji i Ukrainy tanieją nawet o 40%.',
        en: 'From 1 January calls to Germany, Czechia, Slovakia and Ukraine cost up to 40% less.',
      },
      bodyHtml: {
        pl: '<p>Od <strong>1 stycznia</strong> obniżamy ceny połączeń międzynarodowych z telefonii IP i komórkowej:</p><table><thead><tr><th>Kraj</th><th>Było</th><th>Jest</th></tr></thead><tbody><tr><td>Niemcy</td><td>0,29 zł/min</td><td>0,18 zł/min</td></tr><tr><td>Czechy, Słowacja</td><td>0,35 zł/min</td><td>0,21 zł/min</td></tr><tr><td>Ukraina</td><td>0,59 zł/min</td><td>0,39 zł/min</td></tr></tbody></table><p>Pełny cennik jest w dziale <a href="/downloads">Pliki do pobrania</a>.</p>',
        en: '<p>From <strong>1 January</strong> we lower the prices of international calls from IP and mobile lines:</p><table><thead><tr><th>Country</th><th>Was</th><th>Now</th></tr></thead><tbody><tr><td>Germany</td><td>PLN 0.29/min</td><td>PLN 0.18/min</td></tr><tr><td>Czechia, Slovakia</td><td>PLN 0.35/min</td><td>PLN 0.21/min</td></tr><tr><td>Ukraine</td><td>PLN 0.59/min</td><td>PLN 0.39/min</td></tr></tbody></table><p>The full price list is under <a href="/downloads">Downloads</a>.</p>',
      },
      publishedAt: ago(9 * DAY),
      window: null,
    },
    {
      id: 'ann_two_factor',
      kind: 'news',
      title: { pl: 'Logowanie dwuskładnikowe w panelu klienta', en: 'Two-factor sign-in for the customer portal' },
      summary: {
        pl: 'Zabezpiecz konto kodem z aplikacji uwierzytelniającej — włączysz to w ustawieniach bezpieczeństwa.',
        en: 'Protect your account with a code from an authenticator app — turn it on in the security settings.',
      },
      bodyHtml: {
        pl: '<p>Do panelu klienta można już logować się <strong>dwuskładnikowo</strong>: po haśle panel poprosi o sześciocyfrowy kod z aplikacji, np. Google Authenticator lub Microsoft Authenticator.</p><ol><li>Otwórz <em>Konto → Bezpieczeństwo</em>.</li><li>Wybierz <em>Włącz logowanie dwuskładnikowe</em> i zeskanuj kod QR.</li><li>Wpisz kod z aplikacji, aby potwierdzić.</li></ol><p>Zalecamy włączenie tej funkcji każdemu, kto zarządza płatnościami.</p>',
        en: '<p>You can now sign in to the customer portal with <strong>two factors</strong>: after your password the portal asks for a six-digit code from an app such as Google Authenticator or Microsoft Authenticator.</p><ol><li>Open <em>Account → Security</em>.</li><li>Choose <em>Turn on two-factor sign-in</em> and scan the QR code.</li><li>Enter the code from the app to confirm.</li></ol><p>We recommend it to everyone who manages payments.</p>',
      },
      publishedAt: ago(16 * DAY),
      window: null,
    },
    {
      id: 'ann_esim_business',
      kind: 'news',
      title: { pl: 'eSIM dla klientów biznesowych', en: 'eSIM for business customers' },
      summary: {
        pl: 'Nową kartę lub wymianę karty możesz zamówić jako eSIM — kod QR przyjdzie e-mailem w kilka minut.',
        en: 'Order a new or replacement card as an eSIM — the QR code arrives by e-mail within minutes.',
      },
      bodyHtml: {
        pl: '<p>Klienci biznesowi mogą zamawiać karty <strong>eSIM</strong> do nowych numerów i przy wymianie karty. Kod QR do aktywacji wysyłamy e-mailem na adres użytkownika karty — bez czekania na kuriera.</p><p>eSIM działa w większości telefonów z ostatnich trzech lat. Listę zgodnych modeli znajdziesz w <a href="/knowledge-base">bazie wiedzy</a>.</p>',
        en: '<p>Business customers can order <strong>eSIM</strong> cards for new numbers and card swaps. We e-mail the activation QR code to the card user — no waiting for a courier.</p><p>eSIM works in most phones from the last three years. The list of compatible models is in the <a href="/knowledge-base">knowledge base</a>.</p>',
      },
      publishedAt: ago(30 * DAY),
      window: null,
    },
    {
      id: 'ann_mysql_outage',
      kind: 'incident',
      title: { pl: 'Awaria baz danych MySQL na serwerze www1 — usunięta', en: 'MySQL outage on the www1 server — resolved' },
      summary: {
        pl: 'Przez 47 minut strony korzystające z baz MySQL na serwerze www1 nie działały. Przyczynę usunęliśmy.',
        en: 'For 47 minutes websites using MySQL on the www1 server were down. The cause has been removed.',
      },
      bodyHtml: {
        pl: '<p>Przez <strong>47 minut</strong> strony korzystające z baz danych MySQL na serwerze <code>www1.fiberlink.example</code> wyświetlały błąd połączenia z bazą.</p><p>Przyczyną było zapełnienie dysku przez dziennik binarny bazy. Zwiększyliśmy przestrzeń i włączyliśmy automatyczne czyszczenie dziennika. <strong>Dane nie zostały utracone.</strong></p><p>Przepraszamy za utrudnienia.</p>',
        en: '<p>For <strong>47 minutes</strong> websites using MySQL databases on <code>www1.fiberlink.example</code> showed a database connection error.</p><p>The database binary log had filled the disk. We added space and turned on automatic log cleanup. <strong>No data was lost.</strong></p><p>We apologise for the trouble.</p>',
      },
      publishedAt: ago(9 * DAY + 5 * HOUR),
      window: null,
    },
    {
      id: 'ann_holiday_hours',
      kind: 'news',
      title: { pl: 'Godziny pracy biura obsługi w okresie świątecznym', en: 'Customer service hours over the holidays' },
      summary: {
        pl: '24 i 31 grudnia biuro obsługi pracuje do 14:00. Dział techniczny przyjmuje zgłoszenia o awariach całą dobę.',
        en: 'On 24 and 31 December customer service works until 2 p.m. Technical support takes outage reports around the clock.',
      },
      bodyHtml: {
        pl: '<ul><li><strong>24 i 31 grudnia</strong> — biuro obsługi i Dział rozliczeń pracują do 14:00.</li><li><strong>25, 26 grudnia i 1 stycznia</strong> — biuro obsługi nieczynne.</li></ul><p>Zgłoszenia o awariach Dział techniczny przyjmuje <strong>całą dobę</strong>, także w święta.</p>',
        en: '<ul><li><strong>24 and 31 December</strong> — customer service and Billing work until 2 p.m.</li><li><strong>25, 26 December and 1 January</strong> — customer service is closed.</li></ul><p>Technical support takes outage reports <strong>around the clock</strong>, holidays included.</p>',
      },
      publishedAt: ago(45 * DAY),
      window: null,
    },
  ];
  return announcements
    .map(fillStart)
    .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1));
}

/** Puts the incident's start time, as a reader in Poland sees it, into its text. */
function fillStart(announcement: AnnouncementRecord): AnnouncementRecord {
  if (!announcement.bodyHtml.pl.includes('{start}')) return announcement;
  const start = new Date(Date.parse(announcement.publishedAt) - 20 * 60_000);
  const time = (locale: string) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Warsaw' }).format(start);
  return {
    ...announcement,
    bodyHtml: { pl: announcement.bodyHtml.pl.replace('{start}', time('pl-PL')), en: announcement.bodyHtml.en.replace('{start}', time('en-GB')) },
  };
}
