import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { startDemo } from '../../demo/server.ts';
import { launchChromium } from './browser.ts';

/** The demo portal and a Chromium for the tests of one `describe`: started before them, closed after. */
export function useDemo(): { readonly url: string; readonly browser: Browser } {
  let demo: Awaited<ReturnType<typeof startDemo>> | undefined;
  let browser: Browser | undefined;
  before(async () => {
    demo = await startDemo({ port: 0, apiPort: 0 });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });
  return {
    get url() {
      return demo!.url;
    },
    get browser() {
      return browser!;
    },
  };
}
