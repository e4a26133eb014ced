import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Secret, TOTP } from 'otpauth';
import { createClient, type PorticoClient } from '@portico/sdk';
import '@portico/elements/security';
import type { PorticoSecurity } from '@portico/elements';
import { $, clientFor, focusOn, mount, shows, simulator, textOf, type } from './support.ts';

const sim = await simulator();
const OFFICE = sim.customers.prepaid;
const ADMIN = 'usr_1001_admin';
const DEMO_PASSWORD = 'Fiberlink-demo-2026';
const HERE = '192.168.0.5';
const ADDRESS_HEADER = 'x-portico-client-ip';

/** Everything the widget told the page, for the check that no secret is in it. */
let told: { type: string; detail: unknown }[] = [];
const EVENTS = ['portico-password-changed', 'portico-security-code-set', 'portico-ip-allow-list-saved', 'portico-two-factor-changed', 'portico-call-verified', 'portico-error'];
const listen = (event: Event) => told.push({ type: event.type, detail: (event as CustomEvent).detail });

/** The told events as text, errors with their own fields (an Error's JSON has none of its inherited ones). */
function toldText(): string {
  return JSON.stringify(told, (_, value: unknown) => (value instanceof Error ? { ...value, message: value.message } : value));
}

/** A client of the office's main administrator whose requests come from `address`. */
const clientFrom = (address = HERE): PorticoClient => clientFor(sim, OFFICE, { headers: { [ADDRESS_HEADER]: address } });

async function security(options: { locale?: string; width?: number; client?: PorticoClient } = {}): Promise<PorticoSecurity> {
  const client = options.client ?? clientFrom();
  const widget = html`<portico-security .client=${client} locale=${options.locale ?? 'en'}></portico-security>`;
  const element = options.width
    ? ((await mount<HTMLElement>(html`<div style="width: ${options.width}px">${widget}</div>`)).firstElementChild as PorticoSecurity)
    : await mount<PorticoSecurity>(widget);
  await shows(element, '#call');
  return element;
}

const input = (element: Element, id: string) => $(element, `#${id}`) as HTMLInputElement;
const click = (element: Element, id: string) => $(element, `#${id}`).click();
const userOf = (id = ADMIN) => sim.world.customers.get(OFFICE)!.users.find((u) => u.id === id)!;
/** The code the person's app shows now, a step away if asked. */
const appCode = (secret: string, steps = 0) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: sim.clock.now() + steps * 30_000 });

