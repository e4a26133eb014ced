import { html, nothing, type TemplateResult } from 'lit';
import { alertIcon } from './icons.ts';

/**
 * "Show more" under a list: busy while the next page loads and, when that failed, why — at
 * the button, which stays to try again. (A failure only the host page heard of would leave
 * the person waiting for a page that never comes.)
 */
export function showMore(options: { label: string; loading: boolean; error: unknown; failed: string; describe: (error: unknown) => string; onMore: () => void }): TemplateResult {
  const { label, loading, error } = options;
  return html`<button type="button" class="button button--secondary more" part="button" aria-disabled=${loading ? 'true' : 'false'} @click=${options.onMore}>
      ${loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${label}
    </button>
    ${error ? html`<p class="field-error more-error" role="alert" part="error">${alertIcon}<span>${options.failed} ${options.describe(error)}</span></p>` : nothing}`;
}
