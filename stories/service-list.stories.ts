import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { userEvent, waitFor, expect } from 'storybook/test';
import '@portico/elements/service-list';
import { serviceOrderCreate } from '@portico/sdk/contracts';
import { simulated, type Simulated } from './support/simulated.ts';
import { asPortalUser } from './support/portal-user.ts';

type Args = { contractId: string };

const meta: Meta<Args> = {
  title: 'Widgets/Service list',
  component: 'portico-service-list',
  tags: ['autodocs'],
  args: { contractId: 'ctr_2005' },
  render: (args, { loaded, globals }) =>
    html`<portico-service-list .client=${(loaded as Simulated).client} contract-id=${args.contractId} locale=${globals.locale} theme=${globals.theme}></portico-service-list>`,
};
export default meta;
type Story = StoryObj<Args>;

const business = { customer: 'cus_1002' };
const list = (canvas: HTMLElement) => canvas.querySelector('portico-service-list')!;
async function ready(canvas: HTMLElement) {
  await waitFor(() => expect(list(canvas).shadowRoot!.querySelector('.service')).toBeTruthy());
  return list(canvas).shadowRoot!;
}

export const All: Story = { ...simulated(business) };
export const Loading: Story = { ...simulated({ ...business, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/services' }) }) };
export const LoadError: Story = { ...simulated({ ...business, setup: (sim) => sim.faults.persist({ status: 503, path: '/services' }) }) };
export const SuspendedNumber: Story = { ...simulated(business), args: { contractId: 'ctr_2012' } };

export const SettingsOpen: Story = {
  ...simulated(business),
  args: { contractId: 'ctr_2008' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    const voicemail = [...root.querySelectorAll<HTMLButtonElement>('.toggle')].find((b) => b.textContent!.includes('Voicemail') || b.textContent!.includes('Poczta'))!;
    await userEvent.click(voicemail);
  },
};

export const OrderSteps: Story = {
  ...simulated(business),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('.icon-button[aria-label*="10 GB"]')!);
    await waitFor(() => expect(root.querySelector<HTMLDialogElement>('#order-dialog')!.open).toBe(true));
  },
};

export const OrderAccepted: Story = {
  ...simulated(business),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('.icon-button[aria-label*="10 GB"]')!);
    await waitFor(() => expect(root.querySelector<HTMLDialogElement>('#order-dialog')!.open).toBe(true));
    await userEvent.click(root.querySelector<HTMLButtonElement>('#order-dialog button[type=submit]')!);
    await waitFor(() => expect(root.querySelector('#order-result')).toBeTruthy());
  },
};

export const OrderPending: Story = {
  ...simulated({
    ...business,
    simulator: { timings: { orderStart: 3_600_000, orderDuration: 3_600_000 } },
    prepare: async (client) => {
      await client.request(serviceOrderCreate, { params: { id: 'ctr_2005' }, body: { serviceId: 'data_10gb', action: 'activate', notify: { user: true, admin: true } } });
      return {};
    },
  }),
};
export const Narrow: Story = { ...simulated(business), decorators: [(story) => html`<div style="width: 300px">${story()}</div>`] };

/** The customer's reception may only file tickets: the services are not available to it, and why, with no filter. */
export const NotAvailableWithoutServices: Story = {
  ...simulated(asPortalUser('cus_1002', { id: 'usr_1002_reception', name: 'Recepcja', email: 'recepcja@transbud-logistyka.pl', permissions: ['support'], access: 'full' })),
};

/** The external auditor (read-only): the services and their settings as they are, every order unavailable and why. */
export const ReadOnlyUser: Story = {
  ...simulated(asPortalUser('cus_1002', 'usr_1002_audit')),
  args: { contractId: 'ctr_2008' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await waitFor(() => expect(root.querySelector('#changes-unavailable')).toBeTruthy());
    const voicemail = [...root.querySelectorAll<HTMLButtonElement>('.toggle')].find((b) => b.textContent!.includes('Voicemail') || b.textContent!.includes('Poczta'))!;
    await userEvent.click(voicemail);
  },
};
