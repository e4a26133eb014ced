import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { configure } from 'storybook/test';
import manifest from '../packages/elements/custom-elements.json';

setCustomElementsManifest(manifest);
// Play functions wait for the simulator as a person would: a busy machine may need seconds.
configure({ asyncUtilTimeout: 5000 });

const preview: Preview = {
  loaders: [mswLoader()],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'pl', title: 'Polski' }], dynamicTitle: true },
    },
    theme: {
      description: 'Colour scheme of the widgets',
      toolbar: { title: 'Theme', icon: 'mirror', items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, { globals }) => {
      // The canvas follows the theme too, so that a dark widget is seen on a dark page.
      document.documentElement.lang = globals.locale as string;
      document.body.style.background = globals.theme === 'dark' ? '#0f1113' : '';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
