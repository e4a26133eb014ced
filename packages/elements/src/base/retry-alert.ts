import { html, type TemplateResult } from 'lit';
import { alertIcon, retryIcon } from './icons.ts';

/**
 * Something a part of the widget needs could not be loaded (while the rest is shown): why,
 * and a button to load it again.
 */
export function retryAlert(message: string, retryLabel: string, onRetry: () => void): TemplateResult {
  return html`<div class="alert alert--error" role="alert" part="error">
    ${alertIcon}
    <p>${message}</p>
    <button type="button" class="button button--secondary" part="button" @click=${onRetry}>${retryIcon}${retryLabel}</button>
  </div>`;
}
