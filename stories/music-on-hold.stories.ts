import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@portico/elements/music-on-hold';
import type { PorticoMusicOnHold } from '@portico/elements/music-on-hold';
import type { Simulator } from '@portico/simulator';
import { simulated, type Simulated } from './support/simulated.ts';
import { asPortalUser } from './support/portal-user.ts';

const meta: Meta = {
  title: 'Widgets/Music on hold',
  component: 'portico-music-on-hold',
  tags: ['autodocs'],
  render: (_args, { loaded, globals }) => html`<portico-music-on-hold .client=${(loaded as Simulated).client} locale=${globals.locale} theme=${globals.theme}></portico-music-on-hold>`,
  parameters: {
    docs: {
      description: {
        component:
          'Music callers hear on hold: the tracks, which one plays, playing them in the page, making another one heard, describing and deleting them, and uploading a new one — checked for type, size and the PBX’s limit before it is sent, with its progress. Every state below is served by the Portico simulator through msw.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** The "Biznes Trunk" clinic: three tracks, the waiting-room melody heard. */
const trunk = { customer: 'cus_1005' };
/** The VoIP office: the one track of the portal's screenshot. */
const office = { customer: 'cus_1001' };

const pbxOf = (sim: Simulator, customer: string) => sim.world.customers.get(customer)!.pbx!;

/** The widget's shadow root once it shows `selector`. */
async function shown(canvas: HTMLElement, selector: string): Promise<ShadowRoot> {
  const root = canvas.querySelector<PorticoMusicOnHold>('portico-music-on-hold')!.shadowRoot!;
  await waitFor(() => expect(root.querySelector(selector)).toBeTruthy());
  return root;
}

/** The button of the track `index` whose words are `label` (in either language). */
const trackButton = (root: ShadowRoot, index: number, labels: string[]) =>
  [...root.querySelectorAll('.track')[index]!.querySelectorAll<HTMLButtonElement>('button')].find((b) => labels.includes(b.textContent!.trim()))!;

/** Puts a file into the upload's file field, as choosing one does. */
function choose(root: ShadowRoot, file: File): void {
  const input = root.querySelector<HTMLInputElement>('#music-file')!;
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

/** A second of 8 kHz silence as WAV. */
function wav(name: string): File {
  const bytes = new Uint8Array(44 + 8000).fill(128);
  const view = new DataView(bytes.buffer);
  [...'RIFF'].forEach((c, i) => view.setUint8(i, c.charCodeAt(0)));
  view.setUint32(4, 36 + 8000, true);
  [...'WAVEfmt '].forEach((c, i) => view.setUint8(8 + i, c.charCodeAt(0)));
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, 8000, true);
  view.setUint32(28, 8000, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  [...'data'].forEach((c, i) => view.setUint8(36 + i, c.charCodeAt(0)));
  view.setUint32(40, 8000, true);
  return new File([bytes], name, { type: 'audio/wav' });
}

export const Clinic: Story = { ...simulated(trunk) };
export const Office: Story = { ...simulated(office) };
export const Loading: Story = { ...simulated({ ...trunk, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/telephony/music-on-hold' }) }) };
export const LoadError: Story = { ...simulated({ ...trunk, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/telephony/music-on-hold' }) }) };
export const NoMusic: Story = { ...simulated({ ...office, setup: (sim) => (pbxOf(sim, 'cus_1001').music = []) }) };
/** A hosting customer: no PBX at all. */
export const NoPbx: Story = { ...simulated({ customer: 'cus_1003' }) };

/** The PBX keeps 20 tracks: the limit is said instead of the upload. */
export const Full: Story = {
  ...simulated({
    ...trunk,
    setup: (sim) => {
      const pbx = pbxOf(sim, 'cus_1005');
      const [first] = pbx.music;
      pbx.music = Array.from({ length: 20 }, (_, i) => ({ ...first!, id: `moh_story_${i}`, description: `Utwór ${i + 1}`, active: i === 0 }));
    },
  }),
};

export const Playing: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '.track');
    await userEvent.click(trackButton(root, 1, ['Play', 'Odtwórz']));
    await waitFor(() => expect(root.querySelector('.player audio')).toBeTruthy());
  },
};

export const FileRefused: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '#music-file');
    choose(root, new File(['x'], 'zapowiedz.docx', { type: 'application/msword' }));
    await waitFor(() => expect(root.querySelector('#music-file-error')).toBeTruthy());
  },
};

export const Uploading: Story = {
  ...simulated({ ...trunk, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/telephony/music-on-hold', method: 'POST' }) }),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '#music-file');
    choose(root, wav('fanfara.wav'));
    await userEvent.type(root.querySelector<HTMLInputElement>('#music-description')!, 'Fanfara na otwarcie');
    await userEvent.click(root.querySelector<HTMLButtonElement>('.upload-form button[type="submit"]')!);
    await waitFor(() => expect(root.querySelector('.progress progress')).toBeTruthy());
  },
};

/** The upload failed: the description typed and the file chosen stay for another try. */
export const UploadFailed: Story = {
  ...simulated({ ...trunk, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/telephony/music-on-hold', method: 'POST' }) }),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '#music-file');
    choose(root, wav('fanfara.wav'));
    await userEvent.type(root.querySelector<HTMLInputElement>('#music-description')!, 'Fanfara na otwarcie');
    await userEvent.click(root.querySelector<HTMLButtonElement>('.upload-form button[type="submit"]')!);
    await waitFor(() => expect(root.querySelector('#upload-error')).toBeTruthy());
  },
};

/** The track callers hear cannot be deleted while there are others: the API's rule, said. */
export const DeleteActiveRefused: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '.track');
    await userEvent.click(trackButton(root, 0, ['Delete', 'Usuń']));
    await waitFor(() => expect(root.querySelector('[id$="-confirm-delete"]')).toBeTruthy());
    await userEvent.click(root.querySelector<HTMLButtonElement>('[id$="-confirm-delete"]')!);
    await waitFor(() => expect(root.querySelector('[id$="-failure"]')).toBeTruthy());
  },
};

export const EditDescription: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const root = await shown(canvasElement, '.track');
    await userEvent.click(trackButton(root, 1, ['Edit description', 'Edytuj opis']));
    await waitFor(() => expect(root.querySelector('[id$="-description"]')).toBeTruthy());
  },
};

export const Narrow: Story = { ...simulated(trunk), decorators: [(story) => html`<div style="width: 360px">${story()}</div>`] };

/** The clinic's quality team (read-only): the tracks to play; making one heard, describing and deleting unavailable and why, and the upload's place saying so. */
export const ReadOnlyUser: Story = { ...simulated(asPortalUser('cus_1005', 'usr_1005_quality')) };

/** Piotr Nowak (finances only) may not see the PBX: not available to him. */
export const RefusedWithoutTelephony: Story = { ...simulated(asPortalUser('cus_1001', 'usr_1001_accounts')) };
