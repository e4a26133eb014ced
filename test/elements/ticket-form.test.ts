import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@portico/elements/ticket-form';
import type { PorticoTicketForm } from '@portico/elements';
import { ticketCreate } from '@portico/sdk/helpdesk';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf, type } from './support.ts';
import { answered, operations, watch, type Asked } from './signals.ts';

const sim = await simulator();
const HOSTING = sim.customers.hosting;
const hosting = () => sim.world.customers.get(HOSTING)!;
const draftKey = `portico.ticket-draft.${HOSTING}`;

/** What the form mounted last asked its client for. */
let asked: Asked[] = [];

async function form(locale = 'en', attributes: { department?: string; subject?: string } = {}): Promise<PorticoTicketForm> {
  const client = clientFor(sim, HOSTING);
  asked = watch(client);
  const element = await mount<PorticoTicketForm>(
    html`<portico-ticket-form .client=${client} locale=${locale} department-id=${attributes.department ?? ''} subject=${attributes.subject ?? ''}></portico-ticket-form>`,
  );
  await shows(element, '#subject');
  return element;
}

const select = (element: Element, id: string, value: string) => {
  const field = $(element, `#${id}`) as HTMLSelectElement;
  field.value = value;
  field.dispatchEvent(new Event('change'));
};

async function fill(element: PorticoTicketForm, subject = 'Sklep pokazuje błąd 500', message = 'Od rana sklep pokazuje błąd 500 po dodaniu produktu do koszyka.') {
  select(element, 'departmentId', 'dep_technical');
  select(element, 'relatedServiceId', 'svc_1003_hosting');
  type($(element, '#subject'), subject);
  type($(element, '#message'), message);
  await element.updateComplete;
}

const submit = (element: Element) => $(element, '[part~="submit"]').click();
const ticketsFiled = () => hosting().tickets.length;
const pick = (element: Element, files: File[]) => {
  const input = $(element, '#attachments-input') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
};

