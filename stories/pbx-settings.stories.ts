import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@portico/elements/pbx-settings';
import type { PorticoPbxSettings } from '@portico/elements/pbx-settings';
import { telephonyApi } from '@portico/sdk/telephony';
import { simulated, type Simulated } from './support/simulated.ts';
import { asPortalUser } from './support/portal-user.ts';

type Args = { accent: string };

const meta: Meta<Args> = {
  title: 'Widgets/PBX settings',
  component: 'portico-pbx-settings',
  tags: ['autodocs'],
  args: { accent: '' },
  argTypes: { accent: { control: 'color', description: '`--portico-pbx-settings-accent`' } },
  render: (args, { loaded, globals }) => html`<portico-pbx-settings
    style=${args.accent ? `--portico-pbx-settings-accent: ${args.accent}` : ''}
    .client=${(loaded as Simulated).client}
    locale=${globals.locale}
    theme=${globals.theme}
  ></portico-pbx-settings>`,
  parameters: {
    docs: {
      description: {
        component:
          'Intercom, abbreviated dialling, incoming calls and call parking of the hosted PBX, each section saved on its own. What a change would break in the dial plan is listed at its field as it is typed. Every state below is served by the Portico simulator through msw.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The "Biznes Trunk" clinic: 40 extensions, hunt groups 500–503, abbreviated codes 70–73. */
const trunk = { customer: 'cus_1005' };

/** The widget inside the canvas, once it shows `selector`. */
async function part(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  const widget = canvas.querySelector<PorticoPbxSettings>('portico-pbx-settings')!;
  let found: HTMLElement | null = null;
  await waitFor(() => {
    found = widget.shadowRoot!.querySelector<HTMLElement>(selector);
    expect(found).toBeTruthy();
  });
  return found!;
}

/** Fills a field in (number fields take no typing selection), then leaves it: the change is checked at once. */
async function fill(canvas: HTMLElement, id: string, text: string): Promise<void> {
  const field = (await part(canvas, `#${id}`)) as HTMLInputElement;
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

export const Clinic: Story = { ...simulated(trunk) };

/** The VoIP office on the standard package: intercom off, no abbreviated numbers yet. */
export const Office: Story = { ...simulated() };

export const Loading: Story = { ...simulated({ ...trunk, setup: (sim) => sim.faults.persist({ latency: 3_600_000, path: '/v1/telephony/pbx' }) }) };

export const LoadError: Story = { ...simulated({ ...trunk, setup: (sim) => sim.faults.persist({ status: 503, path: '/v1/telephony/pbx' }) }) };

/** A hosting customer has no PBX: said once, nothing to retry. */
export const NoPbx: Story = { ...simulated({ customer: 'cus_1003' }) };

/** Extension length 3 → 4: the 40 extensions that would no longer fit, before anything is saved. */
export const ExtensionLengthConflicts: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'intercom-extension-length', '4');
    await part(canvasElement, '#intercom-extension-length-conflicts');
  },
};

/** Prefixes that are hunt group 500, or that begin the abbreviated codes 70–73. */
export const PrefixConflicts: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'parking-park-prefix', '500');
    await fill(canvasElement, 'incoming-pickup-prefix', '7');
    await part(canvasElement, '#incoming-pickup-prefix-conflicts');
  },
};

/** The form's own checks, before any request. */
export const InvalidInput: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'intercom-prefix', '9a');
    await fill(canvasElement, 'abbreviated-length', '3');
    await userEvent.click(await part(canvasElement, '#abbreviated-add'));
    await userEvent.click(await part(canvasElement, '#abbreviated-save'));
  },
};

/** Saved without waiting for the check: the API's refusal, listed at the field the same way. */
export const RefusedSave: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    const field = (await part(canvasElement, '#parking-park-prefix')) as HTMLInputElement;
    // (userEvent.clear cannot focus a field inside a shadow root; Backspace as a person would.)
    await userEvent.type(field, '{Backspace}{Backspace}500');
    await userEvent.click(await part(canvasElement, '#parking-save'));
    await part(canvasElement, '#parking-error');
  },
};

export const Saved: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'parking-park-prefix', '*5');
    await userEvent.click(await part(canvasElement, '#parking-save'));
    await part(canvasElement, '#parking-notice');
  },
};

/** Someone else saved the settings after they were loaded: the section explains it and offers a reload. */
export const ChangedElsewhereRefused: Story = {
  ...simulated(trunk),
  play: async ({ canvasElement, loaded }) => {
    await part(canvasElement, '#parking-save');
    await telephonyApi((loaded as Simulated).client).settings.update({ intercom: { enabled: true, prefix: '*4', extensionLength: 3 } }, { ifMatch: 1 });
    await fill(canvasElement, 'parking-park-prefix', '*5');
    await userEvent.click(await part(canvasElement, '#parking-save'));
    await part(canvasElement, '#parking-reload');
  },
};

export const Narrow: Story = {
  ...simulated(trunk),
  decorators: [(story) => html`<div style="width: 360px">${story()}</div>`],
  play: ExtensionLengthConflicts.play,
};

/** The clinic's quality team (read-only) tries an extension length of 4: what it would break is listed, and Save is unavailable, with why. */
export const ReadOnlyUser: Story = {
  ...simulated(asPortalUser('cus_1005', 'usr_1005_quality')),
  play: async ({ canvasElement }) => {
    await part(canvasElement, '#save-unavailable');
    await fill(canvasElement, 'intercom-extension-length', '4');
    await part(canvasElement, '#intercom-extension-length-conflicts');
  },
};

/** Piotr Nowak (finances only) may not see the PBX: not available to him. */
export const RefusedWithoutTelephony: Story = { ...simulated(asPortalUser('cus_1001', 'usr_1001_accounts')) };
