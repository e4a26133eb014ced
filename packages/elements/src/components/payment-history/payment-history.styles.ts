import { css } from 'lit';

export const styles = css`
  header {
    display: grid;
    gap: var(--portico-space-s);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--portico-space-s) var(--portico-space-m);
  }
  .filter-field {
    display: grid;
    gap: var(--portico-space-xs);
  }
  .filter-field .label {
    font-size: 0.875em;
  }
  .results {
    display: grid;
    gap: var(--portico-space-m);
  }
  .skeleton--row {
    height: 2.5rem;
  }
  .more {
    justify-self: center;
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
    padding: var(--portico-space-s) var(--portico-space-xs);
    border-bottom: 1px solid color-mix(in srgb, var(--portico-color-border) 30%, transparent);
    vertical-align: top;
  }
  .date {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .kind {
    white-space: nowrap;
  }
  .description {
    overflow-wrap: anywhere;
  }
  .amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .signed {
    font-weight: 600;
  }
  .signed.in {
    color: var(--portico-payment-history-in, var(--portico-color-success));
  }
  tbody tr:focus {
    outline: 2px solid var(--portico-color-primary);
    outline-offset: -2px;
  }
  /* A cell's label repeats its column's header: needed only where there is no header (cards). */
  .cell-label {
    display: none;
  }
  /* Narrow: each entry is a card — what and when, then the amount and the balance it left. */
  @container (max-width: 639px) {
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
      gap: var(--portico-space-s);
    }
    tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'description amount' 'kind balance' 'date date';
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
    .description {
      grid-area: description;
    }
    .kind,
    .date {
      font-size: 0.875em;
      color: var(--portico-color-text-muted);
    }
    .kind {
      grid-area: kind;
      white-space: normal;
    }
    .date {
      grid-area: date;
    }
    .signed {
      grid-area: amount;
    }
    .balance {
      grid-area: balance;
    }
    .cell-label {
      display: block;
      font-size: 0.8125em;
      font-weight: 400;
      color: var(--portico-color-text-muted);
    }
  }
`;
