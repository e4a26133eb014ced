import { css } from 'lit';

export const styles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--portico-space-s);
  }
  .results {
    display: grid;
    gap: var(--portico-space-m);
  }
  .skeleton--row {
    height: 3rem;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th {
    font-size: 0.875em;
    text-align: start;
    color: var(--portico-color-text-muted);
  }
  th,
  td {
    padding: var(--portico-space-s);
    border-bottom: 1px solid color-mix(in srgb, var(--portico-color-border) 30%, transparent);
    vertical-align: middle;
  }
  /* The chosen ticket: a bar and bold text say it, not the tint alone. */
  tr.current td {
    background: var(--portico-color-surface-muted);
  }
  tr.current td:first-child {
    box-shadow: inset 4px 0 0 var(--portico-color-primary);
  }
  tr.current td:first-child:dir(rtl) {
    box-shadow: inset -4px 0 0 var(--portico-color-primary);
  }
  tr.current .item {
    font-weight: 700;
  }
  .number {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .item {
    padding: 0;
    border: 0;
    background: none;
    color: var(--portico-color-primary);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .updated {
    font-size: 0.875em;
    white-space: nowrap;
  }
  .more {
    justify-self: center;
  }
  /* Narrow: each ticket is a card — subject first, the rest beneath it. */
  @container (max-width: 600px) {
    table {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody {
      display: grid;
      gap: var(--portico-space-xs);
    }
    /* A card per ticket: its subject, its status on a line of its own, then where and when. */
    tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'subject subject' 'status status' 'department number' 'updated updated';
      gap: var(--portico-space-xs) var(--portico-space-s);
      padding: var(--portico-space-s);
      border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
      border-radius: var(--portico-radius);
    }
    td {
      display: block;
      min-width: 0;
      padding: 0;
      border: 0;
    }
    .subject {
      grid-area: subject;
    }
    .department {
      grid-area: department;
    }
    .number {
      grid-area: number;
    }
    .updated {
      grid-area: updated;
    }
    .department,
    .number {
      font-size: 0.875em;
      color: var(--portico-color-text-muted);
    }
    .status {
      grid-area: status;
      justify-self: start;
    }
  }
`;
