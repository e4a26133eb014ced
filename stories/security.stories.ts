import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { Secret, TOTP } from 'otpauth';
import '@portico/elements/security';
import type { PorticoSecurity } from '@portico/elements';
import type { Simulator } from '@portico/simulator';
import { simulated, type Simulated } from './support/simulated.ts';

type Args = { accent: string };

const meta: Meta<Args> = {
  title: 'Widgets/Security',
  component: 'portico-security',
  tags: ['autodocs'],
  args: { accent: '' },
  argTypes: { accent: { control: 'color', description: '`--portico-security-accent`' } },
  render: (args, { loaded, globals }) => html`<portico-security
    style=${args.accent ? `--portico-security-accent: ${args.accent}` : ''}
    .client=${(loaded as Simulated).client}
    locale=${globals.locale}
    theme=${globals.theme}
  ></portico-security>`,
  parameters: {
    docs: {
      description: {
        component:
          'The signed-in portal user’s own security: sign-in, password change, the security code for phone support, the IP allow-list, two-factor authentication with an authenticator app, and call verification. The demo password of every seeded user is `Fiberlink-demo-2026`. Every state below is served by the Portico simulator through msw; the session’s address is 192.168.0.5.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The VoIP office's main administrator, working from the office's address. */
const office = { client: { headers: { 'x-portico-client-ip': '192.168.0.5' } } };

const admin = (sim: Simulator) => sim.world.customers.get('cus_1001')!.users[0]!;

/** The widget inside the canvas, once it shows `selector`. */
async function part(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  const widget = canvas.querySelector<PorticoSecurity>('portico-security')!;
  let found: HTMLElement | null = null;
  await waitFor(() => {
    found = widget.shadowRoot!.querySelector<HTMLElement>(selector);
    expect(found).toBeTruthy();
  });
  return found!;
}

/** Fills a field in as a person's typing ends: its value, then its input event. */
async function fill(canvas: HTMLElement, id: string, text: string): Promise<void> {
  const field = (await part(canvas, `#${id}`)) as HTMLInputElement;
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Nothing set yet: the seeded administrator as the panel first shows them. */
export const Content: Story = { ...simulated(office) };

/** Everything set: the security code, an allow-list that covers this address, two-factor on, the number verified. */
export const EverythingSet: Story = {
  ...simulated({
    ...office,
    setup: (sim) => {
      const security = admin(sim).security;
      const at = new Date(sim.clock.now() - 30 * 86_400_000).toISOString();
      security.securityCode = { hash: { iterations: 1, salt: '', hash: '' }, setAt: at };
      security.allowList = { lines: ['192.168.0.1-192.168.0.10', '2001:db8::1-2001:db8::ff'], version: 2, updatedAt: at };
      security.twoFactor = { state: 'on', secret: new Secret({ size: 20 }).base32, since: at, recoveryCodes: [], lastStep: 0 };
      security.call = { state: 'verified', gateway: null, from: null, expiresAt: null, attemptsLeft: 0, verifiedAt: at };
    },
  }),
};

/** A user added in the panel: no sign-in before this one, no phone number on record. */
export const FirstSignIn: Story = {
  ...simulated({
    ...office,
    setup: (sim) => {
      const security = admin(sim).security;
      security.signIns = [];
      security.phone = null;
    },
  }),
};

export const Loading: Story = { ...simulated({ ...office, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/account/security' }) }) };

export const LoadError: Story = { ...simulated({ ...office, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/account/security' }) }) };

/** The user's allow-list leaves out the address of this session: the panel refuses it. */
export const NotFromThisAddress: Story = {
  ...simulated({ ...office, setup: (sim) => (admin(sim).security.allowList = { lines: ['10.0.0.1'], version: 2, updatedAt: sim.clock.iso() }) }),
};

/** A read-only portal user still keeps their own sign-in safe: read-only access is about the account's data. */
export const ReadOnly: Story = { ...simulated({ ...office, setup: (sim) => (admin(sim).access = 'read_only') }) };

export const Narrow: Story = { ...simulated(office), decorators: [(story) => html`<div style="width: 360px">${story()}</div>`] };

/** The rules ticked as the new password is typed. */
export const PasswordPolicyAsTyped: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'new-password', 'zielony');
  },
};

/** A wrong current password, said at its field; what was typed stays. */
export const PasswordRefused: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'old-password', 'not-my-password-1');
    await fill(canvasElement, 'new-password', 'Zielony-las-2027');
    await fill(canvasElement, 'confirm-password', 'Zielony-las-2027');
    await userEvent.click(await part(canvasElement, '#password-save'));
    await part(canvasElement, '#old-password-error');
  },
};

/** Changed: the fields are cleared and the other sessions signed out. */
export const PasswordChanged: Story = {
  ...simulated({ ...office, setup: (sim) => void sim.createSession('cus_1001') }),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'old-password', 'Fiberlink-demo-2026');
    await fill(canvasElement, 'new-password', 'Zielony-las-2027');
    await fill(canvasElement, 'confirm-password', 'Zielony-las-2027');
    await userEvent.click(await part(canvasElement, '#password-save'));
    await part(canvasElement, '#password-notice');
  },
};

export const SecurityCodeInvalid: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'security-code-input', '12');
    await userEvent.click(await part(canvasElement, '#security-code-save'));
    await part(canvasElement, '#security-code-input-error');
  },
};

