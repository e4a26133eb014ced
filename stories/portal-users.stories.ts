import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Simulator } from '@portico/simulator';
import '@portico/elements/portal-users';
import type { PorticoPortalUsers } from '@portico/elements';
import { simulated, type Simulated, type SimulatedOptions } from './support/simulated.ts';

const meta: Meta = {
  title: 'Widgets/Portal users',
  component: 'portico-portal-users',
  tags: ['autodocs'],
  render: (_args, { loaded, globals }) =>
    html`<portico-portal-users .client=${(loaded as Simulated).client} locale=${globals.locale} theme=${globals.theme} support-email="pomoc@operator.example.pl"></portico-portal-users>`,
  parameters: {
    docs: {
      description: {
        component:
          'The account’s portal users ("Użytkownicy portalu"): role, permissions, access, sign-in and 2FA; added with every field and a password whose login policy is ticked off as it is typed, edited with the pencil, deleted with the trash. The main administrator is explained, not deleted. Every state below is served by the Portico simulator through msw.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** The VoIP office: Anna Kowalczyk (main administrator), Piotr Nowak (finances), Ewa Kowalczyk (telephony, support). */
const office = { customer: 'cus_1001' };
/** The clinic: a read-only quality team and a former employee who can no longer log in. */
const clinic = { customer: 'cus_1005' };

/**
 * Signed in as one portal user of the customer, as a reseller's backend mints such sessions;
 * `add` first puts a user of the story's own into the simulated account.
 */
function asUser(customer: string, userId: string, add?: (sim: Simulator) => void): SimulatedOptions {
  let current: Simulator | undefined;
  return {
    customer,
    setup: (sim) => {
      current = sim;
      add?.(sim);
    },
    client: { fetchSessionToken: async () => current!.createSession(customer, undefined, userId) },
  };
}

/** The widget's shadow root, once it shows `selector`. */
async function shown(canvas: HTMLElement, selector: string): Promise<ShadowRoot> {
  const root = canvas.querySelector<PorticoPortalUsers>('portico-portal-users')!.shadowRoot!;
  await waitFor(() => expect(root.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
  return root;
}

/** Opens the editor from `button` (a selector) and waits for its fields. */
async function editor(canvas: HTMLElement, button: string): Promise<ShadowRoot> {
  const root = await shown(canvas, 'tbody tr');
  await userEvent.click(root.querySelector<HTMLButtonElement>(button)!);
  await shown(canvas, '#user-name');
  return root;
}

const field = (root: ShadowRoot, id: string) => root.querySelector<HTMLInputElement>(id)!;

export const Office: Story = { ...simulated(office) };
export const Clinic: Story = { ...simulated(clinic) };
export const Loading: Story = { ...simulated({ ...office, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/account/users' }) }) };
export const LoadError: Story = { ...simulated({ ...office, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/account/users' }) }) };
export const Narrow: Story = { ...simulated(office), decorators: [(story) => html`<div style="width: 360px">${story()}</div>`] };
export const Medium: Story = { ...simulated(clinic), decorators: [(story) => html`<div style="width: 750px">${story()}</div>`] };

/** Ewa Kowalczyk (telephony, support) may not manage users: the widget says so, with no retry. */
export const RefusedWithoutPermission: Story = { ...simulated(asUser('cus_1001', 'usr_1001_office')) };

/** A read-only user with the "users" permission: the list, with adding, editing and deleting unavailable and why. */
export const ReadOnlyUser: Story = {
  ...simulated(
    asUser('cus_1001', 'usr_1001_viewer', (sim) => {
      const users = sim.world.customers.get('cus_1001')!.users;
      users.push({ ...structuredClone(users[1]!), id: 'usr_1001_viewer', name: 'Kontrola wewnętrzna', email: 'kontrola@kowalczyk-rachunki.pl', permissions: ['users'], access: 'read_only' });
    }),
  ),
};

/** Adding: every field filled in, the password's policy ticked off as it was typed. */
export const Adding: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    const root = await editor(canvasElement, '#add');
    await userEvent.type(field(root, '#user-name'), 'Karolina Mazur');
    await userEvent.type(field(root, '#user-email'), 'k.mazur@kowalczyk-rachunki.pl');
    await userEvent.click(field(root, '#user-role-user'));
    await userEvent.click(field(root, '#user-permission-telephony'));
    await userEvent.click(field(root, '#user-permission-recordings'));
    await userEvent.click(field(root, '#user-access-full'));
    await userEvent.click(field(root, '#user-can-log-in'));
    await userEvent.click(field(root, '#user-two-factor'));
    await userEvent.type(field(root, '#user-password'), 'zielony7');
  },
};

/** An administrator: every permission ticked, and fixed. */
export const AddingAdministrator: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    const root = await editor(canvasElement, '#add');
    await userEvent.click(field(root, '#user-role-administrator'));
  },
};

/** Saved with nothing filled in, then a bad e-mail and a weak password: said at each field, nothing sent. */
export const Refused: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    const root = await editor(canvasElement, '#add');
    await userEvent.type(field(root, '#user-email'), 'k.mazur@');
    await userEvent.type(field(root, '#user-password'), 'krótkie1');
    await userEvent.type(field(root, '#user-password-again'), 'inne');
    await userEvent.click(root.querySelector<HTMLButtonElement>('#user-dialog button[type=submit]')!);
    await shown(canvasElement, '#user-password-error');
  },
};

/** Piotr Nowak's e-mail again: the API refuses it at the e-mail. */
export const EmailTakenRefused: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    const root = await editor(canvasElement, '#add');
    await userEvent.type(field(root, '#user-name'), 'Piotr Nowak');
    await userEvent.type(field(root, '#user-email'), 'p.nowak@kowalczyk-rachunki.pl');
    await userEvent.click(field(root, '#user-role-user'));
    await userEvent.click(field(root, '#user-permission-finances'));
    await userEvent.click(field(root, '#user-access-full'));
    await userEvent.type(field(root, '#user-password'), 'rachunki 2027');
    await userEvent.type(field(root, '#user-password-again'), 'rachunki 2027');
    await userEvent.click(root.querySelector<HTMLButtonElement>('#user-dialog button[type=submit]')!);
    await shown(canvasElement, '#user-email-error');
  },
};

/** Editing Piotr Nowak while someone else changed him: his latest version is loaded, the changes kept. */
export const VersionConflictRefused: Story = {
  ...simulated(office),
  play: async ({ canvasElement, loaded }) => {
    const root = await editor(canvasElement, '[data-edit="usr_1001_accounts"]');
    await userEvent.type(field(root, '#user-name'), '-Zięba');
    const record = (loaded as Simulated).sim.world.customers.get('cus_1001')!.users.find((u) => u.id === 'usr_1001_accounts')!;
    record.twoFactorRequired = true;
    record.version++;
    await userEvent.click(root.querySelector<HTMLButtonElement>('#user-dialog button[type=submit]')!);
    await shown(canvasElement, '#user-message');
  },
};

/** Editing the main administrator: role, access and sign-in stay as they are. */
export const EditingMainAdministrator: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    await editor(canvasElement, '[data-edit="usr_1001_admin"]');
  },
};

/** The main administrator has no trash: the info button explains how they are removed. */
export const MainAdministrator: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, 'tbody tr');
    await userEvent.click(root.querySelector<HTMLButtonElement>('[data-procedure="usr_1001_admin"]')!);
    await shown(canvasElement, '#delete-procedure');
  },
};

/** Piotr Nowak became the main administrator after the list was shown: the API refuses his deletion, and the dialog explains why. */
export const MainAdministratorDeleteRefused: Story = {
  ...simulated(office),
  play: async ({ canvasElement, loaded }) => {
    const root = await shown(canvasElement, 'tbody tr');
    (loaded as Simulated).sim.world.customers.get('cus_1001')!.users.find((u) => u.id === 'usr_1001_accounts')!.mainAdministrator = true;
    await userEvent.click(root.querySelector<HTMLButtonElement>('[data-delete="usr_1001_accounts"]')!);
    await userEvent.click(root.querySelector<HTMLButtonElement>('#delete-dialog button[type=submit]')!);
    await shown(canvasElement, '#delete-procedure');
  },
};

export const Deleting: Story = {
  ...simulated(office),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, 'tbody tr');
    await userEvent.click(root.querySelector<HTMLButtonElement>('[data-delete="usr_1001_office"]')!);
    await waitFor(() => expect(root.querySelector<HTMLDialogElement>('#delete-dialog')!.open).toBe(true));
  },
};
