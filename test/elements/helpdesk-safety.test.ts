import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@portico/elements/ticket-form';
import '@portico/elements/ticket-list';
import '@portico/elements/ticket-thread';
import '@portico/elements/knowledge-base';
import '@portico/elements/announcements';
import '@portico/elements/downloads';
import '@portico/elements/server-status';
import type {
  PorticoAnnouncements,
  PorticoDownloads,
  PorticoKnowledgeBase,
  PorticoServerStatus,
  PorticoTicketForm,
  PorticoTicketList,
  PorticoTicketThread,
} from '@portico/elements';
import type { ClientConfig } from '@portico/sdk/core';
import { $, clientFor, mount, shows, simulator, type } from './support.ts';
import { letContentRun } from './signals.ts';
import { isA } from '@portico/sdk/core';

/**
 * The helpdesk's promise (FEATURES D1–D7): ticket text, subjects, names and replies are shown
 * as text, never as HTML; formatted bodies (articles, announcements) go through the sanitiser.
 * Every text field the simulator serves for the helpdesk is filled with script-bearing
 * payloads, each of which, should it ever run, writes its name into `window.__porticoXss`.
 * Every test ends by checking that nothing did, and that the text reads as written.
 */

declare global {
  interface Window {
    __porticoXss?: string[];
  }
}

const sim = await simulator();
const { prepaid, newcomer } = sim.customers;
type Locale = 'pl' | 'en';
type Customer = NonNullable<ReturnType<typeof sim.world.customers.get>>;
type AttachmentRecord = Customer['attachments'][number];
type ArticleSeed = (typeof sim.world.helpdesk.knowledgeBase.articles)[number];

// ---------------------------------------------------------------------------------------------
// The payloads
// ---------------------------------------------------------------------------------------------

/**
 * JavaScript that records `label` in `window.__porticoXss` if it ever runs. No quotes and no
 * spaces (the label travels as a regular expression's source), so it fits any attribute.
 */
const hit = (label: string, scope = 'window') => `${scope}.__porticoXss=(${scope}.__porticoXss||[]).concat(/${label}/.source)`;

/** Each is harmless as text; rendered as HTML (or followed as a link), it would run. */
const PAYLOADS: readonly string[] = [
  `<img src=x onerror=${hit('img-onerror')}>`,
  `<img src="x" onerror="${hit('img-onerror-quoted')}">`,
  `<svg onload=${hit('svg-onload')}></svg>`,
  `<svg><animate onbegin=${hit('svg-animate')} attributeName=x dur=1s></svg>`,
  `<svg><a xlink:href="javascript:void(${hit('svg-xlink')})"><text x="20" y="20">svg link</text></a></svg>`,
  `<script>${hit('script')}</script>`,
  `<iframe srcdoc="<script>${hit('iframe-srcdoc', 'parent')}</script>"></iframe>`,
  `<iframe src="javascript:void(${hit('iframe-javascript', 'parent')})"></iframe>`,
  `<object data="javascript:void(${hit('object', 'parent')})"></object>`,
  `<embed src="javascript:void(${hit('embed', 'parent')})">`,
  `<a href="javascript:void(${hit('a-javascript')})">javascript link</a>`,
  `<a href=" JaVaScRiPt:void(${hit('a-javascript-mixed-case')})">mixed-case link</a>`,
  `<a href="java&#x09;script:void(${hit('a-javascript-tab')})">tab link</a>`,
  `<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">data link</a>`,
  `<form action="javascript:void(${hit('form-action')})"><button>Send form</button></form>`,
  `<button formaction="javascript:void(${hit('formaction')})">formaction</button>`,
  `<details open ontoggle=${hit('details-ontoggle')}><summary>details</summary></details>`,
  `<input autofocus onfocus=${hit('input-autofocus')}>`,
  `<video><source onerror=${hit('video-source')}></video>`,
  `<marquee onstart=${hit('marquee')}>marquee</marquee>`,
  `<body onload=${hit('body-onload')}>`,
  // Namespace confusion and mutation XSS: what a sanitiser must not be fooled by.
  `<math><mtext><table><mglyph><style><img src=x onerror=${hit('math-mglyph')}></style></mglyph></table></mtext></math>`,
  `<svg></p><style><a id="</style><img src=x onerror=${hit('svg-style-mxss')}>">`,
  `<noscript><p title="</noscript><img src=x onerror=${hit('noscript-mxss')}>"></p></noscript>`,
  `<style>@import url(https://evil.example/x.css);</style>`,
  `<p style="background:url(javascript:void(${hit('style-url')}))">styled</p>`,
  // Breaking out of an attribute or an element, if the text were spliced into markup.
  `" onmouseover="${hit('attr-double-quote')}" autofocus onfocus="${hit('attr-double-quote-focus')}" x="`,
  `' onmouseover='${hit('attr-single-quote')}' autofocus onfocus='${hit('attr-single-quote-focus')}' x='`,
  `"><img src=x onerror=${hit('tag-breakout')}>`,
  `</textarea></option></select></title><img src=x onerror=${hit('element-breakout')}>`,
  // Template syntax: if the text were ever evaluated or parsed as a template.
  `\${${hit('template-literal')}}`,
  `{{constructor.constructor('${hit('angular-expression')}')()}}`,
  `<!--?lit$123456789$--><img src=x onerror=${hit('lit-marker')}>`,
  `lit$123456789$ <?lit$123456789$> <!--?lit$123456789$-->`,
  `&lt;img src=x onerror=${hit('entity-encoded')}&gt;`,
];

