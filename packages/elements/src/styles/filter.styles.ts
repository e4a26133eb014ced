import { css } from 'lit';

/** A row of toggle buttons (`.filter`, each `aria-pressed`) that filters a list by status. */
export const filterStyles = css`
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-xs);
  }
  .filter [aria-pressed='true'] {
    border-color: var(--portico-color-primary);
    box-shadow: inset 0 0 0 1px var(--portico-color-primary);
  }
`;
