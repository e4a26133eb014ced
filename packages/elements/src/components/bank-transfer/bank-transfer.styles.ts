import { css } from 'lit';

export const styles = css`
  h4 {
    margin: 0;
    font-size: 1em;
  }
  /* Columns that may be narrower than their longest word: the values wrap at their spaces instead. */
  .transfer {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--portico-space-s);
    margin: 0;
  }
  .transfer-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--portico-space-xs);
    padding-bottom: var(--portico-space-s);
    border-bottom: 1px solid color-mix(in srgb, var(--portico-color-border) 35%, transparent);
  }
  .transfer dt {
    color: var(--portico-color-text-muted);
    font-size: 0.875em;
  }
  .transfer dd {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--portico-space-s);
    margin: 0;
  }
  /* An IBAN or a transfer title breaks between its groups and words, never inside one unless it alone is too wide. */
  .transfer-value {
    min-width: 0;
    font-weight: 600;
    overflow-wrap: break-word;
    font-variant-numeric: tabular-nums;
  }
  /* The confirmation address is one long word: on a narrow screen it may break, not overflow. */
  .confirmation p {
    overflow-wrap: anywhere;
  }
  .copy {
    flex: none;
    min-height: 2.25rem;
    padding-block: 0;
  }
  .drop {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-s);
    padding: var(--portico-space-m);
    border: 2px dashed color-mix(in srgb, var(--portico-color-border) 70%, transparent);
    border-radius: var(--portico-radius);
  }
  .drop .hint:last-child {
    flex-basis: 100%;
  }
  .drop input:focus-visible + label {
    outline: 2px solid var(--portico-color-primary);
    outline-offset: 2px;
  }
  .progress {
    display: grid;
    gap: var(--portico-space-xs);
  }
  progress {
    width: 100%;
    accent-color: var(--portico-color-primary);
  }
  @container (min-width: 520px) {
    .transfer-row {
      grid-template-columns: 12rem minmax(0, 1fr);
      align-items: center;
    }
  }
  .skeleton--row {
    height: 2.5em;
  }
`;
