import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PorticoClient } from '@portico/sdk';
import type { Simulator } from '@portico/simulator/browser';
import { clientFor, shows, textOf } from './support.ts';

/**
 * What widgets show a portal user who may not do something: the words, and checks of them.
 * Seeded users: `cus_1001` — `usr_1001_accounts` (finances only), `usr_1001_office` (telephony,
 * support); `cus_1005` — `usr_1005_reception` (telephony, support), `usr_1005_quality`
 * (telephony and recordings, read-only).
 */

export const READ_ONLY = {
  en: 'Your portal user can view but not change anything here. An administrator of the account can change that.',
  pl: 'Twój użytkownik portalu może tu przeglądać, ale niczego nie zmieni. Może to zmienić administrator konta.',
};
export const NOT_ALLOWED_TITLE = { en: 'Not available to your user', pl: 'Niedostępne dla Twojego użytkownika' };
export const needs = {
  en: (permission: string) => `This needs the “${permission}” permission, which your portal user does not have. An administrator of the account can grant it.`,
  pl: (permission: string) => `Wymaga uprawnienia „${permission}”, którego Twój użytkownik portalu nie ma. Może je nadać administrator konta.`,
};

/** A client whose sessions act as one portal user of the customer, as a reseller's backend mints them. */
export const asUser = (sim: Simulator, customerId: string, userId: string): PorticoClient =>
  clientFor(sim, customerId, { fetchSessionToken: async () => sim.createSession(customerId, undefined, userId) });

/** Every control of `selector`: there are some, and each is unavailable with `reason` (`expectUnavailable`). */
export function expectAllUnavailable(element: Element, selector: string, reason: string): HTMLElement[] {
  const controls = [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
  expect(controls.length, `some ${selector}`).to.be.above(0);
  for (const control of controls) expectUnavailable(element, control, reason);
  return controls;
}

/** The control is unavailable: in view, `aria-disabled`, and described by a note in view that says `reason`. */
export function expectUnavailable(element: Element, control: HTMLElement, reason: string): void {
  expect(control.checkVisibility(), 'the control stays in view').to.equal(true);
  expect(control.getAttribute('aria-disabled'), 'aria-disabled').to.equal('true');
  const notes = (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => element.shadowRoot!.getElementById(id))
    .filter((note) => note !== null);
  const note = notes.find((n) => n.textContent!.replace(/\s+/g, ' ').trim() === reason);
  expect(note, `a note that says "${reason}" describes the control`).to.not.equal(undefined);
  expect(note!.checkVisibility(), 'the reason is in view').to.equal(true);
}

/** The control may be used, and the widget says nothing is unavailable. */
export function expectAvailable(element: Element, control: HTMLElement): void {
  expect(control.getAttribute('aria-disabled'), 'not aria-disabled').to.not.equal('true');
  expect(control.hasAttribute('data-unavailable')).to.equal(false);
  expect(element.shadowRoot!.querySelector('[part~="unavailable"]'), 'no note of what is unavailable').to.equal(null);
}

/** A person at the keyboard tries `control`: focus on it, then Enter, then Space. */
export async function pressFromKeyboard(control: HTMLElement): Promise<void> {
  control.focus();
  await sendKeys({ press: 'Enter' });
  await sendKeys({ press: 'Space' });
}

/** The widget's content is refused: not available to the user, the permission named, no retry, none of `toolbar`. */
export async function expectRefused(element: Element, locale: 'en' | 'pl', permission: string, toolbar: string[] = []): Promise<void> {
  await shows(element, '[part~="error"] .error-title');
  expect(textOf(element, '.error-title')).to.equal(NOT_ALLOWED_TITLE[locale]);
  expect(textOf(element, '[part~="error"] p')).to.equal(needs[locale](permission));
  expect(element.shadowRoot!.querySelector('[part~="retry"]'), 'no retry').to.equal(null);
  for (const selector of toolbar) expect(element.shadowRoot!.querySelector(selector), `no ${selector}`).to.equal(null);
  await expect(element).to.be.accessible();
}
