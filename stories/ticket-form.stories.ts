import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { userEvent, waitFor, expect } from 'storybook/test';
import '@portico/elements/ticket-form';
import { simulated, type Simulated } from './support/simulated.ts';
import { asPortalUser } from './support/portal-user.ts';

type Args = { departmentId?: string; subject?: string };

const meta: Meta<Args> = {
  title: 'Widgets/Ticket form',
  component: 'portico-ticket-form',
  tags: ['autodocs'],
  args: {},
  render: (args, { loaded, globals }) =>
    html`<portico-ticket-form .client=${(loaded as Simulated).client} department-id=${args.departmentId ?? ''} subject=${args.subject ?? ''} locale=${globals.locale} theme=${globals.theme}></portico-ticket-form>`,
  // Each story starts with no draft of an earlier one.
  beforeEach: () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('portico.ticket-draft.')) localStorage.removeItem(key);
  },
};
export default meta;
type Story = StoryObj<Args>;

const hosting = { customer: 'cus_1003' };
const form = (canvas: HTMLElement) => canvas.querySelector('portico-ticket-form')!;
async function ready(canvas: HTMLElement) {
  await waitFor(() => expect(form(canvas).shadowRoot!.querySelector('#subject')).toBeTruthy(), { timeout: 5000 });
  return form(canvas).shadowRoot!;
}
async function fill(root: ShadowRoot, subject: string, message: string) {
  const department = root.querySelector<HTMLSelectElement>('#departmentId')!;
  await userEvent.selectOptions(department, department.options[1]!.value);
  await userEvent.type(root.querySelector<HTMLInputElement>('#subject')!, subject);
  await userEvent.type(root.querySelector<HTMLTextAreaElement>('#message')!, message);
}

export const Empty: Story = { ...simulated(hosting) };
export const Prefilled: Story = { ...simulated(hosting), args: { departmentId: 'dep_billing', subject: 'Pytanie o fakturę' } };
export const Suggestions: Story = {
  ...simulated(hosting),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.type(root.querySelector<HTMLInputElement>('#subject')!, 'nie dziala poczta w outlooku');
    await waitFor(() => expect(root.querySelector('.suggestions .article')).toBeTruthy(), { timeout: 5000 });
  },
};
export const ReadingASuggestion: Story = {
  ...simulated(hosting),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.type(root.querySelector<HTMLInputElement>('#subject')!, 'BLIK top up doladowanie');
    await waitFor(() => expect(root.querySelector('.suggestions .article button')).toBeTruthy(), { timeout: 5000 });
    await userEvent.click(root.querySelector<HTMLButtonElement>('.suggestions .article button')!);
    await waitFor(() => expect(root.querySelector('.reader .prose')).toBeTruthy(), { timeout: 5000 });
  },
};
export const SolvedBySuggestion: Story = {
  ...ReadingASuggestion,
  play: async (context) => {
    await ReadingASuggestion.play!(context);
    const root = form(context.canvasElement).shadowRoot!;
    await userEvent.click(root.querySelector<HTMLButtonElement>('.reader .button--secondary')!);
    await waitFor(() => expect(root.querySelector('#deflected')).toBeTruthy());
  },
};
export const FieldsToCorrect: Story = {
  ...simulated(hosting),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.type(root.querySelector<HTMLInputElement>('#subject')!, 'Hi');
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part~="submit"]')!);
    await waitFor(() => expect(root.querySelector('#message-error')).toBeTruthy());
  },
};
export const Sending: Story = {
  ...simulated({ ...hosting, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/helpdesk/tickets', method: 'POST' }) }),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await fill(root, 'Strona zwraca błąd 500', 'Od rana sklep pokazuje błąd 500 po dodaniu produktu do koszyka.');
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part~="submit"]')!);
    await waitFor(() => expect(root.querySelector('[part~="submit"] .spinner')).toBeTruthy());
  },
};
export const Sent: Story = {
  ...simulated(hosting),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await fill(root, 'Strona zwraca błąd 500', 'Od rana sklep pokazuje błąd 500 po dodaniu produktu do koszyka.');
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part~="submit"]')!);
    await waitFor(() => expect(root.querySelector('#result-title')).toBeTruthy(), { timeout: 5000 });
  },
};
export const SendFailed: Story = {
  ...simulated({ ...hosting, setup: (sim) => sim.faults.persist({ status: 503, path: '/helpdesk/tickets', method: 'POST' }) }),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await fill(root, 'Strona zwraca błąd 500', 'Od rana sklep pokazuje błąd 500 po dodaniu produktu do koszyka.');
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part~="submit"]')!);
    await waitFor(() => expect(root.querySelector('#action-error')).toBeTruthy(), { timeout: 5000 });
  },
};
/** The ticket was filed but the answer lost; the subject was corrected before trying again: one ticket, as first sent, and the form says so. */
export const FiledByAnEarlierTry: Story = {
  ...simulated({ ...hosting, setup: (sim) => sim.faults.enqueue({ loseResponse: true, path: '/helpdesk/tickets', method: 'POST' }) }),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await fill(root, 'Strona zwraca bład 500', 'Od rana sklep pokazuje błąd 500 po dodaniu produktu do koszyka.');
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part~="submit"]')!);
    await waitFor(() => expect(root.querySelector('#action-error')).toBeTruthy(), { timeout: 5000 });
    const subject = root.querySelector<HTMLInputElement>('#subject')!;
    // The typo fixed: "bład" becomes "błąd" (userEvent.clear cannot focus a field inside a shadow root).
    await userEvent.type(subject, '{Backspace}'.repeat(8) + 'błąd 500');
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part~="submit"]')!);
    await waitFor(() => expect(root.querySelector('#result-title')).toBeTruthy(), { timeout: 5000 });
  },
};
export const AttachmentRefused: Story = {
  ...simulated(hosting),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.upload(root.querySelector<HTMLInputElement>('#attachments-input')!, new File(['MZ'], 'instalator.exe', { type: 'application/x-msdownload' }), { applyAccept: false });
    await waitFor(() => expect(root.querySelector('#attachments-error')).toBeTruthy());
  },
};
export const Uploading: Story = {
  ...simulated({ ...hosting, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/attachments' }) }),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.upload(root.querySelector<HTMLInputElement>('#attachments-input')!, new File(['x'.repeat(40_000)], 'zrzut-ekranu.png', { type: 'image/png' }));
    await waitFor(() => expect(root.querySelector('.file progress')).toBeTruthy());
  },
};
export const Loading: Story = { ...simulated({ ...hosting, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/departments' }) }) };
export const LoadError: Story = { ...simulated({ ...hosting, setup: (sim) => sim.faults.persist({ status: 503, path: '/departments' }) }) };
export const Narrow: Story = { ...simulated(hosting), decorators: [(story) => html`<div style="width: 300px">${story()}</div>`] };

/** The external auditor (finances and services) may not file tickets: the form is not available to them, and why. */
export const NotAvailableWithoutSupport: Story = { ...simulated(asPortalUser('cus_1002', 'usr_1002_audit')) };

/** A read-only user with "support": where the form would be, why there is none. */
export const ReadOnlyUser: Story = {
  ...simulated(asPortalUser('cus_1002', { id: 'usr_1002_reception', name: 'Recepcja', email: 'recepcja@transbud-logistyka.pl', permissions: ['support'], access: 'read_only' })),
};
