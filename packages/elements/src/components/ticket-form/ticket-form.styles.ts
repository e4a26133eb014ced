import { css } from 'lit';

export const styles = css`
  form {
    display: grid;
    gap: var(--portico-space-l);
  }
  form > fieldset {
    display: grid;
    gap: var(--portico-space-m);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  form > fieldset > legend {
    margin-bottom: var(--portico-space-s);
    font-size: 1.05em;
    font-weight: 700;
  }
  .pair {
    display: grid;
    gap: var(--portico-space-m) var(--portico-space-s);
  }
  .pair .span {
    margin-top: calc(-1 * var(--portico-space-s));
  }
  @container (min-width: 560px) {
    .pair {
      grid-template-columns: 1fr 1fr;
    }
    .pair .span {
      grid-column: 1 / -1;
    }
  }
  .from dl {
    margin: 0;
  }
  .from .hint {
    margin: var(--portico-space-xs) 0 0;
  }
  .from .value {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface-muted);
    overflow-wrap: anywhere;
  }
  textarea.input {
    resize: vertical;
    min-height: 9rem;
  }
  .required {
    font-weight: 400;
    font-size: 0.875em;
  }
  .count {
    justify-self: end;
  }
  .priority {
    display: grid;
    gap: var(--portico-space-xs);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .segments {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-xs);
  }
  .segment {
    position: relative;
  }
  .segment input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .segment span {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0 var(--portico-space-m);
    border: 1px solid var(--portico-color-border);
    border-radius: var(--portico-radius);
  }
  .segment input:checked + span {
    border-color: var(--portico-color-primary);
    box-shadow: inset 0 0 0 1px var(--portico-color-primary);
    font-weight: 600;
  }
  .segment input:checked + span::before {
    margin-inline-end: 0.4em;
    content: '✓' / '';
  }
  .segment input:focus-visible + span {
    outline: 2px solid var(--portico-color-primary);
    outline-offset: 2px;
  }
  .suggestions {
    display: grid;
    gap: var(--portico-space-s);
    padding: var(--portico-space-m);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface-muted);
  }
  .articles {
    display: grid;
    gap: var(--portico-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .article {
    display: grid;
    gap: var(--portico-space-xs);
    justify-items: start;
    padding: var(--portico-space-s);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface);
  }
  .article-title {
    margin: 0;
    font-size: 1em;
  }
  .reader {
    display: grid;
    gap: var(--portico-space-m);
    justify-items: start;
    width: 100%;
    padding-top: var(--portico-space-s);
    border-top: 1px solid color-mix(in srgb, var(--portico-color-border) 35%, transparent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-s);
  }
  .result {
    gap: var(--portico-space-s);
  }
  /* The loading skeleton: a field's height, the message's, an article's. */
  .skeleton--field {
    height: 2.4rem;
  }
  .skeleton--message {
    height: 6.4rem;
  }
  .skeleton--reader {
    height: 6rem;
  }
`;
