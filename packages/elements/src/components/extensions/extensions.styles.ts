import { css } from 'lit';

export const styles = css`
  /* The widget's parts render into its own shadow root; their boxes are their contents'. */
  portico-extensions-editor,
  portico-extensions-delete {
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
  .search {
    display: grid;
    gap: var(--portico-space-xs);
    max-width: 24rem;
  }
  .results {
    display: grid;
    gap: var(--portico-space-m);
  }
  .skeleton--row {
    height: 3rem;
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
  .line {
    font-variant-numeric: tabular-nums;
  }
  /* A number is read as one. */
  .line,
  .recording {
    white-space: nowrap;
  }
  .cell-label {
    display: none;
  }
  .group-list {
    margin: 0;
    padding: 0;
    list-style: none;
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
  .play {
    gap: var(--portico-space-xs);
  }
  .play[aria-pressed='true'] {
    font-weight: 700;
  }
  .button--danger {
    background: var(--portico-color-danger);
    color: var(--portico-color-surface);
  }
  .player {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-s);
    padding: var(--portico-space-s);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface-muted);
  }
  .player audio {
    flex: 1 1 14rem;
    min-width: 0;
    max-width: 100%;
  }
  .player-label {
    font-weight: 600;
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
  .recorded-name {
    display: grid;
    gap: var(--portico-space-s);
  }
  .file-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-s);
  }
  .chosen {
    overflow-wrap: anywhere;
  }
  /* The file input is hidden; its label is the button, and shows where focus is. */
  #extension-file:focus-visible + label {
    outline: 2px solid var(--portico-color-primary);
    outline-offset: 2px;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-s);
  }
  .progress progress {
    width: 10rem;
    accent-color: var(--portico-color-primary);
  }
  .leaves {
    font-weight: 600;
  }

  /*
   * Narrower than the table: each extension is a card. Its number and description are the
   * card's heading line; the details follow in as many columns as fit (three at a tablet's
   * width, one on a phone), each under its name, and the actions take the last column.
   */
  @container (max-width: 1120px) {
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
    td {
      display: block;
      min-width: 0;
      padding: 0;
      border: 0;
      overflow-wrap: anywhere;
    }
    /*
     * The heading line is the description's cell, which shows the number before it. The number's
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
    .description {
      grid-column: 1 / -1;
      font-size: 1.0625em;
      font-weight: 600;
    }
    .description::before {
      /* Where generated content cannot have alternative text, the first: shown, and read twice. */
      content: attr(data-number);
      content: attr(data-number) / '';
      margin-inline-end: 0.5em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    /* A detail takes two rows of the card, its name's and its value's, shared with its neighbours: names and values line up. */
    td:is(.line, .pickup, .published, .recording, .groups) {
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
    .line,
    .recording {
      white-space: normal;
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
    .player-row {
      display: block;
      padding: 0;
      border: 0;
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
