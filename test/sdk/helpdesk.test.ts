import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { ATTACHMENT_LIMITS, NotFoundError, ValidationError, type TicketCreateParams, type TicketStatus, type UploadProgress } from '@portico/sdk';
import { FAST_RETRY, clientFor, requestsTo, useSimulator } from '../support/simulator.ts';
import { isA } from '@portico/sdk/core';

const ANSWER_AFTER = 10 * 60_000;
const sim = useSimulator({ seed: 4, timings: { ticketAnswer: ANSWER_AFTER } });
const { prepaid, business, hosting, newcomer } = sim.customers;
const as = (customerId: string, locale?: 'pl' | 'en') => clientFor(sim, customerId, locale ? { locale } : {});

const TICKETS = '/v1/helpdesk/tickets';
const ticketParams = (extra: Partial<TicketCreateParams> = {}): TicketCreateParams => ({
  departmentId: 'dep_technical',
  priority: 'medium',
  subject: 'Telefon w sekretariacie nie dzwoni',
  message: 'Od rana telefon w sekretariacie nie odbiera połączeń przychodzących, wychodzące działają.',
  ...extra,
});
/** A file with recognisable bytes, so that a download can be compared with it. */
const fileOf = (name: string, type: string, size = 2048) => new File([Uint8Array.from({ length: size }, (_, i) => (i * 7 + name.length) % 256)], name, { type });
const agentsOf = (departmentId: string) => sim.world.helpdesk.departments.find((d) => d.id === departmentId)!.agents;
const fieldErrorsOf = (error: unknown) => (isA(error, ValidationError) ? error.fieldErrors.map((f) => [f.path, f.code]) : error);

describe('departments and the customer’s services (D7)', () => {
  beforeEach(() => sim.reset());

  it('names the three departments in the language asked for', async () => {
    const polish = await as(prepaid, 'pl').helpdesk.departments.list();
    const english = await as(prepaid, 'en').helpdesk.departments.list();
    assert.deepEqual(
      polish.map((d) => [d.id, d.name]),
      [
        ['dep_technical', 'Dział techniczny'],
        ['dep_billing', 'Dział rozliczeń'],
        ['dep_sales', 'Dział sprzedaży'],
      ],
    );
    assert.deepEqual(
      english.map((d) => d.name),
      ['Technical support', 'Billing', 'Sales'],
    );
    assert.ok(english.every((d) => d.description.length > 10));
  });

  it('lists one service per mobile contract for the business, in each contract’s status', async () => {
    const services = await as(business).account.services.list();
    const contracts = sim.world.customers.get(business)!.contracts;
    assert.equal(services.length, contracts.length);
    assert.ok(services.every((s) => s.kind === 'mobile'));
    assert.ok(services.some((s) => s.name === '+48 601 200 300 — Dyspozytornia (Biznes Pro Nielimitowany)'));
    const ended = contracts.find((c) => c.status === 'terminated')!;
    assert.equal(services.find((s) => s.id === `svc_${ended.id}`)?.status, 'terminated');
    const blocked = contracts.find((c) => c.status === 'blocked')!;
    assert.equal(services.find((s) => s.id === `svc_${blocked.id}`)?.status, 'suspended');
  });

  it('gives the VoIP office IP telephony and a PBX, the hosting customer hosting, a domain and mail, the newcomer one server', async () => {
    const kinds = async (customerId: string) => (await as(customerId).account.services.list()).map((s) => s.kind);
    assert.deepEqual(await kinds(prepaid), ['voip', 'voip', 'pbx']);
    assert.deepEqual(await kinds(hosting), ['hosting', 'domain', 'email', 'vps']);
    assert.deepEqual(await kinds(newcomer), ['vps']);
    const [telephony] = await as(prepaid).account.services.list();
    assert.equal(telephony!.name, 'Telefonia IP standard — +48 22 380 98 87');
  });
});

