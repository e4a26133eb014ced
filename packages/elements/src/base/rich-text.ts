import type { DOMPurify } from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/**
 * Formatted text from the provider's editors (knowledge-base articles, announcements),
 * sanitised by DOMPurify before it reaches the page: only formatting survives — no scripts,
 * no event handlers, no styles, no forms, no frames, links only to https or the site itself.
 * The sanitiser loads on first use, so widgets that may never show such text stay small.
 */
const CONFIG = {
  ALLOWED_TAGS: ['h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'code', 'pre', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr'],
  ALLOWED_ATTR: ['href', 'title', 'colspan', 'rowspan'],
  // `/\x` counts as `//x` in browsers: a path on this site must not start with either.
  ALLOWED_URI_REGEXP: /^(?:https:\/\/|\/(?![/\\])|#|mailto:)/i,
};

let loading: Promise<DOMPurify> | undefined;

function purifier(): Promise<DOMPurify> {
  loading ??= import('dompurify').then(({ default: createPurifier }) => {
    // An instance of our own: the hook below must not touch a DOMPurify the host page uses.
    const purify = createPurifier(window);
    // Links leave in a new tab and tell the target nothing about the portal.
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    return purify;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * The HTML with only formatting left, safe to render with `sanitized`. Its headings are
 * ranked to start at `topHeading`, so that they sit under the heading the widget shows the
 * text with (an article under an h3 title has h4 sections, not h2).
 */
export async function sanitizeHtml(html: string, topHeading = 2): Promise<string> {
  return rankHeadings((await purifier()).sanitize(html, CONFIG), topHeading);
}

/** Moves every heading of sanitised HTML by the same step, so that the highest is `top`. */
function rankHeadings(safe: string, top: number): string {
  const levels = [...safe.matchAll(/<h([2-4])[\s>]/g)].map((match) => Number(match[1]));
  if (!levels.length) return safe;
  const shift = top - Math.min(...levels);
  return safe.replace(/<(\/?)h([2-4])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}`);
}

/**
 * Renders HTML that `sanitizeHtml` returned. (Kept here, apart from the widgets' templates:
 * the build minifies every template except those of a file that uses `unsafeHTML`.)
 */
export const sanitized = (html: string) => unsafeHTML(html);
