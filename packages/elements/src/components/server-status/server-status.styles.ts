import { css } from 'lit';

export const styles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-s);
  }
  header h2 {
    margin-inline-end: auto;
  }
  .checked {
    font-size: 0.875em;
  }
  .skeleton--summary {
    height: 3.5rem;
  }
  .skeleton--server {
    height: 6rem;
  }
  .servers {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
    gap: var(--portico-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  article {
    display: grid;
    gap: var(--portico-space-s);
    height: 100%;
    padding: var(--portico-space-m);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 40%, transparent);
    border-radius: var(--portico-radius);
    align-content: start;
  }
  .server-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--portico-space-xs);
  }
  .services {
    display: grid;
    gap: var(--portico-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .services li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--portico-space-xs);
  }
  .incidents {
    display: grid;
    gap: var(--portico-space-s);
    padding-top: var(--portico-space-s);
    border-top: 1px solid color-mix(in srgb, var(--portico-color-border) 35%, transparent);
  }
  .incidents h4 {
    margin: 0;
  }
  .incident {
    display: grid;
    gap: var(--portico-space-xs);
  }
  .incident-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-xs);
  }
  .updates {
    display: grid;
    gap: var(--portico-space-xs);
    margin: 0;
    padding-inline-start: 1.2em;
    font-size: 0.9em;
  }
`;
