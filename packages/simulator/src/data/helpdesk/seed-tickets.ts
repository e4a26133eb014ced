import type { Account } from '@portico/sdk/account';
import type { TicketPriority, TicketStatus } from '@portico/sdk/helpdesk';
import { pdfFile, pngFile, textFile } from './files.ts';
import type { AttachmentRecord, TicketRecord } from './records.ts';

const HOUR = 60;
const DAY = 24 * HOUR;

interface FileSeed {
  id: string;
  fileName: string;
  contentType: string;
  bytes: () => Uint8Array;
}

/** One message: how many minutes ago, who wrote it (`customer` or an agent's name), the text, its files. */
type MessageSeed = [minutesAgo: number, author: string, body: string, files?: FileSeed[]];

interface TicketSeed {
  number: string;
  subject: string;
  departmentId: string;
  priority: TicketPriority;
  relatedServiceId: string | null;
  status: TicketStatus;
  /** Who else gets the replies. */
  cc?: string[];
  messages: MessageSeed[];
}

/** A phone's display saying it is not registered: dark screen, red bar. */
const phoneScreen = () => pngFile(64, 40, (x, y) => (y >= 16 && y < 24 ? [200, 40, 40] : x < 2 || x > 61 || y < 2 || y > 37 ? [90, 90, 90] : [20, 24, 28]));
/** A mail program's error dialog: a title bar over a white box with a warning sign. */
const mailError = () => pngFile(80, 48, (x, y) => (y < 8 ? [0, 95, 184] : x >= 8 && x < 16 && y >= 18 && y < 30 ? [232, 170, 20] : [246, 246, 246]));

