import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { simulator } from '../browser/support.ts';

export { simulator };
export { clientFor, requestsTo } from '../support/clients.ts';

/** The element's shadow root, typed. */
export const shadow = (element: Element): ShadowRoot => element.shadowRoot!;

/** The first match inside an element's shadow root, or a failure that names the selector. */
export function $(element: Element, selector: string): HTMLElement {
  const found = shadow(element).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${element.localName}>`);
  return found;
}

/** Visible text of an element's shadow root, whitespace folded (what a reader would read). */
export function textOf(element: Element, selector = '[part~="base"]'): string {
  return ($(element, selector).innerText ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the widget shows `selector` (content, error, result…). */
export async function shows(element: Element, selector: string, message?: string): Promise<HTMLElement> {
  await waitUntil(() => shadow(element).querySelector(selector), message ?? `<${element.localName}> never showed ${selector}`, { timeout: 5000 });
  return $(element, selector);
}

/** Types into an input as a person does: value, then an input event. */
export function type(input: HTMLElement, text: string): void {
  (input as HTMLInputElement).value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export function mount<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  return fixture<T>(template);
}

/**
 * Waits until focus is on `target` inside the element. (Never compare DOM nodes with chai:
 * printing one on failure walks the whole document and can bring the page down.)
 */
export async function focusOn(element: Element, target: Element | null, message = 'focus moves'): Promise<void> {
  await waitUntil(() => target !== null && element.shadowRoot!.activeElement === target, message, { timeout: 3000 });
}
