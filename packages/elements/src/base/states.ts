import { html, type TemplateResult } from 'lit';
import { alertIcon, infoIcon, retryIcon } from './icons.ts';

/**
 * The loading state: the content's shape in skeletons, announced once as "Loading…".
 * `aria-busy` tells assistive tech that the region is not ready yet.
 */
export function loadingState(label: string, shape: TemplateResult): TemplateResult {
  return html`<div class="loading" aria-busy="true"><span class="visually-hidden" role="status">${label}</span><div aria-hidden="true">${shape}</div></div>`;
}

/**
 * The error state: what went wrong in the user's language, and a way to try again — unless
 * trying again cannot help (a permission the user lacks), when there is no retry to offer.
 */
export function errorState(options: { title: string; message: string; retryLabel?: string; onRetry?: () => void }): TemplateResult {
  const { onRetry } = options;
  return html`<div class="alert alert--error" role="alert" part="error">
    ${alertIcon}
    <h3 class="error-title" tabindex="-1">${options.title}</h3>
    <p>${options.message}</p>
    ${onRetry ? html`<button type="button" class="button button--secondary" part="button retry" @click=${(event: Event) => retry(event, onRetry)}>${retryIcon}${options.retryLabel}</button>` : ''}
  </div>`;
}

/**
 * Try again: the button goes with the error, so focus first moves to the widget's title
 * (`#title`), which stays while the content loads — not to the page's `<body>`. A widget that
 * focuses something itself (in `onRetry`) has the last word.
 */
function retry(event: Event, onRetry: () => void): void {
  const title = ((event.currentTarget as Element).getRootNode() as ParentNode).querySelector<HTMLElement>('#title');
  if (title) {
    if (!title.hasAttribute('tabindex')) title.tabIndex = -1;
    title.focus();
  }
  onRetry();
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