describe('the ticket table and a ticket’s page (D1, D2)', () => {
  beforeEach(() => sim.reset());

  it('shows the Polish customers’ histories with all four statuses, most recently updated first; the newcomer has none', async () => {
    const statuses = new Set<TicketStatus>();
    const numbers: string[] = [];
    for (const customerId of [prepaid, business, hosting]) {
      const tickets = await as(customerId).helpdesk.tickets.list().toArray({ limit: 100 });
      assert.ok(tickets.length >= 3, customerId);
      const updated = tickets.map((t) => t.updatedAt);
      assert.deepEqual(updated, [...updated].sort().reverse(), `${customerId}: most recently updated first`);
      for (const ticket of tickets) {
        statuses.add(ticket.status);
        numbers.push(ticket.number);
        assert.match(ticket.number, /^\d{6}$/);
        assert.match(ticket.department.name, /^Dział /);
      }
    }
    assert.deepEqual([...statuses].sort(), ['answered', 'closed', 'customer_reply', 'open']);
    assert.equal(new Set(numbers).size, numbers.length, 'ticket numbers are unique');
    const none = await as(newcomer).helpdesk.tickets.list();
    assert.deepEqual([none.data, none.nextCursor], [[], null]);
  });

  it('filters by status', async () => {
    const client = as(business);
    const all = await client.helpdesk.tickets.list().toArray({ limit: 100 });
    let total = 0;
    for (const status of ['open', 'answered', 'customer_reply', 'closed'] as const) {
      const some = (await client.helpdesk.tickets.list({ status })).data;
      assert.ok(some.length >= 1, status);
      assert.ok(some.every((t) => t.status === status), status);
      total += some.length;
    }
    assert.equal(total, all.length);
  });

  it('pages through the tickets with a cursor, each ticket once', async () => {
    const client = as(prepaid);
    const first = await client.helpdesk.tickets.list({ limit: 2 });
    assert.equal(first.data.length, 2);
    assert.ok(first.hasMore);
    const walked: string[] = [];
    for await (const ticket of client.helpdesk.tickets.list({ limit: 2 })) walked.push(ticket.id);
    const all = (await client.helpdesk.tickets.list({ limit: 100 })).data.map((t) => t.id);
    assert.deepEqual(walked, all);
    assert.equal(new Set(walked).size, walked.length);
  });

  it('opens a ticket with its whole history: the customer first, then named agents, with files and the related service', async () => {
    const ticket = await as(prepaid).helpdesk.tickets.retrieve('tkt_482913');
    assert.equal(ticket.number, '482913');
    assert.equal(ticket.status, 'answered');
    assert.deepEqual(ticket.requester, { name: 'Biuro Rachunkowe Kowalczyk s.c.', email: 'biuro@kowalczyk-rachunki.pl' });
    assert.equal(ticket.relatedService?.name, 'Telefonia IP standard — +48 22 380 98 87');
    assert.deepEqual(
      ticket.messages.map((m) => m.author.kind),
      ['customer', 'staff', 'customer', 'staff'],
    );
    const created = ticket.messages.map((m) => m.createdAt);
    assert.deepEqual(created, [...created].sort(), 'oldest first');
    assert.ok(ticket.messages.filter((m) => m.author.kind === 'staff').every((m) => agentsOf('dep_technical').includes(m.author.name)));
    assert.deepEqual(ticket.messages[0]!.attachments.map((a) => [a.fileName, a.contentType]), [['ekran-telefonu.png', 'image/png']]);
    assert.match(ticket.messages[1]!.body, /SIP ALG/);
  });

  it('keeps other customers’ tickets out of reach', async () => {
    await assert.rejects(as(hosting).helpdesk.tickets.retrieve('tkt_482913'), NotFoundError);
    await assert.rejects(as(hosting).helpdesk.tickets.reply('tkt_482913', { message: 'To nie jest moje zgłoszenie, ale odpowiadam.' }), NotFoundError);
  });
});

