import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { userEvent, waitFor, expect } from 'storybook/test';
import '@portico/elements/knowledge-base';
import { simulated, type Simulated } from './support/simulated.ts';

type Args = { categoryId?: string; articleId?: string };

const meta: Meta<Args> = {
  title: 'Widgets/Knowledge base',
  component: 'portico-knowledge-base',
  tags: ['autodocs'],
  args: {},
  render: (args, { loaded, globals }) =>
    html`<portico-knowledge-base .client=${(loaded as Simulated).client} category-id=${args.categoryId ?? ''} article-id=${args.articleId ?? ''} locale=${globals.locale} theme=${globals.theme}></portico-knowledge-base>`,
};
export default meta;
type Story = StoryObj<Args>;

const kb = (canvas: HTMLElement) => canvas.querySelector('portico-knowledge-base')!;
async function search(canvas: HTMLElement, text: string) {
  await waitFor(() => expect(kb(canvas).shadowRoot!.querySelector('.category')).toBeTruthy(), { timeout: 5000 });
  await userEvent.type(kb(canvas).shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!, text);
}

export const Categories: Story = { ...simulated() };
export const Category: Story = { ...simulated(), args: { categoryId: 'kb_voip' } };
export const Article: Story = { ...simulated(), args: { articleId: 'kb_101' } };
export const ArticleWithTableAndCode: Story = { ...simulated(), args: { articleId: 'kb_136' } };
/** In Polish, typed without Polish letters, as people do on a phone. */
export const Search: Story = {
  ...simulated(),
  play: async ({ canvasElement, globals }) => {
    await search(canvasElement, globals.locale === 'pl' ? 'doladowanie konta' : 'top up by card');
    await waitFor(() => expect(kb(canvasElement).shadowRoot!.querySelector('.articles .item')).toBeTruthy(), { timeout: 5000 });
  },
};
/** An article opened from search results, with the way back to them. */
export const ArticleFromSearch: Story = {
  ...simulated(),
  play: async (context) => {
    await Search.play!(context);
    const root = kb(context.canvasElement).shadowRoot!;
    await userEvent.click(root.querySelector<HTMLElement>('.articles .item')!);
    await waitFor(() => expect(root.querySelector('.back')).toBeTruthy(), { timeout: 5000 });
  },
};
export const NothingFound: Story = {
  ...simulated(),
  play: async ({ canvasElement }) => {
    await search(canvasElement, 'qwertyuiop');
    await waitFor(() => expect(kb(canvasElement).shadowRoot!.querySelector('[part~="empty"]')).toBeTruthy(), { timeout: 5000 });
  },
};
export const Loading: Story = { ...simulated({ setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/knowledge-base' }) }) };
export const LoadError: Story = { ...simulated({ setup: (sim) => sim.faults.persist({ status: 503, path: '/knowledge-base' }) }) };
export const Narrow: Story = { ...simulated(), args: { articleId: 'kb_110' }, decorators: [(story) => html`<div style="width: 300px">${story()}</div>`] };
