import { css } from 'lit';

/** The look every widget shares: box, type, buttons, fields, alerts, skeletons. */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    color-scheme: var(--portico-color-scheme);
    font-family: var(--portico-font-family);
    font-size: var(--portico-font-size);
    line-height: 1.5;
    color: var(--portico-color-text);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part='base'] {
    display: grid;
    /* One column as wide as the widget: content wider than it wraps or scrolls in its own box, never widens the rest. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--portico-space-m);
    background: var(--portico-color-surface);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
    border-radius: var(--portico-radius);
    padding: var(--portico-space-m);
  }
  @container (min-width: 480px) {
    [part='base'] {
      padding: var(--portico-space-l);
    }
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1em;
  }
  :focus-visible {
    outline: 2px solid var(--portico-color-primary);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: var(--portico-color-text-muted);
  }
  .stack {
    display: grid;
    gap: var(--portico-space-m);
  }

  /* Buttons: 44 px targets, a visible state for every interaction. */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--portico-space-s);
    min-height: 2.75rem;
    padding: var(--portico-space-s) var(--portico-space-m);
    border: 1px solid transparent;
    border-radius: var(--portico-radius);
    font: inherit;
    font-weight: 600;
    text-align: center;
    cursor: pointer;
    transition: filter var(--portico-duration);
  }
  .button:hover {
    filter: brightness(1.08);
  }
  .button--primary {
    background: var(--accent, var(--portico-color-primary));
    color: var(--portico-color-on-primary);
  }
  .button--secondary {
    background: transparent;
    color: var(--portico-color-text);
    border-color: var(--portico-color-border);
  }
  .button--link {
    min-height: auto;
    padding: 0;
    background: none;
    color: var(--portico-color-primary);
    text-decoration: underline;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    filter: saturate(0.6);
  }
  .button svg {
    flex: none;
    width: 1.1em;
    height: 1.1em;
  }

  /* Fields */
  .field {
    display: grid;
    gap: var(--portico-space-xs);
  }
  .label {
    font-weight: 600;
  }
  .hint {
    color: var(--portico-color-text-muted);
    font-size: 0.875em;
  }
  .field-error {
    display: flex;
    align-items: flex-start;
    gap: var(--portico-space-xs);
    color: var(--portico-color-danger);
    font-size: 0.875em;
    font-weight: 600;
  }
  .field-error svg {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.15em;
  }
  .input {
    width: 100%;
    min-height: 2.75rem;
    padding: var(--portico-space-s);
    border: 1px solid var(--portico-color-border);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface);
    color: var(--portico-color-text);
    font: inherit;
  }
  .input[aria-invalid='true'] {
    border-color: var(--portico-color-danger);
    box-shadow: inset 0 0 0 1px var(--portico-color-danger);
  }

  /* Alerts: an icon and a title carry the meaning, the colour only repeats it. */
  .alert {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--portico-space-xs) var(--portico-space-s);
    padding: var(--portico-space-m);
    border-radius: var(--portico-radius);
    border-inline-start: 4px solid var(--portico-color-border);
    background: var(--portico-color-surface-muted);
  }
  .alert > svg {
    width: 1.4em;
    height: 1.4em;
  }
  .alert > :not(svg) {
    grid-column: 2;
  }
  .alert--error {
    border-color: var(--portico-color-danger);
  }
  .alert--error > svg {
    color: var(--portico-color-danger);
  }
  .alert--success {
    border-color: var(--portico-color-success);
  }
  .alert--success > svg {
    color: var(--portico-color-success);
  }
  .alert--warning {
    border-color: var(--portico-color-warning);
  }
  .alert--warning > svg {
    color: var(--portico-color-warning);
  }
  .alert .button {
    justify-self: start;
    margin-top: var(--portico-space-s);
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  /* Loading */
  .skeleton {
    display: block;
    height: 1em;
    border-radius: var(--portico-radius);
    background: linear-gradient(90deg, var(--portico-color-surface-muted) 25%, color-mix(in srgb, var(--portico-color-surface-muted) 55%, var(--portico-color-border)) 50%, var(--portico-color-surface-muted) 75%);
    background-size: 200% 100%;
    animation: shimmer calc(var(--portico-duration) * 9) linear infinite;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin calc(var(--portico-duration) * 5) linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton,
    .spinner {
      animation: none;
    }
  }
`;
