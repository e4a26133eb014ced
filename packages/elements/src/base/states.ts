import { html, type TemplateResult } from 'lit';
import { alertIcon, infoIcon, retryIcon } from './icons.ts';

/**
 * The loading state: the content's shape in skeletons, announced once as "Loading…".
 * `aria-busy` tells assistive tech that the region is not ready yet.
 */
export function loadingState(label: string, shape: TemplateResult): TemplateResult {
  return html`<div class="loading" aria-busy="true"><span class="visually-hidden" role="status">${label}</span><div aria-hidden="true">${shape}</div></div>`;
}

/** The error state: what went wrong in the user's language, and a way to try again. */
export function errorState(options: { title: string; message: string; retryLabel: string; onRetry: () => void }): TemplateResult {
  return html`<div class="alert alert--error" role="alert" part="error">
    ${alertIcon}
    <h3 class="error-title" tabindex="-1">${options.title}</h3>
    <p>${options.message}</p>
    <button type="button" class="button button--secondary" part="button retry" @click=${options.onRetry}>${retryIcon}${options.retryLabel}</button>
  </div>`;
}

/** The empty state: nothing to show, why, and what to do about it. */
export function emptyState(options: { title: string; message: string; action?: TemplateResult }): TemplateResult {
  return html`<div class="alert" part="empty">
    ${infoIcon}
    <h3>${options.title}</h3>
    <p>${options.message}</p>
    ${options.action ?? ''}
  </div>`;
}
