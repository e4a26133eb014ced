import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** msw's service worker at the site root, in dev and in the static build. */
function mswWorker(): Plugin {
  const source = () => readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
  return {
    name: 'portico-msw-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('content-type', 'application/javascript');
        response.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: source() });
    },
  };
}

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    return {
      ...config,
      plugins: [...(config.plugins ?? []), mswWorker()],
      // Workspace packages from their TypeScript sources, as everywhere in development.
      resolve: { ...config.resolve, conditions: ['source', 'browser', 'module', 'development|production'] },
    };
  },
};

export default config;
