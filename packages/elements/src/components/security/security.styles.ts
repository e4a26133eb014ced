import { css } from 'lit';

export const styles = css`
  :host {
    --accent: var(--portico-security-accent, var(--portico-color-primary));
  }
  /* The sections render into the widget's own shadow root; their boxes are their contents'. */
  portico-security-password,
  portico-security-security-code,
  portico-security-allow-list,
  portico-security-two-factor,
  portico-security-call {
    display: contents;
  }
  .sections {
    display: grid;
    gap: var(--portico-space-m);
    min-width: 0;
  }
  .section,
  .skeleton-section {
    display: grid;
    gap: var(--portico-space-m);
    align-content: start;
    min-width: 0;
    padding: var(--portico-space-m);
    border: 1px solid color-mix(in srgb, var(--portico-color-border) 45%, transparent);
    border-radius: var(--portico-radius);
  }
  @container (min-width: 900px) {
    .sections {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .skeleton--row {
    height: 2.75rem;
  }
  .section-title {
    font-size: 1.0625em;
  }
  .section-form {
    display: grid;
    gap: var(--portico-space-m);
    min-width: 0;
  }
  .field {
    max-width: 28rem;
    min-width: 0;
  }
  .field--short {
    max-width: 14rem;
  }
  .field--wide {
    max-width: 40rem;
  }
  .textarea {
    min-height: 8rem;
    resize: vertical;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  .button--primary {
    min-width: 7rem;
    background: var(--accent);
    border-color: var(--accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-s);
  }
  .alert-title {
    font-weight: 600;
  }
  .alert ul,
  .field-error ul {
    margin: var(--portico-space-xs) 0 0;
    padding-inline-start: var(--portico-space-m);
  }
  /* Sign-in facts: label over value on a phone, side by side when there is room. */
  .facts {
    display: grid;
    gap: var(--portico-space-s);
    margin: 0;
  }
  .facts > div {
    display: grid;
    gap: 0 var(--portico-space-m);
    min-width: 0;
  }
  @container (min-width: 520px) {
    .facts > div {
      grid-template-columns: 12rem minmax(0, 1fr);
    }
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .login {
    font-weight: 600;
  }
  .block {
    display: block;
  }
  /* The password policy: each rule with an icon and words; colour only repeats them. */
  .policy {
    font-size: 0.875em;
  }
  .policy ul {
    display: grid;
    gap: var(--portico-space-xs);
    margin: var(--portico-space-xs) 0 0;
    padding: 0;
    list-style: none;
  }
  .rule {
    display: flex;
    align-items: center;
    gap: var(--portico-space-xs);
    color: var(--portico-color-text-muted);
  }
  .rule svg {
    flex: none;
    width: 1.15em;
    height: 1.15em;
  }
  .rule--met {
    color: var(--portico-color-success);
    font-weight: 600;
  }
  .choice {
    display: flex;
    gap: var(--portico-space-s);
    align-items: flex-start;
    margin-top: var(--portico-space-s);
    font-weight: 600;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--accent);
  }
  /* Two-factor enrolment: the QR code stays dark on light in either theme, as scanners need. */
  .enrolment {
    display: grid;
    gap: var(--portico-space-m);
    min-width: 0;
  }
  .qr-box {
    display: grid;
    justify-items: start;
  }
  .qr {
    display: block;
    width: min(14rem, 100%);
    height: auto;
    aspect-ratio: 1;
    border: 1px solid var(--portico-color-border);
  }
  .qr-light {
    fill: #fff;
  }
  .qr-dark {
    fill: #000;
  }
  .key-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space-s);
  }
  .key,
  .codes code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 1.0625em;
    letter-spacing: 0.04em;
    overflow-wrap: anywhere;
  }
  .recovery {
    display: grid;
    gap: var(--portico-space-s);
    padding: var(--portico-space-m);
    border: 1px solid var(--portico-color-warning);
    border-radius: var(--portico-radius);
  }
  .codes {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: var(--portico-space-xs) var(--portico-space-m);
    margin: 0;
    padding-inline-start: 1.75em;
  }
  .alert--info {
    border-color: var(--portico-color-border);
  }
  .spinner {
    margin-inline-end: var(--portico-space-xs);
  }
`;
