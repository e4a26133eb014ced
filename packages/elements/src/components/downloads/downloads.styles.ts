import { css } from 'lit';

export const styles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--portico-space-s);
  }
  header .field {
    flex: 0 1 18rem;
  }
  .skeleton--file {
    height: 4rem;
  }
  .files {
    display: grid;
    gap: var(--portico-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .file {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--portico-space-s) var(--portico-space-m);
    align-items: start;
    padding: var(--portico-space-m);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 40%, transparent);
    border-radius: var(--portico-radius);
  }
  .kind {
    display: grid;
    place-items: center;
    width: 3rem;
    height: 3rem;
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface-muted);
    font-size: 0.75em;
    font-weight: 700;
  }
  .about {
    display: grid;
    gap: var(--portico-space-xs);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .facts {
    font-size: 0.875em;
  }
  .file a {
    grid-column: 1 / -1;
    justify-self: start;
    text-decoration: none;
  }
  @container (min-width: 560px) {
    .file {
      grid-template-columns: auto 1fr auto;
      align-items: center;
    }
    .file a {
      grid-column: auto;
    }
  }
  .more {
    justify-self: center;
  }
`;
