import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '@portico/elements/downloads';
import { simulated, type Simulated } from './support/simulated.ts';

type Args = { categoryId?: string };

const meta: Meta<Args> = {
  title: 'Widgets/Downloads',
  component: 'portico-downloads',
  tags: ['autodocs'],
  args: {},
  render: (args, { loaded, globals }) =>
    html`<portico-downloads .client=${(loaded as Simulated).client} category-id=${args.categoryId ?? ''} locale=${globals.locale} theme=${globals.theme}></portico-downloads>`,
};
export default meta;
type Story = StoryObj<Args>;

export const AllFiles: Story = { ...simulated() };
export const Loading: Story = { ...simulated({ setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/downloads' }) }) };
export const LoadError: Story = { ...simulated({ setup: (sim) => sim.faults.persist({ status: 503, path: '/downloads' }) }) };
export const Narrow: Story = { ...simulated(), decorators: [(story) => html`<div style="width: 300px">${story()}</div>`] };
