import { css, unsafeCSS } from 'lit';
import { cardTableStyles } from '../../styles/card-table.styles.ts';

/** Below this width of the widget, each invoice is a card. */
const CARDS_BELOW = 639;

export const styles = [
  cardTableStyles(CARDS_BELOW),
  css`
  header {
    display: grid;
    /* A track no wider than the widget: the filters wrap instead of pushing past it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--portico-space-s);
  }
  .filters fieldset {
    min-inline-size: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--portico-space-s) var(--portico-space-m);
  }
  .year {
    display: grid;
    gap: var(--portico-space-xs);
  }
  .year .label {
    font-size: 0.875em;
  }
  .results {
    display: grid;
    gap: var(--portico-space-m);
  }
  .skeleton--row {
    height: 3rem;
  }
  .more {
    justify-self: center;
  }
  th {
    font-size: 0.875em;
    color: var(--portico-color-text-muted);
  }
  tbody th {
    font-size: 1em;
    color: var(--portico-color-text);
  }
  th,
  td {
    padding: var(--portico-space-s) var(--portico-space-xs);
    vertical-align: middle;
  }
  .invoice-number {
    display: block;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .period,
  .paid-on {
    display: block;
    font-size: 0.8125em;
    font-weight: 400;
  }
  /* Dates may take two lines in a narrow table ("1 gru" over "2026"): the amounts may not. */
  .issued,
  .due {
    min-width: 5.5em;
  }
  .amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  tr:has(.badge--danger) .gross strong {
    color: var(--portico-invoices-overdue, var(--portico-color-danger));
  }
  .actions {
    text-align: end;
  }
  .actions > * {
    margin-inline-start: var(--portico-space-xs);
    margin-block: 2px;
  }
  .actions .button {
    white-space: nowrap;
  }
  .pdf-error {
    text-align: start;
  }
  /* Net and VAT: columns of their own where there is room, else under the amount on demand. */
  .net,
  .vat,
  .breakdown {
    display: none;
  }
  table.with-amounts .breakdown {
    display: block;
    font-size: 0.8125em;
  }
  /* Net and VAT under the amount: a line each. */
  .breakdown > span {
    display: block;
  }
  @container (min-width: 960px) {
    .net,
    .vat {
      display: table-cell;
    }
    table.with-amounts .breakdown,
    .amounts-toggle {
      display: none;
    }
  }
  .pay-summary {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-s) var(--portico-space-l);
    margin: 0;
  }
  .pay-summary dt {
    font-size: 0.875em;
    color: var(--portico-color-text-muted);
  }
  .pay-summary dd {
    margin: 0;
    font-weight: 600;
  }
  .pay-amount {
    font-size: 1.25em;
  }
  .pay-methods {
    display: grid;
    gap: var(--portico-space-xs);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .pay-methods .hint {
    display: flex;
    gap: var(--portico-space-xs);
  }
  .choice .hint {
    display: block;
  }
  h4 {
    margin: 0;
    font-size: 1em;
  }
  /* Narrow (cardTableStyles): each invoice a card — number and amount first, then status, dates and actions. */
  @container (max-width: ${unsafeCSS(CARDS_BELOW)}px) {
    tr {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'number gross' 'status status' 'issued due' 'actions actions';
      gap: var(--portico-space-xs) var(--portico-space-s);
      padding: var(--portico-space-s);
    }
    table :is(th, td) {
      text-align: start;
    }
    .number {
      grid-area: number;
    }
    .gross {
      grid-area: gross;
      text-align: end;
    }
    .status {
      grid-area: status;
    }
    .issued {
      grid-area: issued;
    }
    .due {
      grid-area: due;
    }
    .actions {
      grid-area: actions;
      display: flex;
      flex-wrap: wrap;
      gap: var(--portico-space-xs);
    }
    .actions > * {
      margin: 0;
    }
    .amounts-toggle {
      display: inline-flex;
    }
  }
`,
];
