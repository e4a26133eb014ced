import { defineOperation } from '../core/operation.ts';
import { Id, IdParams, pageOf, PageQuery, Timestamp } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';

/** A shelf of the knowledge base: Billing, Mobile, VoIP and PBX, Hosting… */
export const KbCategory = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  articleCount: z.int().check(z.gte(0)),
});
export type KbCategory = z.infer<typeof KbCategory>;

/** An article as lists and search results show it. */
export const KbArticleSummary = z.object({
  id: Id,
  categoryId: Id,
  title: z.string(),
  /** A sentence or two of plain text. */
  excerpt: z.string(),
  updatedAt: Timestamp,
});
export type KbArticleSummary = z.infer<typeof KbArticleSummary>;

/** A whole article (FEATURES D4). */
export const KbArticle = z.object({
  ...KbArticleSummary.shape,
  /**
   * The article with its formatting (headings, lists, links, code) as HTML. It comes from
   * the provider's editors: sanitise it before it reaches a page (the widgets do).
   */
  bodyHtml: z.string(),
  /** Articles on the same subject. */
  related: z.array(z.object({ id: Id, title: z.string() })),
});
export type KbArticle = z.infer<typeof KbArticle>;

/** An article that may answer what a customer is typing, best first. */
export const KbSuggestion = z.object({
  ...KbArticleSummary.shape,
  /** How well it matches, 0–1. */
  score: z.number().check(z.gte(0), z.lte(1)),
});
export type KbSuggestion = z.infer<typeof KbSuggestion>;

export const KbArticleListQuery = z.object({
  ...PageQuery,
  categoryId: z.optional(Id),
  /** Words to search for; Polish letters and word endings need not match exactly. */
  query: z.optional(z.string().check(z.maxLength(200))),
});
export type KbArticleListQuery = z.input<typeof KbArticleListQuery>;

export const KbSuggestQuery = z.object({
  /** What the customer wrote so far: a subject, a message. */
  text: z.string().check(z.minLength(1), z.maxLength(2000)),
  limit: z.optional(z.int().check(z.gte(1), z.lte(10))),
});
export type KbSuggestQuery = z.input<typeof KbSuggestQuery>;

export const kbCategoryOperations = {
  list: defineOperation({
    id: 'kbCategories.list',
    method: 'GET',
    path: '/v1/helpdesk/knowledge-base/categories',
    summary: "The knowledge base's categories",
    response: z.object({ data: z.array(KbCategory) }),
  }),
};

export const kbArticleOperations = {
  list: defineOperation({
    id: 'kbArticles.list',
    method: 'GET',
    path: '/v1/helpdesk/knowledge-base/articles',
    summary: 'Articles of a category, or those matching a search, best match first',
    query: KbArticleListQuery,
    response: pageOf(KbArticleSummary),
    errors: [400],
  }),
  retrieve: defineOperation({
    id: 'kbArticles.retrieve',
    method: 'GET',
    path: '/v1/helpdesk/knowledge-base/articles/{id}',
    summary: 'One article',
    params: IdParams,
    response: KbArticle,
  }),
  suggest: defineOperation({
    id: 'kbArticles.suggest',
    method: 'GET',
    path: '/v1/helpdesk/knowledge-base/suggestions',
    summary: "Articles that may answer a ticket's text, best first",
    query: KbSuggestQuery,
    response: z.object({ data: z.array(KbSuggestion) }),
    errors: [400],
  }),
};
