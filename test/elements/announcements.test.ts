import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@portico/elements/announcements';
import type { PorticoAnnouncements } from '@portico/elements';
import { $, clientFor, mount, requestsTo, shows, simulator, textOf } from './support.ts';
import { imageFailed } from './signals.ts';

const sim = await simulator();
const world = () => sim.world.helpdesk.announcements;
const byId = (id: string) => world().find((a) => a.id === id)!;
const newestFirst = () => [...world()].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
const items = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.item')];
const titles = (element: Element) => items(element).map((i) => i.querySelector('h3')!.textContent!.trim());
const itemOf = (element: Element, title: string) => items(element).find((i) => i.querySelector('h3')!.textContent!.trim() === title)!;
const toggleOf = (item: HTMLElement) => item.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
const MAINTENANCE = 'ann_vps_node_maintenance';

/** As the widget writes a moment and a day: medium date (and short time), in its language. */
const dateTime = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
const day = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));

async function announcements(locale = 'en', pageSize?: number): Promise<PorticoAnnouncements> {
  const customer = locale === 'pl' ? sim.customers.hosting : sim.customers.newcomer;
  const element = await mount<PorticoAnnouncements>(
    html`<portico-announcements .client=${clientFor(sim, customer)} locale=${locale} page-size=${pageSize ?? 10}></portico-announcements>`,
  );
  await waitUntil(() => element.shadowRoot!.querySelector('.item, [part~="empty"], [part~="error"]'), 'the announcements never loaded', { timeout: 5000 });
  return element;
}

async function expand(element: PorticoAnnouncements, title: string): Promise<HTMLElement> {
  const item = itemOf(element, title);
  toggleOf(item).click();
  await waitUntil(() => item.querySelector('.prose'), `the text of “${title}” opens`, { timeout: 5000 });
  return item.querySelector<HTMLElement>('.prose')!;
}

