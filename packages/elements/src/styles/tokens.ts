import { css, type CSSResult } from 'lit';

/**
 * The global design tokens as a page-level stylesheet. `:where()` has no specificity, so
 * any rule of the host page (`:root { --portico-color-primary: … }`) wins. Colours are
 * `light-dark(light, dark)`: each widget picks by its own `color-scheme`, which is the host
 * page's (what the page declares: a page that says nothing is light, one that says
 * `light dark` follows the system) unless `theme` or `--portico-color-scheme` forces one — so
 * forcing a theme never hides a colour the page set.
 */
export const tokenStyles: CSSResult = css`
  :where(:root) {
    --portico-color-primary: light-dark(#0b57d0, #8ab4f8);
    --portico-color-on-primary: light-dark(#ffffff, #0b1d3a);
    --portico-color-danger: light-dark(#b42318, #ffb4ab);
    --portico-color-success: light-dark(#146c2e, #7fd99a);
    --portico-color-warning: light-dark(#8a4b00, #f9c46b);
    --portico-color-surface: light-dark(#ffffff, #17191c);
    --portico-color-surface-muted: light-dark(#f2f4f7, #24282d);
    --portico-color-text: light-dark(#1c2024, #e8eaed);
    --portico-color-text-muted: light-dark(#535c67, #a9b1ba);
    --portico-color-border: light-dark(#7c8591, #7b848e);
    /* Unset: a widget's color-scheme is then inherited from the page around it. */
    --portico-color-scheme: initial;
    --portico-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    --portico-font-size: 1rem;
    --portico-radius: 0.5rem;
    --portico-space-xs: 0.25rem;
    --portico-space-s: 0.5rem;
    --portico-space-m: 1rem;
    --portico-space-l: 1.5rem;
    --portico-space-xl: 2rem;
    --portico-duration: 160ms;
  }
  :where([theme='light']) {
    --portico-color-scheme: light;
  }
  :where([theme='dark']) {
    --portico-color-scheme: dark;
  }
  @media (prefers-reduced-motion: reduce) {
    :where(:root) {
      --portico-duration: 0ms;
    }
  }
`;

/** Every global token and its default, read from the stylesheet (for documentation and tests). */
export function tokens(): Record<string, string> {
  const block = /:where\(:root\)\s*\{([^}]*)\}/.exec(tokenStyles.cssText)![1]!;
  return Object.fromEntries([...block.matchAll(/(--portico-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const INJECTED = Symbol.for('portico.tokens');

/** Adds the token stylesheet to the page once, however many copies of Portico it loads. */
export function injectTokens(doc: Document = document): void {
  const marked = doc as Document & { [INJECTED]?: boolean };
  if (marked[INJECTED]) return;
  marked[INJECTED] = true;
  const sheet = tokenStyles.styleSheet;
  if (sheet) doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
}
