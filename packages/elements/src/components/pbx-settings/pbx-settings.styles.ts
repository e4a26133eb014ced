import { css } from 'lit';

export const styles = css`
  :host {
    --accent: var(--portico-pbx-settings-accent, var(--portico-color-primary));
  }
  /* The sections render into the widget's own shadow root; their boxes are their contents'. */
  portico-pbx-settings-intercom,
  portico-pbx-settings-abbreviated-dialing,
  portico-pbx-settings-incoming-calls,
  portico-pbx-settings-parking {
    display: contents;
  }
  .sections {
    display: grid;
    gap: var(--portico-space-m);
  }
  .section,
  .skeleton-section {
    display: grid;
    gap: var(--portico-space-m);
    min-width: 0;
    padding: var(--portico-space-m);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
    border-radius: var(--portico-radius);
  }
  .skeleton--row {
    height: 2.75rem;
  }
  .section-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--portico-space-xs) var(--portico-space-s);
  }
  .section-header h3 {
    font-size: 1.0625em;
  }
  .unsaved {
    padding: 0 var(--portico-space-s);
    border: 1px solid var(--portico-color-warning);
    border-radius: 999px;
    color: var(--portico-color-text);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .section-form {
    display: grid;
    gap: var(--portico-space-m);
    min-width: 0;
  }
  .field {
    max-width: 32rem;
    min-width: 0;
  }
  .short {
    max-width: 10rem;
  }
  .choice {
    display: flex;
    gap: var(--portico-space-s);
    align-items: flex-start;
    font-weight: 600;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--accent);
  }
  .choice + .hint {
    padding-inline-start: calc(1.25em + var(--portico-space-s));
  }
  /* Dial-plan conflicts: at their field, in words, with an icon — the colour only repeats them. */
  .conflicts {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: var(--portico-space-xs);
    color: var(--portico-color-danger);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .conflicts > svg {
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.15em;
  }
  .conflicts ul {
    display: grid;
    gap: var(--portico-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
    font-weight: 600;
  }
  .conflicts .entries {
    margin-top: var(--portico-space-xs);
    padding-inline-start: var(--portico-space-m);
    list-style: disc;
    font-weight: 400;
    color: var(--portico-color-text);
  }
  .conflicts .more {
    list-style: none;
    color: var(--portico-color-text-muted);
  }
  .conflicts .button--link {
    margin-top: var(--portico-space-xs);
    font-size: 1em;
    min-height: 1.5rem;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--portico-space-xs);
    color: var(--portico-color-text-muted);
    font-size: 0.875em;
  }
  /* Empty, it takes no room, and stays a live region: what it says next is announced. */
  .check:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .check svg {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.15em;
  }
  .check--conflicts {
    color: var(--portico-color-danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-s);
  }
  .notice {
    display: flex;
    align-items: flex-start;
    gap: var(--portico-space-xs);
    font-size: 0.875em;
  }
  .notice svg {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.15em;
  }
  .notice--success svg {
    color: var(--portico-color-success);
  }
  .notice--warning svg {
    color: var(--portico-color-warning);
  }
  /* Abbreviated numbers: stacked on a phone, one row each on a wider screen. */
  .numbers {
    display: grid;
    gap: var(--portico-space-s);
    min-width: 0;
  }
  .rows {
    display: grid;
    gap: var(--portico-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .number-row {
    padding: var(--portico-space-s);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
    border-radius: var(--portico-radius);
  }
  .row-fields {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--portico-space-s);
    align-items: start;
  }
  .row-fields > .field {
    grid-column: 1;
  }
  .row-fields > .remove {
    grid-column: 2;
    grid-row: 1;
    align-self: end;
  }
  .add svg {
    width: 1.2em;
    height: 1.2em;
  }
  .add {
    display: grid;
    gap: var(--portico-space-xs);
    justify-items: start;
  }
  @container (min-width: 760px) {
    .row-fields {
      grid-template-columns: 8rem minmax(0, 1fr) minmax(0, 13rem) auto;
    }
    .row-fields > .field {
      grid-column: auto;
    }
    .row-fields > .remove {
      grid-column: auto;
      grid-row: auto;
      margin-top: 1.75em;
      align-self: start;
    }
  }
  .button--primary {
    min-width: 7rem;
  }
`;