describe('opening a ticket (D7)', () => {
  beforeEach(() => sim.reset());

  it('files a ticket about one of the customer’s services, with CC and attachments, numbered for the phone', async () => {
    const client = as(hosting);
    const services = await client.account.services.list();
    const mail = services.find((s) => s.kind === 'email')!;
    const screenshot = await client.helpdesk.attachments.create(fileOf('blad-outlooka.png', 'image/png'));
    const log = await client.helpdesk.attachments.create(fileOf('outlook.log', 'text/plain', 300));
    const ticket = await client.helpdesk.tickets.create(
      ticketParams({
        priority: 'high',
        subject: 'Outlook nie wysyła poczty',
        relatedServiceId: mail.id,
        cc: ['biuro@ceramika-wisniewska.pl', 'Biuro@ceramika-wisniewska.pl', 'ksiegowa@ceramika-wisniewska.pl'],
        attachments: [screenshot.id, log.id],
      }),
    );
    assert.match(ticket.number, /^\d{6}$/);
    assert.equal(ticket.status, 'open');
    assert.deepEqual(ticket.requester, { name: 'Marta Wiśniewska', email: 'marta.wisniewska@poczta.example.pl' });
    assert.deepEqual(ticket.relatedService, { id: mail.id, name: mail.name });
    assert.deepEqual(ticket.department, { id: 'dep_technical', name: 'Dział techniczny' });
    assert.deepEqual(ticket.cc, ['biuro@ceramika-wisniewska.pl', 'ksiegowa@ceramika-wisniewska.pl']);
    assert.deepEqual(ticket.messages.map((m) => [m.author.kind, m.author.name]), [['customer', 'Marta Wiśniewska']]);
    assert.deepEqual(ticket.messages[0]!.attachments, [screenshot, log]);
    assert.equal(ticket.createdAt, ticket.updatedAt);

    const [top] = (await client.helpdesk.tickets.list({ limit: 1 })).data;
    assert.deepEqual([top!.id, top!.number, top!.status], [ticket.id, ticket.number, 'open']);
  });

  it('files one ticket for one idempotency key, even when the answer was lost and the SDK retried', async () => {
    const client = clientFor(sim, prepaid, { retry: FAST_RETRY });
    const before = sim.world.customers.get(prepaid)!.tickets.length;
    const first = await client.helpdesk.tickets.create(ticketParams(), { idempotencyKey: 'ticket-form-1' });
    const again = await client.helpdesk.tickets.create(ticketParams(), { idempotencyKey: 'ticket-form-1' });
    assert.deepEqual([again.id, again.number], [first.id, first.number]);
    assert.deepEqual(requestsTo(sim, TICKETS).filter((r) => r.startsWith('POST')), ['POST 201', 'POST 201']);

    sim.faults.enqueue({ loseResponse: true, path: TICKETS, method: 'POST' });
    const retried = await client.helpdesk.tickets.create(ticketParams({ subject: 'Drugie zgłoszenie' }));
    assert.equal(retried.subject, 'Drugie zgłoszenie');
    assert.deepEqual(requestsTo(sim, TICKETS).filter((r) => r.startsWith('POST')), ['POST 201', 'POST 201', 'POST dropped', 'POST 201']);
    assert.equal(sim.world.customers.get(prepaid)!.tickets.length, before + 2);
  });

  it('refuses a department that does not exist, at its field', async () => {
    const error = await as(prepaid).helpdesk.tickets.create(ticketParams({ departmentId: 'dep_legal' })).catch((e: unknown) => e);
    assert.deepEqual(fieldErrorsOf(error), [['departmentId', 'unknown_department']]);
  });

  it('refuses a service that is not the customer’s own, at its field', async () => {
    const othersNumber = (await as(business).account.services.list())[0]!.id;
    const error = await as(prepaid).helpdesk.tickets.create(ticketParams({ relatedServiceId: othersNumber })).catch((e: unknown) => e);
    assert.deepEqual(fieldErrorsOf(error), [['relatedServiceId', 'unknown_service']]);
    assert.equal((await as(prepaid).helpdesk.tickets.list({ status: 'open' })).data.length, 1, 'nothing filed');
  });

  it('takes only the customer’s own files, each once', async () => {
    const others = await as(hosting).helpdesk.attachments.create(fileOf('cudzy.pdf', 'application/pdf'));
    const client = as(prepaid);
    const foreign = await client.helpdesk.tickets.create(ticketParams({ attachments: [others.id] })).catch((e: unknown) => e);
    assert.deepEqual(fieldErrorsOf(foreign), [['attachments.0', 'unknown_attachment']]);

    const mine = await client.helpdesk.attachments.create(fileOf('faktura.pdf', 'application/pdf'));
    await client.helpdesk.tickets.create(ticketParams({ attachments: [mine.id] }));
    const reused = await client.helpdesk.tickets.create(ticketParams({ subject: 'Jeszcze raz ten sam plik', attachments: [mine.id] })).catch((e: unknown) => e);
    assert.deepEqual(fieldErrorsOf(reused), [['attachments.0', 'attachment_already_sent']]);
  });

  it('checks the form before sending: a blank subject, more than five files, a bad CC address', async () => {
    const client = as(prepaid);
    const blank = await client.helpdesk.tickets.create(ticketParams({ subject: '     ' })).catch((e: unknown) => e);
    assert.ok(isA(blank, ValidationError) && !blank.sent);
    assert.deepEqual(blank.fieldErrors.map((f) => f.path), ['subject']);
    const ids = Array.from({ length: ATTACHMENT_LIMITS.maxFiles + 1 }, (_, i) => `att_${i}`);
    const tooMany = await client.helpdesk.tickets.create(ticketParams({ attachments: ids })).catch((e: unknown) => e);
    assert.ok(isA(tooMany, ValidationError) && !tooMany.sent);
    assert.deepEqual(tooMany.fieldErrors.map((f) => [f.path, f.code]), [['attachments', 'too_big']]);
    const badCc = await client.helpdesk.tickets.create(ticketParams({ cc: ['ksiegowa@'] })).catch((e: unknown) => e);
    assert.ok(isA(badCc, ValidationError) && !badCc.sent && badCc.fieldErrors[0]!.path === 'cc.0');
    assert.deepEqual(requestsTo(sim, TICKETS), []);
  });
});

