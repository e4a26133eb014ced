import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@portico/elements/extensions';
import type { PorticoExtensions } from '@portico/elements/extensions';
import { simulated, type Simulated } from './support/simulated.ts';
import { asPortalUser } from './support/portal-user.ts';

type Args = { query: string };

const meta: Meta<Args> = {
  title: 'Widgets/Extensions',
  component: 'portico-extensions',
  tags: ['autodocs'],
  args: { query: '' },
  argTypes: { query: { control: 'text', description: 'Digits of the number or words of the description' } },
  render: (args, { loaded, globals }) =>
    html`<portico-extensions .client=${(loaded as Simulated).client} query=${args.query} locale=${globals.locale} theme=${globals.theme}></portico-extensions>`,
  parameters: {
    docs: {
      description: {
        component:
          'The extensions of the hosted PBX: phone line (or that it has none), pickup group, published, the recorded name to play, the hunt groups each is in. Numbers are checked against the PBX’s length and dial plan; recorded names against type and size before upload. Every state below is served by the Portico simulator through msw.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The "Biznes Trunk" clinic: 40 extensions 100–139, hunt groups 500–503, abbreviated codes 70–73. */
const trunk = { customer: 'cus_1005' };
/** The VoIP office: extensions 100–102, one of them on no phone line. */
const office = { customer: 'cus_1001' };

/** The widget's shadow root, once it shows `selector`. */
async function shown(canvas: HTMLElement, selector: string): Promise<ShadowRoot> {
  const root = canvas.querySelector<PorticoExtensions>('portico-extensions')!.shadowRoot!;
  await waitFor(() => expect(root.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
  return root;
}

/** Opens the editor from `button` (a selector) and waits for its fields. */
async function editor(canvas: HTMLElement, button: string): Promise<ShadowRoot> {
  const root = await shown(canvas, 'tbody tr');
  await userEvent.click(root.querySelector<HTMLButtonElement>(button)!);
  await shown(canvas, '#extension-number');
  return root;
}

export const Clinic: Story = { ...simulated(trunk) };
export const Office: Story = { ...simulated(office) };
export const Searched: Story = { ...simulated(trunk), args: { query: 'rejestracja' } };
export const NoMatch: Story = { ...simulated(trunk), args: { query: 'nikt' } };
export const Empty: Story = { ...simulated({ ...office, setup: (sim) => void (sim.world.customers.get('cus_1001')!.pbx!.extensions = []) }) };
export const NoPbx: Story = { ...simulated({ customer: 'cus_1003' }) };
export const Loading: Story = { ...simulated({ ...trunk, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/telephony/extensions' }) }) };
export const LoadError: Story = { ...simulated({ ...trunk, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/telephony/extensions' }) }) };
export const Narrow: Story = { ...simulated(trunk), decorators: [(story) => html`<div style="width: 360px">${story()}</div>`] };

export const PlayingRecordedName: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '[data-play]');
    await userEvent.click(root.querySelector<HTMLButtonElement>('[data-play]')!);
    await shown(canvasElement, '.player audio');
  },
};

export const Adding: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    await editor(canvasElement, '#add');
  },
};

/** A number of another length is refused before anything is sent. */
export const WrongLengthRefused: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const root = await editor(canvasElement, '#add');
    await userEvent.type(root.querySelector<HTMLInputElement>('#extension-number')!, '14');
    await userEvent.click(root.querySelector<HTMLButtonElement>('#extension-dialog button[type=submit]')!);
    await shown(canvasElement, '#extension-number-error');
  },
};

/** 500 is the reception's hunt group: the API refuses it, and the collision is said at the number. */
export const DialPlanRefused: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const root = await editor(canvasElement, '#add');
    await userEvent.type(root.querySelector<HTMLInputElement>('#extension-number')!, '500');
    await userEvent.type(root.querySelector<HTMLInputElement>('#extension-description')!, 'Nowa rejestracja');
    await userEvent.click(root.querySelector<HTMLButtonElement>('#extension-dialog button[type=submit]')!);
    await shown(canvasElement, '#extension-number-error li');
  },
};

/** A file that is not WAV, MP3 or Ogg is refused when chosen: nothing is uploaded. */
export const RecordedNameRefused: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const root = await editor(canvasElement, '[data-edit="ext_trunk_120"]');
    // Chosen with "All files" in the system's dialog, which the input's `accept` does not stop.
    const input = root.querySelector<HTMLInputElement>('#extension-file')!;
    const chosen = new DataTransfer();
    chosen.items.add(new File(['tekst'], 'nazwa.txt', { type: 'text/plain' }));
    input.files = chosen.files;
    input.dispatchEvent(new Event('change'));
    await shown(canvasElement, '#extension-file-error');
  },
};

/** Extension 100 is in the reception's hunt group: the confirmation says it will leave it. */
export const DeletingAHuntGroupMember: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, 'tbody tr');
    await userEvent.click(root.querySelector<HTMLButtonElement>('[data-delete="ext_trunk_100"]')!);
    await waitFor(() => expect(root.querySelector<HTMLDialogElement>('#delete-dialog')!.open).toBe(true));
  },
};

/** A recorded name on its way: the upload's progress, until the PBX answers. */
export const UploadingRecordedName: Story = {
  ...simulated({ ...trunk, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/recorded-name' }) }),
  play: async ({ canvasElement }) => {
    const root = await editor(canvasElement, '[data-edit="ext_trunk_120"]');
    // A WAV header: what the PBX takes (the answer never comes in this story).
    const wav = new File([new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '), new Uint8Array(64_000)], 'gabinet-11.wav', { type: 'audio/wav' });
    await userEvent.upload(root.querySelector<HTMLInputElement>('#extension-file')!, wav);
    await userEvent.click(root.querySelector<HTMLButtonElement>('#extension-dialog button[type=submit]')!);
    await shown(canvasElement, '.progress progress');
  },
};

/** The clinic's quality team (telephony and recordings, read-only): the extensions, with adding, editing and deleting unavailable and why. */
export const ReadOnlyUser: Story = { ...simulated(asPortalUser('cus_1005', 'usr_1005_quality')) };

/** Piotr Nowak (finances only) may not see the PBX: not available to him, with no add button or search. */
export const RefusedWithoutTelephony: Story = { ...simulated(asPortalUser('cus_1001', 'usr_1001_accounts')) };
