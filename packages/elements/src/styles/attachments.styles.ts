import { css } from 'lit';

/** The attachment picker's look (see `base/attachment-picker.ts`). */
export const attachmentStyles = css`
  .attachments {
    display: grid;
    gap: var(--portico-space-xs);
  }
  .files {
    display: grid;
    gap: var(--portico-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-xs) var(--portico-space-s);
    padding: var(--portico-space-xs) var(--portico-space-s);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface-muted);
  }
  .file-name {
    flex: 1 1 8rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .file progress {
    flex: 1 1 6rem;
    accent-color: var(--portico-color-primary);
  }
  .file-state {
    display: inline-flex;
    align-items: center;
    gap: var(--portico-space-xs);
    font-size: 0.875em;
  }
  .file-state svg {
    width: 1em;
    height: 1em;
  }
  .remove {
    margin-inline-start: auto;
  }
  .drop {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-s);
    padding: var(--portico-space-s);
    border: 2px dashed color-mix(in srgb, var(--portico-color-border) 70%, transparent);
    border-radius: var(--portico-radius);
  }
  .drop.dragging {
    border-color: var(--portico-color-primary);
  }
  .drop input:focus-visible + label {
    outline: 2px solid var(--portico-color-primary);
    outline-offset: 2px;
  }
`;
