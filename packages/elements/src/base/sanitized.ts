import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/**
 * Renders HTML that `sanitizeHtml` (rich-text.ts) returned. Apart from the sanitiser, which a
 * widget loads only when it has such text to show; and apart from the widgets' templates: the
 * build minifies every template except those of a file that uses `unsafeHTML`.
 */
export const sanitized = (html: string) => unsafeHTML(html);