/** Every payload in one string: what each free-text field gets. */
const ALL = PAYLOADS.join(' ');

/** Formatted text with formatting to keep around the payloads: what bodies get. */
const RICH =
  `<h2>Heading that stays</h2><p><strong>Bold that stays</strong> and <em>emphasis</em>, ` +
  `<a href="https://example.com/help" onclick="${hit('a-onclick')}" title="'&quot; onmouseover=${hit('title-breakout')}">a safe link</a> ` +
  `and <a href="/pomoc/faq">a local link</a>.</p><ul><li>First point</li></ul>${ALL}`;

/**
 * E-mail addresses are constrained by the contract (`z.email()`: letters, digits and `_'+-` before
 * the `@`), so CC recipients, the requester's address and the account's address on a ticket
 * cannot carry markup; they carry the quotes and words the contract lets through instead.
 */
const EMAILS = [`o'neil'-onfocus-'x@evil.example`, `'+__porticoXss+'1@evil.example`] as const;
const ADDED_EMAIL = `x'-onmouseover-'y@evil.example`;

/** Links a download may come with that must never become one. */
const HOSTILE_URLS = [
  `javascript:void(${hit('download-javascript')})`,
  `JavaScript:void(${hit('download-javascript-mixed-case')})`,
  ` javascript:void(${hit('download-javascript-space')})`,
  `\tjava\nscript:void(${hit('download-javascript-controls')})`,
  `data:text/html,<script>alert(1)</script>`,
  `vbscript:msgbox(1)`,
];

/**
 * Names of files the customer picks. The upload keeps only what follows the last `/` or `\\`
 * of a name (a browser's "C:\\fakepath\\…"), so these run their script without a slash.
 */
const UPLOAD_NAME = '"><img src=x onerror=window.__porticoXss=[`upload-name`]>.png';
const REFUSED_NAME = '<svg onload=window.__porticoXss=[`refused-name`]>.exe';

/** Links an editor may write: the first four are fine; the rest lead elsewhere, over http. */
const LINKS =
  '<p><a href="https://example.com/ok">https</a> <a href="/pomoc">local</a> <a href="#top">anchor</a> <a href="mailto:pomoc@example.com">mail</a> ' +
  '<a href="/\\evil.example/phish">backslash</a> <a href="//evil.example/x">protocol-relative</a> <a href="http://evil.example/">http</a></p>';

const both = (text: string) => ({ pl: text, en: text });
const KEYWORD = 'zxqvuln';

// ---------------------------------------------------------------------------------------------
// The poisoned world
// ---------------------------------------------------------------------------------------------

/**
 * Puts the payloads into every text field of the helpdesk the simulator serves. Fields the
 * contract constrains cannot carry them, and the simulator refuses to answer with them: ids
 * (`[\w-]{1,64}`: tickets, messages, files, articles, announcements, servers…), ticket numbers
 * (six digits), timestamps, enums (status, priority, kind, health), numbers (sizes, uptime,
 * counts) and e-mail addresses (see `EMAILS`). A requester's name and a department's
 * description and agents are served, but no widget shows them: they get payloads all the same.
 */
