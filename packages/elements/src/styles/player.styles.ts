import { css } from 'lit';

/** A recording played in the page (`part="player"`): the browser's own player, its label and Close. */
export const playerStyles = css`
  .player {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-s);
    padding: var(--portico-space-s);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface-muted);
  }
  .player[hidden] {
    display: none;
  }
  .player audio {
    flex: 1 1 14rem;
    min-width: 0;
    max-width: 100%;
  }
  .player-label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
`;
