import { css } from 'lit';

export const styles = css`
  .list {
    display: grid;
    gap: var(--portico-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  portico-announcement-item {
    display: block;
  }
  .skeleton--item {
    height: 5rem;
  }
  .skeleton--text {
    height: 4rem;
  }
  article {
    display: grid;
    gap: var(--portico-space-xs);
    justify-items: start;
    padding: var(--portico-space-m);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 40%, transparent);
    border-radius: var(--portico-radius);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-s);
    font-size: 0.875em;
  }
  h3 {
    font-size: 1.05em;
    overflow-wrap: anywhere;
  }
  .window {
    font-weight: 600;
  }
  .prose {
    width: 100%;
  }
  .more {
    justify-self: center;
  }
`;
