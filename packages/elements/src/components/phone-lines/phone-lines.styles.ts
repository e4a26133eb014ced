import { css } from 'lit';
import { cardTableStyles } from '../../styles/card-table.styles.ts';

export const styles = [
  cardTableStyles(860),
  css`
    /* The dialog part renders into the widget's shadow root; its box is its contents'. */
    portico-phone-lines-configure {
      display: contents;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--portico-space-s);
    }
    .checked {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--portico-space-s);
      font-size: 0.875em;
    }
    .results {
      display: grid;
      gap: var(--portico-space-m);
      min-width: 0;
    }
    .skeleton--line {
      height: 3rem;
    }
    table {
      font-size: 0.9375em;
    }
    thead th {
      font-size: 0.875em;
      color: var(--portico-color-text-muted);
      vertical-align: bottom;
    }
    th,
    td {
      padding: var(--portico-space-s) var(--portico-space-xs);
    }
    .c-number,
    .c-funds {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .sip {
      display: grid;
      justify-items: start;
      gap: 0.15em;
    }
    .since {
      font-size: 0.875em;
    }
    .configure {
      min-height: 2.75rem;
      white-space: nowrap;
    }
    fieldset.forwarding,
    fieldset.when {
      display: grid;
      gap: var(--portico-space-xs);
    }
    fieldset.when {
      padding-inline-start: var(--portico-space-m);
    }
    [hidden] {
      display: none !important;
    }
    .groups-error {
      flex-wrap: wrap;
      align-items: center;
    }

    /* Narrow: a card per line — its number and registration first, then the rest, each named. */
    @container (max-width: 860px) {
      tr {
        gap: var(--portico-space-s) var(--portico-space-m);
        padding: var(--portico-space-m);
      }
      .c-number {
        grid-column: 1 / -1;
        font-size: 1.125em;
      }
      .c-sip,
      .c-forwarding,
      .c-actions {
        grid-column: 1 / -1;
      }
      .c-sip {
        grid-row: 2;
      }
      .c-sip .cell-label {
        display: none;
      }
    }
  `,
];
