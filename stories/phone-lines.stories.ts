import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@portico/elements/phone-lines';
import type { PorticoPhoneLines } from '@portico/elements/phone-lines';
import { telephonyApi } from '@portico/sdk/telephony';
import type { Simulator } from '@portico/simulator';
import { simulated, type Simulated } from './support/simulated.ts';
import { asPortalUser } from './support/portal-user.ts';

type Args = { refreshEvery: number };

const meta: Meta<Args> = {
  title: 'Widgets/Phone lines',
  component: 'portico-phone-lines',
  tags: ['autodocs'],
  args: { refreshEvery: 15 },
  argTypes: { refreshEvery: { control: 'number', description: '`refresh-every`: seconds between checks of the SIP registration' } },
  render: (args, { loaded, globals }) =>
    html`<portico-phone-lines .client=${(loaded as Simulated).client} refresh-every=${args.refreshEvery} locale=${globals.locale} theme=${globals.theme}></portico-phone-lines>`,
  parameters: {
    docs: {
      description: {
        component:
          'The PBX’s public phone lines as the portal lists them, with the live SIP registration of each (checked again while the page is seen, a change said politely) and “Configure” for forwarding and the pickup group. Every state below is served by the Portico simulator through msw.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The VoIP office on "Telefonia IP standard": the two lines of the portal's screenshots. */
const office = { customer: 'cus_1001' };
/** The "Biznes Trunk" clinic: eight lines, debit and credit, one forwarded. */
const trunk = { customer: 'cus_1005' };

const pbxOf = (sim: Simulator, customer: string) => sim.world.customers.get(customer)!.pbx!;

/** The widget's shadow root once it shows `selector`. */
async function shown(canvas: HTMLElement, selector: string): Promise<ShadowRoot> {
  const root = canvas.querySelector<PorticoPhoneLines>('portico-phone-lines')!.shadowRoot!;
  await waitFor(() => expect(root.querySelector(selector)).toBeTruthy());
  return root;
}

async function configure(canvas: HTMLElement, line = 'ln_office_887'): Promise<ShadowRoot> {
  const root = await shown(canvas, `tr[data-line="${line}"] .configure`);
  await userEvent.click(root.querySelector<HTMLButtonElement>(`tr[data-line="${line}"] .configure`)!);
  await waitFor(() => expect(root.querySelector<HTMLDialogElement>('#configure-dialog')!.open).toBe(true));
  return root;
}

export const Office: Story = { ...simulated(office) };
export const Clinic: Story = { ...simulated(trunk) };
export const Loading: Story = { ...simulated({ ...office, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/telephony/lines' }) }) };
export const LoadError: Story = { ...simulated({ ...office, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/telephony/lines' }) }) };
export const NoLines: Story = { ...simulated({ ...office, setup: (sim) => (pbxOf(sim, 'cus_1001').lines = []) }) };
/** A hosting customer: no PBX at all. */
export const NoPbx: Story = { ...simulated({ customer: 'cus_1003' }) };

/** The lines stay while a check of the registration fails, with why they may be out of date. */
export const CheckFailed: Story = {
  ...simulated(office),
  play: async ({ canvasElement, loaded }) => {
    const root = await shown(canvasElement, 'tbody tr');
    (loaded as Simulated).sim.faults.persist({ status: 503, path: '/v1/telephony/lines' });
    await userEvent.click([...root.querySelectorAll<HTMLButtonElement>('header button')][0]!);
    await waitFor(() => expect(root.querySelector('.alert[role="alert"]')).toBeTruthy());
  },
};

/** The office's flaky phone changes as the simulator's clock moves: "Check now" shows it, and the change is said. */
export const RegistrationChanged: Story = {
  ...simulated(office),
  play: async ({ canvasElement, loaded }) => {
    const { sim, client } = loaded as Simulated;
    const root = await shown(canvasElement, 'tbody tr');
    const status = async () => (await telephonyApi(client).lines.list().toArray({ limit: 10 })).find((l) => l.id === 'ln_office_887')!.sip.status;
    const before = await status();
    for (let i = 0; i < 200 && (await status()) === before; i++) sim.clock.advance(5 * 60_000);
    await userEvent.click([...root.querySelectorAll<HTMLButtonElement>('header button')][0]!);
    await waitFor(() => expect(root.querySelector('[role="status"][aria-live]')!.textContent!.trim()).not.toBe(''));
  },
};

export const Configure: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    const root = await configure(canvasElement);
    await userEvent.click(root.querySelector<HTMLInputElement>('#forward')!);
  },
};

export const NumberRefused: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    const root = await configure(canvasElement);
    await userEvent.click(root.querySelector<HTMLInputElement>('#forward')!);
    await userEvent.type(root.querySelector<HTMLInputElement>('#forward-to')!, '601 200 300');
    await userEvent.click(root.querySelector<HTMLButtonElement>('#configure-dialog button[type="submit"]')!);
    await waitFor(() => expect(root.querySelector('#forward-to-error')).toBeTruthy());
  },
};

/** Someone else configured the line after it was loaded: nothing is overwritten, and the latest can be shown. */
export const ChangedElsewhereRefused: Story = {
  ...simulated(office),
  play: async ({ canvasElement, loaded }) => {
    const root = await configure(canvasElement);
    const line = pbxOf((loaded as Simulated).sim, 'cus_1001').lines.find((l) => l.id === 'ln_office_887')!;
    line.forwarding = { enabled: true, to: '+48226100100', when: 'always' };
    line.version++;
    await userEvent.click(root.querySelector<HTMLButtonElement>('#configure-dialog button[type="submit"]')!);
    await waitFor(() => expect(root.querySelector('#configure-message')).toBeTruthy());
  },
};

export const Narrow: Story = { ...simulated(trunk), decorators: [(story) => html`<div style="width: 360px">${story()}</div>`] };

/** The clinic's quality team (read-only): the lines and their registration, with Configure unavailable and why. */
export const ReadOnlyUser: Story = { ...simulated(asPortalUser('cus_1005', 'usr_1005_quality')) };

/** Piotr Nowak (finances only) may not see the PBX: not available to him. */
export const RefusedWithoutTelephony: Story = { ...simulated(asPortalUser('cus_1001', 'usr_1001_accounts')) };
