import { css } from 'lit';

export const styles = css`
  :host {
    --_height: var(--portico-call-log-table-height, 32rem);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--portico-space-s);
  }
  .tools,
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-s);
  }
  .export {
    display: flex;
    align-items: center;
    gap: var(--portico-space-xs);
  }
  .progress progress {
    width: 10rem;
    accent-color: var(--portico-color-primary);
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11.5rem, 1fr));
    gap: var(--portico-space-s);
  }
  .field[hidden] {
    display: none;
  }
  .range-error {
    grid-column: 1 / -1;
  }
  .count {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-xs);
    margin: 0;
    font-size: 0.875em;
  }
  .viewport {
    position: relative;
    container: calls / inline-size;
    height: var(--_height);
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
    border-radius: var(--portico-radius);
    font-variant-numeric: tabular-nums;
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--portico-color-surface-muted);
  }
  .body {
    position: relative;
  }
  .window {
    position: absolute;
    inset: 0 0 auto 0;
    will-change: transform;
  }
  /* Columns: date, direction, type, number, length, cost, recording. */
  .row {
    display: grid;
    grid-template-columns: 10rem 8.5rem 6.5rem minmax(9rem, 1fr) 6.5rem 7rem 2.75rem;
    align-items: center;
    gap: 0 var(--portico-space-s);
    height: var(--row);
    padding: 0 var(--portico-space-s);
    border-bottom: 1px solid color-mix(in srgb, var(--portico-color-border) 25%, transparent);
    white-space: nowrap;
    contain: strict;
  }
  /* Only words can outgrow their column; clipping every cell would cost paint time. */
  .c-startedAt,
  .c-direction,
  .c-category,
  .c-number {
    overflow: clip;
    text-overflow: ellipsis;
  }
  .head-row {
    font-weight: 600;
    font-size: 0.875em;
    height: 2.75rem;
  }
  .c-duration,
  .c-cost {
    text-align: end;
  }
  .c-wide {
    grid-column: 1 / -1;
  }
  /* The arrow and the play icon are drawn by CSS: a year of rows should not cost elements. */
  .outgoing::before,
  .incoming::before {
    margin-inline-end: 0.35em;
    content: '↗' / '';
  }
  .incoming::before {
    content: '↙' / '';
  }
  .card-only {
    display: none;
  }
  /* Compact: the direction is its arrow alone (its word stays for screen readers). */
  @container calls (max-width: 55rem) {
    .row {
      grid-template-columns: minmax(8rem, 1.2fr) 1.25rem minmax(4.5rem, 0.8fr) minmax(8.5rem, 1.3fr) 4.75rem 5.5rem 2.5rem;
    }
    .direction-text {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  }
  /* A PBX's calls: the line each went through, after the type. */
  .lines .row {
    grid-template-columns: 10rem 8.5rem 5.5rem 9.5rem minmax(9rem, 1fr) 6.5rem 7rem 2.75rem;
  }
  .c-account {
    overflow: clip;
    text-overflow: ellipsis;
  }
  @container calls (max-width: 64rem) {
    .lines .row {
      grid-template-columns: minmax(7.5rem, 1.2fr) 1.25rem minmax(3.5rem, 0.6fr) minmax(8rem, 1fr) minmax(8rem, 1.2fr) 4.5rem 5rem 2.5rem;
    }
    .lines .direction-text {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--portico-space-xs);
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .c-duration .sort,
  .c-cost .sort {
    margin-inline-start: auto;
  }
  .sort svg {
    width: 1em;
    height: 1em;
  }
  .play {
    display: inline-grid;
    place-items: center;
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--portico-color-primary);
    cursor: pointer;
  }
  .play::before {
    width: 1.5rem;
    height: 1.5rem;
    background: currentColor;
    mask: url('data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="none" stroke="black" stroke-width="2"/><path d="m10 8.5 5 3.5-5 3.5z"/></svg>') center / contain no-repeat;
    content: '';
  }
  /*
   * Narrow: each call is a two-line card — the number (and play) over date, length and cost,
   * with the direction's arrow beside. Cells keep their order, so screen readers still pair
   * them with their headers.
   */
  .narrow .row {
    grid-template-columns: 0.75rem minmax(0, 1fr) auto auto;
    grid-template-rows: auto auto;
    gap: 0 var(--portico-space-xs);
    padding-block: var(--portico-space-xs);
  }
  .narrow .c-direction::before {
    margin: 0;
  }
  .narrow .c-direction {
    grid-area: 1 / 1 / 3 / 2;
  }
  .narrow .c-number {
    grid-area: 1 / 2 / 2 / 5;
    font-weight: 600;
  }
  .narrow .recorded .c-number {
    grid-column-end: 4;
  }
  .narrow .c-recording {
    grid-area: 1 / 4;
    justify-self: end;
  }
  .narrow .c-startedAt {
    grid-area: 2 / 2;
  }
  .narrow .c-duration {
    grid-area: 2 / 3;
  }
  .narrow .c-cost {
    grid-area: 2 / 4;
  }
  .narrow .c-startedAt,
  .narrow .c-duration {
    font-size: 0.875em;
    color: var(--portico-color-text-muted);
  }
  .narrow .play {
    width: 2rem;
    height: 2rem;
  }
  .narrow .card-only {
    display: inline;
  }
  .narrow .c-category,
  .narrow .c-account,
  .narrow .direction-text,
  .narrow .head-row > :not(.c-startedAt, .c-duration, .c-cost) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  /* The header keeps what can be sorted, in one line. */
  .narrow .head-row {
    display: flex;
    gap: var(--portico-space-s);
    padding-block: 0;
  }
  .narrow .head-row > * {
    font-size: inherit;
    color: inherit;
  }
  .narrow .head-row .c-startedAt {
    flex: 1;
  }
  .skeleton--call {
    height: 2.25rem;
  }
  .skeleton--summary {
    height: 16rem;
  }
`;
