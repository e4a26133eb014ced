import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@portico/elements/ticket-list';
import type { PorticoTicketList } from '@portico/elements';
import { $, clientFor, focusOn, mount, shows, simulator, textOf } from './support.ts';
import { answered, watch } from './signals.ts';

const sim = await simulator();
const rows = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')];
const cells = (row: HTMLTableRowElement) => [...row.cells].map((c) => c.innerText.replace(/\s+/g, ' ').trim());
const filters = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="filter"] button')];

async function list(customer: string = sim.customers.prepaid, locale = 'en', width?: number): Promise<PorticoTicketList> {
  const box = await mount<HTMLDivElement>(html`<div style=${width ? `width: ${width}px` : ''}><portico-ticket-list .client=${clientFor(sim, customer)} locale=${locale}></portico-ticket-list></div>`);
  const element = box.firstElementChild as PorticoTicketList;
  await shows(element, 'table, [part~="empty"]');
  return element;
}

describe('<portico-ticket-list>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  it('lists department, number, subject, status in words and last update, most recent first', async () => {
    const element = await list();
    const tickets = sim.world.customers.get(sim.customers.prepaid)!.tickets;
    expect(rows(element).length).to.equal(tickets.length);
    const [first] = rows(element);
    const newest = [...tickets].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0]!;
    const [department, number, subject, status] = cells(first!);
    expect(number).to.equal(`#${newest.number}`);
    expect(subject).to.equal(newest.subject);
    expect(department).to.equal(newest.departmentId === 'dep_sales' ? 'Sales' : newest.departmentId === 'dep_billing' ? 'Billing' : 'Technical support');
    expect(status).to.be.oneOf(['Open', 'Answered', 'Customer-Reply', 'Closed']);
    expect(rows(element).map((r) => cells(r)[3]).sort()).to.deep.equal(['Answered', 'Closed', 'Customer-Reply', 'Open']);
    await expect(element).to.be.accessible();
  });

  it('filters by each of the four statuses, with the choice pressed', async () => {
    const element = await list();
    for (const [index, word] of ['Open', 'Answered', 'Customer-Reply', 'Closed'].entries()) {
      filters(element)[index + 1]!.click();
      await waitUntil(() => rows(element).length === 1 && cells(rows(element)[0]!)[3] === word, `only ${word}`);
      expect(filters(element)[index + 1]!.getAttribute('aria-pressed')).to.equal('true');
    }
    filters(element)[0]!.click();
    await waitUntil(() => rows(element).length === 4, 'all again');
  });

  it('says the statuses in Polish as the portal does', async () => {
    const element = await list(sim.customers.prepaid, 'pl');
    expect(filters(element).map((f) => f.textContent!.trim())).to.deep.equal(['Wszystkie', 'Otwarte', 'Otrzymano odpowiedź', 'Twoja odpowiedź', 'Zamknięte']);
    expect(textOf(element, 'thead')).to.equal('Dział Numer Temat Status Ostatnia aktualizacja');
    await expect(element).to.be.accessible();
  });

  it('fires portico-ticket-select for a ticket, from the keyboard too, and marks it current', async () => {
    const element = await list();
    const link = $(element, '.item');
    link.focus();
    await focusOn(element, link);
    const chosen = oneEvent(element, 'portico-ticket-select');
    await sendKeys({ press: 'Enter' });
    const { ticketId, ticket } = (await chosen).detail;
    expect(ticketId).to.equal(ticket.id);
    expect(link.getAttribute('aria-label')).to.equal(`Ticket #${ticket.number}: ${ticket.subject}`);
    await element.updateComplete;
    expect(link.getAttribute('aria-current')).to.equal('true');
  });

  it('offers to open a ticket when there is none yet', async () => {
    const element = await list(sim.customers.newcomer);
    const empty = await shows(element, '[part~="empty"]');
    expect(empty.innerText).to.contain('You have no tickets yet');
    const asked = oneEvent(element, 'portico-ticket-new');
    empty.querySelector('button')!.click();
    await asked;
    await expect(element).to.be.accessible();
  });

  it('says when no ticket has the chosen status, and how to see them all', async () => {
    const customer = sim.world.customers.get(sim.customers.prepaid)!;
    customer.tickets = customer.tickets.filter((t) => t.status !== 'closed');
    const element = await list();
    filters(element)[4]!.click();
    const empty = await shows(element, '[part~="empty"]');
    expect(empty.innerText).to.contain('No tickets with this status');
    empty.querySelector('button')!.click();
    await waitUntil(() => rows(element).length === 3, 'the rest again');
  });

  it('shows a failed load with a retry that recovers', async () => {
    sim.faults.persist({ status: 503, path: '/v1/helpdesk/tickets' });
    const element = await mount<PorticoTicketList>(html`<portico-ticket-list .client=${clientFor(sim, sim.customers.prepaid)} locale="en"></portico-ticket-list>`);
    const error = await shows(element, '[part~="error"]');
    expect(error.innerText).to.contain('Something went wrong on our side.');
    await expect(element).to.be.accessible();
    sim.faults.clear();
    const retry = error.querySelector('button')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await shows(element, 'table');
    expect(element.shadowRoot!.activeElement === $(element, '#title'), 'focus waits on the title, not lost with the button').to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('"Show more" answered after another status was chosen adds nothing to that status’s list', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const asked = watch(client);
    const box = await mount<HTMLDivElement>(html`<div><portico-ticket-list .client=${client} locale="en" page-size="1"></portico-ticket-list></div>`);
    const element = box.firstElementChild as PorticoTicketList;
    await shows(element, '.more');
    expect(rows(element).length).to.equal(1);
    // A slow line for the next page only: the status chosen meanwhile loads at once.
    sim.latency = 600;
    $(element, '.more').click();
    await waitUntil(() => sim.log.some((e) => e.path.includes('cursor=')), 'the next page is asked for');
    sim.latency = 0;
    filters(element)[4]!.click();
    await waitUntil(() => rows(element).length === 1 && cells(rows(element)[0]!)[3] === 'Closed', 'the closed tickets');
    // The next page of all of them: answered (or given up), and the widget done with it.
    await answered(asked);
    await element.updateComplete;
    expect(rows(element).map((r) => cells(r)[3]), 'only closed tickets, once the next page of all of them is back').to.deep.equal(['Closed']);
    expect(textOf(element, '[role="status"][aria-live]')).to.equal('1 ticket');
  });

  it('a failed "Show more" says why at the button, which tries again', async () => {
    const box = await mount<HTMLDivElement>(html`<div><portico-ticket-list .client=${clientFor(sim, sim.customers.prepaid)} locale="en" page-size="1"></portico-ticket-list></div>`);
    const element = box.firstElementChild as PorticoTicketList;
    await shows(element, '.more');
    sim.faults.enqueue({ status: 503, path: '/v1/helpdesk/tickets' });
    $(element, '.more').click();
    const failed = await shows(element, '.more-error');
    expect(failed.getAttribute('role')).to.equal('alert');
    expect(failed.textContent).to.contain('We couldn’t load more. Something went wrong on our side.');
    expect(rows(element).length).to.equal(1);
    await expect(element).to.be.accessible();
    $(element, '.more').click();
    await waitUntil(() => rows(element).length === 2, 'the next page, on a second try');
    expect(element.shadowRoot!.querySelector('.more-error') === null).to.equal(true);
  });

  it('a reload that fails after "Show more" says so, instead of the tickets it could not refresh', async () => {
    const box = await mount<HTMLDivElement>(html`<div><portico-ticket-list .client=${clientFor(sim, sim.customers.prepaid)} locale="en" page-size="2"></portico-ticket-list></div>`);
    const element = box.firstElementChild as PorticoTicketList;
    await shows(element, '.more');
    $(element, '.more').click();
    await waitUntil(() => rows(element).length === 4, 'every ticket');
    sim.faults.persist({ status: 503, path: '/v1/helpdesk/tickets' });
    element.refresh();
    const error = await shows(element, '[part~="error"]');
    expect(error.innerText).to.contain('Something went wrong on our side.');
    expect(rows(element).length, 'no ticket left from before').to.equal(0);
    sim.faults.clear();
    error.querySelector('button')!.click();
    await waitUntil(() => rows(element).length === 2 && element.shadowRoot!.querySelector('.more') !== null, 'the first page again');
  });

  it('shows tickets as cards at 280 px, with no horizontal scroll', async () => {
    const element = await list(sim.customers.prepaid, 'pl', 280);
    const base = $(element, '[part~="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(getComputedStyle(rows(element)[0]!).display).to.equal('grid');
    await expect(element).to.be.accessible();
  });
});
