const told = new WeakSet<Element>();

/**
 * A widget without the id it shows (a card before anything was chosen, often hidden) waits
 * quietly: no request, no `portico-error` — that event means a real failure. The console says
 * once, per element, which attribute it waits for. Returns `null`: "nothing to show yet".
 */
export function waitingFor(element: Element, attribute: string): null {
  if (!told.has(element)) {
    told.add(element);
    console.info(`<${element.localName}> waits for its ${attribute} attribute: it loads nothing until it is set.`);
  }
  return null;
}
