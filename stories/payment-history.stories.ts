import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@portico/elements/payment-history';
import type { PorticoPaymentHistory } from '@portico/elements';
import { simulated, type Simulated } from './support/simulated.ts';

const meta: Meta = {
  title: 'Widgets/Payment history',
  component: 'portico-payment-history',
  tags: ['autodocs'],
  render: (_args, { loaded, globals }) => html`<portico-payment-history .client=${(loaded as Simulated).client} locale=${globals.locale} theme=${globals.theme}></portico-payment-history>`,
  parameters: {
    docs: {
      description: {
        component:
          'Every movement of money on the account — top-ups, invoice payments, refunds, charges, corrections — with the balance each left, filtered by period and kind and exported as CSV. Every state below is served by the Portico simulator through msw.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;


/** The widget's shadow root, once it shows `selector`. */
async function shown(canvas: HTMLElement, selector: string): Promise<ShadowRoot> {
  const root = canvas.querySelector<PorticoPaymentHistory>('portico-payment-history')!.shadowRoot!;
  await waitFor(() => expect(root.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
  return root;
}

const withAttributes = (attributes: { kind?: string; period?: string }): Story['render'] => (_args, { loaded, globals }) =>
  html`<portico-payment-history .client=${(loaded as Simulated).client} locale=${globals.locale} theme=${globals.theme} kind=${attributes.kind ?? ''} period=${attributes.period ?? 'all'}></portico-payment-history>`;

/** The hosting customer: top-ups and invoices paid from the balance. */
export const Prepaid: Story = { ...simulated({ customer: 'cus_1003' }) };
/** The postpaid business: invoices charged when issued, paid by transfer. */
export const Postpaid: Story = { ...simulated({ customer: 'cus_1002' }) };
export const InvoicePaymentsOnly: Story = { ...simulated({ customer: 'cus_1002' }), render: withAttributes({ kind: 'invoice_payment' }) };
export const NoMatch: Story = { ...simulated({ customer: 'cus_1003' }), render: withAttributes({ kind: 'refund', period: '30d' }) };
export const Narrow: Story = { ...simulated({ customer: 'cus_1003' }), decorators: [(story) => html`<div style="width: 360px">${story()}</div>`] };
export const Loading: Story = { ...simulated({ setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/account/ledger' }) }) };
export const LoadError: Story = { ...simulated({ setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/account/ledger' }) }) };

/** A portal user without the "finances" permission. */
export const NotAvailable: Story = {
  ...simulated({ setup: (sim) => void Object.assign(sim.world.customers.get('cus_1001')!.users[0]!, { role: 'user', permissions: ['telephony'] }) }),
};

export const Exporting: Story = {
  ...simulated({ customer: 'cus_1002' }),
  play: async ({ canvasElement, loaded }) => {
    const root = await shown(canvasElement, 'tbody tr');
    // Slow from here on: the export stays busy.
    (loaded as Simulated).sim.faults.persist({ latency: 3_600_000, path: '/v1/account/ledger' });
    await userEvent.click(root.querySelector<HTMLButtonElement>('#export')!);
    await shown(canvasElement, '#export .spinner');
  },
};

export const ExportFailed: Story = {
  ...simulated({ customer: 'cus_1002' }),
  play: async ({ canvasElement, loaded }) => {
    const root = await shown(canvasElement, 'tbody tr');
    // The export's pages fail from here on; the list on screen stays.
    (loaded as Simulated).sim.faults.persist({ status: 503, path: '/v1/account/ledger' });
    await userEvent.click(root.querySelector<HTMLButtonElement>('#export')!);
    await shown(canvasElement, '#export-error');
  },
};
