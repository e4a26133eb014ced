import { VERSION } from './version.ts';

type PorticoConstructor = CustomElementConstructor & { porticoVersion?: string };

/**
 * Registers a tag once. A page may load Portico twice (a CDN script and an npm bundle);
 * the first definition stays, and a different version is reported rather than thrown.
 */
export function define(tag: string, constructor: PorticoConstructor): void {
  const existing = customElements.get(tag) as PorticoConstructor | undefined;
  if (existing) {
    if (existing !== constructor && existing.porticoVersion !== VERSION) {
      console.warn(`<${tag}> is already defined by Portico ${existing.porticoVersion ?? '(unknown version)'}; this page also loads ${VERSION}, which is ignored.`);
    }
    return;
  }
  customElements.define(tag, constructor);
}
