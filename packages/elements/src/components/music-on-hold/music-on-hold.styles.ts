import { css } from 'lit';

export const styles = css`
  /* The parts render into the widget's shadow root; their boxes are their contents'. */
  portico-music-on-hold-track,
  portico-music-on-hold-upload {
    display: contents;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--portico-space-s);
  }
  .results {
    display: grid;
    gap: var(--portico-space-l);
    min-width: 0;
  }
  .skeleton--track {
    height: 5rem;
  }
  .tracks {
    display: grid;
    gap: var(--portico-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .track {
    display: grid;
    gap: var(--portico-space-s);
    padding: var(--portico-space-m);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
    border-radius: var(--portico-radius);
    min-width: 0;
  }
  /* The track callers hear: a bar and its badge say it, not the tint alone. */
  .track.active {
    box-shadow: inset 4px 0 0 var(--portico-color-success);
  }
  .track-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-xs) var(--portico-space-s);
  }
  .description {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .actions,
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-xs);
  }
  .danger {
    --accent: var(--portico-color-danger);
  }
  .button--secondary.danger {
    color: var(--portico-color-danger);
    border-color: currentColor;
  }
  .edit,
  .upload,
  .upload-form {
    display: grid;
    gap: var(--portico-space-s);
    min-width: 0;
  }
  .confirm .form-actions {
    grid-column: 2;
  }
  .file {
    padding: var(--portico-space-xs);
    max-width: 100%;
  }
  .file::file-selector-button {
    min-height: 2.25rem;
    margin-inline-end: var(--portico-space-s);
    padding: 0 var(--portico-space-m);
    border: 1px solid var(--portico-color-border);
    border-radius: var(--portico-radius);
    background: transparent;
    color: var(--portico-color-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .progress {
    display: grid;
    gap: var(--portico-space-xs);
  }
  .progress progress {
    width: 100%;
    accent-color: var(--portico-color-primary);
  }
  .upload-button {
    justify-self: start;
  }
  @container (min-width: 640px) {
    .upload-form .field {
      max-width: 32rem;
    }
  }
`;
