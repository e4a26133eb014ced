import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { userEvent, waitFor, expect } from 'storybook/test';
import '@portico/elements/call-log-table';
import { simulated, type Simulated } from './support/simulated.ts';

type Args = { contractId: string; period: string; source?: 'contract' | 'pbx' };

const meta: Meta<Args> = {
  title: 'Widgets/Call log table',
  component: 'portico-call-log-table',
  tags: ['autodocs'],
  args: { contractId: 'ctr_2001', period: 'last_30_days' },
  argTypes: {
    contractId: { control: 'select', options: ['ctr_2001', 'ctr_2006', 'ctr_2022'], description: 'dispatch (100,000 calls a year, recorded) · driver (roaming) · GPS tracker' },
    period: { control: 'select', options: ['last_30_days', 'this_month', 'last_month', 'last_3_months', 'last_12_months', 'custom'], description: 'The period it opens on' },
    source: { control: 'select', options: ['contract', 'pbx'], description: 'A contract’s calls (the default), or the PBX’s (T10: the clinic’s million calls, with the line of each)' },
  },
  render: (args, { loaded, globals }) =>
    html`<portico-call-log-table .client=${(loaded as Simulated).client} contract-id=${args.contractId} source=${ifDefined(args.source)} period=${args.period} locale=${globals.locale} theme=${globals.theme}></portico-call-log-table>`,
};
export default meta;
type Story = StoryObj<Args>;

const business = { customer: 'cus_1002' };
const table = (canvas: HTMLElement) => canvas.querySelector('portico-call-log-table')!;
async function ready(canvas: HTMLElement) {
  await waitFor(() => expect(table(canvas).shadowRoot!.querySelector('[role=row][aria-rowindex="2"]')).toBeTruthy(), { timeout: 5000 });
  return table(canvas).shadowRoot!;
}

/** The default period: the last 30 days, a month of calls on any day of the month. */
export const LastThirtyDays: Story = { ...simulated(business) };
export const ThisMonth: Story = { ...simulated(business), args: { period: 'this_month' } };
export const Driver: Story = { ...simulated(business), args: { contractId: 'ctr_2006' } };
export const Loading: Story = { ...simulated({ ...business, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/calls' }) }) };
export const LoadError: Story = { ...simulated({ ...business, setup: (sim) => sim.faults.persist({ status: 503, path: '/calls' }) }) };

export const NoCalls: Story = {
  ...simulated(business),
  args: { contractId: 'ctr_2015' },
};

export const Summary: Story = {
  ...simulated(business),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('.tools button')!);
    await waitFor(() => expect(root.querySelector('portico-call-summary')?.shadowRoot?.querySelector('svg')).toBeTruthy(), { timeout: 5000 });
  },
};

export const Playing: Story = {
  ...simulated(business),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('.play')!);
    // The player is an element of its own inside the widget.
    await waitFor(() => expect(root.querySelector('portico-call-player')?.shadowRoot?.querySelector('audio')).toBeTruthy());
  },
};

export const Narrow: Story = { ...simulated(business), decorators: [(story) => html`<div style="width: 320px">${story()}</div>`] };

export const CustomRangeError: Story = {
  ...simulated(business),
  args: { contractId: 'ctr_2006' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    const period = root.querySelector<HTMLSelectElement>('.filters select')!;
    period.value = 'custom';
    period.dispatchEvent(new Event('change'));
    await waitFor(() => expect(root.querySelector('input[type=date]')).toBeTruthy());
    const from = root.querySelector<HTMLInputElement>('input[type=date]')!;
    from.value = '2999-01-01';
    from.dispatchEvent(new Event('change'));
    await waitFor(() => expect(root.querySelector('#range-error')).toBeTruthy());
  },
};

export const Exporting: Story = {
  // Pages of the export arrive slowly, so the progress and Cancel stay in view.
  ...simulated(business),
  play: async ({ canvasElement, loaded }) => {
    const root = await ready(canvasElement);
    (loaded as Simulated).sim.latency = 3_600_000;
    await userEvent.click(root.querySelector<HTMLButtonElement>('.export button')!);
    await waitFor(() => expect(root.querySelector('.progress')).toBeTruthy());
  },
};

export const ExportFailed: Story = {
  ...simulated(business),
  args: { contractId: 'ctr_2006' },
  play: async ({ canvasElement, loaded }) => {
    const root = await ready(canvasElement);
    (loaded as Simulated).sim.faults.persist({ status: 503, path: '/calls' });
    await userEvent.click(root.querySelector<HTMLButtonElement>('.export button')!);
    await waitFor(() => expect(root.querySelector('.export [role=alert]')).toBeTruthy());
  },
};

// The PBX's calls (T10): the "Biznes Trunk" clinic's million, and the office whose package has no call logs.
const clinic = { customer: 'cus_1005' };

export const PbxCalls: Story = { ...simulated(clinic), args: { source: 'pbx' } };
export const PbxLastTwelveMonths: Story = { ...simulated(clinic), args: { source: 'pbx', period: 'last_12_months' } };
// Named so that its id says `--loading`: a story that stays loading, as the docs page's check knows.
export const LoadingPbx: Story = { ...simulated({ ...clinic, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/telephony/calls' }) }), args: { source: 'pbx' } };
export const PbxLoadError: Story = { ...simulated({ ...clinic, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/telephony/calls' }) }), args: { source: 'pbx' } };
/** "Telefonia IP standard": the log is off, and the widget says who to ask (the seed's words). */
export const PbxCallLogsOff: Story = { ...simulated({ customer: 'cus_1001' }), args: { source: 'pbx' } };
export const PbxNoPbx: Story = { ...simulated({ customer: 'cus_1003' }), args: { source: 'pbx' } };
export const PbxNoCalls: Story = {
  ...simulated(clinic),
  args: { source: 'pbx' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    await userEvent.type(search, '000000000');
    await waitFor(() => expect(root.querySelector('[part~="empty"]')).toBeTruthy(), { timeout: 5000 });
  },
};

export const PbxSummary: Story = {
  ...simulated(clinic),
  args: { source: 'pbx' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('.tools button')!);
    await waitFor(() => expect(root.querySelector('portico-call-summary')?.shadowRoot?.querySelector('svg')).toBeTruthy(), { timeout: 5000 });
  },
};

export const PbxPlaying: Story = {
  ...simulated(clinic),
  args: { source: 'pbx' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await userEvent.click(root.querySelector<HTMLButtonElement>('.play')!);
    await waitFor(() => expect(root.querySelector('portico-call-player')?.shadowRoot?.querySelector('audio')).toBeTruthy());
  },
};

export const PbxExporting: Story = {
  ...simulated(clinic),
  args: { source: 'pbx' },
  play: async ({ canvasElement, loaded }) => {
    const root = await ready(canvasElement);
    (loaded as Simulated).sim.latency = 3_600_000;
    await userEvent.click(root.querySelector<HTMLButtonElement>('.export button')!);
    await waitFor(() => expect(root.querySelector('.progress')).toBeTruthy());
  },
};

export const PbxNarrow: Story = { ...simulated(clinic), args: { source: 'pbx' }, decorators: [(story) => html`<div style="width: 320px">${story()}</div>`] };