describe('<portico-announcements>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  it('shows a skeleton while loading, then every announcement, newest first, with its kind in words, date and summary', async () => {
    sim.latency = 300;
    const pending = mount<PorticoAnnouncements>(html`<portico-announcements .client=${clientFor(sim, sim.customers.newcomer)} locale="en"></portico-announcements>`);
    const element = await pending;
    const loading = await shows(element, '.loading[aria-busy="true"]');
    expect(loading.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    await shows(element, '.item');
    expect(textOf(element, '#title')).to.equal('Announcements');
    expect(titles(element)).to.deep.equal(newestFirst().map((a) => a.title.en));
    expect(titles(element)[0]).to.equal('Delays in e-mail delivery');
    const kinds = { news: 'News', maintenance: 'Planned maintenance', incident: 'Service problem' };
    items(element).forEach((item, i) => {
      const record = newestFirst()[i]!;
      expect(item.querySelector('.badge')!.textContent!.trim(), record.id).to.equal(kinds[record.kind]);
      expect(item.querySelector('time')!.textContent, record.id).to.equal(day(record.publishedAt, 'en'));
      expect(item.querySelector('time')!.getAttribute('datetime'), record.id).to.equal(record.publishedAt);
      expect(plain(item.innerText), record.id).to.contain(record.summary.en);
      // Collapsed: the summary only.
      expect(item.querySelector('.prose'), record.id).to.equal(null);
      expect(toggleOf(item).getAttribute('aria-expanded')).to.equal('false');
    });
    await expect(element).to.be.accessible();
  });

  it('shows when maintenance happens, and only for maintenance', async () => {
    const element = await announcements();
    const record = byId(MAINTENANCE);
    const window = itemOf(element, record.title.en).querySelector('.window')!;
    expect(window.textContent).to.equal(`From ${dateTime(record.window!.from, 'en')} to ${dateTime(record.window!.to, 'en')}`);
    const withWindow = items(element).filter((item) => item.querySelector('.window')).map((item) => item.querySelector('h3')!.textContent);
    expect(withWindow).to.deep.equal(newestFirst().filter((a) => a.window).map((a) => a.title.en));
    expect(newestFirst().filter((a) => a.window).every((a) => a.kind === 'maintenance')).to.equal(true);
  });

  it('“Read more” opens the whole text, formatted, and aria-expanded follows; “Show less” closes it', async () => {
    const element = await announcements();
    const record = byId('ann_international_prices');
    const item = itemOf(element, record.title.en);
    const toggle = toggleOf(item);
    expect(toggle.textContent!.trim()).to.equal('Read more');
    const body = await expand(element, record.title.en);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Show less');
    expect(body.closest(`#${toggle.getAttribute('aria-controls')}`) === null, 'the button controls the text').to.equal(false);
    // The table of prices arrives as a table.
    expect([...body.querySelectorAll('th')].map((th) => th.textContent)).to.deep.equal(['Country', 'Was', 'Now']);
    expect(body.querySelectorAll('tbody tr').length).to.equal(3);
    expect([...body.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal(['Germany', 'PLN 0.29/min', 'PLN 0.18/min']);
    const link = body.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('/downloads');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    await expect(element).to.be.accessible();
    // Others stay closed.
    expect(element.shadowRoot!.querySelectorAll('.prose').length).to.equal(1);
    toggle.click();
    await waitUntil(() => !item.querySelector('.prose'), 'the text closes');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('Read more');
  });

  it('ranks the text’s headings under the announcement’s title', async () => {
    const element = await announcements();
    const record = byId(MAINTENANCE);
    const body = await expand(element, record.title.en);
    // The editor wrote an h3, the level of every announcement's title: here it is a section of this one.
    expect(record.bodyHtml.en).to.contain('<h3>What to do</h3>');
    const outline = [...itemOf(element, record.title.en).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent}`);
    expect(outline).to.deep.equal([`h3 ${record.title.en}`, 'h4 What to do']);
    expect(body.querySelector('h4')!.textContent).to.equal('What to do');
    await expect(element).to.be.accessible();
  });

  it('sanitises the text: formatting stays, scripts, handlers, styles and unsafe links go', async () => {
    byId('ann_two_factor').bodyHtml.en =
      '<p style="color: red" onmouseover="window.__annHacked = true">Turn it <em>on</em>.</p><ol><li>One</li></ol>' +
      '<script>window.__annHacked = true</script><img src="x" onerror="window.__annHacked = true"><a href="javascript:window.__annHacked = true">bad</a>' +
      '<a href="https://example.com/2fa">good</a><iframe src="https://example.com"></iframe><button>Pay</button>';
    const element = await announcements();
    const body = await expand(element, 'Two-factor sign-in for the customer portal');
    expect(body.querySelector('em')!.textContent).to.equal('on');
    expect(body.querySelectorAll('ol li').length).to.equal(1);
    for (const dangerous of ['script', 'img', 'iframe', 'button', '[style]', '[onmouseover]', '[onerror]']) expect(body.querySelector(dangerous), dangerous).to.equal(null);
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([null, 'https://example.com/2fa']);
    expect(body.querySelector('a[href]')!.getAttribute('target')).to.equal('_blank');
    // An image's onerror runs once its load has failed, later: once an image of the same
    // address, asked for after it, has failed too.
    await imageFailed('x');
    expect((window as { __annHacked?: boolean }).__annHacked).to.equal(undefined);
  });

  it('opens and closes from the keyboard', async () => {
    const element = await announcements();
    const item = items(element)[0]!;
    const toggle = toggleOf(item);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => item.querySelector('.prose'), 'Enter opens the text');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(element.shadowRoot!.activeElement === toggle, 'focus stays on the button').to.equal(true);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !item.querySelector('.prose'), 'Space closes it');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(element.shadowRoot!.activeElement === toggle, 'focus stays on the button').to.equal(true);
  });

  it('shows older announcements on demand, a page at a time, and focus continues where they begin', async () => {
    const element = await announcements('en', 3);
    expect(titles(element)).to.deep.equal(newestFirst().slice(0, 3).map((a) => a.title.en));
    const more = $(element, '.more');
    expect(more.textContent!.trim()).to.equal('Show older');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items(element).length === 6, 'three more');
    await waitUntil(() => element.shadowRoot!.activeElement === items(element)[3]!.querySelector('h3'), 'focus on the first older announcement', { timeout: 3000 });
    // The last page: the button goes, and focus must not go with it.
    $(element, '.more').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items(element).length === world().length, 'all of them');
    await waitUntil(() => element.shadowRoot!.activeElement === items(element)[6]!.querySelector('h3'), 'focus on the first older announcement', { timeout: 3000 });
    expect(titles(element)).to.deep.equal(newestFirst().map((a) => a.title.en));
    expect(element.shadowRoot!.querySelector('.more'), 'nothing older').to.equal(null);
  });

  it('a failed "Show older" says why at the button; one answered after a language switch adds nothing', async () => {
    const element = await announcements('en', 3);
    sim.faults.enqueue({ status: 503, path: '/v1/helpdesk/announcements' });
    $(element, '.more').click();
    expect((await shows(element, '.more-error')).textContent).to.contain('We couldn’t load more.');
    expect(items(element).length).to.equal(3);
    sim.faults.enqueue({ latency: 600, path: '/v1/helpdesk/announcements' });
    $(element, '.more').click();
    await waitUntil(() => sim.log.some((e) => e.path.includes('cursor=') && e.status === 0), 'the older page is on its way');
    element.locale = 'pl';
    await waitUntil(() => titles(element)[0] === newestFirst()[0]!.title.pl, 'the list in Polish');
    // The older page answered, and the button no longer busy with it: the widget has had it.
    await waitUntil(() => sim.log.some((e) => e.path.includes('cursor=') && e.status === 200), 'the older page is answered', { timeout: 5000 });
    await waitUntil(() => $(element, '.more').getAttribute('aria-disabled') === 'false', 'done with the older page', { timeout: 5000 });
    await element.updateComplete;
    expect(titles(element), 'only the Polish list').to.deep.equal(newestFirst().slice(0, 3).map((a) => a.title.pl));
  });

  it('says so when there is no announcement', async () => {
    world().length = 0;
    const element = await announcements();
    const empty = await shows(element, '[part~="empty"]');
    expect(plain(empty.innerText)).to.contain('No announcements');
    expect(plain(empty.innerText)).to.contain('When something may affect your services, you will read about it here.');
    expect(items(element)).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('a failed load says why, fires portico-error, and a retry recovers', async () => {
    sim.faults.persist({ status: 503, path: '/helpdesk/announcements' });
    const failed = oneEvent(document, 'portico-error');
    const element = await announcements();
    expect((await failed).detail.action).to.equal('load');
    const error = await shows(element, '[part~="error"]');
    expect(plain(error.innerText)).to.contain('We couldn’t load this');
    expect(plain(error.innerText)).to.contain('Something went wrong on our side');
    await expect(element).to.be.accessible();
    sim.faults.clear();
    const before = requestsTo(sim, '/v1/helpdesk/announcements').length;
    error.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    await shows(element, '.item');
    expect(titles(element).length).to.equal(world().length);
    expect(requestsTo(sim, '/v1/helpdesk/announcements').slice(before)).to.deep.equal(['GET 200']);
  });

  it('speaks Polish, content included', async () => {
    const element = await announcements('pl');
    expect(textOf(element, '#title')).to.equal('Ogłoszenia');
    expect(titles(element)).to.deep.equal(newestFirst().map((a) => a.title.pl));
    const kinds = items(element).map((item) => item.querySelector('.badge')!.textContent!.trim());
    expect(kinds).to.deep.equal(newestFirst().map((a) => ({ news: 'Aktualności', maintenance: 'Prace serwisowe', incident: 'Awaria' })[a.kind]));
    const record = byId(MAINTENANCE);
    expect(itemOf(element, record.title.pl).querySelector('.window')!.textContent).to.equal(`Od ${dateTime(record.window!.from, 'pl')} do ${dateTime(record.window!.to, 'pl')}`);
    const toggle = toggleOf(itemOf(element, record.title.pl));
    expect(toggle.textContent!.trim()).to.equal('Czytaj dalej');
    const body = await expand(element, record.title.pl);
    expect(plain(body.textContent!)).to.contain('Co warto zrobić');
    expect(toggle.textContent!.trim()).to.equal('Zwiń');
    expect($(element, '[part="base"]').getAttribute('lang')).to.equal('pl');
    await expect(element).to.be.accessible();
  });
});