function poison(): void {
  const { helpdesk, customers } = sim.world;
  const now = sim.clock.now();
  const iso = (msAgo: number) => new Date(now - msAgo).toISOString();

  for (const department of helpdesk.departments) Object.assign(department, { name: both(ALL), description: both(ALL), agents: [ALL] });

  for (const customer of customers.values()) {
    // The account's name is the requester's and the author's of what the customer writes.
    customer.name = ALL;
    // Requesters' addresses must be e-mails (the contract): new tickets copy the account's.
    customer.email = EMAILS[0];
    for (const service of customer.services) service.name = ALL;
    for (const ticket of customer.tickets) {
      ticket.subject = ALL;
      ticket.requester = { name: ALL, email: EMAILS[0] };
      ticket.cc = [...EMAILS];
      for (const message of ticket.messages) {
        message.body = ALL;
        message.author = { ...message.author, name: ALL };
      }
    }
  }

  // One file per payload on the first message of the prepaid customer's first ticket: the
  // contract allows names of 1–255 characters, so each payload is a name of its own.
  const office = customers.get(prepaid)!;
  const ticket = office.tickets.find((t) => t.id === 'tkt_482913')!;
  const files: AttachmentRecord[] = PAYLOADS.map((payload, i) => ({
    id: `att_xss_${i}`,
    fileName: payload.slice(0, 255),
    contentType: 'image/png',
    size: 4,
    bytes: new Uint8Array([137, 80, 78, 71]),
    uploadedAt: ticket.createdAt,
    ticketId: ticket.id,
  }));
  office.attachments.push(...files);
  ticket.messages[0]!.attachments = files.map(({ id, fileName, contentType, size }) => ({ id, fileName, contentType, size }));

  const kb = helpdesk.knowledgeBase;
  for (const category of kb.categories) Object.assign(category, { name: both(ALL), description: both(ALL) });
  const article = (id: string, related: string): ArticleSeed => ({
    id,
    categoryId: kb.categories[0]!.id,
    updatedAt: '2026-10-01',
    title: both(ALL),
    excerpt: both(ALL),
    body: both(RICH),
    keywords: { pl: [KEYWORD, ...PAYLOADS], en: [KEYWORD, ...PAYLOADS] },
    related: [related],
  });
  kb.articles.unshift(article('kb_xss_1', 'kb_xss_2'), article('kb_xss_2', 'kb_xss_1'));

  helpdesk.announcements.unshift({
    id: 'ann_xss',
    kind: 'maintenance',
    title: both(ALL),
    summary: both(ALL),
    bodyHtml: both(RICH),
    publishedAt: iso(0),
    window: { from: iso(0), to: new Date(now + 3_600_000).toISOString() },
  });

  for (const category of helpdesk.downloadCategories) Object.assign(category, { name: both(ALL), description: both(ALL) });
  // The simulator builds a download's link itself (its origin, id and name); the hostile links
  // come from the client's fetch, as if the API answered them (see `hostileFetch`).
  const download = (id: string) => ({
    id,
    categoryId: helpdesk.downloadCategories[0]!.id,
    title: both(ALL),
    description: both(ALL),
    fileName: `${PAYLOADS[0]}.pdf`,
    contentType: 'application/pdf',
    version: PAYLOADS[1]!,
    updatedAt: iso(0),
    bytes: new Uint8Array([37, 80, 68, 70]),
  });
  helpdesk.downloads.unshift(download('dl_xss_safe'), ...HOSTILE_URLS.map((_, i) => download(`dl_xss_${i}`)));

  for (const server of helpdesk.servers) {
    server.name = ALL;
    server.location = both(ALL);
    for (const service of server.services) service.name = both(ALL);
    for (const incident of server.incidents) {
      incident.title = both(ALL);
      for (const update of incident.updates) update.message = both(ALL);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/** Lets images fail, frames load and toggles fire: anything that could run gets its chance. */
const letAnythingRun = letContentRun;

async function expectNothingRan(): Promise<void> {
  await letAnythingRun();
  expect(window.__porticoXss, 'payloads that ran').to.equal(undefined);
}

/** For failure messages: which payloads ran so far, if any did. */
const ranSoFar = () => (window.__porticoXss ? ` (payloads that ran: ${window.__porticoXss.join(', ')})` : '');

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a reader sees in an element, whitespace folded. */
const seen = (element: Element) => folded((element as HTMLElement).innerText ?? '');

/** The payloads, read back as literal text. */
function expectLiteral(element: Element | null, expected = ALL, where = 'the field'): void {
  expect(element !== null, `${where} is shown`).to.equal(true);
  const text = seen(element!);
  expect(text.includes(folded(expected)), `${where} shows the payloads as text${ranSoFar()}; it reads: ${text.slice(0, 300)}`).to.equal(true);
  expect(element!.querySelector('img, script, iframe, svg:not([aria-hidden="true"])') === null, `${where} holds no element from the text`).to.equal(true);
}

const all = <T extends Element = HTMLElement>(element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];

/** Elements that only markup from the content could have brought into a helpdesk widget. */
const FOREIGN_TAGS = new Set(
  ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'meta', 'base', 'img', 'image', 'video', 'audio', 'source', 'track', 'picture', 'math', 'details', 'noscript', 'marquee', 'template', 'body', 'head', 'html', 'foreignobject', 'animate', 'set', 'animatetransform', 'animatemotion', 'use'],
);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'srcset', 'ping', 'codebase', 'cite', 'longdesc']);
const SCRIPTED_URL = /^(?:javascript|data|vbscript):/i;

