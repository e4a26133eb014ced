import { departmentOperations, ticketOperations, type Attachment, type Ticket, type TicketSummary } from '@portico/sdk/contract';
import type { SimulatorContext } from '../../http/context.ts';
import type { CustomerRecord } from '../../data/world.ts';
import type { AttachmentRecord, DepartmentRecord, Locale, TicketRecord } from '../../data/helpdesk/records.ts';
import { sortTickets } from '../../data/helpdesk/staff-answers.ts';
import { localeOf } from '../../http/locale.ts';
import { paginate } from '../../http/paginate.ts';
import { Problem } from '../../http/problem.ts';
import { route } from '../../http/route.ts';

function findTicket(customer: CustomerRecord, id: string): TicketRecord {
  const ticket = customer.tickets.find((t) => t.id === id);
  if (!ticket) throw new Problem(404, 'ticket_not_found', `No ticket ${id} on this account.`);
  return ticket;
}

function departmentOf(sim: SimulatorContext, id: string): DepartmentRecord | undefined {
  return sim.world.helpdesk.departments.find((d) => d.id === id);
}

function summaryOf(ticket: TicketRecord, customer: CustomerRecord, sim: SimulatorContext, locale: Locale): TicketSummary {
  const department = departmentOf(sim, ticket.departmentId);
  const service = ticket.relatedServiceId === null ? undefined : customer.services.find((s) => s.id === ticket.relatedServiceId);
  return {
    id: ticket.id,
    number: ticket.number,
    subject: ticket.subject,
    department: { id: ticket.departmentId, name: department?.name[locale] ?? ticket.departmentId },
    status: ticket.status,
    priority: ticket.priority,
    relatedService: service ? { id: service.id, name: service.name } : null,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
  };
}

function ticketOf(ticket: TicketRecord, customer: CustomerRecord, sim: SimulatorContext, locale: Locale): Ticket {
  return { ...summaryOf(ticket, customer, sim, locale), requester: { ...ticket.requester }, cc: [...ticket.cc], messages: structuredClone(ticket.messages) };
}

