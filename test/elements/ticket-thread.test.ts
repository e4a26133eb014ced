import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@portico/elements/ticket-thread';
import type { PorticoTicketThread } from '@portico/elements';
import { ticketReply, ticketRetrieve } from '@portico/sdk/helpdesk';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf, type } from './support.ts';
import { answered, holdPolls, operations, watch, type Asked, type HeldPolls } from './signals.ts';

const sim = await simulator();
const PREPAID = sim.customers.prepaid;
const ticketOf = (id: string) => sim.world.customers.get(PREPAID)!.tickets.find((t) => t.id === id)!;
const ANSWERED = 'tkt_482913';
const CLOSED = 'tkt_390118';
const messages = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.message')];
const status = (element: Element) => textOf(element, '.info .badge');

/** What the widget mounted last asked its client for. */
let asked: Asked[] = [];
/** The widget's polling, in the tests that run it themselves. */
let polls: HeldPolls | undefined;

/** A client of the simulator for a customer, whose requests land in `asked`. */
function watched(customer = PREPAID) {
  const client = clientFor(sim, customer);
  asked = watch(client);
  return client;
}

async function thread(id = ANSWERED, locale = 'en', customer = PREPAID): Promise<PorticoTicketThread> {
  const element = await mount<PorticoTicketThread>(html`<portico-ticket-thread .client=${watched(customer)} ticket-id=${id} locale=${locale}></portico-ticket-thread>`);
  await shows(element, '.history');
  return element;
}

async function reply(element: PorticoTicketThread, text: string) {
  $(element, 'header .button--primary').click();
  await shows(element, '#reply');
  type($(element, '#reply'), text);
  await element.updateComplete;
  $(element, '.reply [part~="submit"]').click();
}

