import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@portico/elements/pbx-dashboard';
import type { PorticoPbxDashboard } from '@portico/elements/pbx-dashboard';
import { simulated, type Simulated } from './support/simulated.ts';
import { asPortalUser } from './support/portal-user.ts';

type Args = { pageSize: number };

const meta: Meta<Args> = {
  title: 'Widgets/PBX dashboard',
  component: 'portico-pbx-dashboard',
  tags: ['autodocs'],
  args: { pageSize: 10 },
  argTypes: { pageSize: { control: 'number', description: '`page-size`: recent calls a page' } },
  render: (args, { loaded, globals }) =>
    html`<portico-pbx-dashboard .client=${(loaded as Simulated).client} page-size=${args.pageSize} locale=${globals.locale} theme=${globals.theme}></portico-pbx-dashboard>`,
  parameters: {
    docs: {
      description: {
        component:
          'The hosted PBX’s start page (“Pulpit”): balance and credit limit, name and login, the package and its counts, unregistered lines as a warning, recent calls a page at a time with recordings played in the page, and the contact information. Each panel loads and fails on its own. Every state below is served by the Portico simulator through msw.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The VoIP office on "Telefonia IP standard", prepaid. */
const office = { customer: 'cus_1001' };
/** The "Biznes Trunk" clinic, postpaid with a credit limit. */
const trunk = { customer: 'cus_1005' };

async function shown(canvas: HTMLElement, selector: string): Promise<ShadowRoot> {
  const root = canvas.querySelector<PorticoPbxDashboard>('portico-pbx-dashboard')!.shadowRoot!;
  await waitFor(() => expect(root.querySelector(selector)).toBeTruthy());
  return root;
}

export const Office: Story = { ...simulated(office) };
export const Clinic: Story = { ...simulated(trunk) };
export const Loading: Story = { ...simulated({ ...office, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/' }) }) };
/** Nothing can be loaded: each panel says so on its own, with its own retry. */
export const LoadError: Story = { ...simulated({ ...office, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/' }) }) };
/** The PBX cannot be loaded: its panel and the contact say so, the rest stays. */
export const PbxPanelFailed: Story = { ...simulated({ ...office, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/telephony/pbx' }) }) };
export const RecentCallsFailed: Story = { ...simulated({ ...office, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/telephony/calls/recent' }) }) };
/** A month since the last call: nothing in the last 30 days. */
export const NoRecentCalls: Story = { ...simulated({ ...office, setup: (sim) => sim.clock.advance(31 * 86_400_000) }) };
/** A hosting customer: the account shows, the PBX panel says there is none. */
export const NoPbx: Story = { ...simulated({ customer: 'cus_1003' }) };

export const SecondPage: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '.pager');
    await userEvent.click([...root.querySelectorAll<HTMLButtonElement>('.pager button')][1]!);
    await waitFor(() => expect(root.querySelector('#calls-range')!.textContent).toMatch(/ 2 /));
  },
};

export const PlayingRecording: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '.panel--calls .play');
    await userEvent.click(root.querySelector<HTMLButtonElement>('.panel--calls .play')!);
    await waitFor(() => expect(root.querySelector('#call-player audio')).toBeTruthy());
  },
};

export const Narrow: Story = { ...simulated(trunk), decorators: [(story) => html`<div style="width: 360px">${story()}</div>`] };

/** The clinic's reception (telephony, support; no recordings): the calls, with Play unavailable and why. */
export const WithoutRecordings: Story = { ...simulated(asPortalUser('cus_1005', 'usr_1005_reception')) };

/** Piotr Nowak (finances only): the account's money; the PBX and its calls not available to him, with no retry. */
export const RefusedWithoutTelephony: Story = { ...simulated(asPortalUser('cus_1001', 'usr_1001_accounts')) };
