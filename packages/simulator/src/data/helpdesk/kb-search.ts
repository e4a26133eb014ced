import type { KbArticleSeed } from './knowledge-base.ts';
import { rank, textOfHtml, type RankOptions } from './search.ts';
import type { Locale } from './records.ts';

/** Knowledge-base articles ranked for a text in one language, best first, each with its score. */
export function searchArticles(articles: readonly KbArticleSeed[], text: string, locale: Locale, options?: RankOptions): { item: KbArticleSeed; score: number }[] {
  return rank(
    articles,
    (article) => ({ title: article.title[locale], keywords: article.keywords[locale], excerpt: article.excerpt[locale], body: textOfHtml(article.body[locale]) }),
    text,
    locale,
    options,
  );
}
