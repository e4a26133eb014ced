import type { DOMPurify } from 'dompurify';

/**
 * Formatted text from the provider's editors (knowledge-base articles, announcements) keeps
 * only its formatting before it reaches the page: no scripts, no event handlers, no styles,
 * no forms, no frames, links only to https, the site itself or e-mail.
 *
 * The browser's own HTML Sanitizer (`Element.setHTML`) does it where there is one; elsewhere
 * DOMPurify, loaded on first use. Both results then pass the same checks: a sanitiser that
 * leaves anything outside the lists below is not trusted, and DOMPurify runs instead.
 */
const ELEMENTS = ['h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'code', 'pre', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr'];
const ATTRIBUTES = ['href', 'title', 'colspan', 'rowspan'];
/** Containers editors wrap text in: their text stays, the element goes (DOMPurify does the same). */
const UNWRAP = ['div', 'span', 'section', 'article', 'header', 'footer', 'main', 'aside', 'figure', 'figcaption', 'h1', 'h5', 'h6', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'cite', 'dfn', 'kbd', 'samp', 'var', 'time', 'font', 'center', 'label', 'caption', 'tfoot', 'dl', 'dt', 'dd'];
// `/\x` counts as `//x` in browsers: a path on this site must not start with either.
const URI = /^(?:https:\/\/|\/(?![/\\])|#|mailto:)/i;
/** What URL parsers skip inside a link, as DOMPurify strips it before its check: `/\t/x` is `//x`. */
const URI_SPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;

type SetHTML = (html: string, options: { sanitizer: object }) => void;

/** Sanitised by the browser, into `box`; false where there is no such sanitiser (or it failed). */
function sanitizeNatively(html: string, box: HTMLElement): boolean {
  const setHTML = (box as HTMLElement & { setHTML?: SetHTML }).setHTML;
  if (typeof setHTML !== 'function') return false;
  try {
    setHTML.call(box, html, { sanitizer: { elements: ELEMENTS, attributes: ATTRIBUTES, replaceWithChildrenElements: UNWRAP, comments: false, dataAttributes: false } });
    return true;
  } catch {
    return false;
  }
}

let loading: Promise<DOMPurify> | undefined;

function purifier(): Promise<DOMPurify> {
  // An instance of our own, configured per call: a DOMPurify the host page uses is not touched.
  loading ??= import('dompurify').then(({ default: createPurifier }) => createPurifier(window));
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Whether everything left in `box` is on the lists (a browser sanitiser is checked, not trusted). */
function onlyAllowed(box: HTMLElement): boolean {
  return [...box.querySelectorAll('*')].every((element) => ELEMENTS.includes(element.localName) && element.namespaceURI === box.namespaceURI && [...element.attributes].every((a) => ATTRIBUTES.includes(a.name)));
}

/** Links lead only where `URI` allows; those that leave the text open a new tab that tells the target nothing about the portal. */
function fixLinks(box: HTMLElement): void {
  for (const link of box.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!.replace(URI_SPACE, '');
    if (!URI.test(href)) link.removeAttribute('href');
    else if (!href.startsWith('#')) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    }
  }
}

/**
 * The HTML with only formatting left, safe to render with `sanitized`. Its headings are
 * ranked to start at `topHeading`, so that they sit under the heading the widget shows the
 * text with (an article under an h3 title has h4 sections, not h2).
 */
export async function sanitizeHtml(html: string, topHeading = 2): Promise<string> {
  // A document of its own: nothing parsed into it loads or runs.
  const box = document.implementation.createHTMLDocument('').createElement('div');
  if (!sanitizeNatively(html, box) || !onlyAllowed(box)) {
    box.innerHTML = (await purifier()).sanitize(html, {
      ALLOWED_TAGS: ELEMENTS,
      ALLOWED_ATTR: ATTRIBUTES,
      ALLOWED_URI_REGEXP: URI,
      // DOMPurify holds any attribute it does not know as plain text to the link pattern: a
      // colspan of "2" would be dropped.
      ADD_URI_SAFE_ATTR: ['colspan', 'rowspan'],
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
    });
  }
  fixLinks(box);
  return rankHeadings(box.innerHTML, topHeading);
}

/** Moves every heading of sanitised HTML by the same step, so that the highest is `top`. */
function rankHeadings(safe: string, top: number): string {
  const levels = [...safe.matchAll(/<h([2-4])[\s>]/g)].map((match) => Number(match[1]));
  if (!levels.length) return safe;
  const shift = top - Math.min(...levels);
  return safe.replace(/<(\/?)h([2-4])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}`);
}
