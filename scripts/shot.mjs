import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--disable-dev-shm-usage','--no-first-run','--disable-quic'] });
const [id, globals, out, width = '720'] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(`http://127.0.0.1:6123/iframe.html?id=${id}&viewMode=story&globals=${globals}`);
await page.waitForTimeout(2000);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
