import { css } from 'lit';

export const styles = css`
  /* The card's parts render into its own shadow root; their boxes are their contents'. */
  portico-contract-card-puk,
  portico-contract-card-contact,
  portico-contract-card-sim-order {
    display: contents;
  }
  .skeleton--title {
    height: 2em;
    width: 12em;
  }
  .skeleton--row {
    height: 2.5em;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--portico-space-s);
  }
  .number {
    font-variant-numeric: tabular-nums;
  }
  .details {
    display: grid;
    gap: var(--portico-space-s);
    margin: 0;
  }
  .details > div {
    display: grid;
    gap: 0 var(--portico-space-m);
    padding-bottom: var(--portico-space-s);
    border-bottom: 1px solid color-mix(in srgb, var(--portico-color-border) 35%, transparent);
  }
  dt {
    color: var(--portico-color-text-muted);
    font-size: 0.875em;
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  .contact {
    display: block;
    font-weight: 400;
    overflow-wrap: anywhere;
  }
  .iccid,
  .puk-code {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.03em;
  }
  .puk {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-s);
  }
  .puk-code {
    font-size: 1.2em;
  }
  .small {
    min-height: 2.25rem;
    padding-block: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-s);
  }
  .choices {
    display: grid;
  }
  .row {
    display: grid;
    gap: var(--portico-space-m);
  }
  @container (min-width: 520px) {
    .details > div {
      grid-template-columns: 11rem 1fr;
      align-items: baseline;
    }
  }
  @container (min-width: 400px) {
    .row {
      grid-template-columns: 8rem 1fr;
    }
  }
`;
