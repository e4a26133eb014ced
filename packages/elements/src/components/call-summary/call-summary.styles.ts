import { css } from 'lit';

export const styles = css`
  .skeleton--totals {
    height: 5rem;
  }
  .skeleton--chart {
    height: 12rem;
  }
  .totals {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
    gap: var(--portico-space-s);
    margin: 0;
  }
  .total {
    padding: var(--portico-space-s) var(--portico-space-m);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface-muted);
  }
  .total dt {
    font-weight: 600;
  }
  .total dd {
    margin: 0;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .total .big {
    font-size: 1.3em;
    font-weight: 700;
  }
  .sum {
    outline: 2px solid var(--portico-color-primary);
    outline-offset: -2px;
  }
  .chart {
    display: grid;
    gap: var(--portico-space-xs);
    margin: 0;
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-xs) var(--portico-space-m);
    align-items: center;
    font-size: 0.875em;
  }
  .chart-title {
    font-weight: 600;
    flex-basis: 100%;
  }
  .legend {
    display: inline-flex;
    align-items: center;
    gap: var(--portico-space-xs);
  }
  .swatch {
    width: 1.2em;
    height: 0.7em;
    border-radius: 2px;
  }
  .swatch.bars {
    background: color-mix(in srgb, var(--portico-color-primary) 55%, transparent);
  }
  .swatch.line {
    height: 3px;
    background: var(--portico-color-warning);
  }
  svg {
    width: 100%;
    height: 12rem;
    border-bottom: 1px solid var(--portico-color-border);
  }
  .bar {
    fill: color-mix(in srgb, var(--portico-color-primary) 55%, transparent);
  }
  .bar:hover {
    fill: var(--portico-color-primary);
  }
  .cost {
    fill: none;
    stroke: var(--portico-color-warning);
    stroke-width: 2;
  }
  .axis {
    display: flex;
    justify-content: space-between;
    font-size: 0.8125em;
  }
  details summary {
    cursor: pointer;
    color: var(--portico-color-primary);
  }
  table {
    width: 100%;
    margin-top: var(--portico-space-s);
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    font-size: 0.875em;
  }
  th,
  td {
    padding: var(--portico-space-xs) var(--portico-space-s);
    border-bottom: 1px solid color-mix(in srgb, var(--portico-color-border) 30%, transparent);
    text-align: end;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
    font-weight: 400;
  }
`;
