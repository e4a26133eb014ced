import type { ClientCore } from '@portico/sdk/core';
import { kbArticleRetrieve } from '@portico/sdk/helpdesk';
import { sanitizeHtml } from '../../base/rich-text.ts';

export { sanitized } from '../../base/sanitized.ts';

/**
 * An article's body, sanitised, for reading it inside the ticket form. This module (and the
 * sanitiser behind it) loads only when a customer opens a suggestion.
 */
export async function readArticle(client: ClientCore, id: string, locale: string): Promise<string> {
  const article = await client.request(kbArticleRetrieve, { params: { id } }, { headers: { 'accept-language': locale } });
  // Under the suggestion's h4 title.
  return sanitizeHtml(article.bodyHtml, 5);
}
