import { css } from 'lit';
import { iconButtonStyles } from '../../styles/icon-button.styles.ts';
import { recordListStyles } from '../../styles/record-list.styles.ts';

export const styles = [
  ...recordListStyles(1100),
  iconButtonStyles,
  css`
    /* The widget's parts render into its own shadow root; their boxes are their contents'. */
    portico-hunt-groups-editor,
    portico-hunt-groups-members,
    portico-hunt-groups-delete {
      display: contents;
    }
    .skeleton--row {
      height: 3.5rem;
    }
    .member-list {
      margin: 0;
      padding-inline-start: 1.5em;
    }
    /* Members are read a line each: the column takes the room for it. */
    td.members {
      min-width: 13rem;
    }
    .member-number {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    /* A description goes to the next line whole rather than split from its last word. */
    .member-description {
      display: inline-block;
      max-width: 100%;
    }

    /* The editor */
    .member-picker {
      display: grid;
      gap: var(--portico-space-s);
    }
    .member-order {
      display: grid;
      gap: var(--portico-space-xs);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .member {
      display: grid;
      grid-template-columns: 2ch minmax(0, 1fr) auto auto;
      align-items: center;
      gap: var(--portico-space-xs);
      padding: var(--portico-space-xs) var(--portico-space-s);
      border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
      border-radius: var(--portico-radius);
    }
    .member .choice span,
    .member-choices .choice span {
      overflow-wrap: anywhere;
    }
    .position {
      font-variant-numeric: tabular-nums;
      color: var(--portico-color-text-muted);
    }
    .member-choices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
      max-height: 16rem;
      overflow: auto;
      padding: var(--portico-space-xs) var(--portico-space-s);
      border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
      border-radius: var(--portico-radius);
    }
    .no-members {
      font-style: italic;
    }

    @container (max-width: 1100px) {
      td.members {
        min-width: 0;
      }
      /* Members in ringing order, down one column and on into the next where two fit. */
      .member-list {
        columns: 10rem;
        column-gap: 2.5em;
      }
      .member-list li {
        break-inside: avoid;
      }
    }
    /* Where three columns fit (11rem each, in the widget's and the card's padding), the members take two. */
    @container (min-width: 41rem) and (max-width: 1100px) {
      td.members {
        grid-column: span 2;
      }
    }
  `,
];
