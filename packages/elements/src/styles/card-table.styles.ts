import { css, type CSSResult } from 'lit';

/**
 * A table that becomes a card a row where its container is `cardsBelow` px wide or narrower:
 * the header row stays for screen readers only, each row is a bordered card whose cells flow
 * into as many columns as fit (`--card-table-column` wide at least; 11rem), and each cell shows
 * its column's name (`.cell-label`, hidden in the table). The widget places its cells in the
 * card and spaces the card; it comes after this sheet, so its rules win at the same weight.
 */
export function cardTableStyles(cardsBelow: number): CSSResult {
  return css`
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th {
      text-align: start;
    }
    th,
    td {
      padding: var(--portico-space-s);
      border-bottom: 1px solid color-mix(in srgb, var(--portico-color-border) 30%, transparent);
      vertical-align: top;
    }
    /* Words stay whole in the table (a column is as wide as its longest word); a card breaks a long one. */
    td {
      overflow-wrap: break-word;
    }
    .cell-label {
      display: none;
    }
    @container (max-width: ${cardsBelow}px) {
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
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--card-table-column, 11rem)), 1fr));
        border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
        border-radius: var(--portico-radius);
      }
      /* Above a widget's own cell rules of the table (its padding), so a card's cells are boxes of it. */
      table :is(th, td) {
        display: block;
        min-width: 0;
        padding: 0;
        border: 0;
        overflow-wrap: anywhere;
      }
      .cell-label {
        display: block;
        font-size: 0.8125em;
        color: var(--portico-color-text-muted);
      }
    }
  `;
}
