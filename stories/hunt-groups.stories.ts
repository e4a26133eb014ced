import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@portico/elements/hunt-groups';
import type { PorticoHuntGroups } from '@portico/elements/hunt-groups';
import { simulated, type Simulated } from './support/simulated.ts';
import { asPortalUser } from './support/portal-user.ts';

const meta: Meta = {
  title: 'Widgets/Hunt groups',
  component: 'portico-hunt-groups',
  tags: ['autodocs'],
  render: (_args, { loaded, globals }) => html`<portico-hunt-groups .client=${(loaded as Simulated).client} locale=${globals.locale} theme=${globals.theme}></portico-hunt-groups>`,
  parameters: {
    docs: {
      description: {
        component:
          'The hunt groups of the hosted PBX: ring strategy, members in ringing order, the caller ID they see, call pickup. Members are ticked and moved up or down; a number is checked against the dial plan. Every state below is served by the Portico simulator through msw.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** The "Biznes Trunk" clinic: hunt groups 500–503 of its 40 extensions. */
const trunk = { customer: 'cus_1005' };
/** The VoIP office: no hunt group yet. */
const office = { customer: 'cus_1001' };

/** The widget's shadow root, once it shows `selector`. */
async function shown(canvas: HTMLElement, selector: string): Promise<ShadowRoot> {
  const root = canvas.querySelector<PorticoHuntGroups>('portico-hunt-groups')!.shadowRoot!;
  await waitFor(() => expect(root.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
  return root;
}

/** Opens the editor from `button` (a selector) and waits for its fields. */
async function editor(canvas: HTMLElement, button: string): Promise<ShadowRoot> {
  const root = await shown(canvas, 'tbody tr');
  await userEvent.click(root.querySelector<HTMLButtonElement>(button)!);
  await shown(canvas, '#group-number');
  return root;
}

export const Clinic: Story = { ...simulated(trunk) };
export const NoHuntGroups: Story = { ...simulated(office) };
export const NoPbx: Story = { ...simulated({ customer: 'cus_1003' }) };
export const Loading: Story = { ...simulated({ ...trunk, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/telephony/hunt-groups' }) }) };
export const LoadError: Story = { ...simulated({ ...trunk, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/telephony/hunt-groups' }) }) };
export const Narrow: Story = { ...simulated(trunk), decorators: [(story) => html`<div style="width: 360px">${story()}</div>`] };

/** The reception's group open: its five members in ringing order, each with Move up and Move down. */
export const Editing: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    await editor(canvasElement, '[data-edit="hg_trunk_500"]');
  },
};

/** 11 begins ten extensions (110–119): each collision is said at the number. */
export const DialPlanRefused: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const root = await editor(canvasElement, '#add');
    await userEvent.type(root.querySelector<HTMLInputElement>('#group-number')!, '11');
    await userEvent.type(root.querySelector<HTMLInputElement>('#group-name')!, 'Gabinety');
    await userEvent.click(root.querySelector<HTMLButtonElement>('#group-dialog button[type=submit]')!);
    await shown(canvasElement, '#group-number-error li');
  },
};

/** A number too short and no name: said before anything is sent. */
export const Refused: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const root = await editor(canvasElement, '#add');
    await userEvent.type(root.querySelector<HTMLInputElement>('#group-number')!, '5');
    await userEvent.click(root.querySelector<HTMLButtonElement>('#group-dialog button[type=submit]')!);
    await shown(canvasElement, '#group-name-error');
  },
};

export const Deleting: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, 'tbody tr');
    await userEvent.click(root.querySelector<HTMLButtonElement>('[data-delete="hg_trunk_503"]')!);
    await waitFor(() => expect(root.querySelector<HTMLDialogElement>('#delete-dialog')!.open).toBe(true));
  },
};

/** The clinic's quality team (telephony and recordings, read-only): the groups, with adding, editing and deleting unavailable and why. */
export const ReadOnlyUser: Story = { ...simulated(asPortalUser('cus_1005', 'usr_1005_quality')) };

/** Piotr Nowak (finances only) may not see the PBX: not available to him, with no add button. */
export const RefusedWithoutTelephony: Story = { ...simulated(asPortalUser('cus_1001', 'usr_1001_accounts')) };
