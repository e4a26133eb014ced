import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.mjs';
import { clockScript, testTime } from '../../scripts/test-time.mjs';

/** Debian's (or the machine's) Chromium, headless, quiet on a closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium({ log: () => {} }), headless: true, args: CHROMIUM_ARGS });
}

/**
 * A page in the run's time zone and language, whose clock reads what this process's clock
 * reads (the run's moment, moved on as the run goes): the simulator it talks to agrees.
 */
export async function pageAtRunTime(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const { timeZone, language } = testTime();
  const page = await browser.newPage({ timezoneId: timeZone, locale: language, ...options });
  await page.addInitScript({ content: clockScript(Date.now()) });
  return page;
}