describe('<portico-ticket-form>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
    localStorage.removeItem(draftKey);
  });

  it('fills name and e-mail from the session and offers the departments and the customer’s own services', async () => {
    const element = await form();
    const account = hosting();
    expect(textOf(element, '.from .name')).to.equal(account.name);
    expect(textOf(element, '.from .email')).to.equal(account.email);
    // Read, not typed: nothing of them is a stop for the Tab key.
    expect(element.shadowRoot!.querySelectorAll('.from input, .from [tabindex]').length).to.equal(0);
    const departments = [...($(element, '#departmentId') as HTMLSelectElement).options].map((o) => o.text);
    expect(departments).to.deep.equal(['Choose a department', 'Technical support', 'Billing', 'Sales']);
    const services = [...($(element, '#relatedServiceId') as HTMLSelectElement).options].map((o) => o.value);
    expect(services).to.deep.equal(['', ...account.services.filter((s) => s.status !== 'terminated').map((s) => s.id)]);
    expect(element.shadowRoot!.querySelector<HTMLInputElement>('input[name=priority]:checked')!.value).to.equal('medium');
    await expect(element).to.be.accessible();
  });

  it('says what to correct at each field, moves focus to the first, and sends nothing', async () => {
    const element = await form();
    type($(element, '#subject'), 'Hi');
    submit(element);
    await element.updateComplete;
    expect(textOf(element, '#departmentId-error')).to.equal('Choose the department your ticket is for.');
    expect(textOf(element, '#subject-error')).to.equal('The subject needs at least 3 characters.');
    expect(textOf(element, '#message-error')).to.equal('Describe the problem.');
    expect($(element, '#message').getAttribute('aria-describedby')).to.equal('message-hint message-error');
    expect($(element, '#subject').getAttribute('aria-invalid')).to.equal('true');
    await focusOn(element, $(element, '#departmentId'), 'focus on the first field to correct');
    expect(requestsTo(sim, '/v1/helpdesk/tickets').filter((r) => r.startsWith('POST'))).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('suggests articles as the customer types, asking once typing pauses, without Polish letters', async () => {
    const element = await form('pl');
    const before = requestsTo(sim, '/v1/helpdesk/knowledge-base/suggestions').length;
    for (const text of ['d', 'do', 'dol', 'dola', 'dolad', 'doladowanie', 'doladowanie k', 'doladowanie konta']) type($(element, '#subject'), text);
    await shows(element, '.suggestions .article');
    expect(textOf(element, '.suggestions .article-title')).to.equal('Doładowanie konta');
    expect(textOf(element, '#suggestions-title')).to.equal('Nasze sugestie');
    expect(requestsTo(sim, '/v1/helpdesk/knowledge-base/suggestions').length - before).to.equal(1);
    await expect(element).to.be.accessible();
  });

  it('reads a suggestion in place; "this solved my problem" files nothing and says so', async () => {
    const element = await form();
    type($(element, '#subject'), 'How do I top up my account by BLIK?');
    await shows(element, '.suggestions .article button');
    const read = $(element, '.suggestions .article button');
    read.click();
    const reader = await shows(element, '.reader .prose');
    expect(read.getAttribute('aria-expanded')).to.equal('true');
    // The article's own sections, ranked under the suggestion's title.
    expect(reader.querySelector('h5')).to.not.equal(null);
    expect(reader.querySelector('h2') === null).to.equal(true);
    const deflected = oneEvent(element, 'portico-ticket-deflect');
    $(element, '.reader .button--secondary').click();
    const event = await deflected;
    expect(event.detail.article.title).to.equal('Topping up your account');
    expect(event.detail.subject).to.equal('How do I top up my account by BLIK?');
    const done = await shows(element, '#deflected');
    await focusOn(element, done);
    expect(ticketsFiled()).to.equal(4);
    // Solved: a later visit starts with an empty form, not with this question as a draft.
    expect(localStorage.getItem(draftKey) === null).to.equal(true);
    $(element, '[part~="status"] button').click();
    await shows(element, '#subject');
    expect(($(element, '#subject') as HTMLInputElement).value).to.equal('How do I top up my account by BLIK?');
    // Writing after all: the draft is kept again.
    expect(JSON.parse(localStorage.getItem(draftKey)!).subject).to.equal('How do I top up my account by BLIK?');
  });

  it('opens the ticket: the number to quote, focus on it, the event, and the ticket as the customer wrote it', async () => {
    const element = await form();
    await fill(element);
    const created = oneEvent(element, 'portico-ticket-create');
    submit(element);
    const { ticket } = (await created).detail;
    const result = await shows(element, '#result-title');
    expect(result.textContent).to.equal(`Ticket #${ticket.number} is open`);
    await focusOn(element, result);
    expect(textOf(element, '[role=status]')).to.contain(`#${ticket.number}`);
    const filed = hosting().tickets.find((t) => t.id === ticket.id)!;
    expect(filed.subject).to.equal('Sklep pokazuje błąd 500');
    expect(filed.departmentId).to.equal('dep_technical');
    expect(filed.relatedServiceId).to.equal('svc_1003_hosting');
    expect(filed.priority).to.equal('medium');
    expect(filed.status).to.equal('open');
    await expect(element).to.be.accessible();
  });

  it('files one ticket when the answer is lost and the customer tries again', async () => {
    const element = await form();
    await fill(element);
    const before = ticketsFiled();
    sim.faults.enqueue({ loseResponse: true, path: '/v1/helpdesk/tickets', method: 'POST' });
    submit(element);
    const failed = await shows(element, '#action-error');
    await focusOn(element, failed);
    expect(textOf(element, '[part~="error"]')).to.contain('Everything you wrote is kept.');
    // The ticket exists already; only the answer was lost.
    expect(ticketsFiled()).to.equal(before + 1);
    expect(($(element, '#subject') as HTMLInputElement).value).to.equal('Sklep pokazuje błąd 500');
    $(element, '[part~="retry"]').click();
    const result = await shows(element, '#result-title');
    expect(ticketsFiled()).to.equal(before + 1);
    expect(result.textContent).to.equal(`Ticket #${hosting().tickets[0]!.number} is open`);
    const posts = sim.log.filter((e) => e.method === 'POST' && e.path === '/v1/helpdesk/tickets');
    expect(posts.map((e) => e.idempotencyKey)).to.deep.equal([posts[0]!.idempotencyKey, posts[0]!.idempotencyKey]);
  });

  it('files one ticket when the answer is lost and the customer fixes a typo before trying again', async () => {
    const element = await form();
    await fill(element, 'Sklep pokazuje bład 500');
    const before = ticketsFiled();
    sim.faults.enqueue({ loseResponse: true, path: '/v1/helpdesk/tickets', method: 'POST' });
    submit(element);
    await shows(element, '#action-error');
    type($(element, '#subject'), 'Sklep pokazuje błąd 500');
    await element.updateComplete;
    submit(element);
    const result = await shows(element, '#result-title');
    expect(ticketsFiled()).to.equal(before + 1);
    const filed = hosting().tickets[0]!;
    expect(result.textContent).to.equal(`Ticket #${filed.number} is open`);
    expect(filed.subject).to.equal('Sklep pokazuje bład 500');
    expect(textOf(element, '[part~="status"]')).to.contain('the ticket was filed as you first sent it. Add your later changes as a reply.');
    const keys = sim.log.filter((e) => e.method === 'POST' && e.path === '/v1/helpdesk/tickets').map((e) => e.idempotencyKey);
    expect(new Set(keys).size).to.equal(1);
  });

  it('files the edited ticket when the first try never arrived, under the same key', async () => {
    const element = await form();
    await fill(element, 'Sklep pokazuje bład 500');
    const before = ticketsFiled();
    sim.faults.enqueue({ status: 503, path: '/v1/helpdesk/tickets', method: 'POST' });
    submit(element);
    await shows(element, '#action-error');
    expect(ticketsFiled()).to.equal(before);
    type($(element, '#subject'), 'Sklep pokazuje błąd 500');
    await element.updateComplete;
    submit(element);
    await shows(element, '#result-title');
    expect(ticketsFiled()).to.equal(before + 1);
    expect(hosting().tickets[0]!.subject).to.equal('Sklep pokazuje błąd 500');
    expect(textOf(element, '[part~="status"]')).to.not.contain('as you first sent it');
  });

  it('keeps the draft, attachments included, through a reload; sending clears it', async () => {
    const first = await form();
    await fill(first, 'Kopia zapasowa', 'Potrzebuję przywrócić kopię zapasową bazy z wczoraj.');
    pick(first, [new File(['log line\n'.repeat(50)], 'blad.log', { type: '' })]);
    await waitUntil(() => first.shadowRoot!.querySelector('.file--done'), 'uploaded');
    first.remove();
    const second = await form();
    await shows(second, '.file--done');
    expect(textOf(second, '[part~="status"]')).to.contain('We restored the ticket you had not sent.');
    expect(($(second, '#subject') as HTMLInputElement).value).to.equal('Kopia zapasowa');
    expect(($(second, '#departmentId') as HTMLSelectElement).value).to.equal('dep_technical');
    expect(textOf(second, '.file-name')).to.equal('blad.log');
    const created = oneEvent(second, 'portico-ticket-create');
    submit(second);
    const { ticket } = (await created).detail;
    expect(ticket.messages[0]!.attachments.map((a: { fileName: string }) => a.fileName)).to.deep.equal(['blad.log']);
    expect(localStorage.getItem(draftKey)).to.equal(null);
  });

  it('refuses files of the wrong type, too large, or too many before uploading anything', async () => {
    const element = await form();
    const uploads = () => requestsTo(sim, '/v1/helpdesk/attachments').length;
    pick(element, [new File(['MZ'], 'instalator.exe', { type: 'application/x-msdownload' }), new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'film.png', { type: 'image/png' })]);
    await element.updateComplete;
    const error = textOf(element, '#attachments-error');
    expect(error).to.contain('instalator.exe: this type of file cannot be attached.');
    expect(error).to.contain('film.png is larger than 10 MB.');
    expect($(element, '#attachments-input').getAttribute('aria-describedby')).to.equal('attachments-hint attachments-error');
    expect(uploads()).to.equal(0);
    pick(element, Array.from({ length: 6 }, (_, i) => new File([`zrzut ${i}`], `zrzut-${i}.png`, { type: 'image/png' })));
    await waitUntil(() => element.shadowRoot!.querySelectorAll('.file--done').length === 5, 'five uploaded');
    expect(textOf(element, '#attachments-error')).to.equal('At most 5 files can be attached.');
    expect(uploads()).to.equal(5);
    // With five, there is no "Add more"; removing one brings it back.
    expect(element.shadowRoot!.querySelector('#attachments-input') === null).to.equal(true);
    $(element, '.remove').click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('.file').length).to.equal(4);
    expect(textOf(element, 'label[for=attachments-input]')).to.equal('Add more');
    await expect(element).to.be.accessible();
  });

  it('shows each upload’s progress, and waits for uploads before sending', async () => {
    const element = await form();
    await fill(element);
    sim.faults.persist({ latency: 600, path: '/v1/helpdesk/attachments' });
    pick(element, [new File(['x'.repeat(2000)], 'zrzut.png', { type: 'image/png' })]);
    const progress = await shows(element, '.file progress');
    expect(progress.getAttribute('aria-label')).to.match(/^zrzut\.png: Uploading… \d+%$/);
    submit(element);
    await element.updateComplete;
    expect(textOf(element, '#attachments-error')).to.equal('Wait until the files finish uploading.');
    await waitUntil(() => element.shadowRoot!.querySelector('.file--done'), 'uploaded', { timeout: 5000 });
    // Nothing went while the file was on its way, though the upload has had time to finish.
    expect(requestsTo(sim, '/v1/helpdesk/tickets').filter((r) => r.startsWith('POST'))).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('#result-title') === null).to.equal(true);
  });

  it('lets the host page cancel a ticket before it is sent', async () => {
    const element = await form();
    await fill(element);
    element.addEventListener('portico-ticket-submit', (event) => event.preventDefault(), { once: true });
    const announced = oneEvent(element, 'portico-ticket-submit');
    submit(element);
    expect((await announced).defaultPrevented).to.equal(true);
    // The ticket is asked for in the same turn as the event, right after it: none was, and
    // whatever was asked for meanwhile has been answered.
    expect(operations(asked, ticketCreate.id), 'tickets asked for').to.deep.equal([]);
    await answered(asked);
    await element.updateComplete;
    expect(requestsTo(sim, '/v1/helpdesk/tickets').filter((r) => r.startsWith('POST'))).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('#result-title') === null).to.equal(true);
    // The host page's next "yes" sends it: the one ticket sent.
    submit(element);
    await shows(element, '#result-title');
    expect(requestsTo(sim, '/v1/helpdesk/tickets').filter((r) => r.startsWith('POST'))).to.deep.equal(['POST 201']);
  });

  it('works from the keyboard: priority with the arrows, send with Enter', async () => {
    const element = await form('en', { department: 'dep_billing', subject: 'Duplicate invoice' });
    type($(element, '#message'), 'Please send me a duplicate of the October invoice.');
    const medium = $(element, 'input[value=medium]');
    medium.focus();
    await focusOn(element, medium);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => (element.shadowRoot!.querySelector('input[value=high]') as HTMLInputElement).checked, 'high chosen');
    $(element, '#subject').focus();
    const created = oneEvent(element, 'portico-ticket-create');
    await sendKeys({ press: 'Enter' });
    const { ticket } = (await created).detail;
    expect(ticket.priority).to.equal('high');
    expect(ticket.department.id).to.equal('dep_billing');
  });

  it('speaks Polish', async () => {
    const element = await form('pl');
    expect(textOf(element, '#title')).to.equal('Otwórz zgłoszenie');
    expect(textOf(element, 'label[for=departmentId]')).to.equal('Dział (wymagane)');
    expect([...($(element, '#departmentId') as HTMLSelectElement).options].map((o) => o.text).slice(1)).to.deep.equal(['Dział techniczny', 'Dział rozliczeń', 'Dział sprzedaży']);
    expect(textOf(element, '.priority')).to.contain('Średni');
    await expect(element).to.be.accessible();
  });

  it('shows a failed load with a retry that recovers', async () => {
    sim.faults.persist({ status: 503, path: '/v1/helpdesk/departments' });
    const failed = oneEvent(document, 'portico-error');
    const element = await mount<PorticoTicketForm>(html`<portico-ticket-form .client=${clientFor(sim, HOSTING)} locale="en"></portico-ticket-form>`);
    expect((await failed).detail.action).to.equal('load');
    const error = await shows(element, '[part~="error"]');
    expect(error.innerText).to.contain('Something went wrong on our side.');
    await expect(element).to.be.accessible();
    sim.faults.clear();
    error.querySelector('button')!.click();
    await shows(element, '#subject');
  });

  describe('inside a <form>', () => {
    /** The ticket form as a field of the host page's own form, inside a fieldset. */
    async function inForm(): Promise<{ form: HTMLFormElement; element: PorticoTicketForm }> {
      const client = clientFor(sim, HOSTING);
      asked = watch(client);
      const form = await mount<HTMLFormElement>(html`<form><fieldset><portico-ticket-form .client=${client} locale="en"></portico-ticket-form></fieldset><button>Continue</button></form>`);
      const element = form.querySelector('portico-ticket-form')!;
      await shows(element, '#subject');
      return { form, element };
    }

    it('puts what the customer typed and chose into the form’s data, as they type', async () => {
      const { form, element } = await inForm();
      await fill(element);
      pick(element, [new File(['log line\n'], 'blad.log', { type: 'text/plain' })]);
      await waitUntil(() => element.shadowRoot!.querySelector('.file--done'), 'uploaded');
      type($(element, '#message'), 'Od rana sklep pokazuje błąd 500 po dodaniu produktu.');
      // At once, as a native field: no render in between.
      const data = new FormData(form);
      expect(data.get('departmentId')).to.equal('dep_technical');
      expect(data.get('relatedServiceId')).to.equal('svc_1003_hosting');
      expect(data.get('priority')).to.equal('medium');
      expect(data.get('subject')).to.equal('Sklep pokazuje błąd 500');
      expect(data.get('message')).to.equal('Od rana sklep pokazuje błąd 500 po dodaniu produktu.');
      const files = data.getAll('attachments');
      expect(files).to.have.length(1);
      expect(hosting().attachments.find((a) => a.id === files[0])?.fileName).to.equal('blad.log');
      expect(form.checkValidity()).to.equal(true);
      expect(requestsTo(sim, '/v1/helpdesk/tickets').filter((r) => r.startsWith('POST')), 'the host page’s form sends no ticket').to.deep.equal([]);
    });

    it('keeps the form from being submitted with the message the field shows, and points at the field', async () => {
      const { form, element } = await inForm();
      select(element, 'departmentId', 'dep_billing');
      type($(element, '#message'), 'Please send me a duplicate of the October invoice.');
      expect(form.checkValidity()).to.equal(false);
      expect(element.validity.valueMissing).to.equal(true);
      expect(element.validationMessage).to.equal('Enter a subject.');
      type($(element, '#subject'), 'Hi');
      expect(element.validity.tooShort).to.equal(true);
      expect(element.validationMessage).to.equal('The subject needs at least 3 characters.');
      let submitted = false;
      form.addEventListener('submit', (event) => ((submitted = true), event.preventDefault()));
      expect(form.reportValidity()).to.equal(false);
      form.requestSubmit();
      expect(submitted, 'the form was not submitted').to.equal(false);
      // The same words at the field, which has focus.
      await element.updateComplete;
      expect(textOf(element, '#subject-error')).to.equal('The subject needs at least 3 characters.');
      await focusOn(element, $(element, '#subject'), 'focus on the field to correct');
      type($(element, '#subject'), 'Duplicate invoice');
      expect(form.checkValidity()).to.equal(true);
      expect(element.validationMessage).to.equal('');
    });

    it('says its messages in the widget’s language', async () => {
      const { element } = await inForm();
      element.locale = 'pl';
      await element.updateComplete;
      expect(element.checkValidity()).to.equal(false);
      expect(element.validationMessage).to.equal('Wybierz dział, do którego kierujesz zgłoszenie.');
    });

    it('empties on form.reset(), the draft with it', async () => {
      const { form, element } = await inForm();
      await fill(element);
      expect(localStorage.getItem(draftKey)).to.not.equal(null);
      form.reset();
      expect(new FormData(form).get('subject')).to.equal('');
      await element.updateComplete;
      expect(($(element, '#subject') as HTMLInputElement).value).to.equal('');
      expect(($(element, '#message') as HTMLTextAreaElement).value).to.equal('');
      expect(($(element, '#departmentId') as HTMLSelectElement).value).to.equal('');
      expect(element.shadowRoot!.querySelector('[part~="error"]') === null, 'no error shown for fields nobody touched since').to.equal(true);
      expect(localStorage.getItem(draftKey)).to.equal(null);
    });

    it('is disabled by a disabled fieldset: nothing can be typed or sent, and the form leaves it out', async () => {
      const { form, element } = await inForm();
      await fill(element);
      form.querySelector('fieldset')!.disabled = true;
      await element.updateComplete;
      expect(element.matches(':disabled')).to.equal(true);
      for (const field of element.shadowRoot!.querySelectorAll<HTMLInputElement>('#subject, #message, #departmentId, input[name=priority], #attachments-input')) {
        expect(field.matches(':disabled'), field.id || field.name).to.equal(true);
      }
      const send = $(element, '[part~="submit"]') as HTMLButtonElement;
      expect(send.disabled).to.equal(true);
      expect(new FormData(form).has('subject'), 'a disabled control submits nothing').to.equal(false);
      $(element, 'form').dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
      // A ticket would be asked for in this turn.
      expect(operations(asked, ticketCreate.id), 'tickets asked for').to.deep.equal([]);
      await answered(asked);
      expect(requestsTo(sim, '/v1/helpdesk/tickets').filter((r) => r.startsWith('POST'))).to.deep.equal([]);
      form.querySelector('fieldset')!.disabled = false;
      await element.updateComplete;
      expect(send.disabled).to.equal(false);
      expect(new FormData(form).get('subject')).to.equal('Sklep pokazuje błąd 500');
    });

    it('brings the text back when the browser restores the form (back/forward)', async () => {
      const first = await inForm();
      await fill(first.element);
      const kept = [...new FormData(first.form)];
      first.form.remove();
      // Not the draft: what the browser kept of this page.
      localStorage.removeItem(draftKey);
      const { form, element } = await inForm();
      element.formStateRestoreCallback(kept, 'restore');
      await element.updateComplete;
      expect(($(element, '#subject') as HTMLInputElement).value).to.equal('Sklep pokazuje błąd 500');
      expect(($(element, '#message') as HTMLTextAreaElement).value).to.equal('Od rana sklep pokazuje błąd 500 po dodaniu produktu do koszyka.');
      expect(($(element, '#departmentId') as HTMLSelectElement).value).to.equal('dep_technical');
      expect(new FormData(form).get('subject')).to.equal('Sklep pokazuje błąd 500');
    });
  });

  it('fits 280 px with no horizontal scroll', async () => {
    const box = await mount<HTMLDivElement>(html`<div style="width: 280px"><portico-ticket-form .client=${clientFor(sim, HOSTING)} locale="pl"></portico-ticket-form></div>`);
    const element = box.firstElementChild as PorticoTicketForm;
    await shows(element, '#subject');
    const base = $(element, '[part~="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    await expect(element).to.be.accessible();
  });
});
