import { readFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.mjs';
import { clockScript, testTime } from './scripts/test-time.mjs';

// The run's moment, zone and language (scripts/test-time.mjs): the page's clock starts there,
// the simulator over HTTP too, whatever the machine's clock, zone and language say.
const time = testTime();

const require = createRequire(import.meta.url);
const workerScript = require.resolve('msw/mockServiceWorker.js');

/** Serves msw's service worker at the root, so that it controls every test page. */
function mswWorker() {
  return async (context, next) => {
    if (context.path !== '/mockServiceWorker.js') return next();
    context.type = 'application/javascript';
    context.body = await readFile(workerScript, 'utf8');
  };
}

/**
 * The simulator as a real HTTP server beside the test pages, for tests that must cross a
 * network (CORS, upload progress): started as the CLI, its address at /__portico/simulator-url.
 */
function simulatorOverHttp() {
  let child;
  let url;
  return {
    name: 'portico-simulator-http',
    async serverStart() {
      const bin = fileURLToPath(new URL('./packages/simulator/bin/portico-simulator.js', import.meta.url));
      child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', bin, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
      url = await new Promise((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`the simulator exited (${code})`)));
      });
    },
    serve(context) {
      if (context.path === '/__portico/test-clock.js') return { body: clockScript(time.now), type: 'application/javascript' };
      if (context.path === '/__portico/simulator-url') return { body: url, type: 'text/plain' };
      return undefined;
    },
    serverStop() {
      child?.kill();
    },
  };
}

export default {
  files: ['test/browser/**/*.test.ts', 'test/elements/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // The plugin reads the file as is (no `extends`): the base holds the decorator settings Lit needs.
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'es2022' }), simulatorOverHttp()],
  middleware: [mswWorker()],
  // The clock starts before any test module: a classic script runs before every module script.
  testRunnerHtml: (testFramework) => `<!doctype html><html><head><script src="/__portico/test-clock.js"></script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS },
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone(time.timeZone);
        // --lang does not reach a headless page: its language and Intl's default are set here.
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setLocaleOverride', { locale: time.language });
        await cdp.send('Emulation.setUserAgentOverride', { userAgent: await page.browser().userAgent(), acceptLanguage: `${time.language},${time.language.split('-')[0]}` });
        return page;
      },
    }),
  ],
  // Two cores: one browser page at a time keeps timings and focus steady.
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 180_000,
};
