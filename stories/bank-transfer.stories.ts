import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@portico/elements/bank-transfer';
import { topUpCreate } from '@portico/sdk/account';
import type { ClientCore } from '@portico/sdk/core';
import type { PorticoBankTransfer } from '@portico/elements';
import { simulated, type Simulated } from './support/simulated.ts';
import { asPortalUser } from './support/portal-user.ts';

const meta: Meta = {
  title: 'Widgets/Bank transfer',
  component: 'portico-bank-transfer',
  tags: ['autodocs'],
  render: (_args, { loaded, globals }) => {
    const { client, prepared } = loaded as Simulated;
    return html`<portico-bank-transfer .client=${client} top-up-id=${prepared.topUpId ?? ''} locale=${globals.locale} theme=${globals.theme}></portico-bank-transfer>`;
  },
  parameters: {
    docs: {
      description: {
        component:
          'How to pay a pending bank-transfer top-up, with copy buttons, and where to attach the bank’s confirmation. The top-up form loads it after a transfer top-up; a history page can show it for any pending top-up by id.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const transferOf = (amount: number) => async (client: ClientCore) => ({
  topUpId: (await client.request(topUpCreate, { body: { amount: { amount, currency: 'PLN' }, paymentMethodId: 'pm_transfer' } })).id,
});

/** Puts a file into the widget's file input, as choosing one does. */
async function choose(canvas: HTMLElement, file: File): Promise<PorticoBankTransfer> {
  const widget = canvas.querySelector<PorticoBankTransfer>('portico-bank-transfer')!;
  let input: HTMLInputElement | null = null;
  await waitFor(() => {
    input = widget.shadowRoot!.querySelector<HTMLInputElement>('#file');
    expect(input).toBeTruthy();
  });
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input!.files = transfer.files;
  input!.dispatchEvent(new Event('change'));
  return widget;
}

export const Pending: Story = { ...simulated({ prepare: transferOf(15_050) }) };

export const Loading: Story = {
  ...simulated({ prepare: transferOf(15_050), setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/account/top-ups/' }) }),
};

export const LoadError: Story = {
  ...simulated({ prepare: transferOf(15_050), setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/account/top-ups/' }) }),
};

export const NotATransfer: Story = {
  ...simulated({
    prepare: async (client) => ({
      topUpId: (await client.request(topUpCreate, { body: { amount: { amount: 5000, currency: 'PLN' }, paymentMethodId: 'pm_card' } })).id,
    }),
  }),
};

export const FileRefused: Story = {
  ...simulated({ prepare: transferOf(15_050) }),
  play: async ({ canvasElement }) => {
    const widget = await choose(canvasElement, new File(['x'], 'umowa.docx', { type: 'application/msword' }));
    await waitFor(() => expect(widget.shadowRoot!.querySelector('.confirmation [role="alert"]')).toBeTruthy());
  },
};

export const Uploading: Story = {
  ...simulated({ prepare: transferOf(15_050), setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/confirmation' }) }),
  play: async ({ canvasElement }) => {
    const widget = await choose(canvasElement, new File([new Uint8Array(400_000)], 'potwierdzenie.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(widget.shadowRoot!.querySelector('progress')).toBeTruthy());
  },
};

export const Uploaded: Story = {
  ...simulated({ prepare: transferOf(15_050) }),
  play: async ({ canvasElement }) => {
    const widget = await choose(canvasElement, new File([new Uint8Array(40_000)], 'potwierdzenie.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(widget.shadowRoot!.querySelector('#upload-result')).toBeTruthy());
  },
};

export const UploadFailed: Story = {
  ...simulated({ prepare: transferOf(15_050), setup: (sim) => sim.faults.persist({ drop: true, path: '/confirmation' }) }),
  play: async ({ canvasElement }) => {
    const widget = await choose(canvasElement, new File([new Uint8Array(40_000)], 'potwierdzenie.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(widget.shadowRoot!.querySelector('.confirmation .alert--error')).toBeTruthy());
  },
};

/** Ewa Kowalczyk (telephony, support) may not see the account's payments: the transfer is not available to her, and why. */
export const NotAvailableWithoutFinances: Story = { ...simulated(asPortalUser('cus_1001', 'usr_1001_office', { prepare: transferOf(15_050) })) };

/** A read-only user with "finances" sees where to send the money; in place of the upload, why there is none. */
export const ReadOnlyUser: Story = {
  ...simulated(
    asPortalUser('cus_1001', { id: 'usr_1001_auditor', name: 'Biegły rewident', email: 'rewident@example.pl', permissions: ['finances'], access: 'read_only' }, { prepare: transferOf(15_050) }),
  ),
};