describe('the four statuses, as the seed has them', () => {
  beforeEach(() => sim.reset());

  it('a new ticket is Open; support answers it by itself after `timings.ticketAnswer`, in Polish, signed by an agent', async () => {
    const client = as(prepaid);
    const ticket = await client.helpdesk.tickets.create(ticketParams());
    assert.equal(sim.timings.ticketAnswer, ANSWER_AFTER);
    sim.clock.advance(ANSWER_AFTER - 1_000);
    assert.equal((await client.helpdesk.tickets.retrieve(ticket.id)).status, 'open');
    sim.clock.advance(1_000);
    const answered = await client.helpdesk.tickets.retrieve(ticket.id);
    assert.equal(answered.status, 'answered');
    const answer = answered.messages.at(-1)!;
    assert.equal(answer.author.kind, 'staff');
    assert.ok(agentsOf('dep_technical').includes(answer.author.name));
    assert.match(answer.body, /^Dzień dobry,/);
    assert.ok(answer.body.endsWith(`${answer.author.name}\nDział techniczny`));
    assert.equal(Date.parse(answered.updatedAt) - Date.parse(ticket.createdAt), ANSWER_AFTER);
    assert.equal(answer.createdAt, answered.updatedAt);
  });

  it('recommends in its first answer the article the knowledge base suggests for the ticket', async () => {
    const client = as(hosting);
    const subject = 'Nie działa poczta w Outlooku';
    const message = 'Od rana Outlook nie pobiera poczty i co chwilę prosi o hasło do skrzynki.';
    const [suggested] = await client.helpdesk.knowledgeBase.articles.suggest(`${subject} ${message}`);
    assert.ok(suggested, 'the knowledge base has an article on this');
    const ticket = await client.helpdesk.tickets.create(ticketParams({ subject, message }));
    sim.clock.advance(ANSWER_AFTER);
    const answer = (await client.helpdesk.tickets.retrieve(ticket.id)).messages.at(-1)!;
    assert.ok(answer.body.includes(`„${suggested.title}”`), answer.body);
  });

  it('answers in English when the customer writes in English', async () => {
    const client = as(newcomer);
    const ticket = await client.helpdesk.tickets.create(ticketParams({ departmentId: 'dep_billing', subject: 'Invoice address', message: 'Please put our VAT number on the next invoices.' }));
    sim.clock.advance(ANSWER_AFTER);
    const answer = (await client.helpdesk.tickets.retrieve(ticket.id)).messages.at(-1)!;
    assert.match(answer.body, /^Hello,/);
    assert.ok(answer.body.endsWith('\nBilling'));
    assert.ok(agentsOf('dep_billing').includes(answer.author.name));
  });

  it('leaves sales tickets to a person: still Open a day later', async () => {
    const client = as(business);
    const ticket = await client.helpdesk.tickets.create(ticketParams({ departmentId: 'dep_sales', subject: 'Oferta na nowe numery', message: 'Prosimy o ofertę na trzy numery dla nowych handlowców.' }));
    sim.clock.advance(24 * 3_600_000);
    const later = await client.helpdesk.tickets.retrieve(ticket.id);
    assert.deepEqual([later.status, later.messages.length], ['open', 1]);
  });

  it('a customer reply makes it Customer-Reply and puts it on top; closing makes it Closed; closing again changes nothing', async () => {
    const client = as(hosting);
    const answered = (await client.helpdesk.tickets.list({ status: 'answered' })).data.at(-1)!;
    sim.clock.advance(60_000);
    const replied = await client.helpdesk.tickets.reply(answered.id, { message: 'Dziękuję, usunęłam stare hasło, ale problem wrócił po godzinie.' });
    assert.equal(replied.status, 'customer_reply');
    assert.ok(replied.updatedAt > answered.updatedAt);
    assert.deepEqual(replied.messages.at(-1)!.author, { kind: 'customer', name: 'Marta Wiśniewska' });
    assert.equal((await client.helpdesk.tickets.list({ limit: 1 })).data[0]!.id, answered.id);

    sim.clock.advance(60_000);
    const closed = await client.helpdesk.tickets.close(answered.id);
    assert.equal(closed.status, 'closed');
    assert.ok(closed.updatedAt > replied.updatedAt);
    sim.clock.advance(60_000);
    const again = await client.helpdesk.tickets.close(answered.id);
    assert.deepEqual(again, closed);
    assert.deepEqual(requestsTo(sim, `${TICKETS}/${answered.id}/close`), ['POST 200', 'POST 200']);
  });

  it('a reply to a closed ticket opens it again as Customer-Reply', async () => {
    const client = as(prepaid);
    const [closed] = (await client.helpdesk.tickets.list({ status: 'closed' })).data;
    const reopened = await client.helpdesk.tickets.reply(closed!.id, { message: 'Wracam do tematu: czy nagrania można przedłużyć do roku?' });
    assert.equal(reopened.status, 'customer_reply');
    assert.equal(reopened.messages.at(-1)!.body, 'Wracam do tematu: czy nagrania można przedłużyć do roku?');
    assert.ok(reopened.updatedAt > closed!.updatedAt);
  });

  it('support answers a customer reply too, and a ticket closed before the answer gets none', async () => {
    const client = as(prepaid);
    const ticket = await client.helpdesk.tickets.create(ticketParams());
    sim.clock.advance(ANSWER_AFTER);
    await client.helpdesk.tickets.reply(ticket.id, { message: 'Po restarcie telefonu nic się nie zmieniło.' });
    sim.clock.advance(ANSWER_AFTER);
    const followedUp = await client.helpdesk.tickets.retrieve(ticket.id);
    assert.deepEqual(followedUp.messages.map((m) => m.author.kind), ['customer', 'staff', 'customer', 'staff']);
    assert.equal(followedUp.status, 'answered');

    const quiet = await client.helpdesk.tickets.create(ticketParams({ subject: 'Już nieaktualne' }));
    await client.helpdesk.tickets.close(quiet.id);
    sim.clock.advance(ANSWER_AFTER);
    const after = await client.helpdesk.tickets.retrieve(quiet.id);
    assert.deepEqual([after.status, after.messages.length], ['closed', 1]);
  });
});

