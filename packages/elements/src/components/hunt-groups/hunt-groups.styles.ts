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

  /* Narrow: each hunt group is a card — its number and name, then each detail under its name. */
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
    td,
    td.members {
      display: block;
      min-width: 0;
      padding: 0;
      border: 0;
      overflow-wrap: anywhere;
    }
    .name {
      font-weight: 600;
    }
    td:not(.number, .name) {
      grid-column: 1 / -1;
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
  }
`;