describe('<portico-security>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
    told = [];
    for (const type of EVENTS) document.addEventListener(type, listen);
  });

  afterEach(() => {
    for (const type of EVENTS) document.removeEventListener(type, listen);
  });

  describe('states', () => {
    it('shows its loading state, then the sections with the sign-in read only', async () => {
      sim.faults.enqueue({ latency: 300, path: '/v1/account/security' });
      const element = await mount<PorticoSecurity>(html`<portico-security .client=${clientFrom()} locale="en"></portico-security>`);
      await shows(element, '.loading[aria-busy="true"]');
      await shows(element, '#call');
      expect([...element.shadowRoot!.querySelectorAll('.section-title')].map((h) => h.textContent)).to.deep.equal([
        'Sign-in',
        'Change password',
        'Security code',
        'IP restriction',
        'Two-factor authentication',
        'Call verification',
      ]);
      expect(textOf(element, '#sign-in-login')).to.equal(userOf().email);
      expect(textOf(element, '#sign-in-last')).to.contain('from 203.0.113.24');
      expect(textOf(element, '#sign-in-address')).to.equal(HERE);
      expect(element.shadowRoot!.querySelector('#sign-in input')).to.equal(null, 'nothing to edit in the sign-in');
      await expect(element).to.be.accessible();
    });

    it('a failed load says why and tries again', async () => {
      sim.faults.enqueue({ status: 503, path: '/v1/account/security' });
      const element = await mount<PorticoSecurity>(html`<portico-security .client=${clientFrom()} locale="en"></portico-security>`);
      const failed = oneEvent(element, 'portico-error');
      await shows(element, '[part~="error"] button');
      expect((await failed).detail.action).to.equal('load');
      expect(textOf(element, '[part~="error"]')).to.contain('Something went wrong on our side');
      $(element, '[part~="error"] button').click();
      await shows(element, '#call');
    });

    it('speaks Polish, without grammatical gender', async () => {
      const element = await security({ locale: 'pl' });
      expect(textOf(element, '#password-title')).to.equal('Zmiana hasła');
      expect(textOf(element, '#allow-list-title')).to.equal('Ograniczenie IP');
      expect(element.shadowRoot!.querySelector('label[for="old-password"]')!.textContent).to.equal('Stare hasło');
      expect(element.shadowRoot!.querySelector('label[for="confirm-password"]')!.textContent).to.equal('Potwierdź hasło');
      expect(textOf(element, '#new-password-policy')).to.contain('co najmniej 12 znaków');
      expect(textOf(element, '#sign-in-last')).to.contain('z adresu 203.0.113.24');
      await expect(element).to.be.accessible();
    });

    it('fits 360 px without a horizontal scroll', async () => {
      const element = await security({ width: 360 });
      const base = $(element, '[part~="base"]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      click(element, 'two-factor-enroll');
      await shows(element, 'svg.qr');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      await expect(element).to.be.accessible();
    });

    it('a read-only user keeps their own sign-in safe: read-only access is about the account, not one’s own password', async () => {
      const business = sim.customers.business;
      const client = createClient({ baseUrl: location.origin, retry: false, fetchSessionToken: async () => sim.createSession(business, undefined, 'usr_1002_audit') });
      const element = await security({ client });
      await shows(element, '#password-save');
      await shows(element, '#two-factor-enroll');
      await shows(element, '#call-start');
      expect(element.shadowRoot!.querySelector('#read-only')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('from an address outside the allow-list, says so with nothing to retry', async () => {
      userOf().security.allowList = { lines: ['10.0.0.1'], version: 2, updatedAt: sim.clock.iso() };
      const element = await mount<PorticoSecurity>(html`<portico-security .client=${clientFrom()} locale="en"></portico-security>`);
      await shows(element, '[part~="error"]');
      expect(textOf(element, '[part~="error"]')).to.contain('does not include the address you are using now');
      expect(element.shadowRoot!.querySelector('[part~="error"] button')).to.equal(null);
    });
  });

  describe('password change', () => {
    it('ticks the policy as the person types, says a wrong old password at its field and keeps what was typed', async () => {
      const element = await security();
      type(input(element, 'old-password'), 'not-my-password-1');
      type(input(element, 'new-password'), 'Zielony');
      await element.updateComplete;
      const met = () => [...element.shadowRoot!.querySelectorAll('.rule')].map((rule) => `${(rule as HTMLElement).dataset['rule']}:${(rule as HTMLElement).dataset['met']}`);
      expect(met()).to.deep.equal(['length:false', 'letter:true', 'digit:false']);
      expect(textOf(element, '.rule[data-rule="letter"]')).to.contain('Met:');
      type(input(element, 'new-password'), 'Zielony-las-2027');
      type(input(element, 'confirm-password'), 'Zielony-las-2027');
      await element.updateComplete;
      expect(met()).to.deep.equal(['length:true', 'letter:true', 'digit:true']);
      click(element, 'password-save');
      await shows(element, '#old-password-error');
      expect(textOf(element, '#old-password-error')).to.equal('This is not your current password.');
      await focusOn(element, input(element, 'old-password'));
      expect(input(element, 'old-password').value).to.equal('not-my-password-1');
      expect(input(element, 'new-password').value).to.equal('Zielony-las-2027');
      await expect(element).to.be.accessible();
      expect(toldText()).not.to.contain('Zielony-las-2027');
      expect(toldText()).not.to.contain('not-my-password-1');
    });

    it('checks the form before sending: required, the policy, the same confirmation', async () => {
      const element = await security();
      click(element, 'password-save');
      await shows(element, '#old-password-error');
      expect(textOf(element, '#new-password-error')).to.equal('Fill this in.');
      type(input(element, 'old-password'), DEMO_PASSWORD);
      type(input(element, 'new-password'), 'Zielony-las-2027');
      type(input(element, 'confirm-password'), 'Zielony-las-2028');
      click(element, 'password-save');
      await shows(element, '#confirm-password-error');
      expect(textOf(element, '#confirm-password-error')).to.equal('The passwords do not match.');
      expect(sim.log.filter((entry) => entry.path.endsWith('/password'))).to.have.length(0);
    });

    it('changes the password with the keyboard, clears the fields and says other sessions were signed out', async () => {
      const other = sim.createSession(OFFICE);
      const element = await security();
      const changed = oneEvent(element, 'portico-password-changed');
      input(element, 'old-password').focus();
      await sendKeys({ type: DEMO_PASSWORD });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Zielony-las-2027' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Zielony-las-2027' });
      await sendKeys({ press: 'Enter' });
      const event = await changed;
      expect(event.detail.sessionsEnded).to.be.at.least(1);
      await shows(element, '#password-notice');
      expect(textOf(element, '#password-notice')).to.match(/Password changed\. \d+ other sessions? (was|were) signed out\./);
      await focusOn(element, $(element, '#password-notice'));
      for (const id of ['old-password', 'new-password', 'confirm-password']) expect(input(element, id).value).to.equal('');
      const refused = await fetch(`${location.origin}/v1/account`, { headers: { authorization: `Bearer ${other.token}` } });
      expect(refused.status).to.equal(401);
      expect(toldText()).not.to.contain('Zielony-las-2027');
      expect(toldText()).not.to.contain(DEMO_PASSWORD);
    });
  });

  describe('security code', () => {
    it('refuses a code that is not 4–8 digits, then sets it once and never shows it', async () => {
      const element = await security();
      type(input(element, 'security-code-input'), '12a');
      click(element, 'security-code-save');
      await shows(element, '#security-code-input-error');
      expect(textOf(element, '#security-code-input-error')).to.equal('Use 4 to 8 digits.');
      type(input(element, 'security-code-input'), '73914562');
      const set = oneEvent(element, 'portico-security-code-set');
      click(element, 'security-code-save');
      expect((await set).detail).to.have.keys(['setAt']);
      await shows(element, '#security-code-notice');
      expect(textOf(element, '#security-code-state')).to.match(/^Set on .+\. It cannot be shown or changed/);
      expect(element.shadowRoot!.querySelector('#security-code-input')).to.equal(null);
      expect(element.shadowRoot!.innerHTML).not.to.contain('73914562');
      expect(toldText()).not.to.contain('73914562');
      await expect(element).to.be.accessible();
    });

    it('set meanwhile elsewhere: says it is already set and shows since when', async () => {
      const element = await security();
      await clientFrom().account.security.setSecurityCode('4444');
      type(input(element, 'security-code-input'), '5555');
      click(element, 'security-code-save');
      await shows(element, '#security-code-state');
      await shows(element, '#security-code-notice');
      expect(textOf(element, '#security-code-notice')).to.contain('already set');
    });
  });

  describe('IP allow-list', () => {
    it('lists each invalid line with its number', async () => {
      const element = await security();
      const field = $(element, '#allow-list-input') as HTMLTextAreaElement;
      type(field, '192.168.0.1-192.168.0.10\n\n10.0.0.1\n300.1.1.1\n10.0.0.9-10.0.0.1\n::1-10.0.0.1');
      click(element, 'allow-list-save');
      await shows(element, '#allow-list-lines');
      expect([...element.shadowRoot!.querySelectorAll('#allow-list-lines li')].map((li) => li.textContent!.trim())).to.deep.equal([
        'Line 4: not an IPv4 or IPv6 address, nor a range of two',
        'Line 5: a range starts at its lower address',
        'Line 6: a range runs from IPv4 to IPv4 or from IPv6 to IPv6',
      ]);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.value).to.contain('300.1.1.1', 'what was typed stays');
      await expect(element).to.be.accessible();
    });

    it('warns when the list leaves out the current address, and saves it only once confirmed', async () => {
      const element = await security();
      type($(element, '#allow-list-input'), '10.0.0.1\n2001:db8::1-2001:db8::ff');
      click(element, 'allow-list-save');
      await shows(element, '#allow-list-uncovered');
      expect(textOf(element, '#allow-list-uncovered')).to.contain(`does not include your current address, ${HERE}`);
      await focusOn(element, $(element, '#allow-list-uncovered'));
      click(element, 'allow-list-save');
      await focusOn(element, $(element, '#allow-list-confirm'));
      expect(userOf().security.allowList.lines).to.deep.equal([]);
      await expect(element).to.be.accessible();
      // Adding the current address instead: saved without a warning.
      type($(element, '#allow-list-input'), `10.0.0.1\n192.168.0.1 - 192.168.0.10`);
      const saved = oneEvent(element, 'portico-ip-allow-list-saved');
      click(element, 'allow-list-save');
      expect((await saved).detail.lines).to.deep.equal(['10.0.0.1', '192.168.0.1-192.168.0.10']);
      await shows(element, '#allow-list-notice');
      expect(textOf(element, '#allow-list-notice')).to.equal('Saved. 2 lines on the list.');
    });

    it('confirmed, a list without the current address is saved', async () => {
      const element = await security();
      type($(element, '#allow-list-input'), '10.0.0.1');
      click(element, 'allow-list-save');
      await shows(element, '#allow-list-confirm');
      (input(element, 'allow-list-confirm')).click();
      click(element, 'allow-list-save');
      await shows(element, '#allow-list-notice');
      expect(userOf().security.allowList.lines).to.deep.equal(['10.0.0.1']);
    });

    it('a list changed elsewhere meanwhile is explained, with a reload', async () => {
      const element = await security();
      await clientFrom().account.security.updateIpAllowList({ lines: ['192.168.0.0-192.168.0.255'] }, { ifMatch: 1 });
      type($(element, '#allow-list-input'), HERE);
      click(element, 'allow-list-save');
      await shows(element, '#allow-list-conflict');
      click(element, 'allow-list-reload');
      await waitUntil(() => ($(element, '#allow-list-input') as HTMLTextAreaElement).value === '192.168.0.0-192.168.0.255', 'the list as it is now');
    });
  });

  describe('two-factor authentication', () => {
    it('enrols with a QR code (no inline style) and the key, turns on with a code, shows 10 recovery codes once', async () => {
      const element = await security();
      click(element, 'two-factor-enroll');
      await shows(element, 'svg.qr');
      const qr = $(element, 'svg.qr');
      expect(qr.getAttribute('role')).to.equal('img');
      // Strict CSP: no inline style anywhere in the widget, the QR code included.
      expect(element.shadowRoot!.querySelector('[style]')).to.equal(null);
      const secret = textOf(element, '#two-factor-key').replace(/\s/g, '');
      expect(secret).to.match(/^[A-Z2-7]{32}$/);
      await expect(element).to.be.accessible();

      type(input(element, 'two-factor-code'), appCode(secret, -2));
      click(element, 'two-factor-confirm');
      await shows(element, '#two-factor-code-error');
      expect(textOf(element, '#two-factor-code-error')).to.contain('not the current code');

      type(input(element, 'two-factor-code'), appCode(secret));
      const on = oneEvent(element, 'portico-two-factor-changed');
      click(element, 'two-factor-confirm');
      expect((await on).detail).to.deep.equal({ state: 'on' });
      await shows(element, '#recovery');
      const codes = [...element.shadowRoot!.querySelectorAll('.codes code')].map((c) => c.textContent!);
      expect(codes).to.have.length(10);
      expect(element.shadowRoot!.querySelector('#two-factor-key')).to.equal(null, 'the key leaves the screen');
      await expect(element).to.be.accessible();
      click(element, 'recovery-done');
      await shows(element, '#recovery-acknowledge-error');
      input(element, 'recovery-acknowledge').click();
      click(element, 'recovery-done');
      await shows(element, '#two-factor-notice');
      expect(element.shadowRoot!.querySelector('.codes')).to.equal(null, 'shown once');
      expect(textOf(element, '#two-factor-state')).to.contain('10 recovery codes left');
      const text = toldText();
      expect(text).not.to.contain(secret);
      for (const code of codes) expect(text).not.to.contain(code);

      // Off again with a recovery code.
      type(input(element, 'two-factor-disable-code'), 'aaaaa-aaaaa');
      click(element, 'two-factor-disable');
      await shows(element, '#two-factor-disable-code-error');
      type(input(element, 'two-factor-disable-code'), codes[0]!);
      const off = oneEvent(element, 'portico-two-factor-changed');
      click(element, 'two-factor-disable');
      expect((await off).detail).to.deep.equal({ state: 'off' });
      await shows(element, '#two-factor-enroll');
      expect(toldText()).not.to.contain(codes[0]!);
    });

    it('offers the recovery codes as a download', async () => {
      const element = await security();
      click(element, 'two-factor-enroll');
      await shows(element, '#two-factor-key');
      const secret = textOf(element, '#two-factor-key').replace(/\s/g, '');
      type(input(element, 'two-factor-code'), appCode(secret));
      click(element, 'two-factor-confirm');
      await shows(element, '#recovery');
      let downloaded: HTMLAnchorElement | undefined;
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloaded = this;
      };
      try {
        click(element, 'recovery-download');
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
      expect(downloaded?.download).to.equal('recovery-codes.txt');
      expect(downloaded?.href).to.match(/^blob:/);
    });
  });

  describe('call verification', () => {
    it('calls, takes the last four digits, says a wrong try at the field', async () => {
      const element = await security();
      click(element, 'call-start');
      await shows(element, '#call-digits');
      expect(textOf(element, '#call-state')).to.contain('first gateway');
      const digits = sim.lastVerificationCall(ADMIN)!.from!.slice(-4);
      type(input(element, 'call-digits'), digits === '0000' ? '1111' : '0000');
      click(element, 'call-verify');
      await shows(element, '#call-digits-error');
      expect(textOf(element, '#call-digits-error')).to.contain('2 tries left');
      type(input(element, 'call-digits'), digits);
      const verified = oneEvent(element, 'portico-call-verified');
      click(element, 'call-verify');
      await verified;
      await shows(element, '#call-notice');
      expect(textOf(element, '#call-notice')).to.equal('Number verified.');
      expect(textOf(element, '#call-state')).to.match(/^Number verified on /);
      await expect(element).to.be.accessible();
    });

    it('after a failed gateway offers the second; after both, support', async () => {
      sim.failVerificationGateway('primary');
      const element = await security({ locale: 'pl' });
      click(element, 'call-start');
      await shows(element, '#call-retry');
      expect(textOf(element, '#call-state')).to.contain('Nie udało się połączyć przez naszą pierwszą bramkę');
      click(element, 'call-retry');
      await shows(element, '#call-digits');
      expect(textOf(element, '#call-state')).to.contain('drugą bramkę');
      sim.failVerificationGateway('secondary');
      click(element, 'call-start');
      await shows(element, '#call-retry');
      click(element, 'call-retry');
      await waitUntil(() => element.shadowRoot!.querySelector('#call-state')?.textContent?.includes('pomocą techniczną'), 'the support message');
      await expect(element).to.be.accessible();
    });
  });
});
