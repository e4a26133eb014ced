import { html, nothing, type TemplateResult } from 'lit';
import type { KbArticle } from '@portico/sdk/helpdesk';
import { sanitized } from '../../base/sanitized.ts';
import { date } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { KnowledgeBaseMessages } from './knowledge-base.messages.ts';

/**
 * An article read in place: its title, when it was updated, its body (`html`: sanitised
 * already) and the related articles, which open here too.
 */
export function articleView(o: { article: KbArticle; html: string; t: KnowledgeBaseMessages; locale: Locale; timeZone: string | undefined; onOpen: (id: string) => void }): TemplateResult {
  const { article, t } = o;
  return html`<article part="article" aria-labelledby="article-title">
    <h3 id="article-title" tabindex="-1">${article.title}</h3>
    <p class="muted updated">${t.updated({ date: date(article.updatedAt, o.locale, o.timeZone) })}</p>
    <div class="prose">${sanitized(o.html)}</div>
    ${article.related.length
      ? html`<nav class="related" aria-labelledby="related">
          <h4 id="related">${t.related}</h4>
          <ul>
            ${article.related.map((r) => html`<li><button type="button" class="button button--link" part="button" @click=${() => o.onOpen(r.id)}>${r.title}</button></li>`)}
          </ul>
        </nav>`
      : nothing}
  </article>`;
}
