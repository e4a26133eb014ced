import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { userEvent, waitFor, expect } from 'storybook/test';
import '@portico/elements/announcements';
import { simulated, type Simulated } from './support/simulated.ts';

const meta: Meta = {
  title: 'Widgets/Announcements',
  component: 'portico-announcements',
  tags: ['autodocs'],
  render: (_args, { loaded, globals }) => html`<portico-announcements .client=${(loaded as Simulated).client} locale=${globals.locale} theme=${globals.theme}></portico-announcements>`,
};
export default meta;
type Story = StoryObj;

const widget = (canvas: HTMLElement) => canvas.querySelector('portico-announcements')!;

export const Latest: Story = { ...simulated() };
export const ReadingOne: Story = {
  ...simulated(),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(widget(canvasElement).shadowRoot!.querySelector('article button')).toBeTruthy());
    await userEvent.click(widget(canvasElement).shadowRoot!.querySelector<HTMLButtonElement>('article button')!);
    await waitFor(() => expect(widget(canvasElement).shadowRoot!.querySelector('.prose')).toBeTruthy());
  },
};
export const Loading: Story = { ...simulated({ setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/announcements' }) }) };
export const LoadError: Story = { ...simulated({ setup: (sim) => sim.faults.persist({ status: 503, path: '/announcements' }) }) };
export const Offline: Story = { ...simulated({ setup: (sim) => sim.faults.persist({ drop: true, path: '/announcements' }) }) };
export const Narrow: Story = { ...simulated(), decorators: [(story) => html`<div style="width: 300px">${story()}</div>`] };