/** Everything in a shadow root (and those inside it) that could run or load something. */
function hazards(root: ParentNode, path = ''): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.localName.toLowerCase();
    const at = `${path}<${tag}>`;
    if (FOREIGN_TAGS.has(tag)) found.push(at);
    if (tag === 'svg' && element.getAttribute('aria-hidden') !== 'true') found.push(`${at} (not an icon)`);
    for (const { name, value } of element.attributes) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) found.push(`${at}[${attribute}]`);
      if (attribute === 'srcdoc' || attribute === 'formaction' || attribute === 'autofocus' || (tag === 'form' && attribute === 'action')) found.push(`${at}[${attribute}]`);
      // The URL parser ignores ASCII whitespace and controls around and inside a scheme.
      if (URL_ATTRIBUTES.has(attribute) && SCRIPTED_URL.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${at}[${attribute}=${value.slice(0, 40)}]`);
      if (attribute === 'style' && /url\(|expression|@import|javascript:/i.test(value)) found.push(`${at}[style=${value.slice(0, 40)}]`);
    }
    if (element.shadowRoot) found.push(...hazards(element.shadowRoot, `${at} `));
  }
  return found;
}

function expectInert(element: Element): void {
  expect(hazards(element.shadowRoot!), `<${element.localName}> renders nothing that runs${ranSoFar()}`).to.deep.equal([]);
}

/**
 * The sanitiser's allowance (packages/elements/src/base/rich-text.ts), and what its hook adds;
 * h5 and h6 too, as the knowledge base moves an article's headings two levels down.
 */
const PROSE_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'code', 'pre', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr']);
const PROSE_ATTRIBUTES = new Set(['href', 'title', 'colspan', 'rowspan', 'target', 'rel']);
const PROSE_LINK = /^(?:https:\/\/|\/(?!\/)|#|mailto:)/i;

/** A sanitised body: only formatting, links that leave safely, and the formatting kept. */
function expectSanitised(prose: Element | null, where: string): void {
  expect(prose !== null, `${where} is shown`).to.equal(true);
  const problems: string[] = [];
  for (const element of prose!.querySelectorAll('*')) {
    const tag = element.localName.toLowerCase();
    if (!PROSE_TAGS.has(tag)) problems.push(`<${tag}>`);
    for (const { name } of element.attributes) {
      if (!PROSE_ATTRIBUTES.has(name) && !/^(?:data|aria)-/.test(name)) problems.push(`<${tag} ${name}>`);
    }
  }
  for (const link of prose!.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    if (!PROSE_LINK.test(href)) problems.push(`<a href="${href.slice(0, 40)}">`);
    if (link.getAttribute('rel') !== 'noopener noreferrer') problems.push(`<a href="${href.slice(0, 40)}"> without rel="noopener noreferrer"`);
    if (link.getAttribute('target') !== '_blank') problems.push(`<a href="${href.slice(0, 40)}"> without target="_blank"`);
  }
  expect(problems, `${where} keeps only formatting${ranSoFar()}`).to.deep.equal([]);
  // The formatting survives.
  expect(prose!.querySelector('h2, h3, h4, h5, h6')?.textContent, `${where} keeps its heading`).to.equal('Heading that stays');
  expect(prose!.querySelector('strong')?.textContent, `${where} keeps its bold`).to.equal('Bold that stays');
  expect(prose!.querySelector('em')?.textContent).to.equal('emphasis');
  expect(prose!.querySelector('ul > li')?.textContent).to.equal('First point');
  const safe = prose!.querySelector('a[href="https://example.com/help"]');
  expect(safe?.textContent, `${where} keeps its https link`).to.equal('a safe link');
  expect(safe!.getAttribute('title')).to.contain('onmouseover');
  expect(prose!.querySelector('a[href="/pomoc/faq"]')?.textContent, `${where} keeps its local link`).to.equal('a local link');
  // Markup that was removed leaves at most its text: the link texts of refused links.
  expect(seen(prose!)).to.contain('javascript link');
}

// ---------------------------------------------------------------------------------------------
// Clients
// ---------------------------------------------------------------------------------------------

const client = (customerId: string = prepaid, config: Partial<ClientConfig> = {}) => clientFor(sim, customerId, config);

/**
 * A fetch that answers as the API would if it were hostile or compromised: download links as
 * `javascript:`/`data:` URLs. (The simulator builds links itself; they cannot be set in its world.)
 */
function hostileFetch(rewrite: (path: string, body: Record<string, unknown>) => void): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(isA(input, Request) ? input.url : String(input));
    if (!response.ok || !response.headers.get('content-type')?.includes('json')) return response;
    const body = (await response.json()) as Record<string, unknown>;
    rewrite(url.pathname, body);
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(JSON.stringify(body), { status: response.status, headers });
  };
}

const forgedDownloadLinks = hostileFetch((path, body) => {
  if (path !== '/v1/helpdesk/downloads') return;
  for (const file of body.data as { id: string; url: string }[]) {
    const index = /^dl_xss_(\d+)$/.exec(file.id)?.[1];
    if (index !== undefined) file.url = HOSTILE_URLS[Number(index)]!;
  }
});

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

describe('helpdesk widgets against script-bearing content', () => {
  beforeEach(() => {
    sim.reset();
    poison();
    delete window.__porticoXss;
    for (const key of Object.keys(localStorage)) if (key.startsWith('portico.ticket-draft.')) localStorage.removeItem(key);
  });

  afterEach(async () => {
    // What a failed test left running lands here, not in the next test.
    await letAnythingRun();
    delete window.__porticoXss;
    for (const key of Object.keys(localStorage)) if (key.startsWith('portico.ticket-draft.')) localStorage.removeItem(key);
    sim.reset();
  });

  it('uses payloads that do run when rendered as HTML (the control)', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    try {
      box.innerHTML = RICH;
      await letAnythingRun();
      const ran = window.__porticoXss ?? [];
      // If these stopped running, the tests below would prove nothing.
      expect(ran).to.include.members(['img-onerror', 'img-onerror-quoted', 'details-ontoggle', 'iframe-srcdoc', 'svg-animate', 'tag-breakout', 'element-breakout', 'lit-marker']);
    } finally {
      box.remove();
      delete window.__porticoXss;
    }
  });

  describe('<portico-ticket-list>', () => {
    for (const locale of ['pl', 'en'] as const) {
      it(`shows subjects and departments as text (${locale})`, async () => {
        const element = await mount<PorticoTicketList>(html`<portico-ticket-list .client=${client()} locale=${locale}></portico-ticket-list>`);
        await shows(element, '.item');
        const rows = all(element, 'tbody tr');
        expect(rows.length).to.equal(sim.world.customers.get(prepaid)!.tickets.length);
        for (const row of rows) {
          expectLiteral(row.querySelector('.subject'), ALL, 'the subject');
          expectLiteral(row.querySelector('.department'), ALL, 'the department');
          expect(row.querySelector('.item')!.getAttribute('aria-label')).to.contain(ALL);
        }
        expectInert(element);
        await expectNothingRan();
      });
    }
  });

  describe('<portico-ticket-thread>', () => {
    it('shows every ticket’s subject, department, service, authors, messages, files and CC as text', async () => {
      const tickets = sim.world.customers.get(prepaid)!.tickets;
      const element = await mount<PorticoTicketThread>(html`<portico-ticket-thread .client=${client()} locale="pl" ticket-id=${tickets[0]!.id}></portico-ticket-thread>`);
      for (const ticket of tickets) {
        element.ticketId = ticket.id;
        await waitUntil(() => element.shadowRoot!.querySelector('.number')?.textContent?.includes(ticket.number), `ticket ${ticket.number} shows`, { timeout: 5000 });
        expectLiteral($(element, 'h2#title'), ALL, 'the subject');
        const info = all(element, '.info dd');
        expectLiteral(info[2]!, ALL, 'the department');
        if (ticket.relatedServiceId) expectLiteral(info[4]!, ALL, 'the related service');
        const messages = all(element, '.message');
        expect(messages.length).to.equal(ticket.messages.length);
        for (const message of messages) {
          expectLiteral(message.querySelector('.author'), ALL, 'the author');
          expectLiteral(message.querySelector('.body'), ALL, 'the message');
        }
        const chips = all(element, '.chip span');
        expect(chips.map((c) => c.innerText)).to.deep.equal([...EMAILS]);
        expectInert(element);
      }
      // The files of tkt_482913's first message, one payload each.
      element.ticketId = 'tkt_482913';
      await waitUntil(() => all(element, '.message-files button').length === PAYLOADS.length, 'the files show', { timeout: 5000 });
      const files = all(element, '.message-files button');
      files.forEach((file, i) => {
        expectLiteral(file, PAYLOADS[i]!.slice(0, 255), `file name ${i}`);
        expect(file.getAttribute('aria-label')).to.contain(PAYLOADS[i]!.slice(0, 255));
      });
      expectInert(element);
      await expectNothingRan();
    });

    it('takes a reply and a CC recipient with payloads, and shows them as text', async () => {
      const element = await mount<PorticoTicketThread>(html`<portico-ticket-thread .client=${client()} locale="en" ticket-id="tkt_482913"></portico-ticket-thread>`);
      await shows(element, '.message');
      const before = all(element, '.message').length;
      all(element, 'header button')[0]!.click();
      const reply = await shows(element, '#reply');
      type(reply, ALL);
      (element.shadowRoot!.querySelector('form.reply') as HTMLFormElement).requestSubmit();
      await waitUntil(() => all(element, '.message').length === before + 1, 'the reply shows', { timeout: 5000 });
      expectLiteral(element.shadowRoot!.querySelector('.newest .body'), ALL, 'the reply');
      expectLiteral(element.shadowRoot!.querySelector('.newest .author'), ALL, 'the reply’s author');
      const sent = sim.world.customers.get(prepaid)!.tickets.find((t) => t.id === 'tkt_482913')!.messages.at(-1)!;
      expect(sent.body === ALL, 'the reply reached the API as typed').to.equal(true);

      type($(element, '#cc-new'), ADDED_EMAIL);
      (element.shadowRoot!.querySelector('form.cc-add') as HTMLFormElement).requestSubmit();
      await waitUntil(() => all(element, '.chip').length === EMAILS.length + 1, 'the CC recipient shows', { timeout: 5000 });
      expect(all(element, '.chip span').map((c) => c.innerText)).to.deep.equal([...EMAILS, ADDED_EMAIL]);
      expectInert(element);
      await expectNothingRan();
    });

    it('refuses an attachment link that is not a web address, and runs nothing', async () => {
      let answered = 0;
      const forged = hostileFetch((path, body) => {
        if (!/^\/v1\/helpdesk\/attachments\/[^/]+\/download$/.test(path)) return;
        body.url = HOSTILE_URLS[answered++ % HOSTILE_URLS.length];
      });
      const element = await mount<PorticoTicketThread>(html`<portico-ticket-thread .client=${client(prepaid, { fetch: forged })} locale="en" ticket-id="tkt_482913"></portico-ticket-thread>`);
      await waitUntil(() => all(element, '.message-files button').length === PAYLOADS.length, 'the files show', { timeout: 5000 });
      // Whatever the widget adds to the page to start a download.
      const added: Element[] = [];
      const watcher = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => isA(n, Element) && added.push(n))));
      watcher.observe(document.body, { childList: true, subtree: true });
      // Any attempt to follow a link that is not a web address: recorded, and stopped, so that a
      // widget that did follow one fails this test instead of taking the test page away.
      const followed: string[] = [];
      const guard = (event: MouseEvent) => {
        const link = event.composedPath().find((node): node is HTMLAnchorElement => isA(node, HTMLAnchorElement));
        if (link && !['http:', 'https:'].includes(link.protocol)) {
          followed.push(link.getAttribute('href') ?? '');
          event.preventDefault();
        }
      };
      const errors: { error: unknown; action: string }[] = [];
      const onError = (event: CustomEvent<{ error: unknown; action: string }>) => errors.push(event.detail);
      document.addEventListener('click', guard, true);
      element.addEventListener('portico-error', onError);
      try {
        for (let i = 0; i < HOSTILE_URLS.length; i++) {
          all(element, '.message-files button')[i]!.click();
          await waitUntil(() => errors.length > i || followed.length > 0, `download ${i} ends`, { timeout: 5000 });
          expect(followed, 'links the widget tried to follow').to.deep.equal([]);
          expect(errors[i]!.action).to.equal('load');
          expect(String(errors[i]!.error)).to.contain('not a web address');
          await shows(element, '[part~="error"]');
          expect(seen($(element, '[part~="error"]'))).to.contain('The file could not be downloaded.');
        }
        await letAnythingRun();
      } finally {
        watcher.disconnect();
        document.removeEventListener('click', guard, true);
        element.removeEventListener('portico-error', onError);
      }
      expect(answered).to.equal(HOSTILE_URLS.length);
      expect(added.filter((n) => n.localName === 'a').map((a) => a.getAttribute('href'))).to.deep.equal([]);
      expect(document.querySelector('a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]') === null, 'no scripted link on the page').to.equal(true);
      expectInert(element);
      await expectNothingRan();
    });
  });

  describe('<portico-ticket-form>', () => {
    const form = async (locale: Locale = 'pl') => {
      const element = await mount<PorticoTicketForm>(html`<portico-ticket-form .client=${client()} locale=${locale}></portico-ticket-form>`);
      await shows(element, 'form[part~="form"]');
      return element;
    };

    it('shows the account, departments and services as text', async () => {
      // The account's e-mail is a free string in the account contract (not in a ticket's): a payload here.
      sim.world.customers.get(prepaid)!.email = ALL;
      const element = await form();
      const [name, email] = all<HTMLElement>(element, '.from dd');
      expect(name!.textContent === ALL, 'the name reads as written').to.equal(true);
      expect(email!.textContent === ALL, 'the e-mail reads as written').to.equal(true);
      expect(name!.children.length + email!.children.length, 'as text, with no element of its own').to.equal(0);
      const departments = all<HTMLOptionElement>(element, '#departmentId option').slice(1);
      expect(departments.length).to.equal(sim.world.helpdesk.departments.length);
      for (const option of departments) expect(option.textContent === ALL, 'a department reads as written').to.equal(true);
      const services = all<HTMLOptionElement>(element, '#relatedServiceId option').slice(1);
      expect(services.length).to.equal(sim.world.customers.get(prepaid)!.services.length);
      for (const option of services) expect(option.textContent === ALL, 'a service reads as written').to.equal(true);
      for (const option of [...departments, ...services]) expect(option.children.length).to.equal(0);
      expectInert(element);
      await expectNothingRan();
    });

    it('sends payloads typed into the subject and message; the ticket, the list and the thread show them as text', async () => {
      const subject = `"><img src=x onerror=${hit('form-subject')}> \${'${KEYWORD}'}`;
      expect(subject.length).to.be.within(3, 150);
      const element = await form('en');
      const department = $(element, '#departmentId') as HTMLSelectElement;
      department.value = 'dep_sales';
      department.dispatchEvent(new Event('change', { bubbles: true }));
      const service = $(element, '#relatedServiceId') as HTMLSelectElement;
      service.value = 'svc_1001_voip';
      service.dispatchEvent(new Event('change', { bubbles: true }));
      type($(element, '#subject'), subject);
      type($(element, '#message'), ALL);
      // A file with a payload for a name, and one refused (its type), named with another.
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array([137, 80, 78, 71])], UPLOAD_NAME, { type: 'image/png' }));
      files.items.add(new File(['MZ'], REFUSED_NAME, { type: 'application/x-msdownload' }));
      const picker = $(element, '#attachments-input') as HTMLInputElement;
      picker.files = files.files;
      picker.dispatchEvent(new Event('change', { bubbles: true }));
      await shows(element, '.file--done');
      expectLiteral(element.shadowRoot!.querySelector('.file-name'), UPLOAD_NAME, 'the picked file’s name');
      expectLiteral(element.shadowRoot!.querySelector('#attachments-error'), REFUSED_NAME, 'the refused file’s name');
      const created = oneEvent(element, 'portico-ticket-create');
      (element.shadowRoot!.querySelector('form[part~="form"]') as HTMLFormElement).requestSubmit();
      const { ticket } = (await created).detail;
      const result = await shows(element, '#result-title');
      expect(seen(result)).to.contain(ticket.number);
      expect(seen($(element, '.result'))).to.contain(EMAILS[0]);
      expectInert(element);

      const stored = sim.world.customers.get(prepaid)!.tickets.find((t) => t.id === ticket.id)!;
      expect(stored.subject === subject && stored.messages[0]!.body === ALL, 'the API got the text as typed').to.equal(true);

      const list = await mount<PorticoTicketList>(html`<portico-ticket-list .client=${client()} locale="en"></portico-ticket-list>`);
      await shows(list, '.item');
      const row = all(list, 'tbody tr').find((r) => r.querySelector('.number')!.textContent!.includes(ticket.number))!;
      expectLiteral(row.querySelector('.subject'), subject, 'the new ticket’s subject in the list');
      expectInert(list);

      const thread = await mount<PorticoTicketThread>(html`<portico-ticket-thread .client=${client()} locale="en" ticket-id=${ticket.id}></portico-ticket-thread>`);
      await shows(thread, '.message');
      expectLiteral($(thread, 'h2#title'), subject, 'the new ticket’s subject');
      expectLiteral(thread.shadowRoot!.querySelector('.message .body'), ALL, 'the new ticket’s message');
      expectLiteral(thread.shadowRoot!.querySelector('.message .author'), ALL, 'the new ticket’s author');
      const info = all(thread, '.info dd');
      expectLiteral(info[2]!, ALL, 'the new ticket’s department');
      expectLiteral(info[4]!, ALL, 'the new ticket’s service');
      // The name as it arrived: a browser sends a file name's `"` as `%22` in multipart bodies.
      const uploaded = stored.messages[0]!.attachments[0]!.fileName;
      expect(uploaded).to.equal(UPLOAD_NAME.replace(/"/g, '%22'));
      expectLiteral(thread.shadowRoot!.querySelector('.message-files button'), uploaded, 'the new ticket’s file');
      expectInert(thread);
      await expectNothingRan();
    });

    it('shows suggested articles as text and reads one in place, sanitised', async () => {
      const element = await form('pl');
      type($(element, '#subject'), `${KEYWORD} <img src=x onerror=${hit('suggest-subject')}>`);
      await waitUntil(() => all(element, '.articles .article').length > 0, 'suggestions show', { timeout: 5000 });
      const suggestions = all(element, '.articles .article');
      for (const suggestion of suggestions.slice(0, 2)) {
        expectLiteral(suggestion.querySelector('.article-title'), ALL, 'a suggestion’s title');
        expectLiteral(suggestion.querySelector('p.muted'), ALL, 'a suggestion’s excerpt');
      }
      const read = element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls="article-kb_xss_1"]');
      expect(read !== null, 'the payload article is suggested').to.equal(true);
      read!.click();
      await shows(element, '#article-kb_xss_1 .prose');
      const reader = $(element, '#article-kb_xss_1');
      expect(reader.getAttribute('aria-label')).to.equal(ALL);
      expectSanitised(reader.querySelector('.prose'), 'the article read in the form');
      expectInert(element);
      await expectNothingRan();
    });
  });

  describe('<portico-knowledge-base>', () => {
    for (const [locale, customer] of [
      ['pl', prepaid],
      ['en', newcomer],
    ] as const) {
      it(`shows categories, lists and articles as text and sanitises bodies (${locale})`, async () => {
        const element = await mount<PorticoKnowledgeBase>(html`<portico-knowledge-base .client=${client(customer)} locale=${locale}></portico-knowledge-base>`);
        await shows(element, '.category');
        const categories = all(element, '.category');
        expect(categories.length).to.equal(sim.world.helpdesk.knowledgeBase.categories.length);
        for (const category of categories) {
          expectLiteral(category.querySelector('.name'), ALL, 'a category’s name');
          expectLiteral(category.querySelector('.muted'), ALL, 'a category’s description');
        }
        expectInert(element);

        categories[0]!.click();
        await shows(element, '.articles .item');
        expectLiteral($(element, '#listing-title'), ALL, 'the category’s heading');
        const first = all(element, '.articles .item')[0]!;
        expectLiteral(first.querySelector('.name'), ALL, 'an article’s title');
        expectLiteral(first.querySelector('.muted'), ALL, 'an article’s excerpt');
        expectInert(element);

        first.click();
        await shows(element, 'article[part~="article"] .prose');
        expect(element.articleId).to.equal('kb_xss_1');
        expectLiteral($(element, '#article-title'), ALL, 'the article’s title');
        expectLiteral(all(element, '.crumbs button')[1]!, ALL, 'the breadcrumb');
        expectLiteral($(element, '.related button'), ALL, 'the related article');
        expectSanitised($(element, 'article .prose'), 'the article');
        expectInert(element);

        // Search: the query is shown back as text.
        const query = `<img src=x onerror=${hit('kb-search')}> ${KEYWORD}`;
        type($(element, 'input[type=search]'), query);
        await waitUntil(() => seen($(element, '[part~="base"]')).includes(query) && all(element, '.articles .item').length > 0, 'the results show', { timeout: 5000 });
        expectLiteral($(element, '#listing-title'), query, 'the search heading');
        expectInert(element);
        await expectNothingRan();
      });
    }
  });

  describe('<portico-announcements>', () => {
    for (const [locale, customer] of [
      ['pl', prepaid],
      ['en', newcomer],
    ] as const) {
      it(`shows titles and summaries as text and sanitises the whole text (${locale})`, async () => {
        const element = await mount<PorticoAnnouncements>(html`<portico-announcements .client=${client(customer)} locale=${locale}></portico-announcements>`);
        await shows(element, '#a-ann_xss');
        const item = $(element, '#a-ann_xss').closest('article')!;
        expectLiteral(item.querySelector('h3'), ALL, 'the title');
        expectLiteral(item.querySelector('h3 ~ p:not(.window)'), ALL, 'the summary');
        item.querySelector<HTMLButtonElement>('button[aria-controls="body-ann_xss"]')!.click();
        await shows(element, '#body-ann_xss .prose');
        expectSanitised($(element, '#body-ann_xss .prose'), 'the announcement');
        expectInert(element);
        await expectNothingRan();
      });
    }
  });

  describe('what the host page passes in (e.g. from a link’s query string)', () => {
    const id = `<img src=x onerror=${hit('id-attribute')}>`;

    it('shows a hostile ticket id, article id or category id as an error, as text', async () => {
      const thread = await mount<PorticoTicketThread>(html`<portico-ticket-thread .client=${client()} locale="en" ticket-id=${id}></portico-ticket-thread>`);
      await shows(thread, '[part~="error"]');
      expectInert(thread);
      const article = await mount<PorticoKnowledgeBase>(html`<portico-knowledge-base .client=${client()} locale="en" article-id=${id}></portico-knowledge-base>`);
      await shows(article, '[part~="error"]');
      expectInert(article);
      const category = await mount<PorticoKnowledgeBase>(html`<portico-knowledge-base .client=${client()} locale="en" category-id=${id}></portico-knowledge-base>`);
      await waitUntil(() => category.shadowRoot!.querySelector('[part~="error"], [part~="empty"]'), 'the category answers', { timeout: 5000 });
      expectInert(category);
      await expectNothingRan();
    });

    it('prefills the ticket form’s subject with hostile text as text', async () => {
      const subject = `"><img src=x onerror=${hit('subject-attribute')}>`;
      const element = await mount<PorticoTicketForm>(html`<portico-ticket-form .client=${client()} locale="en" subject=${subject}></portico-ticket-form>`);
      const input = (await shows(element, '#subject')) as HTMLInputElement;
      await waitUntil(() => input.value === subject, 'the subject is prefilled', { timeout: 5000 });
      expectInert(element);
      await expectNothingRan();
    });
  });

  describe('links in formatted text', () => {
    it('lead only to https or to the site itself', async () => {
      sim.world.helpdesk.announcements.unshift({ id: 'ann_links', kind: 'news', title: both('Links'), summary: both('Links'), bodyHtml: both(LINKS), publishedAt: new Date(sim.clock.now()).toISOString(), window: null });
      const element = await mount<PorticoAnnouncements>(html`<portico-announcements .client=${client(newcomer)} locale="en"></portico-announcements>`);
      await shows(element, '#a-ann_links');
      $(element, 'button[aria-controls="body-ann_links"]').click();
      await shows(element, '#body-ann_links a');
      const links = [...$(element, '#body-ann_links').querySelectorAll('a')];
      const kept = (text: string) => links.find((a) => a.textContent === text)?.getAttribute('href') ?? null;
      expect([kept('https'), kept('local'), kept('anchor'), kept('mail')]).to.deep.equal(['https://example.com/ok', '/pomoc', '#top', 'mailto:pomoc@example.com']);
      // `/\host` passes a check for "a path on this site" (a slash, then not a slash), but
      // the URL parser reads a backslash as a slash: `//host`, another site, over http here.
      const elsewhere = links.filter((a) => a.hasAttribute('href') && a.protocol !== 'https:' && a.protocol !== 'mailto:' && a.origin !== location.origin);
      expect(elsewhere.map((a) => `${a.getAttribute('href')} → ${a.href}`)).to.deep.equal([]);
      await expectNothingRan();
    });
  });

  describe('<portico-downloads>', () => {
    for (const [locale, customer] of [
      ['pl', prepaid],
      ['en', newcomer],
    ] as const) {
      it(`shows files as text and offers no link that is not a web address (${locale})`, async () => {
        const element = await mount<PorticoDownloads>(html`<portico-downloads .client=${client(customer, { fetch: forgedDownloadLinks })} locale=${locale}></portico-downloads>`);
        await shows(element, '.file');
        await waitUntil(() => all(element, 'select option').length > 1, 'the categories show', { timeout: 5000 });
        for (const option of all<HTMLOptionElement>(element, 'select option').slice(1)) {
          expect(option.textContent!.startsWith(ALL), 'a category reads as written').to.equal(true);
          expect(option.children.length).to.equal(0);
        }
        const files = all(element, '.file');
        expect(files.length).to.equal(sim.world.helpdesk.downloads.length);
        const poisoned = files.slice(0, 1 + HOSTILE_URLS.length);
        for (const file of poisoned) {
          expectLiteral(file.querySelector('h3'), ALL, 'a file’s title');
          expectLiteral(file.querySelector('.about > p.muted:not(.facts)'), ALL, 'a file’s description');
          expectLiteral(file.querySelector('.facts'), `${PAYLOADS[0]}.pdf`, 'a file’s name');
          expectLiteral(file.querySelector('.facts'), PAYLOADS[1], 'a file’s version');
        }
        // The file whose link is the simulator's own can be downloaded, by a plain web link.
        const offered = poisoned[0]!.querySelector('a')!;
        expect(new URL(offered.href).origin).to.equal(location.origin);
        expect(offered.getAttribute('download') === `${PAYLOADS[0]}.pdf`, 'the file keeps its name').to.equal(true);
        expect(offered.getAttribute('aria-label')).to.contain(ALL);
        // Those whose link runs script have no link at all: there is nothing to click.
        for (const file of poisoned.slice(1)) expect(file.querySelector('a, [href]') === null, `no link for a file whose link is not a web address${ranSoFar()}`).to.equal(true);
        for (const link of all<HTMLAnchorElement>(element, 'a')) expect(['http:', 'https:']).to.include(new URL(link.href).protocol);
        expect(all(element, 'a').length).to.equal(files.length - HOSTILE_URLS.length);
        expectInert(element);
        await expectNothingRan();
      });
    }
  });

  describe('<portico-server-status>', () => {
    for (const [locale, customer] of [
      ['pl', prepaid],
      ['en', newcomer],
    ] as const) {
      it(`shows servers, services, incidents and updates as text (${locale})`, async () => {
        const element = await mount<PorticoServerStatus>(html`<portico-server-status .client=${client(customer)} locale=${locale}></portico-server-status>`);
        await shows(element, '.server');
        const servers = all(element, '.server');
        expect(servers.length).to.equal(sim.world.helpdesk.servers.length);
        let incidents = 0;
        for (const server of servers) {
          expectLiteral(server.querySelector('h3'), ALL, 'a server’s name');
          expectLiteral(server.querySelector('.server-head + p.muted'), ALL, 'a server’s location');
          for (const service of server.querySelectorAll('.services li > span:first-child')) expectLiteral(service, ALL, 'a service’s name');
          for (const incident of server.querySelectorAll('.incident')) {
            incidents++;
            expectLiteral(incident.querySelector('.incident-head strong'), ALL, 'an incident’s title');
            for (const update of incident.querySelectorAll('.updates li > span')) expectLiteral(update, ALL, 'an update');
          }
        }
        expect(incidents).to.be.greaterThan(0);
        expectInert(element);
        await expectNothingRan();
      });
    }
  });
});
