import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The global design tokens. Colours have a light and a dark value and are written as
 * `light-dark()`, so each widget picks by its own `color-scheme`: the system's, or the one
 * `theme` forces. Forcing a theme therefore never hides a colour the host page has set.
 */
const colors: Record<string, [light: string, dark: string]> = {
  '--portico-color-primary': ['#0b57d0', '#8ab4f8'],
  '--portico-color-on-primary': ['#ffffff', '#0b1d3a'],
  '--portico-color-danger': ['#b42318', '#ffb4ab'],
  '--portico-color-success': ['#146c2e', '#7fd99a'],
  '--portico-color-warning': ['#8a4b00', '#f9c46b'],
  '--portico-color-surface': ['#ffffff', '#17191c'],
  '--portico-color-surface-muted': ['#f2f4f7', '#24282d'],
  '--portico-color-text': ['#1c2024', '#e8eaed'],
  '--portico-color-text-muted': ['#535c67', '#a9b1ba'],
  '--portico-color-border': ['#7c8591', '#7b848e'],
};

const other: Record<string, string> = {
  /** `light dark` follows the system; `light` or `dark` forces one for every widget. */
  '--portico-color-scheme': 'light dark',
  '--portico-font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  '--portico-font-size': '1rem',
  '--portico-radius': '0.5rem',
  '--portico-space-xs': '0.25rem',
  '--portico-space-s': '0.5rem',
  '--portico-space-m': '1rem',
  '--portico-space-l': '1.5rem',
  '--portico-space-xl': '2rem',
  '--portico-duration': '160ms',
};

/** Every global token with its default value, for documentation and tests. */
export const TOKENS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(colors).map(([name, [light, dark]]) => [name, `light-dark(${light}, ${dark})`])),
  ...other,
};

/** The light and dark value of every colour token. */
export const COLOR_TOKENS: Readonly<Record<string, readonly [string, string]>> = colors;

const declarations = Object.entries(TOKENS)
  .map(([name, value]) => `${name}: ${value};`)
  .join(' ');

/**
 * The tokens as a page-level stylesheet. `:where()` has no specificity, so any rule of the
 * host page (`:root { --portico-color-primary: … }`) wins.
 */
export const tokenStyles: CSSResult = css`
  :where(:root) {
    ${unsafeCSS(declarations)}
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

const INJECTED = Symbol.for('portico.tokens');

/** Adds the token stylesheet to the page once, however many copies of Portico it loads. */
export function injectTokens(doc: Document = document): void {
  const marked = doc as Document & { [INJECTED]?: boolean };
  if (marked[INJECTED]) return;
  marked[INJECTED] = true;
  const sheet = tokenStyles.styleSheet;
  if (sheet) doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
}
