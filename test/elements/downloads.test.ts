import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@portico/elements/downloads';
import type { PorticoDownloads } from '@portico/elements';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf } from './support.ts';
import { answered, watch, type Asked } from './signals.ts';
import { isA } from '@portico/sdk/core';

const sim = await simulator();
const helpdesk = () => sim.world.helpdesk;
const file = (id: string) => helpdesk().downloads.find((d) => d.id === id)!;
const inCategory = (id: string) => helpdesk().downloads.filter((d) => d.categoryId === id);
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
const files = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.file')];
const titles = (element: Element) => files(element).map((f) => f.querySelector('h3')!.textContent!.trim());
const fileOf = (element: Element, title: string) => files(element).find((f) => f.querySelector('h3')!.textContent!.trim() === title)!;
const select = (element: Element) => $(element, 'select') as HTMLSelectElement;

/** "5 plików", "2 pliki", "1 plik": a count of files as Polish says it. */
function polishFiles(n: number): string {
  const few = n % 10 >= 2 && n % 10 <= 4 && !(n % 100 >= 12 && n % 100 <= 14);
  return `${n} ${n === 1 ? 'plik' : few ? 'pliki' : 'plików'}`;
}

/** A size as people read it, in 1024s: `2 kB`, `1.5 MB`. */
function size(bytes: number, locale: string): string {
  const [unit, per, digits] = bytes >= 2 ** 30 ? ['gigabyte', 2 ** 30, 1] : bytes >= 2 ** 20 ? ['megabyte', 2 ** 20, 1] : bytes >= 1024 ? ['kilobyte', 1024, 0] : ['byte', 1, 0];
  if (unit === 'byte') return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(bytes);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: unit as string, unitDisplay: 'short', maximumFractionDigits: digits as number }).format(bytes / (per as number));
}
const day = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));

/** What the widget mounted last asked its client for. */
let asked: Asked[] = [];

async function downloads(locale = 'en', categoryId?: string): Promise<PorticoDownloads> {
  const customer = locale === 'pl' ? sim.customers.hosting : sim.customers.newcomer;
  const client = clientFor(sim, customer);
  asked = watch(client);
  const element = await mount<PorticoDownloads>(html`<portico-downloads .client=${client} locale=${locale} category-id=${categoryId ?? ''}></portico-downloads>`);
  await waitUntil(() => element.shadowRoot!.querySelector('.file, [part~="empty"], [part~="error"]'), 'the files never loaded', { timeout: 5000 });
  return element;
}

