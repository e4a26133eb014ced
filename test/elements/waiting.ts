import { expect, fixture, html } from '@open-wc/testing';
import type { ClientCore } from '@portico/sdk/core';
import { shows, textOf } from './support.ts';
import { answered, watch } from './signals.ts';

/**
 * Mounts a widget without the id it shows and checks that it waits quietly: it asks nothing
 * of the API, fires no `portico-error`, says "No number chosen" and, once, in the console,
 * which attribute it waits for. Then `give` sets the id, and the widget must show `content`
 * with still no failure.
 */
export async function expectWaitsForItsId<T extends HTMLElement & { client?: unknown }>(options: {
  tag: string;
  attribute: string;
  client: ClientCore;
  give: (element: T) => void;
  content: string;
}): Promise<void> {
  const infos: string[] = [];
  const info = console.info;
  console.info = (...args: unknown[]) => void infos.push(args.join(' '));
  try {
    const asked = watch(options.client);
    const failures: Event[] = [];
    const element = document.createElement(options.tag) as T;
    element.client = options.client;
    element.setAttribute('locale', 'en');
    element.addEventListener('portico-error', (event) => failures.push(event));
    await fixture(html`${element}`);
    await shows(element, '[part~="empty"]');
    expect(asked, 'nothing asked of the API').to.deep.equal([]);
    expect(failures).to.deep.equal([]);
    expect(textOf(element, '[part~="empty"] h3')).to.equal('No number chosen');
    // Said once, however often the widget renders.
    element.setAttribute('locale', 'pl');
    await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(infos).to.deep.equal([`<${options.tag}> waits for its ${options.attribute} attribute: it loads nothing until it is set.`]);
    options.give(element);
    await shows(element, options.content);
    await answered(asked);
    expect(failures).to.deep.equal([]);
  } finally {
    console.info = info;
  }
}
