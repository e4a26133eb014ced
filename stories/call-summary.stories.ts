import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '@portico/elements/call-summary';
import { dayOf, monthStart, startOfDay } from '@portico/sdk/core';
import { simulated, type Simulated } from './support/simulated.ts';

type Args = { contractId: string; months: number };

/**
 * The first day of the month `months - 1` before this one, to the start of next month, on the
 * story's simulated calendar (its clock, the browser's zone): the story shows the same data
 * on every day it is opened.
 */
function period(months: number, now: number): { from: string; to: string } {
  const today = dayOf(now);
  return { from: new Date(startOfDay(monthStart(today, 1 - months))).toISOString(), to: new Date(startOfDay(monthStart(today, 1))).toISOString() };
}

const meta: Meta<Args> = {
  title: 'Widgets/Call summary',
  component: 'portico-call-summary',
  tags: ['autodocs'],
  args: { contractId: 'ctr_2001', months: 1 },
  argTypes: {
    contractId: { control: 'select', options: ['ctr_2001', 'ctr_2006', 'ctr_2015', 'ctr_2022'], description: 'dispatch · driver · terminated · GPS tracker' },
    months: { control: { type: 'range', min: 1, max: 12 }, description: 'Months up to this one' },
  },
  render: (args, { loaded, globals }) => {
    const { from, to } = period(args.months, (loaded as Simulated).sim.clock.now());
    return html`<portico-call-summary .client=${(loaded as Simulated).client} contract-id=${args.contractId} from=${from} to=${to} locale=${globals.locale} theme=${globals.theme}></portico-call-summary>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const business = { customer: 'cus_1002' };

export const ThisMonth: Story = { ...simulated(business) };
export const DriverAbroad: Story = { ...simulated(business), args: { contractId: 'ctr_2006', months: 3 } };
export const Year: Story = { ...simulated(business), args: { months: 12 } };
export const Loading: Story = { ...simulated({ ...business, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/summary' }) }) };
export const LoadError: Story = { ...simulated({ ...business, setup: (sim) => sim.faults.persist({ status: 503, path: '/summary' }) }) };
export const NoCalls: Story = { ...simulated(business), args: { contractId: 'ctr_2015' } };
export const Narrow: Story = { ...simulated(business), args: { contractId: 'ctr_2006', months: 3 }, decorators: [(story) => html`<div style="width: 300px">${story()}</div>`] };
