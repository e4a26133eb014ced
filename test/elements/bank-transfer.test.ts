import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@portico/elements/bank-transfer';
import type { PorticoBankTransfer } from '@portico/elements';
import { ClientCore } from '@portico/sdk/core';
import { topUpAttachConfirmation, topUpCreate } from '@portico/sdk/account';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf } from './support.ts';
import { answered, operations, watch } from './signals.ts';

const sim = await simulator();
const nbsp = (text: string) => text.replace(/\s/g, ' ');

/** A pending transfer top-up of the prepaid customer, and a client for him. */
async function pending(amount = 15_000): Promise<{ client: ClientCore; id: string }> {
  const client = clientFor(sim, sim.customers.prepaid);
  const topUp = await client.request(topUpCreate, { body: { amount: { amount, currency: 'PLN' }, paymentMethodId: 'pm_transfer' } });
  return { client, id: topUp.id };
}

function choose(element: PorticoBankTransfer, file: File): void {
  const input = $(element, '#file') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('<portico-bank-transfer>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  it('loads a top-up by id and shows where to send the money, in Polish', async () => {
    const { client, id } = await pending(15_050);
    const element = await mount<PorticoBankTransfer>(html`<portico-bank-transfer .client=${client} top-up-id=${id} locale="pl"></portico-bank-transfer>`);
    await shows(element, '.transfer');
    const text = nbsp(textOf(element));
    expect(text).to.contain('Dane do przelewu');
    expect(text).to.contain('PL61 1090 1014 0000 0712 1981 2874');
    expect(text).to.contain(`Zasilenie konta kowalczyk.biuro ${id}`);
    expect(text).to.contain('150,50 zł');
    await expect(element).to.be.accessible();
  });

  it('copies exactly what a bank form takes, and says so to screen readers', async () => {
    const { client, id } = await pending(15_050);
    const element = await mount<PorticoBankTransfer>(html`<portico-bank-transfer .client=${client} top-up-id=${id} locale="pl"></portico-bank-transfer>`);
    await shows(element, '.transfer');
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void copied.push(value) } });
    try {
      const buttons = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.copy');
      buttons[1]!.click();
      buttons[3]!.click();
      await waitUntil(() => copied.length === 2);
      expect(copied).to.deep.equal(['PL61109010140000071219812874', '150,50']);
      await waitUntil(() => textOf(element, '[role="status"][aria-live]').startsWith('Skopiowano: '));
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('on a page without the Clipboard API, copies the old way, or selects the text and says so', async () => {
    const { client, id } = await pending(15_050);
    const element = await mount<PorticoBankTransfer>(html`<portico-bank-transfer .client=${client} top-up-id=${id} locale="en"></portico-bank-transfer>`);
    await shows(element, '.transfer');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    const execCommand = document.execCommand;
    const reported: Event[] = [];
    element.addEventListener('portico-error', (event) => reported.push(event));
    try {
      document.execCommand = () => false;
      element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.copy')[1]!.click();
      await waitUntil(() => textOf(element, '[role="status"][aria-live]').startsWith('Copying did not work here'));
      expect(getSelection()?.toString().replace(/\s/g, '')).to.equal('PL61109010140000071219812874');
      expect(reported.length, 'a copy that failed is reported').to.equal(1);
      document.execCommand = () => true;
      element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.copy')[2]!.click();
      await waitUntil(() => textOf(element, '[role="status"][aria-live]') === 'Transfer title copied');
      expect(reported.length, 'a copy that worked the older way is not').to.equal(1);
    } finally {
      document.execCommand = execCommand;
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('stops loading when removed from the page', async () => {
    const { id } = await pending();
    sim.latency = 1000;
    const signals: AbortSignal[] = [];
    const client = clientFor(sim, sim.customers.prepaid, {
      fetch: (input, init) => {
        // What the portal user may do is asked once per client for every widget of the page: not this widget's to stop.
        if (init?.signal && !String(input).endsWith('/v1/account/me')) signals.push(init.signal);
        return fetch(input, init);
      },
    });
    const element = await mount<PorticoBankTransfer>(html`<portico-bank-transfer .client=${client} top-up-id=${id}></portico-bank-transfer>`);
    await waitUntil(() => signals.length === 1, 'the load started');
    element.remove();
    expect(signals[0]!.aborted).to.equal(true);
  });

  it('loading, and an error with a retry', async () => {
    const { client, id } = await pending();
    sim.faults.enqueue({ status: 503, path: `/v1/account/top-ups/${id}` });
    const element = await mount<PorticoBankTransfer>(html`<portico-bank-transfer .client=${client} top-up-id=${id} locale="en"></portico-bank-transfer>`);
    expect(element.shadowRoot!.querySelector('.loading')).not.to.equal(null);
    const alert = await shows(element, '[role="alert"]');
    expect(alert.innerText).to.contain('Something went wrong on our side.');
    $(element, 'button[part~="retry"]').click();
    await shows(element, '.transfer');
    await focusOn(element, $(element, '#title'), 'focus waits on the title, not lost with the retry button');
  });

  it('says when a top-up is not waiting for a transfer (empty)', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const card = await client.request(topUpCreate, { body: { amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_card' } });
    const asked = watch(client);
    const element = await mount<PorticoBankTransfer>(html`<portico-bank-transfer .client=${client} .topUp=${card} locale="en"></portico-bank-transfer>`);
    expect((await shows(element, '[part="empty"]')).innerText).to.contain('not waiting for a bank transfer');
    // Shown means its load is over: a load that asked for the top-up asked before that.
    await element.updateComplete;
    expect(operations(asked), 'what the widget asked for').to.deep.equal([]);
    expect(requestsTo(sim, `/v1/account/top-ups/${card.id}`)).to.deep.equal([]);
  });

  it('refuses a wrong type or an oversized confirmation before upload', async () => {
    const { client, id } = await pending();
    const asked = watch(client);
    const element = await mount<PorticoBankTransfer>(html`<portico-bank-transfer .client=${client} top-up-id=${id} locale="en"></portico-bank-transfer>`);
    await shows(element, '#file');
    // An upload starts in the same turn as the choice (its request is asked for before the
    // first await): once choose() has returned, a refused file has sent nothing.
    choose(element, new File(['x'], 'wyciąg.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    await element.updateComplete;
    expect(textOf(element, '.confirmation [role="alert"]')).to.equal('Choose a PDF, JPEG or PNG file.');
    expect($(element, '#file').getAttribute('aria-describedby')).to.equal('file-hint file-error');
    expect($(element, '#file').getAttribute('aria-invalid')).to.equal('true');
    expect(operations(asked, topUpAttachConfirmation.id), 'uploads asked for').to.deep.equal([]);
    choose(element, new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'skan.pdf', { type: 'application/pdf' }));
    await element.updateComplete;
    expect(textOf(element, '.confirmation [role="alert"]')).to.equal('This file is larger than 5 MB. Choose a smaller one.');
    expect(operations(asked, topUpAttachConfirmation.id), 'uploads asked for').to.deep.equal([]);
    await answered(asked);
    expect(requestsTo(sim, `/v1/account/top-ups/${id}/confirmation`)).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('uploads with progress, then says it was received; a file the system did not type is typed by its name', async () => {
    const { client, id } = await pending();
    const element = await mount<PorticoBankTransfer>(html`<portico-bank-transfer .client=${client} top-up-id=${id} locale="en"></portico-bank-transfer>`);
    await shows(element, '#file');
    const confirmed = oneEvent(element, 'portico-top-up-confirmation');
    choose(element, new File([new Uint8Array(200_000)], 'potwierdzenie.PDF'));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('progress')).not.to.equal(null);
    const { detail } = await confirmed;
    expect(detail.topUp.confirmation?.contentType).to.equal('application/pdf');
    const done = await shows(element, '#upload-result');
    expect(done.innerText).to.contain('Confirmation potwierdzenie.PDF received');
    expect(element.shadowRoot!.activeElement === done, 'where focus is').to.equal(true);
  });

  it('an upload answered after another top-up was chosen changes nothing there', async () => {
    const first = await pending(15_000);
    const second = await pending(25_000);
    const asked = watch(first.client);
    const element = await mount<PorticoBankTransfer>(html`<portico-bank-transfer .client=${first.client} top-up-id=${first.id} locale="en"></portico-bank-transfer>`);
    await shows(element, '#file');
    sim.latency = 500;
    choose(element, new File([new Uint8Array(10)], 'a.png', { type: 'image/png' }));
    await element.updateComplete;
    expect($(element, '#file').getAttribute('aria-disabled')).to.equal('true');
    element.topUpId = second.id;
    await waitUntil(() => nbsp(textOf(element)).includes('250'), 'the second top-up shows');
    // The upload for the first one answered, and the widget done with the answer.
    expect(operations(asked, topUpAttachConfirmation.id)).to.deep.equal([topUpAttachConfirmation.id]);
    await answered(asked);
    await element.updateComplete;
    expect(nbsp(textOf(element))).to.contain('250');
    expect(nbsp(textOf(element))).to.not.contain('150');
    expect(element.shadowRoot!.querySelector('#upload-result') === null).to.equal(true);
    expect(element.shadowRoot!.querySelector('progress') === null).to.equal(true);
  });

  it('a failed upload says why and lets the person choose again', async () => {
    const { client, id } = await pending();
    const element = await mount<PorticoBankTransfer>(html`<portico-bank-transfer .client=${client} top-up-id=${id} locale="en"></portico-bank-transfer>`);
    await shows(element, '#file');
    sim.faults.enqueue({ drop: true, path: `/v1/account/top-ups/${id}/confirmation` });
    const failed = oneEvent(element, 'portico-error');
    choose(element, new File([new Uint8Array(10)], 'a.png', { type: 'image/png' }));
    expect((await failed).detail.action).to.equal('upload');
    expect(textOf(element, '.confirmation [role="alert"]')).to.contain('The confirmation was not uploaded.');
    expect($(element, '#file').getAttribute('aria-describedby')).to.equal('file-hint file-error');
    await expect(element).to.be.accessible();
    choose(element, new File([new Uint8Array(10)], 'a.png', { type: 'image/png' }));
    await shows(element, '#upload-result');
  });

  it('a failed upload is sent again with Try again, without choosing the file again', async () => {
    const { client, id } = await pending();
    const element = await mount<PorticoBankTransfer>(html`<portico-bank-transfer .client=${client} top-up-id=${id} locale="en"></portico-bank-transfer>`);
    await shows(element, '#file');
    sim.faults.enqueue({ drop: true, path: `/v1/account/top-ups/${id}/confirmation` });
    choose(element, new File([new Uint8Array(10)], 'potwierdzenie.png', { type: 'image/png' }));
    await shows(element, '.confirmation [part~="retry"]');
    $(element, '.confirmation [part~="retry"]').click();
    const done = await shows(element, '#upload-result');
    expect(done.textContent).to.contain('potwierdzenie.png');
    await focusOn(element, done);
  });
});
