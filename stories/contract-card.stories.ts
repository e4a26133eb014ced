import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { userEvent, waitFor, expect } from 'storybook/test';
import '@portico/elements/contract-card';
import { simulated, type Simulated } from './support/simulated.ts';
import { asPortalUser } from './support/portal-user.ts';

type Args = { contractId: string };

const meta: Meta<Args> = {
  title: 'Widgets/Contract card',
  component: 'portico-contract-card',
  tags: ['autodocs'],
  args: { contractId: 'ctr_2006' },
  argTypes: {
    contractId: {
      control: 'select',
      options: ['ctr_2001', 'ctr_2006', 'ctr_2012', 'ctr_2015', 'ctr_2016', 'ctr_2022'],
      description: 'dispatch · driver · suspended · terminated · blocked · GPS tracker',
    },
  },
  render: (args, { loaded, globals }) =>
    html`<portico-contract-card .client=${(loaded as Simulated).client} contract-id=${args.contractId} locale=${globals.locale} theme=${globals.theme}></portico-contract-card>`,
};
export default meta;
type Story = StoryObj<Args>;

const business = { customer: 'cus_1002' };
const card = (canvas: HTMLElement) => canvas.querySelector('portico-contract-card')!;
async function ready(canvas: HTMLElement) {
  await waitFor(() => expect(card(canvas).shadowRoot!.querySelector('.details')).toBeTruthy());
  return card(canvas).shadowRoot!;
}

export const Driver: Story = { ...simulated(business) };
export const Terminated: Story = { ...simulated(business), args: { contractId: 'ctr_2015' } };
export const Blocked: Story = { ...simulated(business), args: { contractId: 'ctr_2016' } };
export const Loading: Story = { ...simulated({ ...business, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/contracts/' }) }) };
export const LoadError: Story = { ...simulated({ ...business, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/contracts/' }) }) };

export const PukShown: Story = {
  ...simulated(business),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('.puk button')!);
    await waitFor(() => expect(root.querySelector('#puk-code')).toBeTruthy());
  },
};

export const EditingContact: Story = {
  ...simulated(business),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('.actions button')!);
    await waitFor(() => expect(root.querySelector<HTMLDialogElement>('#contact-dialog')!.open).toBe(true));
    // Typed over what is there (userEvent.clear cannot focus inside a shadow root).
    const email = root.querySelector<HTMLInputElement>('#email')!;
    await userEvent.type(email, 'krzysztof@', { initialSelectionStart: 0, initialSelectionEnd: email.value.length });
    await userEvent.click(root.querySelector<HTMLButtonElement>('#contact-dialog button[type=submit]')!);
    await waitFor(() => expect(root.querySelector('#email-error')).toBeTruthy());
  },
};

export const OrderingSim: Story = {
  ...simulated(business),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.click(root.querySelectorAll<HTMLButtonElement>('.actions button')[1]!);
    await waitFor(() => expect(root.querySelector<HTMLDialogElement>('#swap-dialog')!.open).toBe(true));
  },
};

export const SimOrdered: Story = {
  ...simulated(business),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.click(root.querySelectorAll<HTMLButtonElement>('.actions button')[1]!);
    await waitFor(() => expect(root.querySelector<HTMLDialogElement>('#swap-dialog')!.open).toBe(true));
    await userEvent.click(root.querySelector<HTMLInputElement>('input[name=delivery]:not(:checked)')!);
    await userEvent.click(root.querySelector<HTMLButtonElement>('#swap-dialog button[type=submit]')!);
    await waitFor(() => expect(root.querySelector('#ordered')).toBeTruthy());
  },
};
/** The dialog was closed while the order was on its way, and the order then failed. */
export const OrderFailedAfterClosing: Story = {
  ...simulated({ ...business, setup: (sim) => sim.faults.enqueue({ status: 503, latency: 500, path: '/v1/contracts/ctr_2006/sim-swaps', method: 'POST' }) }),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.click(root.querySelectorAll<HTMLButtonElement>('.actions button')[1]!);
    await waitFor(() => expect(root.querySelector<HTMLDialogElement>('#swap-dialog')!.open).toBe(true));
    await userEvent.click(root.querySelector<HTMLInputElement>('input[name=delivery]:not(:checked)')!);
    await userEvent.click(root.querySelector<HTMLButtonElement>('#swap-dialog button[type=submit]')!);
    root.querySelector<HTMLDialogElement>('#swap-dialog')!.close();
    await waitFor(() => expect(root.querySelector('#swap-failure')).toBeTruthy(), { timeout: 5000 });
  },
};
export const Narrow: Story = { ...simulated(business), decorators: [(story) => html`<div style="width: 300px">${story()}</div>`] };

/** The customer's reception may only file tickets: the contract is not available to it, and why, with no actions. */
export const NotAvailableWithoutServices: Story = {
  ...simulated(asPortalUser('cus_1002', { id: 'usr_1002_reception', name: 'Recepcja', email: 'recepcja@transbud-logistyka.pl', permissions: ['support'], access: 'full' })),
};

/** The external auditor (read-only): the contract, with the PUK, the contact change and the SIM order unavailable and why, said once. */
export const ReadOnlyUser: Story = {
  ...simulated(asPortalUser('cus_1002', 'usr_1002_audit')),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="unavailable"]')).toBeTruthy());
  },
};
