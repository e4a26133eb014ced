import { css } from 'lit';

export const styles = css`
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
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  th {
    text-align: start;
  }
  thead th {
    font-size: 0.875em;
    color: var(--portico-color-text-muted);
    vertical-align: bottom;
  }
  th,
  td {
    padding: var(--portico-space-s) var(--portico-space-xs);
    border-bottom: 1px solid color-mix(in srgb, var(--portico-color-border) 30%, transparent);
    vertical-align: top;
  }
  .c-number {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .c-funds {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .cell-label {
    display: none;
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
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
      gap: var(--portico-space-s) var(--portico-space-m);
      padding: var(--portico-space-m);
      border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
      border-radius: var(--portico-radius);
    }
    th,
    td {
      display: block;
      min-width: 0;
      padding: 0;
      border: 0;
      overflow-wrap: anywhere;
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
    .cell-label {
      display: block;
      font-size: 0.8125em;
      color: var(--portico-color-text-muted);
    }
    .c-sip .cell-label {
      display: none;
    }
  }
`;
