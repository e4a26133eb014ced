import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '@portico/elements/server-status';
import { simulated, type Simulated } from './support/simulated.ts';

const meta: Meta = {
  title: 'Widgets/Server status',
  component: 'portico-server-status',
  tags: ['autodocs'],
  render: (_args, { loaded, globals }) => html`<portico-server-status .client=${(loaded as Simulated).client} locale=${globals.locale} theme=${globals.theme}></portico-server-status>`,
};
export default meta;
type Story = StoryObj;

export const WithAProblem: Story = { ...simulated() };
export const Loading: Story = { ...simulated({ setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/server-status' }) }) };
export const LoadError: Story = { ...simulated({ setup: (sim) => sim.faults.persist({ status: 503, path: '/server-status' }) }) };
export const Narrow: Story = { ...simulated(), decorators: [(story) => html`<div style="width: 300px">${story()}</div>`] };