/** The same address once, as first written: "Anna@x.pl" and "anna@x.pl" are one recipient. */
function distinctEmails(emails: readonly string[]): string[] {
  const seen = new Set<string>();
  return emails.filter((email) => {
    const key = email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The files a message names: each must be one this customer uploaded and has not sent yet.
 * Refused at the field, so a form can point at the file.
 */
function takeAttachments(customer: CustomerRecord, ids: readonly string[] = []): AttachmentRecord[] {
  return ids.map((id, index) => {
    const pointer = `/attachments/${index}`;
    if (ids.indexOf(id) !== index) throw Problem.field(pointer, 'duplicate_attachment', 'This file is already on the message.');
    const file = customer.attachments.find((a) => a.id === id);
    if (!file) throw Problem.field(pointer, 'unknown_attachment', `No uploaded file ${id} on this account. Upload it first.`);
    if (file.ticketId !== null) throw Problem.field(pointer, 'attachment_already_sent', 'This file was already sent with another message. Upload it again.');
    return file;
  });
}

function wireAttachment({ id, fileName, contentType, size }: AttachmentRecord): Attachment {
  return { id, fileName, contentType, size };
}

/** A fresh six-digit number no ticket on the platform has. */
function newTicketNumber(sim: SimulatorContext): string {
  const taken = new Set([...sim.world.customers.values()].flatMap((c) => c.tickets.map((t) => t.number)));
  for (;;) {
    const number = String(sim.random.int(100_000, 999_999));
    if (!taken.has(number)) return number;
  }
}

/** When support will answer what the customer just wrote, or null if the simulator never does for this team. */
function answerDue(sim: SimulatorContext, department: DepartmentRecord | undefined, now: number): number | null {
  return department?.answeredBySimulator ? now + sim.timings.ticketAnswer : null;
}

/** D1, D2, D7: departments, the customer's tickets, opening, replying, closing and CC. */
export function ticketRoutes(sim: SimulatorContext) {
  return [
    route(sim, departmentOperations.list, ({ customer, request }) => {
      const locale = localeOf(request, customer);
      return { data: sim.world.helpdesk.departments.map((d) => ({ id: d.id, name: d.name[locale], description: d.description[locale] })) };
    }),

    route(sim, ticketOperations.list, ({ customer, query, request }) => {
      const locale = localeOf(request, customer);
      const tickets = customer.tickets.filter((t) => !query.status || t.status === query.status);
      return paginate(
        tickets.map((t) => summaryOf(t, customer, sim, locale)),
        query,
      );
    }),

    route(sim, ticketOperations.retrieve, ({ customer, params, request }) => ticketOf(findTicket(customer, params.id), customer, sim, localeOf(request, customer))),

    route(sim, ticketOperations.create, ({ customer, body, request }) => {
      const department = departmentOf(sim, body.departmentId);
      if (!department) throw Problem.field('/departmentId', 'unknown_department', `There is no department ${body.departmentId}. See GET /v1/helpdesk/departments.`);
      const relatedServiceId = body.relatedServiceId ?? null;
      if (relatedServiceId !== null && !customer.services.some((s) => s.id === relatedServiceId)) {
        throw Problem.field('/relatedServiceId', 'unknown_service', 'Not one of this account’s services. See GET /v1/account/services.');
      }
      const files = takeAttachments(customer, body.attachments);
      const locale = localeOf(request, customer);
      const now = sim.clock.now();
      const at = new Date(now).toISOString();
      const number = newTicketNumber(sim);
      const ticket: TicketRecord = {
        id: sim.random.id('tkt'),
        number,
        subject: body.subject.trim(),
        departmentId: department.id,
        status: 'open',
        priority: body.priority,
        relatedServiceId,
        requester: { name: customer.name, email: customer.email },
        cc: distinctEmails(body.cc ?? []),
        messages: [{ id: `msg_${number}_1`, author: { kind: 'customer', name: customer.name }, body: body.message, attachments: files.map(wireAttachment), createdAt: at }],
        createdAt: at,
        updatedAt: at,
        locale,
        answerAt: answerDue(sim, department, now),
      };
      for (const file of files) file.ticketId = ticket.id;
      customer.tickets.unshift(ticket);
      sortTickets(customer.tickets);
      return ticketOf(ticket, customer, sim, locale);
    }),

    route(sim, ticketOperations.reply, ({ customer, params, body, request }) => {
      const ticket = findTicket(customer, params.id);
      const files = takeAttachments(customer, body.attachments);
      const now = sim.clock.now();
      const at = new Date(now).toISOString();
      ticket.messages.push({
        id: `msg_${ticket.number}_${ticket.messages.length + 1}`,
        author: { kind: 'customer', name: customer.name },
        body: body.message,
        attachments: files.map(wireAttachment),
        createdAt: at,
      });
      for (const file of files) file.ticketId = ticket.id;
      if (body.cc !== undefined) ticket.cc = distinctEmails(body.cc);
      // The seed's rule: a customer's reply makes it Customer-Reply, a closed ticket included (it opens again).
      ticket.status = 'customer_reply';
      ticket.updatedAt = at;
      ticket.answerAt = answerDue(sim, departmentOf(sim, ticket.departmentId), now);
      sortTickets(customer.tickets);
      return ticketOf(ticket, customer, sim, localeOf(request, customer));
    }),

    route(sim, ticketOperations.close, ({ customer, params, request }) => {
      const ticket = findTicket(customer, params.id);
      // Closing a closed ticket is what the customer wanted already: the same ticket, unchanged.
      if (ticket.status !== 'closed') {
        ticket.status = 'closed';
        ticket.updatedAt = sim.clock.iso();
        ticket.answerAt = null;
        sortTickets(customer.tickets);
      }
      return ticketOf(ticket, customer, sim, localeOf(request, customer));
    }),

    route(sim, ticketOperations.updateCc, ({ customer, params, body, request }) => {
      const ticket = findTicket(customer, params.id);
      const cc = distinctEmails(body.cc);
      if (cc.join('\n') !== ticket.cc.join('\n')) {
        ticket.cc = cc;
        ticket.updatedAt = sim.clock.iso();
        sortTickets(customer.tickets);
      }
      return ticketOf(ticket, customer, sim, localeOf(request, customer));
    }),
  ];
}
