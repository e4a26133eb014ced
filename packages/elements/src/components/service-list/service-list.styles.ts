import { css } from 'lit';

export const styles = css`
  /* The widget's parts render into its own shadow root; their boxes are their contents'. */
  portico-service-list-item,
  portico-service-list-order-dialog {
    display: contents;
  }
  .skeleton--service {
    height: 3.25rem;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--portico-space-s);
  }
  .services {
    display: grid;
    gap: var(--portico-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .service {
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
    border-radius: var(--portico-radius);
  }
  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: var(--portico-space-xs) var(--portico-space-s);
    padding: var(--portico-space-s) var(--portico-space-m);
  }
  .toggle {
    grid-column: 1 / -1;
    display: grid;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  /* The name opens the service's details: it looks like it (a chevron that turns, underlined under the pointer). */
  .toggle:hover .name,
  .toggle[aria-expanded='true'] .name {
    text-decoration: underline;
  }
  .name {
    font-weight: 600;
  }
  .name::after {
    content: '';
    display: inline-block;
    width: 0.45em;
    height: 0.45em;
    margin-inline-start: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(-45deg);
    transition: transform var(--portico-duration);
  }
  .toggle[aria-expanded='true'] .name::after {
    transform: translateY(-0.15em) rotate(45deg);
  }
  .meta {
    font-size: 0.875em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-xs);
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
  .icon-button svg {
    width: 1.3em;
    height: 1.3em;
  }
  .annex {
    font-size: 0.8125em;
    max-width: 14rem;
    text-align: end;
  }
  .details {
    display: grid;
    gap: var(--portico-space-m);
    padding: 0 var(--portico-space-m) var(--portico-space-m);
  }
  .settings {
    display: grid;
    gap: var(--portico-space-s);
  }
  .setting {
    max-width: 24rem;
  }
  .short {
    max-width: 10rem;
  }
  .save {
    justify-self: start;
  }
  h4 {
    margin: 0;
  }
  @container (min-width: 560px) {
    .row {
      grid-template-columns: 1fr auto auto;
    }
    .toggle {
      grid-column: auto;
    }
  }
`;
