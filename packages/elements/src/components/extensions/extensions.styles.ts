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

  /* Narrow: each extension is a card — its number and description, then each detail under its name. */
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
    /* Side by side where two fit, one under the other on a phone. */
    tbody {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
      gap: var(--portico-space-s);
    }
    tr {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: var(--portico-space-xs) var(--portico-space-s);
      padding: var(--portico-space-s) var(--portico-space-m);
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
    .description {
      font-weight: 600;
    }
    td:not(.number, .description) {
      grid-column: 1 / -1;
    }
    .line,
    .recording {
      white-space: normal;
    }
    .cell-label {
      display: block;
      font-size: 0.8125em;
      color: var(--portico-color-text-muted);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portico-space-xs);
      margin-top: var(--portico-space-xs);
    }
    .actions .button {
      width: auto;
    }
    .actions .button + .button {
      margin: 0;
    }
    .player-row {
      display: block;
      grid-column: 1 / -1;
      padding: 0;
      border: 0;
    }
  }
`;
