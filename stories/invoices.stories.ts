import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Simulator } from '@portico/simulator';
import '@portico/elements/invoices';
import type { PorticoInvoices } from '@portico/elements';
import { simulated, type Simulated } from './support/simulated.ts';

const meta: Meta = {
  title: 'Widgets/Invoices',
  component: 'portico-invoices',
  tags: ['autodocs'],
  render: (_args, { loaded, globals }) => html`<portico-invoices .client=${(loaded as Simulated).client} locale=${globals.locale} theme=${globals.theme}></portico-invoices>`,
  parameters: {
    docs: {
      description: {
        component:
          'The customer’s VAT invoices: number, dates, amount (net and VAT on demand), status in words; the PDF (written by the simulator, in Polish, with an embedded font) opened or downloaded; an unpaid one paid from the balance or by card, once per action. Every state below is served by the Portico simulator through msw.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;


/** The clinic: a year of trunk and PBX invoices, the latest unpaid. */
const clinic = { customer: 'cus_1005' };
/** The postpaid business: the latest unpaid and the one before it overdue. */
const business = { customer: 'cus_1002' };
/** The hosting customer: prepaid, four invoices, the latest to pay from the balance. */
const hosting = { customer: 'cus_1003' };

/** The widget's shadow root, once it shows `selector`. */
async function shown(canvas: HTMLElement, selector: string): Promise<ShadowRoot> {
  const root = canvas.querySelector<PorticoInvoices>('portico-invoices')!.shadowRoot!;
  await waitFor(() => expect(root.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
  return root;
}

/** Opens the payment dialog of the newest invoice and waits for its choices. */
async function payDialog(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await shown(canvas, 'tbody [data-pay]');
  await userEvent.click(root.querySelector<HTMLButtonElement>('tbody [data-pay]')!);
  return shown(canvas, '#pay-dialog input[name="pay-method"]');
}

/** A balance the hosting customer's latest invoice fits in, or not. */
const balance = (amount: number) => (sim: Simulator) => void (sim.world.customers.get('cus_1003')!.balance = amount);

export const Clinic: Story = { ...simulated(clinic) };
export const OverdueBusiness: Story = { ...simulated(business) };
export const PrepaidHosting: Story = { ...simulated(hosting) };
export const Wide: Story = { ...simulated(business), decorators: [(story) => html`<div style="width: 1100px">${story()}</div>`] };
export const Narrow: Story = { ...simulated(business), decorators: [(story) => html`<div style="width: 360px">${story()}</div>`] };
export const Empty: Story = { ...simulated({ customer: 'cus_1001' }) };
export const NoMatch: Story = { ...simulated(clinic), render: (_args, { loaded, globals }) => html`<portico-invoices .client=${(loaded as Simulated).client} locale=${globals.locale} theme=${globals.theme} status="overdue"></portico-invoices>` };
export const Loading: Story = { ...simulated({ ...clinic, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/account/invoices' }) }) };
export const LoadError: Story = { ...simulated({ ...clinic, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/account/invoices' }) }) };

/** A portal user without the "finances" permission: not available to them, and why. */
export const NotAvailable: Story = {
  ...simulated({
    ...clinic,
    setup: (sim) => {
      const admin = sim.world.customers.get('cus_1005')!.users[0]!;
      Object.assign(admin, { role: 'user', permissions: ['telephony', 'support'] });
    },
  }),
};

export const PdfReady: Story = {
  ...simulated(business),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, 'tbody [data-pdf]');
    await userEvent.click(root.querySelector<HTMLButtonElement>('tbody [data-pdf]')!);
    await shown(canvasElement, 'tbody [data-open]');
  },
};

export const PayFromBalance: Story = {
  ...simulated({ ...hosting, setup: balance(50_000) }),
  play: async ({ canvasElement }) => void (await payDialog(canvasElement)),
};

export const PayByCardPostpaid: Story = {
  ...simulated(business),
  play: async ({ canvasElement }) => void (await payDialog(canvasElement)),
};

/** The balance does not cover the invoice: said before anything is sent. */
export const BalanceTooLow: Story = {
  ...simulated({ ...hosting, setup: balance(1000) }),
  play: async ({ canvasElement }) => {
    const root = await payDialog(canvasElement);
    await userEvent.click(root.querySelector<HTMLInputElement>('#method-balance')!);
    await userEvent.click(root.querySelector<HTMLButtonElement>('#pay-submit')!);
    await shown(canvasElement, '#method-error');
  },
};

export const Paying: Story = {
  ...simulated({ ...hosting, setup: (sim) => (balance(50_000)(sim), sim.faults.persist({ latency: 3_600_000, method: 'POST', path: '/pay' })) }),
  play: async ({ canvasElement }) => {
    const root = await payDialog(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('#pay-submit')!);
    await shown(canvasElement, '#pay-submit .spinner');
  },
};

export const Paid: Story = {
  ...simulated({ ...hosting, setup: balance(50_000) }),
  play: async ({ canvasElement }) => {
    const root = await payDialog(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('#pay-submit')!);
    await shown(canvasElement, '#pay-result');
  },
};

/** The payment failed on the way: said, and Pay tries again under the same key. */
export const PayFailed: Story = {
  ...simulated({ ...hosting, setup: (sim) => (balance(50_000)(sim), sim.faults.persist({ status: 503, method: 'POST', path: '/pay' })) }),
  play: async ({ canvasElement }) => {
    const root = await payDialog(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('#pay-submit')!);
    await shown(canvasElement, '#pay-error');
  },
};
