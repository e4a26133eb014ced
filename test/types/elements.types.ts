// Type-level tests of the widgets' events: `npm test` type-checks this file.
import type { PorticoTicketForm, PorticoTopUpForm } from '@portico/elements';

declare const form: PorticoTopUpForm;
declare const ticketForm: PorticoTicketForm;

export function typedEvents(): void {
  // On the element that fires it…
  form.addEventListener('portico-top-up-complete', (event) => {
    const id: string = event.detail.topUp.id;
    void id;
  });
  // …and on the document it bubbles up to, as a host page listens for every widget at once.
  document.addEventListener('portico-ticket-create', (event) => {
    const number: string = event.detail.ticket.number;
    void number;
  });
  document.addEventListener('portico-error', (event) => {
    const action: string = event.detail.action;
    void action;
  });
  ticketForm.addEventListener('portico-ticket-submit', (event) => {
    // @ts-expect-error the details are the ticket's, not a top-up's
    void event.detail.amount;
  });
}
