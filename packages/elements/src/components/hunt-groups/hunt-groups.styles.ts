import { css } from 'lit';

export const styles = css`
  /* The widget's parts render into its own shadow root; their boxes are their contents'. */
  portico-hunt-groups-editor,
  portico-hunt-groups-members,
  portico-hunt-groups-delete {
    display: contents;
  }
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
  .skeleton--row {
    height: 3.5rem;
  }
  .skeleton--field {
    height: 2.75rem;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th {
    font-size: 0.875em;
    text-align: start;
    vertical-align: bottom;
    color: var(--portico-color-text-muted);
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
  .number {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .cell-label {
    display: none;
  }
  .member-list {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  /* Members are read a line each: the column takes the room for it. */
  td.members {
    min-width: 13rem;
  }
  .member-number {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  /* A description goes to the next line whole rather than split from its last word. */
  .member-description {
    display: inline-block;
    max-width: 100%;
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
  .member-picker {
    display: grid;
    gap: var(--portico-space-s);
  }
  .member-order {
    display: grid;
    gap: var(--portico-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .member {
    display: grid;
    grid-template-columns: 2ch minmax(0, 1fr) auto auto;
    align-items: center;
    gap: var(--portico-space-xs);
    padding: var(--portico-space-xs) var(--portico-space-s);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
    border-radius: var(--portico-radius);
  }
  .member .choice span,
  .member-choices .choice span {
    overflow-wrap: anywhere;
  }
  .position {
    font-variant-numeric: tabular-nums;
    color: var(--portico-color-text-muted);
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    border: 1px solid var(--portico-color-border);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface);
    color: var(--portico-color-text);
    cursor: pointer;
  }
  .icon-button:disabled {
    cursor: default;
    opacity: 0.4;
  }
  .icon-button svg {
    width: 1.2em;
    height: 1.2em;
  }
  .member-choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    max-height: 16rem;
    overflow: auto;
    padding: var(--portico-space-xs) var(--portico-space-s);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
    border-radius: var(--portico-radius);
  }
  .no-members {
    font-style: italic;
  }

  /*
   * Narrower than the table: each hunt group is a card. Its number and name are the card's
   * heading line; the details follow in as many columns as fit (three at a tablet's width, one
   * on a phone), each under its name, the members over two columns where three fit, and the
   * actions take the last column.
   */
  @container (max-width: 1100px) {
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
      --detail-gap: var(--portico-space-s);
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
      column-gap: var(--portico-space-m);
      padding: var(--portico-space-s) var(--portico-space-m) var(--portico-space-m);
      border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
      border-radius: var(--portico-radius);
    }
    td,
    td.members {
      display: block;
      min-width: 0;
      padding: 0;
      border: 0;
      overflow-wrap: anywhere;
    }
    /*
     * The heading line is the name's cell, which shows the number before it. The number's
     * own cell stays for a screen reader; the shown copy's alternative text is empty, so the
     * number is read once.
     */
    .number {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .name {
      grid-column: 1 / -1;
      font-size: 1.0625em;
      font-weight: 600;
    }
    .name::before {
      /* Where generated content cannot have alternative text, the first: shown, and read twice. */
      content: attr(data-number);
      content: attr(data-number) / '';
      margin-inline-end: 0.5em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    /* A detail takes two rows of the card, its name's and its value's, shared with its neighbours: names and values line up. */
    td:is(.strategy, .members, .caller-id, .pickup) {
      display: grid;
      grid-row: span 2;
      grid-template-rows: subgrid;
      margin-top: var(--detail-gap);
    }
    .cell-label {
      display: block;
      align-self: end;
      font-size: 0.8125em;
      color: var(--portico-color-text-muted);
    }
    /* Members in ringing order, down one column and on into the next where two fit. */
    .member-list {
      columns: 10rem;
      column-gap: 2.5em;
    }
    .member-list li {
      break-inside: avoid;
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
  /* Where three columns fit (11rem each, in the widget's and the card's padding), the members take two. */
  @container (min-width: 41rem) and (max-width: 1100px) {
    td.members {
      grid-column: span 2;
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
`;
