import { css, type CSSResult } from 'lit';
import { cardTableStyles } from './card-table.styles.ts';

/**
 * A widget's list of numbered records (extensions, hunt groups): a header with the title, the
 * count and the add button; a table whose rows become cards where the container is
 * `cardsBelow` px wide or narrower (`cardTableStyles`); the add and edit dialogs' fields, and
 * the delete confirmation's button.
 *
 * A row's cells: `.number`; `.row-heading` with `data-number`, the card's heading line, which shows
 * the number before it; `td.detail` cells, each a `.cell-label` over a `.cell-value`, whose names
 * and values line up across a card's columns; and `td.actions`, Edit over Delete in the table,
 * at the foot of the card.
 */
export function recordListStyles(cardsBelow: number): CSSResult[] {
  return [
    cardTableStyles(cardsBelow),
    css`
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--portico-space-s);
      }
      .heading {
        display: grid;
      }
      .heading p {
        font-size: 0.875em;
      }
      .results {
        display: grid;
        gap: var(--portico-space-m);
      }
      .skeleton--field {
        height: 2.75rem;
      }
      th {
        font-size: 0.875em;
        vertical-align: bottom;
        color: var(--portico-color-text-muted);
      }
      .number {
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      /* Edit over Delete: the table keeps its width for what it shows. */
      .actions .button {
        display: flex;
        width: 100%;
        min-height: 2.25rem;
        padding-block: var(--portico-space-xs);
      }
      .actions .button + .button {
        margin-top: var(--portico-space-xs);
      }
      .button--danger {
        background: var(--portico-color-danger);
        color: var(--portico-color-surface);
      }
      .more {
        justify-self: center;
      }
      /* The editor */
      .short {
        max-width: 10rem;
      }
      .conflicts {
        display: grid;
        gap: var(--portico-space-xs);
        margin: 0;
        padding: 0;
        list-style: none;
      }

      /*
       * Cards: the number and the record's name or description are the card's heading line; the
       * details follow in as many columns as fit (three at a tablet's width, one on a phone),
       * each under its name, and the actions take the last column.
       */
      @container (max-width: ${cardsBelow}px) {
        tr {
          --detail-gap: var(--portico-space-s);
          column-gap: var(--portico-space-m);
          padding: var(--portico-space-s) var(--portico-space-m) var(--portico-space-m);
        }
        /*
         * The heading line shows the number before the name. The number's own cell stays for a
         * screen reader; the shown copy's alternative text is empty, so the number is read once.
         */
        .number {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip-path: inset(50%);
          white-space: nowrap;
        }
        .row-heading {
          grid-column: 1 / -1;
          font-size: 1.0625em;
          font-weight: 600;
        }
        .row-heading::before {
          /* Where generated content cannot have alternative text, the first: shown, and read twice. */
          content: attr(data-number);
          content: attr(data-number) / '';
          margin-inline-end: 0.5em;
          font-weight: 700;
          font-variant-numeric: tabular-nums;
        }
        /* A detail takes two rows of the card, its name's and its value's, shared with its neighbours: names and values line up. */
        td.detail {
          display: grid;
          grid-row: span 2;
          grid-template-rows: subgrid;
          margin-top: var(--detail-gap);
        }
        .cell-label {
          align-self: end;
        }
        /* The buttons in the last column, at the foot of the card. */
        td.actions {
          display: flex;
          grid-row: span 2;
          grid-column: -2 / -1;
          flex-wrap: wrap;
          align-items: flex-end;
          justify-content: flex-end;
          gap: var(--portico-space-xs);
          margin-top: var(--detail-gap);
        }
        .actions .button {
          width: auto;
        }
        .actions .button + .button {
          margin: 0;
        }
      }
      /* On a phone (one column: two need 23rem in the card), the details closer together; the buttons follow them, from the start. */
      @container (max-width: 27rem) {
        tr {
          --detail-gap: var(--portico-space-xs);
          padding-bottom: var(--portico-space-s);
        }
        td.actions {
          justify-content: flex-start;
        }
      }
    `,
  ];
}
