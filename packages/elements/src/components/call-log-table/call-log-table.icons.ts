import { svg } from 'lit';

const icon = (path: ReturnType<typeof svg>) =>
  svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${path}</svg>`;

export const downIcon = icon(svg`<path d="M12 5v14M6 13l6 6 6-6"/>`);
export const upIcon = icon(svg`<path d="M12 19V5M6 11l6-6 6 6"/>`);
