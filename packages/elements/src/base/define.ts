import { VERSION } from './version.ts';

type PorticoConstructor = CustomElementConstructor & {
  porticoVersion?: string;
  /** The parts a widget renders (`<portico-ticket-thread-reply>`…), registered with it, first. */
  dependencies?: Record<string, CustomElementConstructor>;
};

/**
 * Registers a tag once, with the parts it renders (its class's `dependencies`, as Shoelace
 * declares them: the part is imported and used, so no bundler drops it as a side effect). A page may load Portico twice (a CDN script and an npm bundle);
 * the first definition stays, and a different version is reported rather than thrown.
 */
export function define(tag: string, constructor: PorticoConstructor): void {
  for (const [part, partConstructor] of Object.entries(constructor.dependencies ?? {})) define(part, partConstructor);
  const existing = customElements.get(tag) as PorticoConstructor | undefined;
  if (existing) {
    if (existing !== constructor && existing.porticoVersion !== VERSION) {
      console.warn(`<${tag}> is already defined by Portico ${existing.porticoVersion ?? '(unknown version)'}; this page also loads ${VERSION}, which is ignored.`);
    }
    return;
  }
  customElements.define(tag, constructor);
}
