import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser } from 'playwright-core';
import type { Simulator } from '@portico/simulator';
import { pageAtRunTime } from './browser.ts';

/** A host's session endpoint (`session-url`): a session of the business customer, minted by the simulator. */
export const sessionRoute = (sim: Simulator) => (_: IncomingMessage, response: ServerResponse) =>
  void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(sim.createSession(sim.customers.business)));

/**
 * Opens a built page that shows a call log, exports it to CSV as a person does, and returns
 * the file's lines, the workers the page started and any uncaught error.
 */
export async function exportCallsFrom(browser: Browser, url: string): Promise<{ lines: string[]; workers: string[]; errors: string[] }> {
  const tab = await pageAtRunTime(browser, { locale: 'en-GB' });
  const workers: string[] = [];
  tab.on('worker', (worker) => workers.push(worker.url()));
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  try {
    await tab.goto(url);
    await tab.locator('portico-call-log-table [role=row][aria-rowindex="2"]').waitFor();
    const download = tab.waitForEvent('download');
    await tab.locator('portico-call-log-table .export button', { hasText: 'CSV' }).click();
    const file = await download;
    const lines = readFileSync(await file.path()).toString('utf8').trim().split(/\r?\n/);
    return { lines, workers, errors };
  } finally {
    await tab.close();
  }
}
