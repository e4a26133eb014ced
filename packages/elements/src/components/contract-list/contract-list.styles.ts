import { css } from 'lit';

export const styles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--portico-space-s);
  }
  .filters {
    display: grid;
    gap: var(--portico-space-s);
  }
  .skeleton--item {
    height: 3.5rem;
  }
  .list {
    display: grid;
    gap: var(--portico-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'number state' 'who state' 'plan state' 'ends state';
    gap: 0 var(--portico-space-s);
    width: 100%;
    padding: var(--portico-space-s) var(--portico-space-m);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item:hover {
    background: var(--portico-color-surface-muted);
  }
  .item[aria-current='true'] {
    border-color: var(--portico-color-primary);
    box-shadow: inset 4px 0 0 var(--portico-color-primary);
  }
  .number {
    grid-area: number;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .state {
    grid-area: state;
    align-self: center;
  }
  .who {
    grid-area: who;
  }
  .plan {
    grid-area: plan;
  }
  .ends {
    grid-area: ends;
  }
  /* Words break only when one alone is wider than its column: "Dyspozytornia", not "Dyspozyt|ornia". */
  .who,
  .plan,
  .ends {
    overflow-wrap: break-word;
  }
  .plan,
  .ends {
    font-size: 0.875em;
  }
  .label-text {
    font-weight: 600;
  }
  .more {
    justify-self: center;
  }
  @container (min-width: 640px) {
    /* The selects as wide as their longest option ("Biznes Pro Nielimitowany"); the search takes the rest. */
    .filters {
      grid-template-columns: minmax(0, 1fr) auto auto;
    }
    .item {
      /* Fixed outer columns: every row's badge and end date line up with the others'. */
      grid-template-columns: 10.5rem minmax(0, 1fr) 11rem;
      grid-template-areas: 'number who state' 'number plan ends';
      align-items: center;
      gap: 0 var(--portico-space-m);
    }
    .state {
      justify-self: end;
    }
    .ends {
      text-align: end;
    }
  }
  /* Wide enough for one row each: the columns line up from number to number. */
  @container (min-width: 56rem) {
    .item {
      grid-template-columns: 10.5rem minmax(0, 2fr) minmax(0, 1.3fr) 7.5rem 11rem;
      grid-template-areas: 'number who plan state ends';
    }
    .state {
      justify-self: start;
    }
  }
`;
