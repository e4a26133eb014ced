import { css } from 'lit';

export const styles = css`
  :host {
    --accent: var(--portico-top-up-form-accent, var(--portico-color-primary));
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-m) var(--portico-space-xl);
    margin: 0;
  }
  .summary dt {
    color: var(--portico-color-text-muted);
    font-size: 0.875em;
  }
  .summary dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .summary .balance {
    font-size: 1.6em;
    line-height: 1.2;
  }
  .amount {
    position: relative;
    max-width: 16rem;
  }
  .amount .input {
    padding-inline-end: 3.5rem;
    font-size: 1.15em;
    font-variant-numeric: tabular-nums;
  }
  .currency {
    position: absolute;
    inset-inline-end: var(--portico-space-s);
    top: 50%;
    transform: translateY(-50%);
    color: var(--portico-color-text-muted);
  }
  .quick {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-s);
    margin-top: var(--portico-space-xs);
  }
  .chip {
    min-width: 5.5rem;
    font-variant-numeric: tabular-nums;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--accent);
    box-shadow: inset 0 0 0 1px var(--accent);
  }
  .methods {
    display: grid;
    gap: var(--portico-space-s);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .methods legend {
    padding: 0;
    margin-bottom: var(--portico-space-xs);
  }
  .method {
    display: flex;
    gap: var(--portico-space-s);
    align-items: flex-start;
    padding: var(--portico-space-s) var(--portico-space-m);
    border: 1px solid var(--portico-color-border);
    border-radius: var(--portico-radius);
    cursor: pointer;
  }
  .method:has(input:checked) {
    border-color: var(--accent);
    box-shadow: inset 0 0 0 1px var(--accent);
  }
  .method input {
    margin: 0.3em 0 0;
    accent-color: var(--accent);
    width: 1.1em;
    height: 1.1em;
  }
  .method-text {
    display: grid;
  }
  .method-name {
    font-weight: 600;
  }
  .blik .input {
    max-width: 10rem;
    letter-spacing: 0.2em;
    font-variant-numeric: tabular-nums;
  }
  .submit {
    justify-self: stretch;
  }
  .button--link {
    justify-self: start;
  }
  @container (min-width: 520px) {
    .methods {
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
    .methods legend {
      grid-column: 1 / -1;
    }
    .submit {
      justify-self: start;
      min-width: 16rem;
    }
  }
  .skeleton--balance {
    width: 12em;
    height: 2.2em;
  }
  .skeleton--hint {
    width: 5em;
  }
  .skeleton--field {
    height: 2.75rem;
  }
  .skeleton--methods {
    height: 4.5rem;
  }
  .skeleton--submit {
    width: 10em;
    height: 2.75rem;
  }
`;