describe('<portico-ticket-thread>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  afterEach(() => {
    polls?.restore();
    polls = undefined;
  });

  it('focus put on its title while it loads is on the ticket’s title once it is shown', async () => {
    sim.latency = 200;
    const element = await mount<PorticoTicketThread>(html`<portico-ticket-thread .client=${watched()} ticket-id=${ANSWERED} locale="en"></portico-ticket-thread>`);
    element.focus();
    expect(element.shadowRoot!.activeElement?.id).to.equal('title');
    await shows(element, '.history');
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.id, 'on the title the ticket’s header drew').to.equal('title');
    expect(textOf(element, '#title')).to.equal(ticketOf(ANSWERED).subject);
  });

  it('keeps a reply being typed when the page switches language: the same ticket in other words', async () => {
    const element = await thread();
    $(element, 'header .button--primary').click();
    await shows(element, '#reply');
    type($(element, '#reply'), 'Dziękuję, sprawdzę wieczorem.');
    const before = operations(asked, ticketRetrieve.id).length;
    element.locale = 'pl';
    await element.updateComplete;
    expect(operations(asked, ticketRetrieve.id).length, 'the ticket is read again in Polish').to.equal(before + 1);
    await answered(asked);
    await element.updateComplete;
    expect($(element, '[part~="base"]').getAttribute('lang')).to.equal('pl');
    expect(($(element, '#reply') as HTMLTextAreaElement).value).to.equal('Dziękuję, sprawdzę wieczorem.');
  });

  it('shows the ticket’s information and its whole history, newest first, as text', async () => {
    const element = await thread();
    const ticket = ticketOf(ANSWERED);
    expect(textOf(element, '#title')).to.equal(ticket.subject);
    expect(textOf(element, '.info')).to.contain(`Number #${ticket.number}`);
    expect(status(element)).to.equal('Answered');
    expect(messages(element).length).to.equal(ticket.messages.length);
    const newest = ticket.messages.at(-1)!;
    expect(messages(element)[0]!.querySelector('.author')!.textContent).to.equal(newest.author.name);
    expect(messages(element)[0]!.querySelector('.role')!.textContent).to.equal('Support');
    expect(messages(element)[0]!.querySelector('.body')!.textContent).to.equal(newest.body);
    await expect(element).to.be.accessible();
  });

  it('sends a reply: Customer-Reply, the reply on top with focus, the event', async () => {
    const element = await thread();
    const updated = oneEvent(element, 'portico-ticket-update');
    await reply(element, 'Po restarcie działa, ale sprawdzę jeszcze jutro rano.');
    const { ticket, change } = (await updated).detail;
    expect(change).to.equal('reply');
    await waitUntil(() => status(element) === 'Customer-Reply', 'status follows');
    expect(messages(element)[0]!.querySelector('.body')!.textContent).to.equal('Po restarcie działa, ale sprawdzę jeszcze jutro rano.');
    await focusOn(element, messages(element)[0]!, 'focus on the reply');
    expect(ticket.status).to.equal('customer_reply');
    expect(ticketOf(ANSWERED).status).to.equal('customer_reply');
    expect(element.shadowRoot!.querySelector('#reply') === null).to.equal(true);
  });

  it('sends with Ctrl+Enter from the message, and the next reply starts with no error', async () => {
    const element = await thread();
    $(element, 'header .button--primary').click();
    const field = await shows(element, '#reply');
    expect(field.getAttribute('aria-keyshortcuts')).to.contain('Control+Enter');
    field.focus();
    await sendKeys({ type: 'Działa, dziękuję.' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => status(element) === 'Customer-Reply', 'the reply is sent');
    expect(requestsTo(sim, `/v1/helpdesk/tickets/${ANSWERED}/replies`).length).to.equal(1);
    $(element, 'header .button--primary').click();
    const again = await shows(element, '#reply');
    expect(again.getAttribute('aria-invalid')).to.equal('false');
    expect(element.shadowRoot!.querySelector('#reply-error') === null).to.equal(true);
  });

  it('refuses a too-short reply at the field and sends nothing', async () => {
    const element = await thread();
    await reply(element, 'OK');
    await element.updateComplete;
    expect(textOf(element, '#reply-error')).to.equal('Write at least 10 characters.');
    expect($(element, '#reply').getAttribute('aria-describedby')).to.equal('reply-error');
    await focusOn(element, $(element, '#reply'), 'focus on the field to correct');
    // A reply is asked for in the same turn as the click on Send: this one asked for none.
    expect(operations(asked, ticketReply.id), 'replies asked for').to.deep.equal([]);
    await answered(asked);
    expect(requestsTo(sim, `/v1/helpdesk/tickets/${ANSWERED}/replies`)).to.deep.equal([]);
    expect(status(element)).to.equal('Answered');
    await expect(element).to.be.accessible();
  });

  it('counts a reply’s characters as the contract does: five emoji are five, too short to send', async () => {
    const element = await thread();
    await reply(element, '👍👍👍👍👍');
    await element.updateComplete;
    expect(textOf(element, '#reply-error')).to.equal('Write at least 10 characters.');
    expect(textOf(element, '.reply .count')).to.equal('5 / 10,000');
    expect(operations(asked, ticketReply.id), 'replies asked for').to.deep.equal([]);
  });

  it('shows the chosen ticket only: a reply still on its way for the last one changes nothing here', async () => {
    const element = await thread();
    sim.latency = 400;
    await reply(element, 'Odpowiedź do pierwszego zgłoszenia, jeszcze w drodze.');
    await waitUntil(() => $(element, '.reply [part~="submit"]').getAttribute('aria-disabled') === 'true', 'sending');
    const other = 'tkt_517204';
    element.ticketId = other;
    await element.updateComplete;
    // The last ticket is gone at once, not shown while the next one loads.
    expect(element.shadowRoot!.querySelector('.history') === null).to.equal(true);
    await waitUntil(() => textOf(element, '#title') === ticketOf(other).subject, 'the chosen ticket shows');
    // The reply for the last ticket answered (or given up), and the widget done with it.
    expect(operations(asked, ticketReply.id)).to.deep.equal([ticketReply.id]);
    await answered(asked);
    await element.updateComplete;
    expect(textOf(element, '#title')).to.equal(ticketOf(other).subject);
    expect(messages(element).length).to.equal(ticketOf(other).messages.length);
    expect(element.shadowRoot!.querySelector('#reply') === null).to.equal(true);
    // Its own reply is not blocked by the other one's.
    sim.latency = 0;
    await reply(element, 'Druga sprawa: proszę o kontakt telefoniczny.');
    await waitUntil(() => messages(element)[0]!.querySelector('.body')!.textContent === 'Druga sprawa: proszę o kontakt telefoniczny.', 'its reply shows');
  });

  it('shows a failed load of the chosen ticket as an error, not the ticket before it', async () => {
    const element = await thread();
    sim.faults.enqueue({ status: 503, path: '/v1/helpdesk/tickets/tkt_517204' });
    element.ticketId = 'tkt_517204';
    await shows(element, '[part~="error"]');
    expect(textOf(element, '#title')).to.not.equal(ticketOf(ANSWERED).subject);
    expect(element.shadowRoot!.querySelector('.history') === null).to.equal(true);
  });

  it('sends a reply once when the answer is lost and the customer tries again', async () => {
    const element = await thread();
    const before = ticketOf(ANSWERED).messages.length;
    sim.faults.enqueue({ loseResponse: true, path: '/replies', method: 'POST' });
    await reply(element, 'Problem wrócił dziś o 9:15, ten sam komunikat.');
    const failed = await shows(element, '#reply-failed');
    await focusOn(element, failed);
    expect(($(element, '#reply') as HTMLTextAreaElement).value).to.equal('Problem wrócił dziś o 9:15, ten sam komunikat.');
    expect(ticketOf(ANSWERED).messages.length).to.equal(before + 1);
    $(element, '.reply [part~="retry"]').click();
    await waitUntil(() => status(element) === 'Customer-Reply', 'sent');
    expect(ticketOf(ANSWERED).messages.length).to.equal(before + 1);
  });

  it('posts one reply when the answer is lost and the text is edited before trying again, and keeps the edit', async () => {
    const element = await thread();
    const before = ticketOf(ANSWERED).messages.length;
    sim.faults.enqueue({ loseResponse: true, path: '/replies', method: 'POST' });
    await reply(element, 'Problem wrócił dziś o 9:15.');
    await shows(element, '#reply-failed');
    type($(element, '#reply'), 'Problem wrócił dziś o 9:15, ten sam komunikat co wczoraj.');
    await element.updateComplete;
    $(element, '.reply [part~="submit"]').click();
    const note = await shows(element, '#reply-earlier');
    await focusOn(element, note);
    expect(note.textContent).to.contain('posted as you first sent it');
    expect(ticketOf(ANSWERED).messages.length).to.equal(before + 1);
    expect(ticketOf(ANSWERED).messages.at(-1)!.body).to.equal('Problem wrócił dziś o 9:15.');
    expect(messages(element)[0]!.querySelector('.body')!.textContent).to.equal('Problem wrócił dziś o 9:15.');
    expect(($(element, '#reply') as HTMLTextAreaElement).value).to.equal('Problem wrócił dziś o 9:15, ten sam komunikat co wczoraj.');
    // Sent now, the edit is a reply of its own.
    $(element, '.reply [part~="submit"]').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#reply') === null, 'the reply form closes');
    expect(ticketOf(ANSWERED).messages.length).to.equal(before + 2);
  });

  it('a file added after a lost answer stays for the reply of its own', async () => {
    const element = await thread();
    sim.faults.enqueue({ loseResponse: true, path: '/replies', method: 'POST' });
    await reply(element, 'Problem wrócił dziś o 9:15.');
    await shows(element, '#reply-failed');
    type($(element, '#reply'), 'Problem wrócił dziś o 9:15. Zrzut ekranu w załączniku.');
    const input = $(element, '#reply-files-input') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(64)], 'zrzut.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await shows(element, '.file--done');
    $(element, '.reply [part~="submit"]').click();
    await shows(element, '#reply-earlier');
    expect(ticketOf(ANSWERED).messages.at(-1)!.attachments.length, 'the earlier version had no file').to.equal(0);
    expect(textOf(element, '.reply .files'), 'the file added since is still there').to.contain('zrzut.png');
    $(element, '.reply [part~="submit"]').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#reply') === null, 'the reply form closes');
    expect(ticketOf(ANSWERED).messages.at(-1)!.attachments.map((a) => a.fileName)).to.deep.equal(['zrzut.png']);
  });

  it('closes the ticket after asking, says so, and a reply opens it again', async () => {
    const element = await thread();
    $(element, '#close').click();
    const question = await shows(element, '#close-question');
    await focusOn(element, question);
    expect(question.textContent).to.contain('Close this ticket?');
    await expect(element).to.be.accessible();
    const closed = oneEvent(element, 'portico-ticket-update');
    $(element, '.confirm .button--primary').click();
    expect((await closed).detail.change).to.equal('close');
    const note = await shows(element, '#closed-note');
    await focusOn(element, note);
    expect(status(element)).to.equal('Closed');
    expect(element.shadowRoot!.querySelector('#close') === null).to.equal(true);
    await reply(element, 'Niestety problem wrócił po aktualizacji telefonu.');
    await waitUntil(() => status(element) === 'Customer-Reply', 'open again');
    expect(ticketOf(ANSWERED).status).to.equal('customer_reply');
  });

  it('says a closed ticket is closed, and that replying opens it again', async () => {
    const element = await thread(CLOSED, 'pl');
    expect(status(element)).to.equal('Zamknięte');
    expect(textOf(element, '#closed-note')).to.contain('To zgłoszenie jest zamknięte.');
    $(element, 'header .button--primary').click();
    await shows(element, '#reply');
    expect($(element, '#reply').getAttribute('aria-describedby')).to.equal('reopen-hint');
    await expect(element).to.be.accessible();
  });

  it('checks a CC address before sending it, then saves, shows and removes it', async () => {
    const element = await thread();
    const field = $(element, '#cc-new');
    type(field, 'ksiegowosc@');
    $(element, '.cc-add button').click();
    await element.updateComplete;
    expect(textOf(element, '#cc-error')).to.equal('Enter an e-mail address like name@example.com.');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(requestsTo(sim, `/v1/helpdesk/tickets/${ANSWERED}/cc`)).to.deep.equal([]);
    type(field, 'ksiegowosc@kowalczyk-rachunki.pl');
    $(element, '.cc-add button').click();
    await waitUntil(() => element.shadowRoot!.querySelector('.chip'), 'saved');
    expect(textOf(element, '.chip span')).to.equal('ksiegowosc@kowalczyk-rachunki.pl');
    expect(ticketOf(ANSWERED).cc).to.deep.equal(['ksiegowosc@kowalczyk-rachunki.pl']);
    type(field, 'KSIEGOWOSC@kowalczyk-rachunki.pl');
    $(element, '.cc-add button').click();
    await element.updateComplete;
    expect(textOf(element, '#cc-error')).to.equal('This address is already on the list.');
    $(element, '.chip button').click();
    await waitUntil(() => !element.shadowRoot!.querySelector('.chip'), 'removed');
    expect(ticketOf(ANSWERED).cc).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('#cc-error'), 'the list changed: what was said of it goes').to.equal(null);
  });

  it('a CC refusal goes once a reply is sent: it spoke of the ticket before', async () => {
    const element = await thread();
    const field = $(element, '#cc-new');
    type(field, 'ksiegowosc@kowalczyk-rachunki.pl');
    $(element, '.cc-add button').click();
    await waitUntil(() => element.shadowRoot!.querySelector('.chip'), 'saved');
    type(field, 'ksiegowosc@kowalczyk-rachunki.pl');
    $(element, '.cc-add button').click();
    await element.updateComplete;
    expect(textOf(element, '#cc-error')).to.equal('This address is already on the list.');
    await reply(element, 'Dziękuję, sprawdzę.');
    await waitUntil(() => ticketOf(ANSWERED).messages.some((m) => m.body.includes('sprawdzę')) && !element.shadowRoot!.querySelector('#reply'), 'the reply is sent');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#cc-error')).to.equal(null);
  });

  it('downloads an attachment through a short-lived link', async () => {
    const element = await thread();
    const button = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.message-files button')][0]!;
    const downloaded = new Promise<string>((resolve) => {
      const listener = (event: Event) => {
        const link = event.target as HTMLAnchorElement;
        if (link.localName !== 'a' || !link.download) return;
        event.preventDefault();
        document.removeEventListener('click', listener, true);
        resolve(link.href);
      };
      document.addEventListener('click', listener, true);
    });
    expect(button.getAttribute('aria-label')).to.equal(`Download ${button.textContent}`);
    button.click();
    const href = await downloaded;
    const response = await fetch(href);
    expect(response.ok).to.equal(true);
    expect((await response.arrayBuffer()).byteLength).to.be.greaterThan(0);
  });

  it('shows support’s answer when it arrives', async () => {
    const element = await thread();
    await reply(element, 'Czy mogą Państwo sprawdzić logi z wczoraj po 18:00?');
    await waitUntil(() => status(element) === 'Customer-Reply', 'replied');
    sim.clock.advance(sim.timings.ticketAnswer + 1000);
    await element.refresh();
    await waitUntil(() => status(element) === 'Answered', 'answered');
    expect(messages(element)[0]!.querySelector('.role')!.textContent).to.equal('Support');
  });

  it('checks by itself for support’s answer while the ticket waits for it, and stops once it is answered', async () => {
    // Written from elsewhere (another tab, the e-mail): the ticket waits for support when it loads.
    await clientFor(sim, PREPAID).request(ticketReply, { params: { id: ANSWERED }, body: { message: 'Czy są już jakieś wieści?' } });
    polls = holdPolls();
    const element = await mount<PorticoTicketThread>(html`<portico-ticket-thread .client=${watched()} ticket-id=${ANSWERED} locale="en" refresh-every="0.2"></portico-ticket-thread>`);
    await shows(element, '.info .badge');
    expect(status(element), 'loaded, waiting for support').to.equal('Customer-Reply');
    sim.clock.advance(sim.timings.ticketAnswer + 1000);
    // The next check, 0.2 s later.
    await answered(asked);
    await element.updateComplete;
    expect(polls.run(), 'checks due').to.equal(1);
    await waitUntil(() => status(element) === 'Answered', 'support’s answer appears with no reload', { timeout: 3000 });
    expect(messages(element)[0]!.querySelector('.role')!.textContent).to.equal('Support');
    await answered(asked);
    await element.updateComplete;
    const reads = requestsTo(sim, `/v1/helpdesk/tickets/${ANSWERED}`).length;
    const asks = asked.length;
    // Rounds that come later: none is left to come, and running what is there asks for nothing.
    expect(polls.pending, 'checks scheduled').to.equal(0);
    polls.run();
    await answered(asked);
    expect(asked.length, 'requests asked for after the answer').to.equal(asks);
    expect(requestsTo(sim, `/v1/helpdesk/tickets/${ANSWERED}`).length, 'an answered ticket is not checked again').to.equal(reads);
  });

  it('a check for support’s answer read before the customer replied does not take the reply away', async () => {
    await clientFor(sim, PREPAID).request(ticketReply, { params: { id: ANSWERED }, body: { message: 'Czy są już jakieś wieści?' } });
    polls = holdPolls();
    // A slow line for one read of the ticket: answered at once, with the ticket as it was then,
    // and handed to the widget only when the test says.
    let holding = false;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slowRead: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request);
      if (holding && request.method === 'GET' && new URL(request.url).pathname === `/v1/helpdesk/tickets/${ANSWERED}`) {
        holding = false;
        await held;
      }
      return response;
    };
    const client = clientFor(sim, PREPAID, { fetch: slowRead });
    asked = watch(client);
    const element = await mount<PorticoTicketThread>(html`<portico-ticket-thread .client=${client} ticket-id=${ANSWERED} locale="en" refresh-every="0.2"></portico-ticket-thread>`);
    await shows(element, '.history');
    await answered(asked);
    await element.updateComplete;
    holding = true;
    expect(polls.run(), 'checks due').to.equal(1);
    await waitUntil(() => requestsTo(sim, `/v1/helpdesk/tickets/${ANSWERED}`).filter((r) => r === 'GET 200').length === 2, 'the check has read the ticket');
    const text = 'Dodam jeszcze: dotyczy to tylko telefonu na recepcji.';
    await reply(element, text);
    await waitUntil(() => messages(element)[0]!.querySelector('.body')!.textContent === text, 'the reply shows');
    release();
    await answered(asked);
    await element.updateComplete;
    expect(messages(element)[0]!.querySelector('.body')!.textContent, 'the reply stays').to.equal(text);
    expect(messages(element).length).to.equal(ticketOf(ANSWERED).messages.length);
  });

  it('asks for a ticket when none is chosen, and shows a failed load with a retry', async () => {
    const none = await mount<PorticoTicketThread>(html`<portico-ticket-thread .client=${watched()} locale="en"></portico-ticket-thread>`);
    expect(textOf(none, '[part~="empty"]')).to.contain('Choose a ticket from the list.');
    const reported: Event[] = [];
    none.addEventListener('portico-error', (event) => reported.push(event));
    none.ticketId = ANSWERED;
    await shows(none, '.history');
    none.ticketId = '';
    await shows(none, '[part~="empty"]');
    // Whatever the widget asked for is answered, and its answer handled: no failure came of it.
    await answered(asked);
    await none.updateComplete;
    expect(operations(asked, ticketRetrieve.id), 'loads: the chosen ticket’s only').to.deep.equal([ticketRetrieve.id]);
    expect(reported.length, 'no ticket chosen is not a failure').to.equal(0);
    sim.faults.persist({ status: 503, path: `/v1/helpdesk/tickets/${ANSWERED}` });
    const element = await mount<PorticoTicketThread>(html`<portico-ticket-thread .client=${clientFor(sim, PREPAID)} ticket-id=${ANSWERED} locale="en"></portico-ticket-thread>`);
    const error = await shows(element, '[part~="error"]');
    await expect(element).to.be.accessible();
    sim.faults.clear();
    error.querySelector('button')!.click();
    await shows(element, '.history');
  });

  it('fits 280 px with no horizontal scroll', async () => {
    const box = await mount<HTMLDivElement>(html`<div style="width: 280px"><portico-ticket-thread .client=${clientFor(sim, PREPAID)} ticket-id=${ANSWERED} locale="pl"></portico-ticket-thread></div>`);
    const element = box.firstElementChild as PorticoTicketThread;
    await shows(element, '.history');
    const base = $(element, '[part~="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    await expect(element).to.be.accessible();
  });
});
