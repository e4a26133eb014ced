import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '@portico/elements/ticket-list';
import { simulated, type Simulated } from './support/simulated.ts';
import { asPortalUser } from './support/portal-user.ts';

type Args = { status?: string };

const meta: Meta<Args> = {
  title: 'Widgets/Ticket list',
  component: 'portico-ticket-list',
  tags: ['autodocs'],
  args: {},
  argTypes: { status: { control: 'select', options: [undefined, 'open', 'answered', 'customer_reply', 'closed'] } },
  render: (args, { loaded, globals }) =>
    html`<portico-ticket-list .client=${(loaded as Simulated).client} status=${args.status ?? ''} locale=${globals.locale} theme=${globals.theme}></portico-ticket-list>`,
};
export default meta;
type Story = StoryObj<Args>;

const prepaid = { customer: 'cus_1001' };

export const AllTickets: Story = { ...simulated(prepaid) };
export const Answered: Story = { ...simulated(prepaid), args: { status: 'answered' } };
export const NoTicketsYet: Story = { ...simulated({ customer: 'cus_1004' }) };
export const Loading: Story = { ...simulated({ ...prepaid, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/tickets' }) }) };
export const LoadError: Story = { ...simulated({ ...prepaid, setup: (sim) => sim.faults.persist({ status: 503, path: '/tickets' }) }) };
export const Narrow: Story = { ...simulated(prepaid), decorators: [(story) => html`<div style="width: 300px">${story()}</div>`] };

/** The external auditor (finances and services) may not see tickets: not available, and why — no "Open ticket", no filter. */
export const NotAvailableWithoutSupport: Story = { ...simulated(asPortalUser('cus_1002', 'usr_1002_audit')) };

/** A read-only user with "support": the tickets, with "Open ticket" unavailable and why. */
export const ReadOnlyUser: Story = {
  ...simulated(asPortalUser('cus_1002', { id: 'usr_1002_reception', name: 'Recepcja', email: 'recepcja@transbud-logistyka.pl', permissions: ['support'], access: 'read_only' })),
};
