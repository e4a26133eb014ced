import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@portico/elements/knowledge-base';
import type { PorticoKnowledgeBase } from '@portico/elements';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf, type } from './support.ts';
import { imageFailed } from './signals.ts';

const sim = await simulator();
const kb = () => sim.world.helpdesk.knowledgeBase;
const article = (id: string) => kb().articles.find((a) => a.id === id)!;
const category = (id: string) => kb().categories.find((c) => c.id === id)!;
const inCategory = (id: string) => kb().articles.filter((a) => a.categoryId === id);
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
const items = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item')];
const names = (element: Element) => items(element).map((item) => item.querySelector('.name')!.textContent!.trim());
const item = (element: Element, name: string) => items(element).find((i) => i.querySelector('.name')!.textContent!.trim() === name);
const crumbs = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.crumbs button')];
const heading = (element: Element, id: string) => element.shadowRoot!.querySelector<HTMLElement>(`#${id}`);
const searches = () => requestsTo(sim, '/v1/helpdesk/knowledge-base/articles?').length;
const DNS = 'kb_136';

/** The date as the widget writes it: medium, in the widget's language. */
const day = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(`${iso}T09:00:00.000Z`));

async function knowledgeBase(locale = 'en', attributes: { categoryId?: string; articleId?: string } = {}): Promise<PorticoKnowledgeBase> {
  const customer = locale === 'pl' ? sim.customers.prepaid : sim.customers.newcomer;
  return mount<PorticoKnowledgeBase>(
    html`<portico-knowledge-base .client=${clientFor(sim, customer)} locale=${locale} category-id=${attributes.categoryId ?? ''} article-id=${attributes.articleId ?? ''}></portico-knowledge-base>`,
  );
}

/** The knowledge base with its categories on show. */
async function categories(locale = 'en'): Promise<PorticoKnowledgeBase> {
  const element = await knowledgeBase(locale);
  await shows(element, '.category');
  return element;
}

async function openCategory(element: PorticoKnowledgeBase, name: string): Promise<void> {
  item(element, name)!.click();
  await waitUntil(() => heading(element, 'listing-title')?.textContent === name && items(element).length > 0, `the articles of ${name}`, { timeout: 5000 });
}

/** Opens a category that has no article. */
async function openCategoryEmpty(element: PorticoKnowledgeBase, name: string): Promise<void> {
  item(element, name)!.click();
  await shows(element, '[part~="empty"]', `the empty category ${name}`);
  expect(textOf(element, '#listing-title')).to.equal(name);
}

