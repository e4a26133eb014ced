import { css } from 'lit';

export const styles = css`
  header {
    display: grid;
    gap: var(--portico-space-s);
  }
  .categories,
  .articles {
    display: grid;
    gap: var(--portico-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .categories {
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
  }
  .item {
    display: grid;
    gap: var(--portico-space-xs);
    width: 100%;
    height: 100%;
    padding: var(--portico-space-m);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    align-content: start;
  }
  .item:hover {
    background: var(--portico-color-surface-muted);
  }
  .name {
    font-weight: 700;
    color: var(--portico-color-primary);
  }
  .count {
    font-size: 0.875em;
  }
  .back {
    justify-self: start;
  }
  .crumbs {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-xs);
  }
  article {
    display: grid;
    gap: var(--portico-space-s);
  }
  article h3 {
    font-size: 1.15em;
  }
  .updated {
    font-size: 0.875em;
  }
  /* An article's own headings, ranked under its title (sanitizeHtml): sized as the editors' h2–h4. */
  .prose h4 {
    font-size: 1.1em;
  }
  .related {
    padding-top: var(--portico-space-s);
    border-top: 1px solid color-mix(in srgb, var(--portico-color-border) 35%, transparent);
  }
  .related h4 {
    margin: 0 0 var(--portico-space-xs);
  }
  .related ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .more {
    justify-self: center;
  }
  /* The loading skeleton: a category's or an article's box. */
  .skeleton--item {
    height: 4rem;
  }
`;