/** Lines 4–6 are not addresses or ranges: each said with its number. */
export const AllowListInvalidLines: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'allow-list-input', '192.168.0.1-192.168.0.10\n\n10.0.0.1\n300.1.1.1\n10.0.0.9-10.0.0.1\n::1-10.0.0.1');
    await userEvent.click(await part(canvasElement, '#allow-list-save'));
    await part(canvasElement, '#allow-list-lines');
  },
};

/** The list leaves out this address: the warning, and the confirmation it needs. */
export const AllowListUncovered: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'allow-list-input', '10.0.0.1');
    await userEvent.click(await part(canvasElement, '#allow-list-save'));
    await part(canvasElement, '#allow-list-uncovered');
  },
};

/** Enrolment: the QR code (drawn on demand) and the key as text. */
export const TwoFactorEnrolment: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    await userEvent.click(await part(canvasElement, '#two-factor-enroll'));
    await part(canvasElement, 'svg.qr');
  },
};

/** Turned on: the recovery codes, shown this once. */
export const RecoveryCodes: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    await userEvent.click(await part(canvasElement, '#two-factor-enroll'));
    const secret = (await part(canvasElement, '#two-factor-key')).textContent!.replace(/\s/g, '');
    await fill(canvasElement, 'two-factor-code', new TOTP({ secret: Secret.fromBase32(secret) }).generate());
    await userEvent.click(await part(canvasElement, '#two-factor-confirm'));
    await part(canvasElement, '#recovery');
  },
};

/** The system called: the last four digits of the calling number are asked for. */
export const CallWaitingForDigits: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    await userEvent.click(await part(canvasElement, '#call-start'));
    await part(canvasElement, '#call-digits');
  },
};

/** The first gateway could not call: the second is offered. */
export const CallGatewayFailed: Story = {
  ...simulated({ ...office, setup: (sim) => sim.failVerificationGateway('primary') }),
  play: async ({ canvasElement }) => {
    await userEvent.click(await part(canvasElement, '#call-start'));
    await part(canvasElement, '#call-retry');
  },
};

/** Neither gateway could call: contact support. */
export const CallUnavailable: Story = {
  ...simulated({
    ...office,
    setup: (sim) => {
      sim.failVerificationGateway('primary');
      sim.failVerificationGateway('secondary');
    },
  }),
  play: async ({ canvasElement }) => {
    await userEvent.click(await part(canvasElement, '#call-start'));
    await userEvent.click(await part(canvasElement, '#call-retry'));
    // The support message, whatever the language: no gateway left to offer.
    await part(canvasElement, '#call-state.alert--warning');
    await waitFor(() => expect(canvasElement.querySelector('portico-security')!.shadowRoot!.querySelector('#call-retry')).toBeNull());
  },
};
