import { css } from 'lit';

/** Formatted text from the provider (articles, announcements), once sanitised. */
export const proseStyles = css`
  .prose {
    display: grid;
    gap: var(--portico-space-s);
    overflow-wrap: anywhere;
  }
  .prose > * {
    margin: 0;
  }
  .prose h2 {
    font-size: 1.1em;
  }
  .prose h3,
  .prose h4,
  .prose h5,
  .prose h6 {
    font-size: 1em;
  }
  .prose ul,
  .prose ol {
    padding-inline-start: 1.4em;
  }
  .prose li + li {
    margin-top: var(--portico-space-xs);
  }
  .prose a {
    color: var(--portico-color-primary);
  }
  .prose code {
    padding: 0.1em 0.3em;
    border-radius: 4px;
    background: var(--portico-color-surface-muted);
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .prose pre {
    padding: var(--portico-space-s);
    overflow-x: auto;
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface-muted);
  }
  .prose pre code {
    padding: 0;
  }
  .prose table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
    font-size: 0.9em;
  }
  .prose th,
  .prose td {
    padding: var(--portico-space-xs) var(--portico-space-s);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
    text-align: start;
    vertical-align: top;
  }
  .prose blockquote {
    padding-inline-start: var(--portico-space-m);
    border-inline-start: 3px solid var(--portico-color-border);
  }
`;
