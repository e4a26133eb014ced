import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../packages/elements/src/base/rich-text.ts';
import { letContentRun } from './signals.ts';

/**
 * Formatted text (articles, announcements) is sanitised by the browser's own HTML Sanitizer
 * where there is one, else by DOMPurify. Both paths get the same hostile input and must give
 * the same guarantees; the widgets' own tests (helpdesk-safety) drive the path this browser
 * takes through every helpdesk widget.
 */

declare global {
  interface Window {
    __richTextXss?: string[];
  }
}

const hit = (label: string) => `window.__richTextXss=(window.__richTextXss||[]).concat(/${label}/.source)`;

const HOSTILE = [
  `<img src=x onerror=${hit('img')}>`,
  `<svg onload=${hit('svg')}><a xlink:href="javascript:void(${hit('svg-link')})"><text>svg link</text></a></svg>`,
  `<script>${hit('script')}</script>`,
  `<iframe srcdoc="<script>${hit('iframe')}</script>"></iframe>`,
  `<details open ontoggle=${hit('details')}><summary>details</summary></details>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${hit('mglyph')}></style></mglyph></table></mtext></math>`,
  `<noscript><p title="</noscript><img src=x onerror=${hit('noscript')}>"></p></noscript>`,
  `<p style="color:red" class="x" data-x="1" onclick="${hit('onclick')}">styled</p>`,
  `<form action="javascript:void(0)"><input autofocus onfocus=${hit('input')}></form>`,
].join('');

const LINKS: [href: string, kept: string | null][] = [
  ['https://example.com/ok', 'https://example.com/ok'],
  ['/pomoc', '/pomoc'],
  ['#top', '#top'],
  ['mailto:pomoc@example.com', 'mailto:pomoc@example.com'],
  ['http://example.com/plain', null],
  ['//evil.example/x', null],
  ['/\\evil.example/x', null],
  ['/&#x09;/evil.example/x', null],
  [`javascript:void(${hit('a')})`, null],
  [` JaVaScRiPt:void(${hit('a-case')})`, null],
  [`java&#x09;script:void(${hit('a-tab')})`, null],
  ['data:text/html,x', null],
];

const RICH =
  `<div><h2>Top</h2><p><strong>Bold</strong>, <em>emphasis</em> and <span>a span</span>.</p><h3>Below</h3>` +
  `<ul><li>One</li></ul><table><tr><td colspan="2">cell</td></tr></table></div>` +
  LINKS.map(([href], i) => `<a href="${href}">link ${i}</a>`).join(' ') +
  HOSTILE;

const ELEMENTS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'code', 'pre', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr']);
const ATTRIBUTES = new Set(['href', 'title', 'colspan', 'rowspan', 'target', 'rel']);

/** Renders sanitised HTML into a live shadow root, as the widgets do, and waits for anything that would run. */
async function render(safe: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.innerHTML = safe;
  root.append(box);
  await letContentRun();
  return box;
}

const withoutBrowserSanitiser = async <T>(run: () => Promise<T>): Promise<T> => {
  const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');
  delete (Element.prototype as { setHTML?: unknown }).setHTML;
  try {
    return await run();
  } finally {
    if (descriptor) Object.defineProperty(Element.prototype, 'setHTML', descriptor);
  }
};

const dompurifyFetched = () => performance.getEntriesByType('resource').some((entry) => /dompurify|purify/i.test(entry.name));

function expectSafe(box: HTMLElement): void {
  expect(window.__richTextXss ?? []).to.deep.equal([]);
  for (const element of box.querySelectorAll('*')) {
    expect(ELEMENTS.has(element.localName), `<${element.localName}> is not formatting`).to.equal(true);
    for (const attribute of element.attributes) expect(ATTRIBUTES.has(attribute.name), `${attribute.name} on <${element.localName}>`).to.equal(true);
  }
  const links = [...box.querySelectorAll('a')];
  expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(LINKS.map(([, kept]) => kept));
  for (const link of links.filter((a) => a.hasAttribute('href'))) {
    const inPage = link.getAttribute('href')!.startsWith('#');
    expect(link.target, link.getAttribute('href')!).to.equal(inPage ? '' : '_blank');
    expect(link.rel).to.equal(inPage ? '' : 'noopener noreferrer');
  }
  expect(box.textContent).to.contain('Bold, emphasis and a span.');
  expect(box.querySelector('td')!.getAttribute('colspan')).to.equal('2');
}

afterEach(() => {
  delete window.__richTextXss;
  document.querySelectorAll('body > div').forEach((node) => node.remove());
});

describe('formatted text, sanitised', () => {
  it('runs the control: the hostile markup does run when not sanitised', async () => {
    await render(HOSTILE);
    // Those that run later than the markup is added (a failed image, a toggle) among them:
    // render() waits long enough for each kind.
    expect(window.__richTextXss ?? []).to.include.members(['img', 'details']);
  });

  describe('by the browser’s HTML Sanitizer (this Chromium has one)', () => {
    it('keeps the formatting, drops everything that could run, and never fetches DOMPurify', async () => {
      expect(typeof (Element.prototype as { setHTML?: unknown }).setHTML).to.equal('function');
      const box = await render(await sanitizeHtml(RICH));
      expectSafe(box);
      expect(dompurifyFetched()).to.equal(false);
    });

    it('ranks headings under the widget’s own', async () => {
      const box = await render(await sanitizeHtml(RICH, 4));
      expect([...box.querySelectorAll('h4, h5')].map((h) => `${h.localName} ${h.textContent}`)).to.deep.equal(['h4 Top', 'h5 Below']);
    });

    it('does not trust a sanitiser that leaves markup off the lists: DOMPurify checks instead', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML')!;
      // A browser whose sanitiser ignored the configuration: everything would pass.
      Object.defineProperty(Element.prototype, 'setHTML', { configurable: true, value(this: Element, html: string) { this.innerHTML = html; } });
      try {
        expectSafe(await render(await sanitizeHtml(RICH)));
      } finally {
        Object.defineProperty(Element.prototype, 'setHTML', descriptor);
      }
      expect(dompurifyFetched()).to.equal(true);
    });
  });

  describe('by DOMPurify, where the browser has no sanitiser', () => {
    it('keeps the formatting and drops everything that could run', async () => {
      const safe = await withoutBrowserSanitiser(() => sanitizeHtml(RICH));
      expectSafe(await render(safe));
    });

    it('ranks headings under the widget’s own', async () => {
      const box = await render(await withoutBrowserSanitiser(() => sanitizeHtml(RICH, 3)));
      expect([...box.querySelectorAll('h3, h4')].map((h) => `${h.localName} ${h.textContent}`)).to.deep.equal(['h3 Top', 'h4 Below']);
    });
  });
});
