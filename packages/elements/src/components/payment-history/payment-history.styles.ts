import { css, unsafeCSS } from 'lit';
import { cardTableStyles } from '../../styles/card-table.styles.ts';

/** Below this width of the widget, each entry is a card. */
const CARDS_BELOW = 639;

export const styles = [
  cardTableStyles(CARDS_BELOW),
  css`
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
  th {
    font-size: 0.875em;
    color: var(--portico-color-text-muted);
  }
  th,
  td {
    padding: var(--portico-space-s) var(--portico-space-xs);
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
  /* Narrow (cardTableStyles): each entry a card — what and when, then the amount and the balance it left. */
  @container (max-width: ${unsafeCSS(CARDS_BELOW)}px) {
    tr {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'description amount' 'kind balance' 'date date';
      gap: var(--portico-space-xs) var(--portico-space-s);
      padding: var(--portico-space-s);
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
      font-weight: 400;
    }
  }
`,
];
