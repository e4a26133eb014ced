import type { OutputOptions, Plugin, RollupOptions } from 'rollup';

/** TypeScript through esbuild, for the library and CDN builds. */
export function typescript(): Plugin;
/** Collapses the whitespace of Lit's template literals. */
export function templateLiterals(): Plugin;
/** The CDN build of one entry: an ES module and its chunks in `dir`, minified. */
export function cdn(input: string, dir: string, name: string): RollupOptions & { output: OutputOptions };

declare const config: RollupOptions[];
export default config;
