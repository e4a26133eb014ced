import { css } from 'lit';

/** Why an action is unavailable to the portal user (`base/unavailable.ts`), and the control it concerns. */
export const unavailableStyles = css`
  .unavailable {
    display: flex;
    align-items: flex-start;
    gap: var(--portico-space-xs);
    max-width: 32rem;
    font-size: 0.875em;
    color: var(--portico-color-text-muted);
  }
  .unavailable svg {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.15em;
  }
  [data-unavailable][aria-disabled='true'] {
    cursor: not-allowed;
    filter: none;
    opacity: 0.6;
  }
`;
