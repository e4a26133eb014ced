import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.mjs';

/** Debian's (or the machine's) Chromium, headless, quiet on a closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium({ log: () => {} }), headless: true, args: CHROMIUM_ARGS });
}