/** Support histories of the Polish demo customers; the newcomer has none (the empty state). */
const TICKETS: Record<string, TicketSeed[]> = {
  // Biuro Rachunkowe Kowalczyk: an office on IP telephony with a hosted PBX.
  cus_1001: [
    {
      number: '482913',
      subject: 'Telefon na recepcji nie rejestruje się po wymianie routera',
      departmentId: 'dep_technical',
      priority: 'high',
      relatedServiceId: 'svc_1001_voip',
      status: 'answered',
      messages: [
        [
          3 * DAY + 2 * HOUR,
          'customer',
          'Dzień dobry,\n\nod wczoraj, po wymianie routera na nowy (TP-Link Archer AX55), telefon Yealink T46U na recepcji pokazuje „Brak rejestracji” i nie możemy ani dzwonić, ani odbierać połączeń na numer 22 380 98 87. Pozostałe telefony w biurze działają. Restart telefonu i routera nie pomógł. W załączniku zdjęcie ekranu telefonu.\n\nEwa Kowalczyk',
          [{ id: 'att_482913_screen', fileName: 'ekran-telefonu.png', contentType: 'image/png', bytes: phoneScreen }],
        ],
        [
          3 * DAY,
          'Bartosz Jankowski',
          'Dzień dobry,\n\ndziękujemy za zdjęcie. Na naszym serwerze SIP widzimy, że telefon próbuje się rejestrować, ale odpowiedzi do niego nie docierają — to typowy objaw włączonej w routerze funkcji SIP ALG. Prosimy ją wyłączyć (w routerach TP-Link: Zaawansowane → NAT Forwarding → ALG → SIP ALG) i uruchomić telefon ponownie.\n\nPozdrawiamy,\nBartosz Jankowski\nDział techniczny',
        ],
        [2 * DAY + 20 * HOUR, 'customer', 'Wyłączyliśmy SIP ALG i telefon się zarejestrował, ale teraz połączenia przychodzące rozłączają się po około 30 sekundach rozmowy.\n\nEwa Kowalczyk'],
        [
          2 * DAY + 18 * HOUR,
          'Magdalena Kwiatkowska',
          'Dzień dobry,\n\nrozłączanie po około 30 sekundach oznacza, że router zamyka przekierowanie portów dla dźwięku. Skróciliśmy w konfiguracji Państwa konta czas odświeżania rejestracji do 60 sekund i włączyliśmy podtrzymywanie połączenia (keep-alive). Prosimy jeszcze raz uruchomić telefon i sprawdzić połączenia przychodzące. Jeśli problem się powtórzy, prosimy napisać, o której godzinie wystąpił — sprawdzimy to w logach.\n\nPozdrawiamy,\nMagdalena Kwiatkowska\nDział techniczny',
        ],
      ],
    },
    {
      number: '517204',
      subject: 'Przelew na doładowanie konta nie został zaksięgowany',
      departmentId: 'dep_billing',
      priority: 'medium',
      relatedServiceId: null,
      status: 'customer_reply',
      messages: [
        [2 * DAY + 5 * HOUR, 'customer', 'Dzień dobry,\n\nw poniedziałek wysłaliśmy przelew na 300 zł tytułem doładowania konta, ale saldo w panelu się nie zmieniło. Czy przelew do Państwa dotarł?\n\nEwa Kowalczyk'],
        [
          2 * DAY + HOUR,
          'Joanna Sadowska',
          'Dzień dobry,\n\nnie znaleźliśmy jeszcze tego przelewu na naszym rachunku. Najczęstszą przyczyną jest tytuł inny niż podany w panelu — wtedy wpłatę księgujemy ręcznie. Prosimy o przesłanie potwierdzenia przelewu z banku, a przyspieszymy księgowanie.\n\nPozdrawiamy,\nJoanna Sadowska\nDział rozliczeń',
        ],
        [
          5 * HOUR,
          'customer',
          'W załączniku potwierdzenie przelewu z banku. W tytule rzeczywiście wpisaliśmy tylko nazwę firmy.\n\nEwa Kowalczyk',
          [
            {
              id: 'att_517204_transfer',
              fileName: 'potwierdzenie-przelewu.pdf',
              contentType: 'application/pdf',
              bytes: () => pdfFile('Potwierdzenie przelewu', ['Odbiorca: Fiberlink sp. z o.o.', 'Kwota: 300,00 PLN', 'Tytuł: Biuro Rachunkowe Kowalczyk s.c.']),
            },
          ],
        ],
      ],
    },
    {
      number: '390118',
      subject: 'Jak długo przechowywane są nagrania rozmów?',
      departmentId: 'dep_technical',
      priority: 'low',
      relatedServiceId: 'svc_1001_pbx',
      status: 'closed',
      messages: [
        [34 * DAY, 'customer', 'Dzień dobry,\n\nczy nagrania rozmów z centrali są archiwizowane i jak długo można je pobrać? Potrzebujemy ich do rozliczeń z klientami.\n\nEwa Kowalczyk'],
        [
          33 * DAY + 22 * HOUR,
          'Bartosz Jankowski',
          'Dzień dobry,\n\nnagrania rozmów przechowujemy przez 90 dni od połączenia. W tym czasie można je odsłuchać i pobrać w panelu, w historii połączeń centrali. Jeśli potrzebują Państwo dłuższego archiwum, Dział sprzedaży przygotuje ofertę na usługę Archiwum nagrań (do 5 lat).\n\nPozdrawiamy,\nBartosz Jankowski\nDział techniczny',
        ],
        [33 * DAY + 20 * HOUR, 'customer', 'Dziękuję, to wystarczy. Zamykam zgłoszenie.\n\nEwa Kowalczyk'],
      ],
    },
    {
      number: '604377',
      subject: 'Dodatkowy numer wewnętrzny dla nowej pracownicy',
      departmentId: 'dep_sales',
      priority: 'low',
      relatedServiceId: 'svc_1001_pbx',
      status: 'open',
      messages: [
        [
          HOUR + 40,
          'customer',
          'Dzień dobry,\n\nod przyszłego miesiąca zatrudniamy nową księgową. Prosimy o ofertę na dodatkowy numer wewnętrzny w centrali wraz z telefonem biurkowym (najlepiej takim jak obecne, Yealink T46U).\n\nEwa Kowalczyk',
        ],
      ],
    },
  ],

  // Transbud Logistyka: a haulier with a fleet of mobile contracts.
  cus_1002: [
    {
      number: '731560',
      subject: 'Brak zasięgu LTE w magazynie w Strykowie',
      departmentId: 'dep_technical',
      priority: 'high',
      relatedServiceId: 'svc_ctr_2018',
      status: 'open',
      messages: [
        [
          35,
          'customer',
          'Dzień dobry,\n\nod dzisiejszego ranka telefony pracowników magazynu w Strykowie (m.in. numer kierownika magazynu) łapią tylko zasięg 2G, a internet praktycznie nie działa. Czytniki kodów na wózkach nie wysyłają danych do systemu magazynowego. Wcześniej LTE działało bez zarzutu. Prosimy o pilne sprawdzenie nadajnika w okolicy.\n\nPiotr Kamiński\nDział IT, Transbud Logistyka',
        ],
      ],
    },
    {
      number: '655821',
      subject: 'Korekta faktury za październik — naliczony roaming',
      departmentId: 'dep_billing',
      priority: 'medium',
      relatedServiceId: 'svc_ctr_2005',
      status: 'answered',
      cc: ['ksiegowosc@transbud-logistyka.pl'],
      messages: [
        [
          6 * DAY,
          'customer',
          'Dzień dobry,\n\nna fakturze za październik, na numerze kierowcy Marka Nowaka, naliczono 412,80 zł za transmisję danych w roamingu w Szwajcarii. Kierowca twierdzi, że miał wyłączony roaming danych. Prosimy o weryfikację i korektę faktury.\n\nKatarzyna Lewandowska\nDział finansowy',
        ],
        [
          5 * DAY + 20 * HOUR,
          'Robert Wieczorek',
          'Dzień dobry,\n\ndziękujemy za zgłoszenie. Według rejestru sesji telefon łączył się z siecią Swisscom 14 i 15 października, a limit kwotowy roamingu nie był ustawiony. Ponieważ kierowca nie dostał SMS-a ostrzegającego o kosztach, uznaliśmy reklamację: w załączniku faktura korygująca na 412,80 zł brutto, która pomniejszy najbliższą płatność. Na przyszłość polecamy ustawić limit kosztów danych w roamingu w panelu (Usługi → Roaming → Limit kwotowy).\n\nPozdrawiamy,\nRobert Wieczorek\nDział rozliczeń',
          [
            {
              id: 'att_655821_invoice',
              fileName: 'faktura-korygujaca-FK-2026-10-0412.pdf',
              contentType: 'application/pdf',
              bytes: () => pdfFile('Faktura korygująca FK/2026/10/0412', ['Nabywca: Transbud Logistyka sp. z o.o.', 'Korekta: roaming danych, Szwajcaria', 'Kwota korekty: -412,80 PLN brutto']),
            },
          ],
        ],
      ],
    },
    {
      number: '702449',
      subject: 'Karta SIM zablokowana po trzykrotnym wpisaniu błędnego PIN-u',
      departmentId: 'dep_technical',
      priority: 'high',
      relatedServiceId: 'svc_ctr_2016',
      status: 'closed',
      messages: [
        [19 * DAY, 'customer', 'Dzień dobry,\n\nkierowca Sebastian Dudek trzy razy wpisał błędny PIN i telefon prosi o kod PUK. Gdzie znajdziemy PUK do tej karty?\n\nPiotr Kamiński'],
        [
          19 * DAY - 30,
          'Magdalena Kwiatkowska',
          'Dzień dobry,\n\nkod PUK każdej karty jest widoczny w panelu klienta: Numery → wybrany numer → Dane numeru → „Pokaż PUK”. Ze względów bezpieczeństwa nie podajemy go w zgłoszeniach. Uwaga: dziesięciokrotne wpisanie błędnego PUK-u trwale blokuje kartę — wtedy potrzebna jest wymiana karty SIM.\n\nPozdrawiamy,\nMagdalena Kwiatkowska\nDział techniczny',
        ],
        [19 * DAY - 2 * HOUR, 'customer', 'Dziękujemy, PUK znaleźliśmy w panelu, telefon działa.\n\nPiotr Kamiński'],
      ],
    },
    {
      number: '688013',
      subject: 'Oferta na 5 nowych numerów dla kierowców',
      departmentId: 'dep_sales',
      priority: 'medium',
      relatedServiceId: null,
      status: 'customer_reply',
      messages: [
        [
          4 * DAY,
          'customer',
          'Dzień dobry,\n\nw styczniu zatrudniamy pięciu nowych kierowców na trasy do Niemiec i Holandii. Prosimy o ofertę na 5 numerów w planie Biznes 30 GB z roamingiem w UE i możliwością zamówienia eSIM.\n\nTomasz Zieliński\nZarząd',
        ],
        [
          3 * DAY + 22 * HOUR,
          'Aleksandra Dąbrowska',
          'Dzień dobry,\n\ndziękujemy za zainteresowanie. Dla 5 nowych numerów w planie Biznes 30 GB proponujemy abonament 39 zł netto miesięcznie za numer (zamiast 49 zł) przy umowie na 24 miesiące; roaming w UE jest w cenie planu, a eSIM wydajemy bez opłaty. Czy przygotować umowę? Potrzebujemy jeszcze imion i nazwisk użytkowników kart.\n\nPozdrawiam,\nAleksandra Dąbrowska\nDział sprzedaży',
        ],
        [
          DAY + 3 * HOUR,
          'customer',
          'Dzień dobry,\n\nprosimy o przygotowanie umowy. Lista kierowców w załączniku. Czy cena 39 zł obejmie też numery zamawiane w kolejnych miesiącach?\n\nTomasz Zieliński',
          [
            {
              id: 'att_688013_drivers',
              fileName: 'kierowcy-styczen.txt',
              contentType: 'text/plain',
              bytes: () => textFile('Nowi kierowcy — styczeń\n\n1. Artur Baran\n2. Damian Szewczyk\n3. Mateusz Wróblewski\n4. Oskar Kubiak\n5. Wojciech Zając\n'),
            },
          ],
        ],
      ],
    },
  ],

  // Marta Wiśniewska: a ceramics studio's website, domain, mailboxes and a VPS.
  cus_1003: [
    {
      number: '544870',
      subject: 'Nie działa poczta w Outlooku po zmianie hasła',
      departmentId: 'dep_technical',
      priority: 'high',
      relatedServiceId: 'svc_1003_mail',
      status: 'answered',
      messages: [
        [
          DAY + 4 * HOUR,
          'customer',
          'Dzień dobry,\n\npo zmianie hasła do skrzynki sklep@ceramika-wisniewska.pl Outlook co chwilę prosi o hasło i nie pobiera nowych wiadomości. W przeglądarce (webmail) wszystko działa. W załączniku zrzut ekranu z komunikatem.\n\nMarta Wiśniewska',
          [{ id: 'att_544870_outlook', fileName: 'outlook-blad.png', contentType: 'image/png', bytes: mailError }],
        ],
        [
          DAY + HOUR,
          'Bartosz Jankowski',
          'Dzień dobry,\n\nOutlook pamięta stare hasło w Menedżerze poświadczeń systemu Windows. Prosimy zamknąć Outlooka, otworzyć Panel sterowania → Menedżer poświadczeń → Poświadczenia systemu Windows, usunąć wpisy zawierające „ceramika-wisniewska.pl”, a następnie uruchomić Outlooka i podać nowe hasło. Ustawienia serwerów: IMAP mail.fiberlink.example, port 993 (SSL/TLS); SMTP mail.fiberlink.example, port 465 (SSL/TLS).\n\nPozdrawiamy,\nBartosz Jankowski\nDział techniczny',
        ],
      ],
    },
    {
      number: '569932',
      subject: 'Certyfikat SSL nie odnowił się automatycznie',
      departmentId: 'dep_technical',
      priority: 'medium',
      relatedServiceId: 'svc_1003_hosting',
      status: 'closed',
      messages: [
        [47 * DAY, 'customer', 'Dzień dobry,\n\nprzeglądarki ostrzegają, że certyfikat strony ceramika-wisniewska.pl wygasł. Myślałam, że odnawia się sam?\n\nMarta Wiśniewska'],
        [
          47 * DAY - 50,
          'Magdalena Kwiatkowska',
          'Dzień dobry,\n\ncertyfikat Let’s Encrypt odnawia się automatycznie, ale tym razem weryfikacja się nie powiodła, bo rekord AAAA domeny wskazywał na stary adres IPv6. Poprawiliśmy rekord w strefie DNS i wystawiliśmy nowy certyfikat, ważny przez kolejne 90 dni. Strona znów otwiera się bez ostrzeżeń.\n\nPozdrawiamy,\nMagdalena Kwiatkowska\nDział techniczny',
        ],
        [47 * DAY - 3 * HOUR, 'customer', 'Działa, dziękuję!\n\nMarta Wiśniewska'],
      ],
    },
    {
      number: '613790',
      subject: 'Przeniesienie domeny pracownia-wisniewska.pl do Fiberlink',
      departmentId: 'dep_technical',
      priority: 'medium',
      relatedServiceId: null,
      status: 'customer_reply',
      messages: [
        [3 * DAY, 'customer', 'Dzień dobry,\n\nchcę przenieść do Państwa domenę pracownia-wisniewska.pl, którą mam u innego rejestratora. Mam już kod AuthInfo. Co dalej?\n\nMarta Wiśniewska'],
        [
          2 * DAY + 22 * HOUR,
          'Bartosz Jankowski',
          'Dzień dobry,\n\ntransfer domeny zleca się w panelu: Domeny → Przenieś domenę. Po podaniu kodu AuthInfo wyślemy prośbę do obecnego rejestratora; transfer trwa zwykle do 5 dni. Sam transfer jest bezpłatny, a domena zostanie przedłużona o rok w cenie odnowienia.\n\nPozdrawiamy,\nBartosz Jankowski\nDział techniczny',
        ],
        [20 * HOUR, 'customer', 'Zleciłam transfer w panelu, ale od dwóch dni ma status „Oczekuje na potwierdzenie”. Czy muszę jeszcze coś zrobić?\n\nMarta Wiśniewska'],
      ],
    },
    {
      number: '620057',
      subject: 'Faktury na firmę zamiast na osobę prywatną',
      departmentId: 'dep_billing',
      priority: 'low',
      relatedServiceId: 'svc_1003_hosting',
      status: 'open',
      messages: [
        [
          3 * HOUR,
          'customer',
          'Dzień dobry,\n\nod stycznia prowadzę działalność gospodarczą (Pracownia Ceramiki Marta Wiśniewska, NIP 7251234561). Proszę o wystawianie kolejnych faktur za hosting i domenę na firmę.\n\nMarta Wiśniewska',
        ],
      ],
    },
  ],
};

