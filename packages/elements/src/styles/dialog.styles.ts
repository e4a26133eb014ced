import { css } from 'lit';

/** Native modal dialogs and the choices inside them: for the widgets that have them. */
export const dialogStyles = css`
  /* Dialogs: native <dialog>, modal, so focus stays inside and Escape closes. */
  dialog {
    width: min(34rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--portico-color-border);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface);
    color: var(--portico-color-text);
    color-scheme: var(--portico-color-scheme);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-body {
    display: grid;
    gap: var(--portico-space-m);
    padding: var(--portico-space-l);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--portico-space-s);
  }
  .choice {
    display: flex;
    gap: var(--portico-space-s);
    align-items: flex-start;
    padding: var(--portico-space-xs) 0;
  }
  .choice input {
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.2em;
    accent-color: var(--portico-color-primary);
  }

`;
