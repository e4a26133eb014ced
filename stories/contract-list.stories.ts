import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { userEvent, waitFor, expect } from 'storybook/test';
import '@portico/elements/contract-list';
import { simulated, type Simulated } from './support/simulated.ts';
import { asPortalUser } from './support/portal-user.ts';

const meta: Meta = {
  title: 'Widgets/Contract list',
  component: 'portico-contract-list',
  tags: ['autodocs'],
  render: (_args, { loaded, globals }) =>
    html`<portico-contract-list .client=${(loaded as Simulated).client} locale=${globals.locale} theme=${globals.theme}></portico-contract-list>`,
  parameters: { docs: { description: { component: 'The phone numbers of a business customer (25 lines of Transbud Logistyka), searchable and filterable; choosing one fires `portico-contract-select`.' } } },
};
export default meta;
type Story = StoryObj;

const business = { customer: 'cus_1002' };

export const Numbers: Story = { ...simulated(business) };
export const Loading: Story = { ...simulated({ ...business, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/contracts' }) }) };
export const LoadError: Story = { ...simulated({ ...business, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/contracts' }) }) };
export const NoContracts: Story = { ...simulated({ customer: 'cus_1001' }) };

export const Searching: Story = {
  ...simulated(business),
  play: async ({ canvasElement }) => {
    const widget = canvasElement.querySelector('portico-contract-list')!;
    let search: HTMLInputElement | null = null;
    await waitFor(() => {
      search = widget.shadowRoot!.querySelector('input[type=search]');
      expect(widget.shadowRoot!.querySelector('.item')).toBeTruthy();
    });
    await userEvent.type(search!, 'magazyn');
    await waitFor(() => expect(widget.shadowRoot!.querySelectorAll('.item').length).toBe(3));
  },
};

export const NoMatch: Story = {
  ...simulated(business),
  play: async ({ canvasElement }) => {
    const widget = canvasElement.querySelector('portico-contract-list')!;
    await waitFor(() => expect(widget.shadowRoot!.querySelector('.item')).toBeTruthy());
    await userEvent.type(widget.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!, 'Zenobia');
    await waitFor(() => expect(widget.shadowRoot!.querySelector('[part="empty"]')).toBeTruthy());
  },
};

export const Sidebar: Story = { ...simulated(business), decorators: [(story) => html`<div style="width: 300px">${story()}</div>`] };
export const Narrow: Story = { ...simulated(business), decorators: [(story) => html`<div style="width: 300px">${story()}</div>`] };

/** The customer's reception may only file tickets: the numbers are not available to it, and why — no search, no filters, no retry. */
export const NotAvailableWithoutServices: Story = {
  ...simulated(asPortalUser('cus_1002', { id: 'usr_1002_reception', name: 'Recepcja', email: 'recepcja@transbud-logistyka.pl', permissions: ['support'], access: 'full' })),
};

/** The external auditor (read-only, finances and services) searches and filters the numbers as anyone may. */
export const ReadOnlyUser: Story = { ...simulated(asPortalUser('cus_1002', 'usr_1002_audit')) };
