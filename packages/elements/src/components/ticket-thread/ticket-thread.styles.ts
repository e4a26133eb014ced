import { css } from 'lit';

export const styles = css`
  /* The parts render into this shadow root: their content lays out as the widget's own. */
  portico-ticket-thread-head,
  portico-ticket-thread-cc,
  portico-ticket-thread-reply,
  portico-ticket-thread-history {
    display: contents;
  }
  .skeleton--subject {
    height: 2rem;
    width: 60%;
  }
  .skeleton--info {
    height: 6rem;
  }
  .skeleton--message {
    height: 5rem;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--portico-space-s);
  }
  h2 {
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-s);
  }
  .info {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    gap: var(--portico-space-s) var(--portico-space-m);
    margin: 0;
    padding: var(--portico-space-m);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface-muted);
  }
  .info dt {
    font-size: 0.875em;
    color: var(--portico-color-text-muted);
  }
  .info dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .info .badge {
    white-space: normal;
  }
  .number {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .cc {
    display: grid;
    gap: var(--portico-space-xs);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--portico-space-xs);
    padding: 0 0 0 var(--portico-space-s);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 60%, transparent);
    border-radius: 999px;
    overflow-wrap: anywhere;
  }
  .cc-add {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-xs);
  }
  .cc-add .input {
    flex: 1 1 12rem;
    width: auto;
  }
  .reply {
    display: grid;
    gap: var(--portico-space-m);
    padding: var(--portico-space-m);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
    border-radius: var(--portico-radius);
  }
  textarea.input {
    resize: vertical;
  }
  .count {
    justify-self: end;
  }
  .history {
    display: grid;
    gap: var(--portico-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .message {
    display: grid;
    gap: var(--portico-space-s);
    padding: var(--portico-space-m);
    border-radius: var(--portico-radius);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 35%, transparent);
  }
  .message.staff {
    background: var(--portico-color-surface-muted);
    border-inline-start: 4px solid var(--portico-color-primary);
  }
  .message-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--portico-space-xs) var(--portico-space-s);
  }
  .author {
    font-weight: 700;
  }
  .role {
    padding: 0 var(--portico-space-xs);
    border-radius: 4px;
    font-size: 0.8em;
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 60%, transparent);
  }
  .message time {
    margin-inline-start: auto;
    font-size: 0.875em;
  }
  /* The customer's and support's words, as they wrote them: text with its line breaks. */
  .body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .message-files {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-xs) var(--portico-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .confirm .actions {
    grid-column: 1 / -1;
  }
`;
