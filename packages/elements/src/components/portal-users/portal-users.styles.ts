import { css } from 'lit';

export const styles = css`
  /* The widget's parts render into its own shadow root; their boxes are their contents'. */
  portico-portal-users-editor,
  portico-portal-users-delete {
    display: contents;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--portico-space-s);
  }
  .heading {
    display: grid;
  }
  .heading p,
  .intro {
    font-size: 0.875em;
  }
  .header-actions {
    display: grid;
    justify-items: end;
    gap: var(--portico-space-xs);
    max-width: 100%;
  }
  /* Why adding, editing and deleting are not available: said once, beside them. */
  .reason {
    display: flex;
    align-items: flex-start;
    gap: var(--portico-space-xs);
    max-width: 26rem;
    font-size: 0.875em;
    color: var(--portico-color-text-muted);
  }
  .reason svg {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.15em;
  }
  .button[aria-disabled='true'],
  .icon-button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .results {
    display: grid;
    gap: var(--portico-space-m);
  }
  .skeleton--row {
    height: 3.5rem;
  }
  .more {
    justify-self: center;
  }

  /* The list */
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
  td {
    overflow-wrap: break-word;
  }
  .user-name {
    font-weight: 700;
  }
  .name {
    min-width: 9rem;
  }
  .main-badge {
    display: inline-flex;
    margin-top: var(--portico-space-xs);
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
    color: var(--portico-color-primary);
  }
  .name .main-badge {
    display: flex;
    width: fit-content;
  }
  .address {
    overflow-wrap: anywhere;
  }
  .cell-label {
    display: none;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    padding: 0 0.55em;
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 60%, transparent);
    border-radius: 999px;
    background: var(--portico-color-surface-muted);
    font-size: 0.8125em;
    white-space: nowrap;
  }
  .chip--all {
    font-weight: 600;
  }
  .actions {
    white-space: nowrap;
  }
  .icon-button + .icon-button {
    margin-inline-start: var(--portico-space-xs);
  }
  .icon-button:hover:not([aria-disabled='true']) {
    background: var(--portico-color-surface-muted);
  }
  .icon-button--danger:not([aria-disabled='true']) {
    color: var(--portico-color-danger);
  }
  .icon-button svg {
    width: 1.25em;
    height: 1.25em;
  }
  .button--danger {
    background: var(--portico-color-danger);
    color: var(--portico-color-surface);
  }

  /* Narrower than eight columns need: each user is a card — name and e-mail, then the details side by side. */
  @container (max-width: 1000px) {
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
      position: relative;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 8rem), 1fr));
      /* The short details fill the line after the role; the permissions take a line of their own. */
      grid-auto-flow: row dense;
      gap: var(--portico-space-s) var(--portico-space-m);
      padding: var(--portico-space-s) var(--portico-space-m);
      border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
      border-radius: var(--portico-radius);
    }
    tr.main {
      border-inline-start: 4px solid var(--portico-color-primary);
    }
    td {
      display: block;
      min-width: 0;
      padding: 0;
      border: 0;
      overflow-wrap: anywhere;
    }
    /* The name, with room at its end for the pencil and the trash. */
    td.name {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 var(--portico-space-s);
      grid-column: 1 / -1;
      min-width: 0;
      min-height: 2.75rem;
      padding-inline-end: 6.25rem;
    }
    .name .main-badge {
      margin: 0;
    }
    td.email,
    td.permissions {
      grid-column: 1 / -1;
    }
    /* The address under the name speaks for itself; its label stays for screen readers. */
    td.email {
      margin-top: calc(-1 * var(--portico-space-s));
      color: var(--portico-color-text-muted);
    }
    .email .cell-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .cell-label {
      display: block;
      font-size: 0.8125em;
      color: var(--portico-color-text-muted);
    }
    td.actions {
      position: absolute;
      inset-block-start: var(--portico-space-s);
      inset-inline-end: var(--portico-space-s);
    }
  }

  /* The editor */
  .choices {
    display: grid;
    gap: var(--portico-space-xs);
  }
  .option {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: var(--portico-space-s);
    align-items: start;
    align-content: start;
    padding: var(--portico-space-xs) 0;
  }
  .option input {
    width: 1.15em;
    height: 1.15em;
    margin: 0.2em 0 0;
    accent-color: var(--portico-color-primary);
  }
  .option label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .option .hint {
    grid-column: 2;
  }
  .option input:disabled + label {
    color: var(--portico-color-text-muted);
  }
  .permission-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    column-gap: var(--portico-space-m);
  }
  .note {
    padding: var(--portico-space-s) var(--portico-space-m);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface-muted);
    font-size: 0.875em;
  }
  #user-sign-in {
    gap: var(--portico-space-s);
  }
  .policy {
    display: grid;
    gap: var(--portico-space-xs);
    font-size: 0.875em;
  }
  .policy ul {
    display: grid;
    gap: 0.125rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .rule {
    display: flex;
    align-items: center;
    gap: var(--portico-space-xs);
    color: var(--portico-color-text-muted);
  }
  .rule svg {
    flex: none;
    width: 1.15em;
    height: 1.15em;
  }
  .rule--met {
    color: var(--portico-color-success);
    font-weight: 600;
  }

  /* How the main administrator is removed */
  .procedure ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .procedure a {
    color: var(--portico-color-primary);
    overflow-wrap: anywhere;
  }
`;