describe('CC recipients (D2)', () => {
  beforeEach(() => sim.reset());

  it('sets who else gets the replies, once each, and a reply may replace them', async () => {
    const client = as(business);
    const ticket = await client.helpdesk.tickets.retrieve('tkt_655821');
    assert.deepEqual(ticket.cc, ['ksiegowosc@transbud-logistyka.pl']);
    sim.clock.advance(60_000);
    const updated = await client.helpdesk.tickets.updateCc(ticket.id, ['p.kaminski@transbud-logistyka.pl', 'ksiegowosc@transbud-logistyka.pl', 'P.Kaminski@transbud-logistyka.pl']);
    assert.deepEqual(updated.cc, ['p.kaminski@transbud-logistyka.pl', 'ksiegowosc@transbud-logistyka.pl']);
    assert.ok(updated.updatedAt > ticket.updatedAt);
    const replied = await client.helpdesk.tickets.reply(ticket.id, { message: 'Dziękujemy, korekta się zgadza.', cc: [] });
    assert.deepEqual(replied.cc, []);
    assert.deepEqual((await client.helpdesk.tickets.updateCc(ticket.id, [])).cc, []);
  });

  it('refuses an invalid address before anything is sent', async () => {
    const error = await as(business).helpdesk.tickets.updateCc('tkt_655821', ['ksiegowosc@transbud-logistyka.pl', 'to nie jest adres']).catch((e: unknown) => e);
    assert.ok(isA(error, ValidationError));
    assert.equal(error.sent, false);
    assert.deepEqual(error.fieldErrors.map((f) => f.path), ['cc.1']);
    assert.deepEqual(requestsTo(sim, `${TICKETS}/tkt_655821/cc`), []);
  });
});

