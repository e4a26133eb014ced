import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { userEvent, waitFor, expect } from 'storybook/test';
import '@portico/elements/ticket-thread';
import { simulated, type Simulated } from './support/simulated.ts';
import { asPortalUser } from './support/portal-user.ts';

type Args = { ticketId: string };

const meta: Meta<Args> = {
  title: 'Widgets/Ticket thread',
  component: 'portico-ticket-thread',
  tags: ['autodocs'],
  args: { ticketId: 'tkt_482913' },
  argTypes: { ticketId: { control: 'select', options: ['tkt_482913', 'tkt_517204', 'tkt_390118', 'tkt_604377'], description: 'answered · customer reply · closed · open' } },
  render: (args, { loaded, globals }) =>
    html`<portico-ticket-thread .client=${(loaded as Simulated).client} ticket-id=${args.ticketId} locale=${globals.locale} theme=${globals.theme}></portico-ticket-thread>`,
};
export default meta;
type Story = StoryObj<Args>;

const prepaid = { customer: 'cus_1001' };
const thread = (canvas: HTMLElement) => canvas.querySelector('portico-ticket-thread')!;
async function ready(canvas: HTMLElement) {
  await waitFor(() => expect(thread(canvas).shadowRoot!.querySelector('.history')).toBeTruthy());
  return thread(canvas).shadowRoot!;
}

export const Answered: Story = { ...simulated(prepaid) };
export const Closed: Story = { ...simulated(prepaid), args: { ticketId: 'tkt_390118' } };
export const WithCcRecipients: Story = { ...simulated({ customer: 'cus_1002' }), args: { ticketId: 'tkt_655821' } };
export const Replying: Story = {
  ...simulated(prepaid),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('header .button--primary')!);
    await waitFor(() => expect(root.querySelector('#reply')).toBeTruthy());
    await userEvent.type(root.querySelector<HTMLTextAreaElement>('#reply')!, 'Dziękuję, sprawdzę to jutro rano i dam znać.');
  },
};
export const ConfirmingClose: Story = {
  ...simulated(prepaid),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('#close')!);
    await waitFor(() => expect(root.querySelector('#close-question')).toBeTruthy());
  },
};
export const InvalidCcAddress: Story = {
  ...simulated(prepaid),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.type(root.querySelector<HTMLInputElement>('#cc-new')!, 'ksiegowosc@{enter}');
    await waitFor(() => expect(root.querySelector('#cc-error')).toBeTruthy());
  },
};
export const ReplyFailed: Story = {
  ...simulated(prepaid),
  play: async ({ canvasElement, loaded }) => {
    const root = await ready(canvasElement);
    (loaded as Simulated).sim.faults.persist({ status: 503, path: '/replies' });
    await userEvent.click(root.querySelector<HTMLButtonElement>('header .button--primary')!);
    await waitFor(() => expect(root.querySelector('#reply')).toBeTruthy());
    await userEvent.type(root.querySelector<HTMLTextAreaElement>('#reply')!, 'Problem wrócił dziś o 9:15, ten sam komunikat.');
    await userEvent.click(root.querySelector<HTMLButtonElement>('.reply [part~="submit"]')!);
    await waitFor(() => expect(root.querySelector('#reply-failed')).toBeTruthy());
  },
};
export const NotChosen: Story = { ...simulated(prepaid), args: { ticketId: '' } };
export const Loading: Story = { ...simulated({ ...prepaid, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/tickets/' }) }) };
export const LoadError: Story = { ...simulated({ ...prepaid, setup: (sim) => sim.faults.persist({ status: 503, path: '/tickets/' }) }) };
export const Narrow: Story = { ...simulated(prepaid), decorators: [(story) => html`<div style="width: 300px">${story()}</div>`] };

/** The external auditor (finances and services) may not see tickets: not available, and why. */
export const NotAvailableWithoutSupport: Story = { ...simulated(asPortalUser('cus_1002', 'usr_1002_audit')), args: { ticketId: 'tkt_655821' } };

/** A read-only user with "support": the ticket and its history, with reply, close and the CC recipients unavailable and why. */
export const ReadOnlyUser: Story = {
  ...simulated(asPortalUser('cus_1002', { id: 'usr_1002_reception', name: 'Recepcja', email: 'recepcja@transbud-logistyka.pl', permissions: ['support'], access: 'read_only' })),
  args: { ticketId: 'tkt_655821' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await waitFor(() => expect(root.querySelector('#actions-unavailable')).toBeTruthy());
  },
};
