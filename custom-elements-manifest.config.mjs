// The public API of every widget — tags, attributes, properties, events, parts, tokens, slots —
// collected from the JSDoc of the component classes into packages/elements/custom-elements.json.
import { readdirSync, readFileSync } from 'node:fs';

const EVENTS_DIR = new URL('./packages/elements/src/events/', import.meta.url);

/** Each event's detail type, read from the typed event classes (`static readonly type = 'portico-…'`). */
function eventTypes() {
  const types = new Map();
  for (const file of readdirSync(EVENTS_DIR).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(new URL(file, EVENTS_DIR), 'utf8');
    for (const match of source.matchAll(/export class \w+ extends CustomEvent<(.+?)> \{\s*static readonly type = '([\w-]+)';/gs)) {
      types.set(match[2], { detail: match[1].replace(/\s+/g, ' ') });
    }
  }
  return types;
}

/** The global tokens and their defaults, from the page-level token sheet. */
function globalTokens() {
  const source = readFileSync(new URL('./packages/elements/src/styles/tokens.ts', import.meta.url), 'utf8');
  const block = /:where\(:root\)\s*\{([^}]*)\}/.exec(source)[1];
  return [...block.matchAll(/(--portico-[\w-]+):\s*([^;]+);/g)].map((m) => ({ name: m[1], default: m[2].trim(), description: 'A global Portico token (docs/theming.md).' }));
}

export default {
  globs: ['packages/elements/src/components/**/*.component.ts', 'packages/elements/src/base/portico-element.ts', 'packages/elements/src/base/form-control.ts'],
  outdir: 'packages/elements',
  litelement: true,
  plugins: [
    {
      name: 'portico-public-api',
      // The tag is the one each component declares (`@tag portico-x`), as its module registers it.
      analyzePhase({ ts, node, moduleDoc }) {
        if (node.kind !== ts.SyntaxKind.ClassDeclaration || !node.name) return;
        const tag = ts.getJSDocTags(node).find((t) => t.tagName.getText() === 'tag');
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        if (!declaration || !tag) return;
        declaration.tagName = String(tag.comment).trim();
        declaration.customElement = true;
      },
      packageLinkPhase({ customElementsManifest }) {
        const events = eventTypes();
        const tokens = globalTokens();
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.name === 'PorticoElement' || declaration.name === 'PorticoFormControl') delete declaration.customElement;
            // Only what a page may use: no private or protected members, no `#` fields.
            if (declaration.members) declaration.members = declaration.members.filter((member) => (!member.privacy || member.privacy === 'public') && !member.name.startsWith('#'));
            // The analyzer guesses event names from constructor arguments; every real event is documented with @event.
            if (declaration.events) {
              declaration.events = declaration.events
                .filter((event) => event.description)
                .map((event) => {
                  const known = events.get(event.name);
                  return known ? { ...event, type: { text: `CustomEvent<${known.detail}>` } } : event;
                });
            }
            // Every element takes the global tokens too; its own (`@cssproperty`) come first.
            if (declaration.customElement) {
              const own = declaration.cssProperties ?? [];
              declaration.cssProperties = [...own, ...tokens.filter((token) => !own.some((p) => p.name === token.name))];
            }
          }
        }
      },
    },
  ],
};
