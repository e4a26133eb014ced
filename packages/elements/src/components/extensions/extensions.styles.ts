import { css } from 'lit';
import { recordListStyles } from '../../styles/record-list.styles.ts';

export const styles = [
  ...recordListStyles(1120),
  css`
    /* The widget's parts render into its own shadow root; their boxes are their contents'. */
    portico-extensions-editor,
    portico-extensions-delete {
      display: contents;
    }
    .search {
      display: grid;
      gap: var(--portico-space-xs);
      max-width: 24rem;
    }
    .skeleton--row {
      height: 3rem;
    }
    .line {
      font-variant-numeric: tabular-nums;
    }
    /* A number is read as one. */
    .line,
    .recording {
      white-space: nowrap;
    }
    .group-list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .play {
      gap: var(--portico-space-xs);
    }
    .play[aria-pressed='true'] {
      font-weight: 700;
    }

    /* The editor */
    .recorded-name {
      display: grid;
      gap: var(--portico-space-s);
    }
    .file-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--portico-space-s);
    }
    .chosen {
      overflow-wrap: anywhere;
    }
    /* The file input is hidden; its label is the button, and shows where focus is. */
    #extension-file:focus-visible + label {
      outline: 2px solid var(--portico-color-primary);
      outline-offset: 2px;
    }
    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--portico-space-s);
    }
    .progress progress {
      width: 10rem;
      accent-color: var(--portico-color-primary);
    }
    .leaves {
      font-weight: 600;
    }

    @container (max-width: 1120px) {
      .line,
      .recording {
        white-space: normal;
      }
      .player-row {
        display: block;
        padding: 0;
        border: 0;
      }
    }
  `,
];
