import { css } from 'lit';

export const styles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--portico-space-s);
  }
  .filters {
    display: grid;
    gap: var(--portico-space-s);
  }
  .skeleton--item {
    height: 3.5rem;
  }
  .list {
    display: grid;
    gap: var(--portico-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 var(--portico-space-s);
    width: 100%;
    padding: var(--portico-space-s) var(--portico-space-m);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item:hover {
    background: var(--portico-color-surface-muted);
  }
  .item[aria-current='true'] {
    border-color: var(--portico-color-primary);
    box-shadow: inset 4px 0 0 var(--portico-color-primary);
  }
  .number {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .state {
    grid-row: 1 / 3;
    grid-column: 2;
    align-self: center;
  }
  .who,
  .plan,
  .ends {
    grid-column: 1;
    overflow-wrap: anywhere;
  }
  .plan,
  .ends {
    font-size: 0.875em;
  }
  .label-text {
    font-weight: 600;
  }
  .more {
    justify-self: center;
  }
  @container (min-width: 640px) {
    .filters {
      grid-template-columns: 2fr 1fr 1fr;
    }
    .item {
      grid-template-columns: 11rem 2fr 1.4fr 8rem auto;
      align-items: center;
      gap: var(--portico-space-m);
    }
    .who,
    .plan,
    .ends,
    .state {
      grid-column: auto;
      grid-row: auto;
    }
    .ends {
      text-align: end;
    }
  }
`;
