import { css } from 'lit';
import { cardTableStyles } from '../../styles/card-table.styles.ts';

export const styles = [
  cardTableStyles(880),
  css`
    /* The recent calls render into the widget's shadow root; their box is a panel of the grid. */
    portico-pbx-dashboard-calls {
      display: contents;
    }
    .panels {
      display: grid;
      gap: var(--portico-space-m);
      min-width: 0;
    }
    .panel {
      display: grid;
      align-content: start;
      gap: var(--portico-space-s);
      min-width: 0;
      padding: var(--portico-space-m);
      border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
      border-radius: var(--portico-radius);
    }
    .skeleton--wide {
      height: 2rem;
    }
    .skeleton--row {
      height: 2.5rem;
    }
    .customer {
      font-size: 1.125em;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    dl {
      display: grid;
      gap: var(--portico-space-xs);
      margin: 0;
    }
    dt {
      font-size: 0.875em;
      color: var(--portico-color-text-muted);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .figures {
      grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
      gap: var(--portico-space-s) var(--portico-space-m);
    }
    .balance {
      font-size: 1.5em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .counts {
      display: grid;
      gap: 0.15em;
      margin: 0;
      padding-inline-start: 1.2em;
    }
    .registered {
      display: flex;
      align-items: center;
      gap: var(--portico-space-xs);
      color: var(--portico-color-success);
      font-weight: 600;
    }
    .registered svg {
      flex: none;
      width: 1.2em;
      height: 1.2em;
    }
    .registered span {
      color: var(--portico-color-text);
    }
    .contact a {
      color: var(--portico-color-primary);
    }

    /* Recent calls */
    table {
      font-size: 0.9375em;
    }
    th {
      font-weight: 400;
    }
    thead th {
      font-size: 0.875em;
      font-weight: 600;
      color: var(--portico-color-text-muted);
    }
    th,
    td {
      padding: var(--portico-space-xs);
      vertical-align: middle;
    }
    .c-duration,
    .c-cost {
      font-variant-numeric: tabular-nums;
      text-align: end;
      white-space: nowrap;
    }
    .c-account,
    .c-from,
    .c-to {
      white-space: nowrap;
    }
    .card-only {
      display: none;
    }
    .play {
      min-height: 2.75rem;
      padding-block: var(--portico-space-xs);
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--portico-space-s);
    }
    .pager-buttons {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portico-space-xs);
    }

    @container (min-width: 720px) {
      .panels {
        grid-template-columns: 1fr 1fr;
      }
      .panel--calls {
        grid-column: 1 / -1;
        order: 1;
      }
      .panel--contact {
        order: 2;
      }
    }

    /*
     * Narrower than seven columns of phone numbers and money need (about 880 px): a card per
     * call — when, then the numbers and the money, each named.
     */
    @container (max-width: 880px) {
      tbody {
        gap: var(--portico-space-xs);
      }
      tr {
        --card-table-column: 8rem;
        gap: var(--portico-space-xs) var(--portico-space-s);
        padding: var(--portico-space-s);
      }
      th,
      td {
        text-align: start;
        white-space: normal;
      }
      .c-startedAt,
      .c-recording {
        grid-column: 1 / -1;
      }
      .c-startedAt {
        font-weight: 600;
      }
      .c-duration,
      .c-cost {
        text-align: start;
      }
      .card-only {
        display: block;
      }
    }
  `,
];
