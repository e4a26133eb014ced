import { searchArticles } from './kb-search.ts';
import type { DepartmentRecord, HelpdeskWorld, Locale, TicketRecord } from './records.ts';

/** An article must match at least this well to be recommended in an answer. */
const RECOMMEND_SCORE = 0.35;

/** What each team says first, in the ticket's language; `{article}` becomes a recommendation or nothing. */
const FIRST_ANSWERS: Record<string, Record<Locale, string>> = {
  dep_technical: {
    pl: 'Dzień dobry,\n\ndziękujemy za zgłoszenie. Sprawdzamy konfigurację usługi i logi z ostatnich godzin. Jeśli to możliwe, prosimy o zrzut ekranu komunikatu błędu oraz informację, od kiedy występuje problem i czy dotyczy wszystkich urządzeń.{article}\n\nPozdrawiamy,\n{agent}\n{department}',
    en: 'Hello,\n\nthank you for your ticket. We are checking the service configuration and the logs of the last few hours. If you can, please send a screenshot of the error message and tell us since when the problem occurs and whether it affects all devices.{article}\n\nKind regards,\n{agent}\n{department}',
  },
  dep_billing: {
    pl: 'Dzień dobry,\n\ndziękujemy za wiadomość. Sprawdzamy rozliczenia na Państwa koncie; odpowiemy najpóźniej w ciągu jednego dnia roboczego. Jeśli sprawa dotyczy wpłaty, prosimy dołączyć potwierdzenie przelewu — przyspieszy to księgowanie.{article}\n\nPozdrawiamy,\n{agent}\n{department}',
    en: 'Hello,\n\nthank you for your message. We are checking the billing of your account and will answer within one working day. If it is about a payment, please attach the bank confirmation — it speeds up booking.{article}\n\nKind regards,\n{agent}\n{department}',
  },
};

/** What a team says after the customer replied. */
const FOLLOW_UPS: Record<Locale, string> = {
  pl: 'Dzień dobry,\n\ndziękujemy za dodatkowe informacje. Przekazaliśmy je osobie, która zajmuje się zgłoszeniem; wrócimy z odpowiedzią najpóźniej w ciągu jednego dnia roboczego.\n\nPozdrawiamy,\n{agent}\n{department}',
  en: 'Hello,\n\nthank you for the additional information. We have passed it on to the person handling your ticket and will get back to you within one working day.\n\nKind regards,\n{agent}\n{department}',
};

const RECOMMENDATION: Record<Locale, string> = {
  pl: '\n\nW naszej bazie wiedzy jest poradnik, który może od razu pomóc: „{title}”.',
  en: '\n\nOur knowledge base has a guide that may help right away: “{title}”.',
};

/**
 * Support's answer to a ticket, as the simulator writes it: a first answer that recommends
 * the knowledge-base article best matching the ticket, or a follow-up after a customer reply.
 */
function answerText(ticket: TicketRecord, department: DepartmentRecord, agent: string, helpdesk: HelpdeskWorld): string {
  const locale = ticket.locale;
  const first = ticket.messages.every((m) => m.author.kind === 'customer');
  let text = first ? (FIRST_ANSWERS[department.id]?.[locale] ?? FOLLOW_UPS[locale]) : FOLLOW_UPS[locale];
  let recommendation = '';
  if (first) {
    const [best] = searchArticles(helpdesk.knowledgeBase.articles, `${ticket.subject} ${ticket.messages[0]?.body ?? ''}`, locale, { minScore: RECOMMEND_SCORE, limit: 1 });
    if (best) recommendation = RECOMMENDATION[locale].replace('{title}', best.item.title[locale]);
  }
  text = text.replace('{article}', recommendation);
  return text.replace('{agent}', agent).replace('{department}', department.name[locale]);
}

/**
 * Support answers a customer's tickets that are due by `now`: each gets a staff message dated
 * when the answer was due and becomes `answered`. A ticket closed meanwhile needs no answer.
 */
export function answerDueTickets(tickets: TicketRecord[], helpdesk: HelpdeskWorld, now: number): void {
  let changed = false;
  for (const ticket of tickets) {
    if (ticket.answerAt === null || ticket.answerAt > now) continue;
    const due = ticket.answerAt;
    ticket.answerAt = null;
    if (ticket.status === 'closed') continue;
    const department = helpdesk.departments.find((d) => d.id === ticket.departmentId);
    if (!department) continue;
    const agent = department.agents[Number(ticket.number) % department.agents.length] ?? department.name[ticket.locale];
    const at = new Date(due).toISOString();
    ticket.messages.push({ id: `msg_${ticket.number}_${ticket.messages.length + 1}`, author: { kind: 'staff', name: agent }, body: answerText(ticket, department, agent, helpdesk), attachments: [], createdAt: at });
    ticket.status = 'answered';
    ticket.updatedAt = at;
    changed = true;
  }
  if (changed) sortTickets(tickets);
}

/** Most recently updated first; the later-created first when two changed at once. */
export function sortTickets(tickets: TicketRecord[]): void {
  tickets.sort((a, b) => (a.updatedAt !== b.updatedAt ? (a.updatedAt < b.updatedAt ? 1 : -1) : a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
