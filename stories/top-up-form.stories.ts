import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@portico/elements/top-up-form';
import type { PorticoTopUpForm } from '@portico/elements';
import { simulated, type Simulated } from './support/simulated.ts';
import { asPortalUser } from './support/portal-user.ts';

type Args = { accent: string };

const meta: Meta<Args> = {
  title: 'Widgets/Top-up form',
  component: 'portico-top-up-form',
  tags: ['autodocs'],
  args: { accent: '' },
  argTypes: { accent: { control: 'color', description: '`--portico-top-up-form-accent`' } },
  render: (args, { loaded, globals }) => html`<portico-top-up-form
    style=${args.accent ? `--portico-top-up-form-accent: ${args.accent}` : ''}
    .client=${(loaded as Simulated).client}
    locale=${globals.locale}
    theme=${globals.theme}
  ></portico-top-up-form>`,
  parameters: {
    docs: {
      description: {
        component:
          'Tops up a prepaid balance by card, BLIK or bank transfer. Every state below is served by the Portico simulator through msw — what you see is what the platform would answer.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The widget inside the canvas, once it shows `selector`. */
async function part(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  const widget = canvas.querySelector<PorticoTopUpForm>('portico-top-up-form')!;
  let found: HTMLElement | null = null;
  await waitFor(() => {
    found = widget.shadowRoot!.querySelector<HTMLElement>(selector);
    expect(found).toBeTruthy();
  });
  return found!;
}

export const Prepaid: Story = { ...simulated() };

export const Loading: Story = {
  ...simulated({ setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/account/balance' }) }),
};

export const Postpaid: Story = { ...simulated({ customer: 'cus_1002' }) };

export const NoPaymentMethods: Story = {
  ...simulated({ setup: (sim) => void (sim.world.customers.get(sim.customers.prepaid)!.paymentMethods = []) }),
};

export const ValidationError: Story = {
  ...simulated(),
  play: async ({ canvasElement }) => {
    const amount = await part(canvasElement, '#amount');
    await userEvent.type(amount, '19');
    amount.blur();
    await part(canvasElement, '#amount-error');
  },
};

export const Submitting: Story = {
  ...simulated({ setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/account/top-ups', method: 'POST' }) }),
  play: async ({ canvasElement }) => {
    await userEvent.type(await part(canvasElement, '#amount'), '50');
    await userEvent.click(await part(canvasElement, 'button.submit'));
    await part(canvasElement, '.submit .spinner');
  },
};

export const Success: Story = {
  ...simulated(),
  play: async ({ canvasElement }) => {
    await userEvent.type(await part(canvasElement, '#amount'), '50');
    await userEvent.click(await part(canvasElement, 'button.submit'));
    await part(canvasElement, '#result-title');
  },
};

export const BankTransferPending: Story = {
  ...simulated(),
  play: async ({ canvasElement }) => {
    await userEvent.type(await part(canvasElement, '#amount'), '150');
    await userEvent.click(await part(canvasElement, 'input[value="pm_transfer"]'));
    await userEvent.click(await part(canvasElement, 'button.submit'));
    await part(canvasElement, 'portico-bank-transfer');
  },
};

export const BlikDeclined: Story = {
  ...simulated(),
  play: async ({ canvasElement }) => {
    await userEvent.type(await part(canvasElement, '#amount'), '20');
    await userEvent.click(await part(canvasElement, 'input[value="pm_blik"]'));
    await userEvent.type(await part(canvasElement, '#blik'), '000000');
    await userEvent.click(await part(canvasElement, 'button.submit'));
    await part(canvasElement, '#action-error');
  },
};

export const ServerError: Story = {
  ...simulated({ setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/account/balance' }) }),
};

export const RateLimited: Story = {
  ...simulated({ setup: (sim) => sim.faults.persist({ status: 429, retryAfter: 30, path: '/v1/account/balance' }) }),
};

export const Offline: Story = {
  ...simulated({ setup: (sim) => sim.faults.persist({ drop: true, path: '/v1/account/balance' }) }),
};

export const SubmitFailsThenRetry: Story = {
  ...simulated({ setup: (sim) => sim.faults.enqueue({ loseResponse: true, path: '/v1/account/top-ups', method: 'POST' }) }),
  play: async ({ canvasElement }) => {
    await userEvent.type(await part(canvasElement, '#amount'), '30');
    await userEvent.click(await part(canvasElement, 'button.submit'));
    await part(canvasElement, '#action-error');
  },
};

/** The first try was charged but its answer lost; the amount changed before trying again: one charge, the first, and the form says so. */
export const ChargedByAnEarlierTry: Story = {
  ...SubmitFailsThenRetry,
  play: async (context) => {
    await SubmitFailsThenRetry.play!(context);
    const amount = await part(context.canvasElement, '#amount');
    // (userEvent.clear cannot focus a field inside a shadow root; Backspace as a person would.)
    await userEvent.type(amount, '{Backspace}{Backspace}35');
    await userEvent.click(await part(context.canvasElement, 'button.submit'));
    await part(context.canvasElement, '#result-title');
  },
};

export const NarrowSidebar: Story = {
  ...simulated(),
  decorators: [(story) => html`<div style="width: 280px">${story()}</div>`],
};

/** Ewa Kowalczyk (telephony, support) may not see the account's payments: the form is not available to her, and why, with no retry. */
export const NotAvailableWithoutFinances: Story = { ...simulated(asPortalUser('cus_1001', 'usr_1001_office')) };

/** A read-only user with "finances" sees the balance; where the form would be, why there is none. */
export const ReadOnlyUser: Story = {
  ...simulated(asPortalUser('cus_1001', { id: 'usr_1001_auditor', name: 'Biegły rewident', email: 'rewident@example.pl', permissions: ['finances'], access: 'read_only' })),
  play: async ({ canvasElement }) => {
    await part(canvasElement, '[part~="unavailable"]');
  },
};