/** Chooses a category as a person does: the select's value, then its change event. */
function choose(element: Element, value: string): void {
  select(element).value = value;
  select(element).dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<portico-downloads>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  it('shows a skeleton while loading, then every file with its name, size, version and date, and says how many', async () => {
    sim.latency = 300;
    const element = await mount<PorticoDownloads>(html`<portico-downloads .client=${clientFor(sim, sim.customers.newcomer)} locale="en"></portico-downloads>`);
    const loading = await shows(element, '.loading[aria-busy="true"]');
    expect(loading.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    await shows(element, '.file');
    expect(textOf(element, '#title')).to.equal('Downloads');
    expect(titles(element)).to.deep.equal(helpdesk().downloads.map((d) => d.title.en));
    for (const record of helpdesk().downloads) {
      const item = fileOf(element, record.title.en);
      const facts = [record.fileName, size(record.bytes.length, 'en'), record.version ? `version ${record.version}` : '', `updated ${day(record.updatedAt, 'en')}`].filter(Boolean).join(' · ');
      expect(plain(item.querySelector('.facts')!.textContent!), record.id).to.equal(facts);
      expect(plain(item.innerText), record.id).to.contain(record.description.en);
      expect(item.querySelector('.kind')!.textContent, record.id).to.equal(record.fileName.split('.').pop()!.toUpperCase());
      const link = item.querySelector('a')!;
      expect(link.textContent!.trim()).to.equal('Download');
      expect(link.getAttribute('aria-label')).to.equal(`Download ${record.title.en} (${record.fileName}, ${size(record.bytes.length, 'en')})`);
      expect(link.getAttribute('download')).to.equal(record.fileName);
    }
    // A file without a version says nothing about one.
    expect(plain(fileOf(element, file('dl_yealink_guide').title.en).querySelector('.facts')!.textContent!)).not.to.contain('version');
    await waitUntil(() => textOf(element, '[role="status"][aria-live]') === `${helpdesk().downloads.length} files`, 'the count is announced');
    await expect(element).to.be.accessible();
  });

  it('each download link is an http(s) address that returns the file’s bytes with its content type', async () => {
    const element = await downloads();
    for (const record of helpdesk().downloads) {
      const href = fileOf(element, record.title.en).querySelector('a')!.href;
      expect(new URL(href).protocol, record.id).to.match(/^https?:$/);
      const response = await fetch(href);
      expect(response.status, record.id).to.equal(200);
      expect(response.headers.get('content-type'), record.id).to.equal(record.contentType);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(bytes.length, record.id).to.equal(record.bytes.length);
      expect(bytes.every((b, i) => b === record.bytes[i]), `${record.id}: the same bytes`).to.equal(true);
    }
    // The PDF is a PDF, the archive a ZIP.
    const pdf = new Uint8Array(await (await fetch(fileOf(element, 'Price list 2026').querySelector('a')!.href)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).to.equal('%PDF-');
    const zip = new Uint8Array(await (await fetch(fileOf(element, 'Fiberlink VPN client for Windows').querySelector('a')!.href)).arrayBuffer());
    expect([...zip.slice(0, 2)]).to.deep.equal([0x50, 0x4b]);
  });

  it('a link in the answer that is not http(s) is not offered', async () => {
    // A client whose answers were tampered with on the way: two files with links that would run code.
    const tampered: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!new URL(isA(input, Request) ? input.url : String(input)).pathname.endsWith('/helpdesk/downloads')) return response;
      const page = await response.json();
      page.data[0].url = 'javascript:window.__dlHacked = true';
      page.data[1].url = 'data:text/html,<script>parent.__dlHacked = true</script>';
      return new Response(JSON.stringify(page), { status: response.status, headers: { 'content-type': 'application/json' } });
    };
    const element = await mount<PorticoDownloads>(html`<portico-downloads .client=${clientFor(sim, sim.customers.newcomer, { fetch: tampered })} locale="en"></portico-downloads>`);
    await shows(element, '.file');
    const [first, second, ...rest] = files(element);
    expect(first!.querySelector('a'), 'no link for javascript:').to.equal(null);
    expect(second!.querySelector('a'), 'no link for data:').to.equal(null);
    expect(first!.querySelector('h3')!.textContent).to.equal(helpdesk().downloads[0]!.title.en);
    expect(rest.every((f) => /^http:\/\//.test(f.querySelector('a')!.getAttribute('href')!))).to.equal(true);
    expect((window as { __dlHacked?: boolean }).__dlHacked).to.equal(undefined);
  });

  it('the category select lists each category with its file count and filters the files', async () => {
    const element = await downloads();
    await waitUntil(() => select(element).options.length === helpdesk().downloadCategories.length + 1, 'the categories');
    expect(textOf(element, '.label')).to.equal('Category');
    expect([...select(element).options].map((o) => o.textContent!.trim())).to.deep.equal(['All files', ...helpdesk().downloadCategories.map((c) => `${c.name.en} (${inCategory(c.id).length})`)]);
    expect(select(element).value).to.equal('');
    choose(element, 'dlc_software');
    await waitUntil(() => titles(element).length === inCategory('dlc_software').length, 'the software only');
    expect(titles(element)).to.deep.equal(inCategory('dlc_software').map((d) => d.title.en));
    expect(element.getAttribute('category-id')).to.equal('dlc_software');
    expect(requestsTo(sim, '/v1/helpdesk/downloads?').some((r) => r.startsWith('GET 200'))).to.equal(true);
    expect(sim.log.some((e) => e.path.includes('categoryId=dlc_software'))).to.equal(true);
    await waitUntil(() => textOf(element, '[role="status"][aria-live]') === `${inCategory('dlc_software').length} files`, 'the count is announced');
    choose(element, '');
    await waitUntil(() => titles(element).length === helpdesk().downloads.length, 'every file again');
    expect(element.hasAttribute('category-id')).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('the category is chosen with the keyboard', async () => {
    const element = await downloads();
    await waitUntil(() => select(element).options.length > 1, 'the categories');
    select(element).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => titles(element).length === inCategory(helpdesk().downloadCategories[0]!.id).length, 'the first category’s files');
    expect(select(element).value).to.equal(helpdesk().downloadCategories[0]!.id);
    expect(element.shadowRoot!.activeElement === select(element), 'focus stays on the select').to.equal(true);
  });

  it('opens on a category from its attribute', async () => {
    const element = await downloads('en', 'dlc_pricing');
    expect(titles(element)).to.deep.equal(inCategory('dlc_pricing').map((d) => d.title.en));
    await waitUntil(() => select(element).options.length > 1, 'the categories');
    expect(select(element).value).to.equal('dlc_pricing');
  });

  it('a category without files says so and offers every file; the select follows', async () => {
    helpdesk().downloadCategories.push({ id: 'dlc_drivers', name: { pl: 'Sterowniki', en: 'Drivers' }, description: { pl: 'Wkrótce.', en: 'Coming soon.' } });
    const element = await downloads();
    await waitUntil(() => select(element).options.length === helpdesk().downloadCategories.length + 1, 'the categories');
    expect(select(element).options[select(element).options.length - 1]!.textContent!.trim()).to.equal('Drivers (0)');
    // Chosen from the keyboard, as the customer does.
    select(element).focus();
    await sendKeys({ press: 'End' });
    const empty = await shows(element, '[part~="empty"]');
    expect(plain(empty.innerText)).to.contain('No files in this category');
    expect(plain(empty.innerText)).to.contain('Choose another category.');
    await waitUntil(() => textOf(element, '[role="status"][aria-live]') === '0 files', 'the count is announced');
    await expect(element).to.be.accessible();
    empty.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titles(element).length === helpdesk().downloads.length, 'every file again');
    expect(select(element).value, 'the select shows every file too').to.equal('');
    await focusOn(element, select(element), 'the button is gone: focus moves to the category select');
  });

  it('says so when there is no file at all', async () => {
    helpdesk().downloads.length = 0;
    const element = await downloads();
    const empty = await shows(element, '[part~="empty"]');
    expect(plain(empty.innerText)).to.contain('No files for you yet');
    expect(plain(empty.innerText)).to.contain('When we share a file with you (a manual, software, a price list), it will be here.');
    expect(empty.querySelector('button')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('many files show more on demand, and focus continues where the new files begin', async () => {
    const template = file('dl_terms');
    for (let i = 1; i <= 55; i++) helpdesk().downloads.push({ ...template, id: `dl_extra_${i}`, title: { pl: `Plik ${i}`, en: `Extra file ${i}` } });
    const element = await downloads();
    expect(files(element).length).to.equal(50);
    const more = $(element, '.more');
    expect(more.textContent!.trim()).to.equal('Show more');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => files(element).length === helpdesk().downloads.length, 'every file');
    expect(element.shadowRoot!.querySelector('.more')).to.equal(null);
    await focusOn(element, files(element)[50]!.querySelector('a'), 'focus on the first new file’s link');
  });

  it('a failed "Show more" says why at the button, which tries again', async () => {
    const template = file('dl_terms');
    for (let i = 1; i <= 55; i++) helpdesk().downloads.push({ ...template, id: `dl_extra_${i}`, title: { pl: `Plik ${i}`, en: `Extra file ${i}` } });
    const element = await downloads();
    sim.faults.enqueue({ status: 503, path: '/v1/helpdesk/downloads' });
    $(element, '.more').click();
    expect((await shows(element, '.more-error')).textContent).to.contain('We couldn’t load more.');
    expect(files(element).length).to.equal(50);
    $(element, '.more').click();
    await waitUntil(() => files(element).length === helpdesk().downloads.length, 'every file, on a second try');
    expect(element.shadowRoot!.querySelector('.more-error') === null).to.equal(true);
  });

  it('"Show more" answered after another category was chosen adds nothing to that category’s files', async () => {
    const template = file('dl_terms');
    for (let i = 1; i <= 55; i++) helpdesk().downloads.push({ ...template, id: `dl_extra_${i}`, title: { pl: `Plik ${i}`, en: `Extra file ${i}` } });
    const element = await downloads();
    await waitUntil(() => select(element).options.length > 1, 'the categories');
    expect(files(element).length).to.equal(50);
    // A slow line for the next page only: the category chosen meanwhile loads at once.
    sim.latency = 600;
    $(element, '.more').click();
    await waitUntil(() => sim.log.some((e) => e.path.includes('cursor=')), 'the next page is asked for');
    sim.latency = 0;
    choose(element, 'dlc_software');
    const software = inCategory('dlc_software').map((d) => d.title.en);
    await waitUntil(() => titles(element).length === software.length, 'the software only');
    // The next page of every file: answered (or given up), and the widget done with it.
    await answered(asked);
    await element.updateComplete;
    expect(titles(element), 'only the software, once the next page of every file is back').to.deep.equal(software);
    expect(textOf(element, '[role="status"][aria-live]')).to.equal(`${software.length} files`);
  });

  it('a category that fails to load after "Show more" says so, instead of the files of every category', async () => {
    const template = file('dl_terms');
    for (let i = 1; i <= 55; i++) helpdesk().downloads.push({ ...template, id: `dl_extra_${i}`, title: { pl: `Plik ${i}`, en: `Extra file ${i}` } });
    const element = await downloads();
    await waitUntil(() => select(element).options.length > 1, 'the categories');
    $(element, '.more').click();
    await waitUntil(() => files(element).length === helpdesk().downloads.length, 'every file');
    sim.faults.persist({ status: 503, path: '/helpdesk/downloads' });
    choose(element, 'dlc_software');
    const error = await shows(element, '[part~="error"]');
    expect(plain(error.innerText)).to.contain('Something went wrong on our side');
    expect(files(element).length, 'no file of every category under the software').to.equal(0);
    sim.faults.clear();
    error.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    await waitUntil(() => titles(element).length === inCategory('dlc_software').length, 'the software after the retry');
  });

  it('a failed load says why, fires portico-error, and a retry recovers', async () => {
    sim.faults.persist({ status: 503, path: '/helpdesk/downloads' });
    const failed = oneEvent(document, 'portico-error');
    const element = await downloads();
    expect((await failed).detail.action).to.equal('load');
    const error = await shows(element, '[part~="error"]');
    expect(plain(error.innerText)).to.contain('We couldn’t load this');
    expect(plain(error.innerText)).to.contain('Something went wrong on our side');
    await expect(element).to.be.accessible();
    sim.faults.clear();
    error.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    await shows(element, '.file');
    expect(titles(element).length).to.equal(helpdesk().downloads.length);
  });

  it('offline at first, then back: a retry brings the files and the category select', async () => {
    sim.faults.persist({ status: 503, path: '/helpdesk/download' });
    const element = await downloads();
    const error = await shows(element, '[part~="error"]');
    sim.faults.clear();
    error.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    await shows(element, '.file');
    await waitUntil(() => element.shadowRoot!.querySelector('select')?.options.length === helpdesk().downloadCategories.length + 1, 'the category select is back', { timeout: 3000 });
  });

  it('speaks Polish, content included', async () => {
    const element = await downloads('pl');
    expect(textOf(element, '#title')).to.equal('Pliki do pobrania');
    await waitUntil(() => select(element).options.length > 1, 'the categories');
    expect(textOf(element, '.label')).to.equal('Kategoria');
    expect(select(element).options[0]!.textContent!.trim()).to.equal('Wszystkie pliki');
    expect(select(element).options[1]!.textContent!.trim()).to.equal(`Instrukcje obsługi (${inCategory('dlc_manuals').length})`);
    expect(titles(element)).to.deep.equal(helpdesk().downloads.map((d) => d.title.pl));
    const guide = file('dl_portal_guide');
    const item = fileOf(element, guide.title.pl);
    expect(plain(item.querySelector('.facts')!.textContent!)).to.equal(`${guide.fileName} · ${size(guide.bytes.length, 'pl')} · wersja ${guide.version} · zaktualizowano ${day(guide.updatedAt, 'pl')}`);
    expect(item.querySelector('a')!.textContent!.trim()).to.equal('Pobierz');
    expect(item.querySelector('a')!.getAttribute('aria-label')).to.equal(`Pobierz ${guide.title.pl} (${guide.fileName}, ${size(guide.bytes.length, 'pl')})`);
    await waitUntil(() => textOf(element, '[role="status"][aria-live]') === polishFiles(helpdesk().downloads.length), 'the count is announced');
    expect($(element, '[part="base"]').getAttribute('lang')).to.equal('pl');
    await expect(element).to.be.accessible();
  });
});