/** A browser's XMLHttpRequest, as far as the SDK's upload uses it, sending through `fetch`. */
class UploadingXhr {
  upload: { onloadstart?: () => void; onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  status = 0;
  responseText = '';
  #method = 'GET';
  #url = '';
  #headers: Record<string, string> = {};
  #responseHeaders = '';
  open(method: string, url: string) {
    this.#method = method;
    this.#url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.#headers[name] = value;
  }
  getAllResponseHeaders() {
    return this.#responseHeaders;
  }
  abort() {
    this.onabort?.();
  }
  send(body: FormData) {
    const file = body.get('file') as File;
    const total = file.size;
    this.upload.onloadstart?.();
    this.upload.onprogress?.({ lengthComputable: true, loaded: Math.floor(total / 2), total });
    this.upload.onprogress?.({ lengthComputable: true, loaded: total, total });
    fetch(this.#url, { method: this.#method, headers: this.#headers, body })
      .then(async (response) => {
        this.status = response.status;
        this.responseText = await response.text();
        this.#responseHeaders = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\r\n');
        this.onload?.();
      })
      .catch(() => this.onerror?.());
  }
}

describe('attachments (D2, D7)', () => {
  beforeEach(() => sim.reset());

  it('uploads a file and downloads the same bytes through a short-lived link that needs no session', async () => {
    const client = as(hosting);
    const file = fileOf('zrzut-ekranu-błąd.png', 'image/png', 5000);
    const uploaded = await client.helpdesk.attachments.create(file);
    assert.deepEqual([uploaded.fileName, uploaded.contentType, uploaded.size], ['zrzut-ekranu-błąd.png', 'image/png', 5000]);
    const link = await client.helpdesk.attachments.download(uploaded.id);
    assert.deepEqual([link.fileName, link.contentType, link.size], ['zrzut-ekranu-błąd.png', 'image/png', 5000]);
    assert.match(link.url, /\/media\/attachments\/[\w-]+$/);
    const response = await fetch(link.url);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/png');
    assert.match(response.headers.get('content-disposition')!, /^attachment; filename="zrzut-ekranu-blad.png"; filename\*=UTF-8''zrzut-ekranu-b%C5%82%C4%85d.png$/);
    assert.deepEqual(new Uint8Array(await response.arrayBuffer()), new Uint8Array(await file.arrayBuffer()));

    sim.clock.advance(sim.timings.attachmentLinkTtl + 1);
    assert.equal((await fetch(link.url)).status, 404, 'the link expires');
  });

  it('downloads a file from a ticket’s history: the seeded screenshot is a real PNG', async () => {
    const ticket = await as(prepaid).helpdesk.tickets.retrieve('tkt_482913');
    const screenshot = ticket.messages[0]!.attachments[0]!;
    const link = await as(prepaid).helpdesk.attachments.download(screenshot.id);
    const bytes = new Uint8Array(await (await fetch(link.url)).arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(bytes.length, screenshot.size);
  });

  it('gives no link to another customer’s file', async () => {
    const mine = await as(hosting).helpdesk.attachments.create(fileOf('umowa.pdf', 'application/pdf'));
    await assert.rejects(as(prepaid).helpdesk.attachments.download(mine.id), NotFoundError);
    await assert.rejects(as(prepaid).helpdesk.attachments.download('att_nonexistent'), NotFoundError);
  });

  it('refuses a file of the wrong type or over the size limit before uploading it', async () => {
    const client = as(prepaid);
    const program = new File(['MZ'], 'instalator.exe', { type: 'application/x-msdownload' });
    const wrongType = await client.helpdesk.attachments.create(program).catch((e: unknown) => e);
    assert.ok(isA(wrongType, ValidationError) && !wrongType.sent);
    assert.deepEqual(wrongType.fieldErrors.map((f) => f.path), ['file']);
    const huge = new File([new Uint8Array(ATTACHMENT_LIMITS.maxSize + 1)], 'nagranie.zip', { type: 'application/zip' });
    const tooBig = await client.helpdesk.attachments.create(huge).catch((e: unknown) => e);
    assert.ok(isA(tooBig, ValidationError) && !tooBig.sent);
    assert.deepEqual(tooBig.fieldErrors.map((f) => [f.path, f.code]), [['file', 'too_big']]);
    assert.deepEqual(requestsTo(sim, '/v1/helpdesk/attachments'), []);
  });

  it('reports upload progress where the transport can (XMLHttpRequest), ending at the whole file', async () => {
    const globals = globalThis as { XMLHttpRequest?: unknown };
    globals.XMLHttpRequest = UploadingXhr;
    try {
      const progress: UploadProgress[] = [];
      const file = fileOf('log-telefonu.txt', 'text/plain', 4000);
      const uploaded = await as(prepaid).helpdesk.attachments.create(file, { onUploadProgress: (p) => progress.push(p) });
      assert.equal(uploaded.size, 4000);
      assert.deepEqual(progress.map((p) => p.loaded), [0, 2000, 4000]);
      assert.ok(progress.every((p) => p.total === 4000));
    } finally {
      delete globals.XMLHttpRequest;
    }
    const plain = await as(prepaid).helpdesk.attachments.create(fileOf('bez-postepu.txt', 'text/plain'), { onUploadProgress: () => assert.fail('fetch reports no upload progress') });
    assert.equal(plain.fileName, 'bez-postepu.txt');
  });
});

describe('knowledge base (D4) and suggestions while writing a ticket (D7)', () => {
  beforeEach(() => sim.reset());

  it('lists its categories with as many articles as each category lists', async () => {
    const client = as(prepaid);
    const categories = await client.helpdesk.knowledgeBase.categories.list();
    assert.ok(categories.length >= 6);
    assert.equal(categories.find((c) => c.id === 'kb_billing')?.name, 'Płatności i faktury');
    assert.equal((await as(prepaid, 'en').helpdesk.knowledgeBase.categories.list()).find((c) => c.id === 'kb_billing')?.name, 'Payments and invoices');
    for (const category of categories) {
      const articles = await client.helpdesk.knowledgeBase.articles.list({ categoryId: category.id }).toArray({ limit: 500 });
      assert.equal(articles.length, category.articleCount, category.id);
      assert.ok(articles.every((a) => a.categoryId === category.id));
    }
  });

  it('counts and finds an article a test adds to the world', async () => {
    const client = as(prepaid);
    const before = (await client.helpdesk.knowledgeBase.categories.list()).find((c) => c.id === 'kb_voip')!.articleCount;
    sim.world.helpdesk.knowledgeBase.articles.push({
      id: 'kb_test_conference',
      categoryId: 'kb_voip',
      updatedAt: '2026-10-01',
      title: { pl: 'Telefon konferencyjny Polycom w sali narad', en: 'A Polycom conference phone in the meeting room' },
      excerpt: { pl: 'Jak podłączyć telefon konferencyjny do centrali.', en: 'How to connect a conference phone to the PBX.' },
      body: { pl: '<p>Telefon konferencyjny rejestruje się jak każdy telefon SIP.</p>', en: '<p>A conference phone registers like any SIP phone.</p>' },
      keywords: { pl: ['spotkanie'], en: ['meeting'] },
      related: ['kb_101', 'kb_missing'],
    });
    assert.equal((await client.helpdesk.knowledgeBase.categories.list()).find((c) => c.id === 'kb_voip')!.articleCount, before + 1);
    assert.equal((await client.helpdesk.knowledgeBase.articles.list({ query: 'polycom konferencyjne' })).data[0]?.id, 'kb_test_conference');
    const article = await client.helpdesk.knowledgeBase.articles.retrieve('kb_test_conference');
    assert.deepEqual(article.related, [{ id: 'kb_101', title: 'Doładowanie konta' }], 'a related article that does not exist is left out');
    sim.reset();
    await assert.rejects(client.helpdesk.knowledgeBase.articles.retrieve('kb_test_conference'), NotFoundError);
  });

  it('searches with or without Polish letters and endings, best match first', async () => {
    const client = as(prepaid);
    for (const query of ['doladowanie konta', 'Doładowanie konta', 'doładować konto', 'dolad']) {
      const found = (await client.helpdesk.knowledgeBase.articles.list({ query })).data;
      assert.equal(found[0]?.id, 'kb_101', query);
    }
    assert.deepEqual((await client.helpdesk.knowledgeBase.articles.list({ query: 'kb_101 zzzyx qwerty' })).data, []);
    const inCategory = (await client.helpdesk.knowledgeBase.articles.list({ query: 'doladowanie', categoryId: 'kb_hosting' })).data;
    assert.ok(inCategory.every((a) => a.categoryId === 'kb_hosting'));
  });

  it('retrieves an article with its formatted body and related articles that exist', async () => {
    const client = as(prepaid);
    const article = await client.helpdesk.knowledgeBase.articles.retrieve('kb_101');
    assert.equal(article.title, 'Doładowanie konta');
    assert.match(article.bodyHtml, /<h2>/);
    assert.match(article.updatedAt, /^\d{4}-\d{2}-\d{2}T/);
    for (const related of article.related) assert.equal((await client.helpdesk.knowledgeBase.articles.retrieve(related.id)).title, related.title);
    assert.equal((await as(prepaid, 'en').helpdesk.knowledgeBase.articles.retrieve('kb_101')).title, 'Topping up your account');
    await assert.rejects(client.helpdesk.knowledgeBase.articles.retrieve('kb_nonexistent'), NotFoundError);
  });

  it('suggests articles for what the customer types, scored 0–1, and nothing for unrelated text', async () => {
    const client = as(prepaid);
    const suggestions = await client.helpdesk.knowledgeBase.articles.suggest('doladowanie konta');
    assert.equal(suggestions[0]?.id, 'kb_101');
    assert.equal(suggestions[0]?.title, 'Doładowanie konta');
    assert.ok(suggestions.every((s, i) => s.score > 0 && s.score <= 1 && (i === 0 || suggestions[i - 1]!.score >= s.score)));
    assert.ok(suggestions.length <= 5);
    assert.ok((await client.helpdesk.knowledgeBase.articles.suggest('doladowanie konta', { limit: 1 })).length <= 1);
    assert.deepEqual(await client.helpdesk.knowledgeBase.articles.suggest('Jaka będzie jutro pogoda nad morzem?'), []);
    const chatter = 'Dzień dobry, piszę w sprawie naszego biura. Od tygodnia mamy nowego pracownika i chcielibyśmy wiedzieć, kiedy przyjedzie kurier. Pozdrawiam serdecznie.';
    assert.deepEqual(await client.helpdesk.knowledgeBase.articles.suggest(chatter), []);
  });

  it('finds the Outlook mail article for "nie dziala poczta w outlooku", typed without Polish letters', async () => {
    const [best] = await as(hosting).helpdesk.knowledgeBase.articles.suggest('nie dziala poczta w outlooku');
    assert.match(best?.title ?? '', /poczt.*Outlook/i);
    const [searched] = (await as(hosting).helpdesk.knowledgeBase.articles.list({ query: 'poczta outlook' })).data;
    assert.equal(searched?.id, best?.id);
  });

  it('suggests in the customer’s language: English text ranks English content', async () => {
    const english = await as(newcomer).helpdesk.knowledgeBase.articles.suggest('How do I top up my account by card?');
    assert.deepEqual([english[0]?.id, english[0]?.title], ['kb_101', 'Topping up your account']);
    const asked = await as(prepaid, 'en').helpdesk.knowledgeBase.articles.suggest('topping up the balance');
    assert.equal(asked[0]?.title, 'Topping up your account');
    const outlook = await as(newcomer).helpdesk.knowledgeBase.articles.suggest('Outlook keeps asking for my password');
    assert.match(outlook[0]?.title ?? '', /Outlook/);
    assert.ok(outlook.every((s) => !/[ąćęłńóśźż]/i.test(s.title)), 'English titles only');
  });
});

describe('announcements, downloads and server status (D3, D5, D6)', () => {
  beforeEach(() => sim.reset());

  it('lists announcements newest first: news, maintenance with its window, incidents, formatted, in both languages', async () => {
    const polish = await as(prepaid).helpdesk.announcements.list().toArray({ limit: 100 });
    const english = await as(prepaid, 'en').helpdesk.announcements.list().toArray({ limit: 100 });
    assert.ok(polish.length >= 6);
    const published = polish.map((a) => a.publishedAt);
    assert.deepEqual(published, [...published].sort().reverse());
    assert.deepEqual([...new Set(polish.map((a) => a.kind))].sort(), ['incident', 'maintenance', 'news']);
    const maintenance = polish.filter((a) => a.kind === 'maintenance');
    assert.ok(maintenance.length >= 1 && maintenance.every((a) => a.window && a.window.from < a.window.to));
    assert.ok(polish.filter((a) => a.kind !== 'maintenance').every((a) => a.window === null));
    assert.ok(polish.every((a) => /<(p|ul|ol|table)>/.test(a.bodyHtml) && /<strong>/.test(a.bodyHtml)));
    assert.deepEqual(english.map((a) => a.id), polish.map((a) => a.id));
    assert.notEqual(english[0]!.title, polish[0]!.title);
    assert.equal((await as(prepaid).helpdesk.announcements.list({ limit: 3 })).data.length, 3);
  });

  it('lists downloads by category, and each link serves the file’s bytes', async () => {
    const client = as(prepaid);
    const categories = await client.helpdesk.downloads.categories.list();
    assert.ok(categories.length >= 3);
    const all = await client.helpdesk.downloads.list().toArray({ limit: 100 });
    assert.equal(all.length, categories.reduce((n, c) => n + c.fileCount, 0));
    for (const category of categories) {
      const files = (await client.helpdesk.downloads.list({ categoryId: category.id })).data;
      assert.equal(files.length, category.fileCount);
      assert.ok(files.every((f) => f.categoryId === category.id));
    }
    const signatures: Record<string, number[]> = { 'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], 'application/zip': [0x50, 0x4b, 0x03, 0x04] };
    for (const file of all) {
      assert.ok(file.url.endsWith(`/media/downloads/${file.id}/${file.fileName}`), file.url);
      const response = await fetch(file.url);
      assert.equal(response.status, 200, file.fileName);
      assert.equal(response.headers.get('content-type'), file.contentType);
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.equal(bytes.length, file.size, file.fileName);
      const signature = signatures[file.contentType];
      if (signature) assert.deepEqual([...bytes.subarray(0, signature.length)], signature, file.fileName);
    }
    assert.ok(all.some((f) => f.contentType === 'application/pdf') && all.some((f) => f.contentType === 'application/zip'));
    assert.ok(all.some((f) => /yealink|grandstream/.test(f.fileName) && f.categoryId === 'dlc_provisioning'));
    assert.equal((await fetch(all[0]!.url.replace(all[0]!.fileName, 'inny.pdf'))).status, 404);
  });

  it('shows servers in Warsaw and Kraków: one degraded with a current incident, one in maintenance, a resolved incident', async () => {
    const servers = await as(hosting).helpdesk.serverStatus.list();
    assert.ok(servers.length >= 5);
    assert.ok(servers.some((s) => s.location.startsWith('Warszawa')) && servers.some((s) => s.location.startsWith('Kraków')));
    assert.ok(servers.every((s) => s.uptime >= 0 && s.uptime <= 1 && s.services.length >= 1));
    const degraded = servers.filter((s) => s.status === 'degraded');
    assert.equal(degraded.length, 1);
    const current = degraded[0]!.incidents.find((i) => i.resolvedAt === null)!;
    assert.ok(current.updates.length >= 2);
    const updates = current.updates.map((u) => u.at);
    assert.deepEqual(updates, [...updates].sort().reverse(), 'newest update first');
    assert.ok(degraded[0]!.services.some((s) => s.status === 'degraded'));
    assert.equal(servers.filter((s) => s.status === 'maintenance').length, 1);
    assert.ok(servers.some((s) => s.incidents.some((i) => i.status === 'resolved' && i.resolvedAt !== null)));
    const english = await as(hosting, 'en').helpdesk.serverStatus.list();
    assert.ok(english.some((s) => s.location.startsWith('Warsaw')));
  });
});
