// <portico-ticket-form> in Chromium: how soon the first suggestions appear after the
// customer stops typing, against the simulator with no added latency, debounce included.
// The simulator runs in the page (its handlers answer the client's fetch directly), so the
// time is the widget's, the client's and the simulator's search — no network.
import { createServer } from 'node:http';
import { bundlePage } from './support/page-script.mjs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';

/** What customers type, in both languages; each is typed a key at a time. */
const TEXTS = [
  ['pl', 'doladowanie konta'],
  ['pl', 'nie dziala poczta w outlooku'],
  ['pl', 'zablokowana karta sim puk'],
  ['pl', 'telefon sip nie rejestruje sie'],
  ['en', 'how do I set up a hunt group'],
  ['en', 'error 500 on my website'],
  ['en', 'roaming costs outside the EU'],
  ['pl', 'jak czytac fakture'],
];
const KEY_INTERVAL = 70;

const pageScript = `
import '@portico/elements/ticket-form';
import { ClientCore } from '@portico/sdk/core';
import { kbArticleSuggest } from '@portico/sdk/helpdesk';
import { createSimulator } from '@portico/simulator';

const sim = createSimulator({ seed: 1 });
const client = new ClientCore({ baseUrl: 'https://api.example.com', retry: false, fetchSessionToken: async () => sim.createSession('cus_1003').token, fetch: (input, init) => sim.handle(new Request(input, init)) });
const frame = () => new Promise((resolve) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); }));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Types the text a key at a time, then measures until the suggestions for the whole text are
 * drawn (those of a shorter text, kept on screen while the next load, do not count).
 */
async function suggest(locale, text, interval) {
  localStorage.clear();
  const expected = (await client.request(kbArticleSuggest, { query: { text, limit: 4 } }, { headers: { 'accept-language': locale } })).data.map((a) => a.title);
  const shown = (form) => [...form.shadowRoot.querySelectorAll('.suggestions .article-title')].map((e) => e.textContent.trim());
  const form = document.createElement('portico-ticket-form');
  form.client = client;
  form.setAttribute('locale', locale);
  document.body.append(form);
  while (!form.shadowRoot?.querySelector('#subject')) await sleep(5);
  const subject = form.shadowRoot.querySelector('#subject');
  for (let i = 1; i <= text.length; i++) {
    subject.value = text.slice(0, i);
    subject.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    if (i < text.length) await sleep(interval);
  }
  const stopped = performance.now();
  while (shown(form).join('|') !== expected.join('|') || !expected.length) {
    if (performance.now() - stopped > 3000) throw new Error('no suggestion for ' + text);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await frame();
  const time = performance.now() - stopped;
  const title = form.shadowRoot.querySelector('.suggestions .article-title').textContent;
  form.remove();
  return { time, title };
}

window.bench = { suggest };
`;


export async function run() {
  const script = await bundlePage(pageScript);
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body><script type="module" src="/bench.js"></script></body></html>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: ensureChromium({ log: () => {} }), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction('window.bench');
    // The first search builds the simulator's index: a warm-up, as a page open for a while would be.
    await page.evaluate(`bench.suggest('pl', 'faktura', ${KEY_INTERVAL})`);
    const times = [];
    for (const [locale, text] of TEXTS) times.push((await page.evaluate(`bench.suggest(${JSON.stringify(locale)}, ${JSON.stringify(text)}, ${KEY_INTERVAL})`)).time);
    times.sort((a, b) => a - b);
    return [
      { benchmark: '<portico-ticket-form>: first suggestions after typing stops (slowest)', value: times.at(-1), unit: 'ms', budget: 300, note: `${TEXTS.length} texts, median ${times[times.length >> 1].toFixed(0)} ms; debounce 120 ms included` },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