/** The customer's seeded tickets (most recently updated first) and the files on them. */
export function seedTickets(customer: Pick<Account, 'id' | 'name' | 'email'>, now: number): { tickets: TicketRecord[]; attachments: AttachmentRecord[] } {
  const iso = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
  const attachments: AttachmentRecord[] = [];
  const tickets = (TICKETS[customer.id] ?? []).map((seed): TicketRecord => {
    const id = `tkt_${seed.number}`;
    const messages = seed.messages.map(([minutesAgo, author, body, files = []], index) => {
      const sent = files.map((file): AttachmentRecord => {
        const bytes = file.bytes();
        return { id: file.id, fileName: file.fileName, contentType: file.contentType, size: bytes.length, bytes, uploadedAt: iso(minutesAgo), ticketId: id };
      });
      attachments.push(...sent);
      return {
        id: `msg_${seed.number}_${index + 1}`,
        author: author === 'customer' ? { kind: 'customer' as const, name: customer.name } : { kind: 'staff' as const, name: author },
        body,
        attachments: sent.map(({ id: fileId, fileName, contentType, size }) => ({ id: fileId, fileName, contentType, size })),
        createdAt: iso(minutesAgo),
      };
    });
    return {
      id,
      number: seed.number,
      subject: seed.subject,
      departmentId: seed.departmentId,
      status: seed.status,
      priority: seed.priority,
      relatedServiceId: seed.relatedServiceId,
      requester: { name: customer.name, email: customer.email },
      cc: [...(seed.cc ?? [])],
      messages,
      createdAt: messages[0]!.createdAt,
      // Closed tickets were closed with the last message; the others last changed with it.
      updatedAt: messages.at(-1)!.createdAt,
      locale: 'pl',
      answerAt: null,
    };
  });
  tickets.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  return { tickets, attachments };
}