async function openArticle(element: PorticoKnowledgeBase, title: string): Promise<void> {
  const button = item(element, title) ?? [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.related button')].find((b) => b.textContent!.trim() === title);
  if (!button) throw new Error(`no link to “${title}”`);
  button.click();
  await waitUntil(() => heading(element, 'article-title')?.textContent === title, `the article “${title}” opens`, { timeout: 5000 });
}

describe('<portico-knowledge-base>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  it('shows a skeleton while it loads, then every category with its description and how many articles it holds', async () => {
    sim.latency = 300;
    const element = await knowledgeBase();
    const loading = await shows(element, '.loading[aria-busy="true"]');
    expect(loading.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    await shows(element, '.category');
    expect(element.shadowRoot!.querySelector('.loading')).to.equal(null);
    expect(textOf(element, '#title')).to.equal('Knowledge base');
    expect(textOf(element, '#categories')).to.equal('Categories');
    expect(names(element)).to.deep.equal(kb().categories.map((c) => c.name.en));
    const billing = item(element, 'Payments and invoices')!;
    expect(plain(billing.innerText)).to.equal(`Payments and invoices ${category('kb_billing').description.en} ${inCategory('kb_billing').length} articles`);
    expect(inCategory('kb_billing').length).to.be.greaterThan(1);
    await expect(element).to.be.accessible();
  });

  it('opens a category to its articles with focus on its heading, and the breadcrumb leads back', async () => {
    const element = await categories();
    await openCategory(element, 'VoIP and PBX');
    await focusOn(element, heading(element, 'listing-title'), 'focus moves to the category’s heading');
    expect(element.getAttribute('category-id')).to.equal('kb_voip');
    expect(names(element)).to.deep.equal(inCategory('kb_voip').map((a) => a.title.en));
    expect(plain(items(element)[0]!.innerText)).to.equal(`${article('kb_117').title.en} ${article('kb_117').excerpt.en}`);
    expect(crumbs(element).map((b) => b.textContent!.trim())).to.deep.equal(['All categories']);
    expect($(element, '.crumbs').getAttribute('aria-label')).to.equal('Where you are');
    await expect(element).to.be.accessible();
    crumbs(element)[0]!.click();
    await shows(element, '.category');
    expect(element.hasAttribute('category-id')).to.equal(false);
    expect(names(element)).to.deep.equal(kb().categories.map((c) => c.name.en));
    await focusOn(element, heading(element, 'categories'), 'focus moves to the categories’ heading');
  });

  it('reads an article: its formatted body, when it was updated, and related articles, with breadcrumbs back to its category', async () => {
    const element = await categories();
    await openCategory(element, 'Domains and e-mail');
    await openArticle(element, article(DNS).title.en);
    await focusOn(element, heading(element, 'article-title'), 'focus moves to the article’s title');
    expect(element.getAttribute('article-id')).to.equal(DNS);
    expect(textOf(element, '.updated')).to.equal(`Updated ${day(article(DNS).updatedAt, 'en')}`);
    // The editor's formatting survives: headings, lists, a table, code.
    const prose = $(element, '.prose');
    const expected = new DOMParser().parseFromString(article(DNS).body.en, 'text/html').body;
    // The article's sections sit under its title (h3): the editor's h2 are h4 here.
    expect(expected.querySelectorAll('h2').length).to.be.greaterThan(1);
    expect([...prose.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal([...expected.querySelectorAll('h2')].map((h) => h.textContent));
    expect(prose.querySelector('h2, h3')).to.equal(null);
    expect(expected.querySelectorAll('ul li').length).to.be.greaterThan(0);
    expect(prose.querySelectorAll('ul li').length).to.equal(expected.querySelectorAll('ul li').length);
    expect(expected.querySelectorAll('table th').length).to.be.greaterThan(0);
    expect(prose.querySelectorAll('table th').length).to.equal(expected.querySelectorAll('table th').length);
    expect(prose.querySelectorAll('table td').length).to.equal(expected.querySelectorAll('table td').length);
    expect(prose.querySelector('pre')!.textContent).to.equal(expected.querySelector('pre')!.textContent);
    expect(prose.querySelectorAll('code').length).to.be.greaterThan(1);
    expect(plain(prose.textContent!)).to.equal(plain(expected.textContent!));
    // Related articles, by title, in the editor's order.
    expect(textOf(element, '#related')).to.equal('Related articles');
    const related = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.related button')].map((b) => b.textContent!.trim());
    expect(related).to.deep.equal(article(DNS).related.map((id) => article(id).title.en));
    expect(crumbs(element).map((b) => b.textContent!.trim())).to.deep.equal(['All categories', 'Domains and e-mail']);
    expect(element.shadowRoot!.querySelector('.back') === null, 'no results to go back to').to.equal(true);
    await expect(element).to.be.accessible();

    await openArticle(element, related[0]!);
    await focusOn(element, heading(element, 'article-title'), 'focus moves to the related article’s title');
    expect(element.getAttribute('article-id')).to.equal(article(DNS).related[0]);

    crumbs(element)[1]!.click();
    await waitUntil(() => heading(element, 'listing-title')?.textContent === 'Domains and e-mail' && names(element).length === inCategory('kb_domains').length, 'back in the category');
    expect(element.hasAttribute('article-id')).to.equal(false);
    await focusOn(element, heading(element, 'listing-title'), 'focus moves to the category’s heading');
  });

  it('on a slow line, what is shown always matches its heading, and focus lands on the new article’s own title', async () => {
    const element = await categories();
    await openCategory(element, 'Domains and e-mail');
    await openArticle(element, article(DNS).title.en);
    sim.latency = 400;
    const focused: string[] = [];
    element.shadowRoot!.addEventListener('focusin', (event) => focused.push((event.target as HTMLElement).textContent!.trim()));
    const ssl = article('kb_129');
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.related button')].find((b) => b.textContent!.trim() === ssl.title.en)!.click();
    await element.updateComplete;
    expect(heading(element, 'article-title')?.textContent ?? '', 'the last article’s title does not stay while the next one loads').not.to.equal(article(DNS).title.en);
    await waitUntil(() => heading(element, 'article-title')?.textContent === ssl.title.en, 'the related article opens', { timeout: 5000 });
    await focusOn(element, heading(element, 'article-title'));
    expect(focused, 'what a screen reader reads when focus moves').to.deep.equal([ssl.title.en]);
    // Its category is another: that category's heading never tops the last one's articles.
    crumbs(element)[1]!.click();
    await waitUntil(() => heading(element, 'listing-title')?.textContent === 'Hosting and servers', 'the category opens');
    const domains = inCategory('kb_domains').map((a) => a.title.en);
    expect(names(element).filter((name) => domains.includes(name)), 'articles of Domains and e-mail under Hosting and servers').to.deep.equal([]);
    await waitUntil(() => names(element).length === inCategory('kb_hosting').length, 'the articles of Hosting and servers', { timeout: 5000 });
  });

  it('shows the provider’s text sanitised: formatting stays, scripts, handlers and styles go, links open safely', async () => {
    article(DNS).body.en =
      '<h2>Safe</h2><p onclick="window.__kbHacked = true" style="color: red">Text <strong>bold</strong> <a href="https://example.com/help">help</a> <a href="javascript:window.__kbHacked = true">bad</a></p>' +
      '<img src="x" onerror="window.__kbHacked = true"><script>window.__kbHacked = true</script><iframe src="https://example.com"></iframe><form><input></form>';
    const element = await knowledgeBase('en', { articleId: DNS });
    const prose = await shows(element, '.prose');
    expect(prose.querySelector('h4')!.textContent).to.equal('Safe');
    expect(prose.querySelector('strong')!.textContent).to.equal('bold');
    for (const dangerous of ['script', 'img', 'iframe', 'form', 'input', '[onclick]', '[style]', '[onerror]']) expect(prose.querySelector(dangerous), dangerous).to.equal(null);
    const links = [...prose.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/help', null]);
    expect(links[0]!.getAttribute('target')).to.equal('_blank');
    expect(links[0]!.getAttribute('rel')).to.equal('noopener noreferrer');
    // An image's onerror runs once its load has failed, later: once an image of the same
    // address, asked for after it, has failed too.
    await imageFailed('x');
    expect((window as { __kbHacked?: boolean }).__kbHacked).to.equal(undefined);
  });

  it('searches as one types, once typing stops, and forgives Polish letters', async () => {
    const element = await categories('pl');
    const before = searches();
    const search = $(element, 'input[type=search]');
    for (const text of ['d', 'do', 'dol', 'dola', 'doladowanie', 'doladowanie k', 'doladowanie konta']) type(search, text);
    await waitUntil(() => heading(element, 'listing-title')?.textContent === 'Artykuły pasujące do „doladowanie konta”' && items(element).length > 0, 'the results', { timeout: 5000 });
    expect(names(element)[0]).to.equal('Doładowanie konta');
    expect(searches() - before, 'one search, after typing stopped').to.equal(1);
    expect(sim.log.some((e) => e.path.includes('query=doladowanie'))).to.equal(true);
    const count = items(element).length;
    // Polish counts by its three forms: 1 artykuł, 2–4 artykuły (not 12–14), 5+ artykułów.
    const few = count % 10 >= 2 && count % 10 <= 4 && !(count % 100 >= 12 && count % 100 <= 14);
    const found = count === 1 ? 'Znaleziono jeden artykuł.' : `Znaleziono ${count} ${few ? 'artykuły' : 'artykułów'}.`;
    await waitUntil(() => textOf(element, '[role="status"][aria-live]') === found, 'the count is announced');
    expect(crumbs(element).map((b) => b.textContent!.trim())).to.deep.equal(['Wszystkie kategorie']);
    await expect(element).to.be.accessible();
    // Clearing the field goes back to the categories.
    type(search, '');
    await shows(element, '.category');
    expect(textOf(element, '[role="status"][aria-live]')).to.equal('');
  });

  it('a pause between words keeps the space typed', async () => {
    const element = await categories('pl');
    const search = $(element, 'input[type=search]') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'doladowanie ' });
    await waitUntil(() => heading(element, 'listing-title')?.textContent === 'Artykuły pasujące do „doladowanie”' && items(element).length > 0, 'the results of the first word');
    expect(search.value).to.equal('doladowanie ');
    await sendKeys({ type: 'konta' });
    await waitUntil(() => heading(element, 'listing-title')?.textContent === 'Artykuły pasujące do „doladowanie konta”', 'the results of both words');
    expect(search.value).to.equal('doladowanie konta');
    expect(names(element)[0]).to.equal('Doładowanie konta');
  });

  it('a search that finds nothing says so and offers the way back to the categories', async () => {
    const element = await categories();
    type($(element, 'input[type=search]'), 'xylophone quasar');
    const empty = await shows(element, '[part~="empty"]');
    expect(plain(empty.innerText)).to.contain('Nothing found');
    expect(plain(empty.innerText)).to.contain('Try other words, or browse the categories.');
    await waitUntil(() => textOf(element, '[role="status"][aria-live]') === '0 articles found.', 'nothing found is announced');
    await expect(element).to.be.accessible();
    empty.querySelector('button')!.click();
    await shows(element, '.category');
    expect(($(element, 'input[type=search]') as HTMLInputElement).value).to.equal('');
    await focusOn(element, heading(element, 'categories'), 'focus moves to the categories’ heading');
  });

  it('an article set by the page, or shown again in another language, leaves focus where it was; one opened here takes it', async () => {
    sim.latency = 200;
    const box = await mount<HTMLDivElement>(
      html`<div><button type="button">On the page</button><portico-knowledge-base .client=${clientFor(sim, sim.customers.newcomer)} locale="en" article-id=${DNS}></portico-knowledge-base></div>`,
    );
    const outside = box.querySelector('button')!;
    const element = box.querySelector<PorticoKnowledgeBase>('portico-knowledge-base')!;
    outside.focus();
    await waitUntil(() => heading(element, 'article-title')?.textContent === article(DNS).title.en, 'the article opens', { timeout: 5000 });
    // Focus would move right after the render that shows the title (FocusAfterRender): that
    // render, and any it asked for, are done.
    await element.updateComplete;
    expect(document.activeElement === outside, 'focus stays on the page').to.equal(true);
    expect(element.shadowRoot!.activeElement === null, 'nothing in the widget has focus').to.equal(true);

    element.setAttribute('locale', 'pl');
    await waitUntil(() => heading(element, 'article-title')?.textContent === article(DNS).title.pl, 'the article in Polish', { timeout: 5000 });
    await element.updateComplete;
    expect(document.activeElement === outside, 'a new language does not move focus').to.equal(true);

    const related = article(article(DNS).related[0]!).title.pl;
    await openArticle(element, related);
    await focusOn(element, heading(element, 'article-title'), 'focus moves to the title of the article opened');
  });

  it('an article opened from the results of a search leads back to them, the words kept, with focus on their heading', async () => {
    const element = await categories();
    const search = $(element, 'input[type=search]') as HTMLInputElement;
    type(search, 'outlook');
    await waitUntil(() => heading(element, 'listing-title')?.textContent === 'Articles matching “outlook”' && items(element).length > 0, 'the results');
    const results = names(element);
    await openArticle(element, results[0]!);
    const back = $(element, '.back');
    expect(plain(back.innerText)).to.equal('‹ Back to results');
    expect(crumbs(element).map((b) => b.textContent!.trim())).to.deep.equal(['All categories', 'Domains and e-mail']);
    await expect(element).to.be.accessible();
    back.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(element, 'listing-title')?.textContent === 'Articles matching “outlook”', 'the results again');
    await focusOn(element, heading(element, 'listing-title'), 'focus moves to the results’ heading');
    expect(names(element)).to.deep.equal(results);
    expect(search.value).to.equal('outlook');
    expect(element.hasAttribute('article-id')).to.equal(false);
    expect(element.shadowRoot!.querySelector('.back') === null, 'no way back from the results themselves').to.equal(true);
    // In Polish too.
    await openArticle(element, results[0]!);
    element.setAttribute('locale', 'pl');
    await waitUntil(() => plain($(element, '.back').innerText) === '‹ Wróć do wyników', 'the way back in Polish', { timeout: 5000 });
  });

  it('a search while an article is open shows the results instead', async () => {
    const element = await knowledgeBase('en', { articleId: DNS });
    await shows(element, '#article-title');
    type($(element, 'input[type=search]'), 'outlook');
    await waitUntil(() => heading(element, 'listing-title')?.textContent === 'Articles matching “outlook”' && items(element).length > 0, 'the results');
    expect(names(element)[0]).to.equal(article('kb_138').title.en);
    expect(element.hasAttribute('article-id')).to.equal(false);
  });

  it('opens an article or a category straight from its attribute', async () => {
    const reading = await knowledgeBase('en', { articleId: 'kb_129' });
    await waitUntil(() => heading(reading, 'article-title')?.textContent === article('kb_129').title.en, 'the article opens');
    await waitUntil(() => crumbs(reading).length === 2, 'with the way back to its category');
    expect(crumbs(reading)[1]!.textContent!.trim()).to.equal('Hosting and servers');

    const browsing = await knowledgeBase('en', { categoryId: 'kb_account' });
    await waitUntil(() => heading(browsing, 'listing-title')?.textContent === 'Account and security' && items(browsing).length > 0, 'the category opens');
    expect(names(browsing)).to.deep.equal(inCategory('kb_account').map((a) => a.title.en));
    // Changing the attribute moves the widget, as a link in the host page would.
    browsing.setAttribute('article-id', 'kb_143');
    await waitUntil(() => heading(browsing, 'article-title')?.textContent === article('kb_143').title.en, 'the article opens');
  });

  it('a category without articles, and a knowledge base without categories, say so', async () => {
    kb().categories.push({ id: 'kb_new', name: { pl: 'Nowości', en: 'What’s new' }, description: { pl: 'Wkrótce.', en: 'Coming soon.' } });
    const element = await categories();
    expect(plain(item(element, 'What’s new')!.innerText)).to.contain('0 articles');
    await openCategoryEmpty(element, 'What’s new');
    const empty = $(element, '[part~="empty"]');
    expect(plain(empty.innerText)).to.contain('No articles here yet');
    expect(plain(empty.innerText)).to.contain('Choose another category.');
    await expect(element).to.be.accessible();

    kb().categories.length = 0;
    const none = await knowledgeBase();
    const nothing = await shows(none, '[part~="empty"]');
    expect(plain(nothing.innerText)).to.contain('The knowledge base is empty');
    expect(plain(nothing.innerText)).to.contain('Open a ticket and we will help you directly.');
    await expect(none).to.be.accessible();
  });

  it('a long category shows more on demand, and focus continues where the new articles begin', async () => {
    const template = article('kb_101');
    for (let i = 1; i <= 55; i++) {
      kb().articles.push({ ...structuredClone(template), id: `kb_9${String(i).padStart(2, '0')}`, title: { pl: `Artykuł ${i}`, en: `Extra article ${i}` } });
    }
    const element = await categories();
    await openCategory(element, 'Payments and invoices');
    const total = inCategory('kb_billing').length;
    expect(items(element).length).to.equal(50);
    const more = $(element, '.more');
    expect(more.textContent!.trim()).to.equal('Show more');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items(element).length === total, 'every article');
    expect(element.shadowRoot!.querySelector('.more')).to.equal(null);
    // The button is gone with the last page; focus continues where the new articles begin.
    await focusOn(element, items(element)[50]!, 'focus on the first new article');
    expect(new Set(names(element)).size).to.equal(total);
  });

  it('a failed "Show more" says why at the button; a search that fails after it shows its error, not the last results', async () => {
    const template = article('kb_101');
    for (let i = 1; i <= 55; i++) {
      kb().articles.push({ ...structuredClone(template), id: `kb_9${String(i).padStart(2, '0')}`, title: { pl: `Artykuł ${i}`, en: `Extra article ${i}` } });
    }
    const element = await categories();
    await openCategory(element, 'Payments and invoices');
    sim.faults.enqueue({ status: 503, path: '/v1/helpdesk/knowledge-base/articles' });
    $(element, '.more').click();
    expect((await shows(element, '.more-error')).textContent).to.contain('We couldn’t load more.');
    $(element, '.more').click();
    await waitUntil(() => items(element).length > 50, 'more articles, on a second try');
    sim.faults.persist({ status: 503, path: '/v1/helpdesk/knowledge-base/articles' });
    type($(element, 'input[type=search]'), 'vpn');
    await shows(element, '[part~="error"]');
    expect(items(element), 'none of the articles shown before').to.deep.equal([]);
  });

  it('a failed load says why, fires portico-error, and a retry recovers', async () => {
    sim.faults.persist({ status: 503, path: '/knowledge-base/categories' });
    const failed = oneEvent(document, 'portico-error');
    const element = await knowledgeBase();
    expect((await failed).detail.action).to.equal('load');
    const error = await shows(element, '[part~="error"]');
    expect(plain(error.innerText)).to.contain('We couldn’t load this');
    expect(plain(error.innerText)).to.contain('Something went wrong on our side. Try again in a moment.');
    await expect(element).to.be.accessible();
    sim.faults.clear();
    error.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    await shows(element, '.category');
    expect(element.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it('an article that fails to load says so with the way back, and a retry shows it', async () => {
    sim.faults.persist({ status: 503, path: `/knowledge-base/articles/${DNS}` });
    const element = await knowledgeBase('en', { articleId: DNS });
    const error = await shows(element, '[part~="error"]');
    expect(crumbs(element).map((b) => b.textContent!.trim())).to.contain('All categories');
    await expect(element).to.be.accessible();
    sim.faults.clear();
    error.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    await waitUntil(() => heading(element, 'article-title')?.textContent === article(DNS).title.en, 'the article after the retry');
  });

  it('a category whose articles fail to load says so, and a retry lists them', async () => {
    const element = await categories();
    sim.faults.persist({ status: 503, path: '/knowledge-base/articles' });
    item(element, 'Mobile')!.click();
    const error = await shows(element, '[part~="error"]');
    expect(textOf(element, '#listing-title')).to.equal('Mobile');
    sim.faults.clear();
    error.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    await waitUntil(() => names(element).length === inCategory('kb_mobile').length, 'the articles after the retry');
  });

  it('works from the keyboard: type to search, Tab to a result, Enter to read it', async () => {
    const element = await categories();
    $(element, 'input[type=search]').focus();
    await sendKeys({ type: 'outlook' });
    await waitUntil(() => names(element)[0] === article('kb_138').title.en, 'the results');
    await sendKeys({ press: 'Tab' }); // the breadcrumb
    await sendKeys({ press: 'Tab' }); // the first result
    expect(element.shadowRoot!.activeElement === items(element)[0], 'focus on the first result').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(element, 'article-title')?.textContent === article('kb_138').title.en, 'the article opens');
    await focusOn(element, heading(element, 'article-title'), 'focus moves to the article’s title');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' }); // back up to the breadcrumb of its category
    await sendKeys({ up: 'Shift' });
    expect(element.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Domains and e-mail');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(element, 'listing-title')?.textContent === 'Domains and e-mail' && items(element).length > 0, 'the category opens');
    await focusOn(element, heading(element, 'listing-title'), 'focus moves to the category’s heading');
  });

  it('speaks Polish, content included', async () => {
    const element = await categories('pl');
    expect(textOf(element, '#title')).to.equal('Baza wiedzy');
    expect(textOf(element, '.label')).to.equal('Szukaj w bazie wiedzy');
    expect($(element, 'input[type=search]').getAttribute('placeholder')).to.equal('np. konfiguracja telefonu SIP');
    expect(names(element)).to.deep.equal(kb().categories.map((c) => c.name.pl));
    const billing = inCategory('kb_billing').length;
    expect(billing, 'the billing category holds 5 or more articles').to.be.within(5, 21);
    expect(plain(item(element, 'Płatności i faktury')!.innerText)).to.contain(`${billing} artykułów`);
    await openCategory(element, 'Płatności i faktury');
    await openArticle(element, 'Doładowanie konta');
    expect(textOf(element, '.updated')).to.equal(`Zaktualizowano ${day(article('kb_101').updatedAt, 'pl')}`);
    expect(textOf(element, '.prose')).to.contain('Sposoby płatności');
    expect(textOf(element, '#related')).to.equal('Powiązane artykuły');
    expect(crumbs(element).map((b) => b.textContent!.trim())).to.deep.equal(['Wszystkie kategorie', 'Płatności i faktury']);
    expect($(element, '.crumbs').getAttribute('aria-label')).to.equal('Gdzie jesteś');
    expect($(element, '[part="base"]').getAttribute('lang')).to.equal('pl');
    await expect(element).to.be.accessible();
  });
});
