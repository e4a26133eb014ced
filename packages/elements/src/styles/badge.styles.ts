import { css } from 'lit';

/** Badges (see `base/badge.ts`): for the widgets that show statuses. */
export const badgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--portico-space-xs);
    padding: 0.1em 0.6em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
    color: var(--portico-color-text-muted);
  }
  .badge svg {
    width: 1em;
    height: 1em;
  }
  .badge--success {
    color: var(--portico-color-success);
  }
  .badge--warning {
    color: var(--portico-color-warning);
  }
  .badge--danger {
    color: var(--portico-color-danger);
  }

`;
