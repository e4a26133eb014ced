import { kbArticleOperations, kbCategoryOperations, type KbArticleSummary } from '@portico/sdk/contract';
import type { SimulatorContext } from '../../http/context.ts';
import type { KbArticleSeed } from '../../data/helpdesk/knowledge-base.ts';
import type { Locale } from '../../data/helpdesk/records.ts';
import { searchArticles } from '../../data/helpdesk/kb-search.ts';
import { localeOf } from '../../http/locale.ts';
import { paginate } from '../../http/paginate.ts';
import { Problem } from '../../http/problem.ts';
import { route } from '../../http/route.ts';

const DEFAULT_SUGGESTIONS = 5;

/** The editors date articles by day (`2026-09-14`); the wire wants a moment. */
function timestampOf(day: string): string {
  return day.length === 10 ? `${day}T09:00:00.000Z` : new Date(day).toISOString();
}

function summaryOf(article: KbArticleSeed, locale: Locale): KbArticleSummary {
  return { id: article.id, categoryId: article.categoryId, title: article.title[locale], excerpt: article.excerpt[locale], updatedAt: timestampOf(article.updatedAt) };
}

/** D4, D7: the knowledge base's categories and articles, search, and suggestions for a ticket being written. */
export function knowledgeBaseRoutes(sim: SimulatorContext) {
  const kb = () => sim.world.helpdesk.knowledgeBase;
  return [
    route(sim, kbCategoryOperations.list, ({ customer, request }) => {
      const locale = localeOf(request, customer);
      return {
        data: kb().categories.map((c) => ({
          id: c.id,
          name: c.name[locale],
          description: c.description[locale],
          articleCount: kb().articles.filter((a) => a.categoryId === c.id).length,
        })),
      };
    }),

    route(sim, kbArticleOperations.list, ({ customer, query, request }) => {
      const locale = localeOf(request, customer);
      let articles = kb().articles.filter((a) => !query.categoryId || a.categoryId === query.categoryId);
      // With words to look for: only the articles that match, best first.
      if (query.query?.trim()) articles = searchArticles(articles, query.query, locale).map((found) => found.item);
      return paginate(
        articles.map((a) => summaryOf(a, locale)),
        query,
      );
    }),

    route(sim, kbArticleOperations.retrieve, ({ customer, params, request }) => {
      const locale = localeOf(request, customer);
      const article = kb().articles.find((a) => a.id === params.id);
      if (!article) throw new Problem(404, 'article_not_found', `No knowledge-base article ${params.id}.`);
      const related = article.related.flatMap((id) => kb().articles.filter((a) => a.id === id).map((a) => ({ id: a.id, title: a.title[locale] })));
      return { ...summaryOf(article, locale), bodyHtml: article.body[locale], related };
    }),

    route(sim, kbArticleOperations.suggest, ({ customer, query, request }) => {
      const locale = localeOf(request, customer);
      const found = searchArticles(kb().articles, query.text, locale, { limit: query.limit ?? DEFAULT_SUGGESTIONS });
      return { data: found.map(({ item, score }) => ({ ...summaryOf(item, locale), score })) };
    }),
  ];
}
