import { css } from 'lit';

/** A square button of an icon alone (move up, remove), named by its `aria-label`; a finger's size. */
export const iconButtonStyles = css`
  .icon-button {
    display: inline-grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    border: 1px solid var(--portico-color-border);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface);
    color: var(--portico-color-text);
    cursor: pointer;
  }
  .icon-button:disabled {
    cursor: default;
    opacity: 0.4;
  }
  .icon-button svg {
    width: 1.2em;
    height: 1.2em;
  }
`;
